package io.itsm4j.audit.evidence;

import io.itsm4j.audit.Clause;
import io.itsm4j.audit.internal.Require;
import io.vavr.collection.Seq;

/**
 * What the host holds in itsm4j for one clause.
 *
 * @param clause the clause
 * @param records the non-empty counts filed under it (or a sub-clause of it), in {@link EvidenceKind} order
 * @param note sentences for the reader: where there are no records, that there are none and what itsm4j could
 *     hold; for 7.5, whether the audit trail verified (when it was checked); else empty
 * @param concerns what needs attention under the clause (or a sub-clause of it), in the order found
 */
public record ClauseEvidence(Clause clause, Seq<EvidenceCount> records, String note, Seq<Concern> concerns) {
  /** Checks that no argument is null. */
  public ClauseEvidence {
    Require.notNull(clause, "clause");
    Require.notNull(records, "records");
    Require.notNull(note, "note");
    Require.notNull(concerns, "concerns");
  }

  /** The evidence of a clause without concerns. */
  public ClauseEvidence(Clause clause, Seq<EvidenceCount> records, String note) {
    this(clause, records, note, io.vavr.collection.Vector.empty());
  }

  /** Whether itsm4j holds any record for the clause in the period. */
  public boolean hasRecords() {
    return !records.isEmpty();
  }
}
