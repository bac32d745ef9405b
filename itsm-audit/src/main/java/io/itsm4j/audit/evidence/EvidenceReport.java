package io.itsm4j.audit.evidence;

import io.itsm4j.audit.internal.Require;
import io.itsm4j.core.TenantId;
import io.vavr.collection.Seq;
import java.time.Instant;

/**
 * For each clause of ISO/IEC 20000-1 the report covers, what records a host holds in itsm4j for a period, and where
 * it holds none. A value to render however the host likes; {@link #toMarkdown()} and {@link #toPlainText()} render
 * it as text.
 *
 * @param tenant whose records
 * @param from the period's start, inclusive
 * @param until the period's end, exclusive
 * @param clauses one entry per clause, in the standard's order
 */
public record EvidenceReport(TenantId tenant, Instant from, Instant until, Seq<ClauseEvidence> clauses) {
  /** Checks that no argument is null. */
  public EvidenceReport {
    Require.notNull(tenant, "tenant");
    Require.notNull(from, "from");
    Require.notNull(until, "until");
    Require.notNull(clauses, "clauses");
  }

  /** The clauses without any record in itsm4j for the period. */
  public Seq<ClauseEvidence> gaps() {
    return clauses.filter(c -> !c.hasRecords());
  }

  /** Every concern of the report, clause by clause. */
  public Seq<Concern> concerns() {
    return clauses.flatMap(ClauseEvidence::concerns);
  }

  /** The report as Markdown: a summary table, then a section per clause. */
  public String toMarkdown() {
    return EvidenceRendering.markdown(this);
  }

  /** The report as plain text. */
  public String toPlainText() {
    return EvidenceRendering.plainText(this);
  }
}
