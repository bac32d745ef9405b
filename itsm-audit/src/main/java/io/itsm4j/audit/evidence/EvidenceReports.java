package io.itsm4j.audit.evidence;

import io.itsm4j.audit.Clause;
import io.itsm4j.audit.internal.Require;
import io.itsm4j.audit.trail.Verification;
import io.itsm4j.core.TenantId;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * Builds the {@link EvidenceReport}: files record counts under the clauses they are evidence for. Pure and
 * thread-safe.
 *
 * <p>The report covers the top-level clauses 7.5, 8.1 to 8.7, 9.1 to 9.4, 10.1 and 10.2. A count is filed under
 * each clause of {@link EvidenceKind#clauses()} and so under the top-level clause that contains it (8.6.1 under
 * 8.6). Counts of zero are left out; a clause left with nothing gets a note saying so and naming what itsm4j can
 * hold for it. Given the verification of the audit trail, 7.5 also says whether the records are provably
 * untouched.
 */
public final class EvidenceReports {
  /** The clauses the report covers, in the standard's order. */
  public static final Seq<Clause> COVERED = Clause.topLevel();

  private static final Map<Clause, String> HINTS = HashMap.ofEntries(
      io.vavr.Tuple.of(Clause.C7_5, "wire the AuditingNotificationSink so every ticket command is recorded"),
      io.vavr.Tuple.of(Clause.C8_1, "refused commands appear once ticket commands are audited"),
      io.vavr.Tuple.of(Clause.C8_2, "record catalogue, asset and configuration item changes through AuditTrail (record types service, offering, catalogue-item, asset, configuration-item)"),
      io.vavr.Tuple.of(Clause.C8_3, "record service level and supplier records through AuditTrail (record types sla, service-level, supplier)"),
      io.vavr.Tuple.of(Clause.C8_4, "record budget, demand and capacity records through AuditTrail (record types budget, demand, capacity)"),
      io.vavr.Tuple.of(Clause.C8_5, "open change tickets, and record releases through AuditTrail (record type release)"),
      io.vavr.Tuple.of(Clause.C8_6, "open incident, service request and problem tickets"),
      io.vavr.Tuple.of(Clause.C8_7, "record availability, continuity and security records through AuditTrail (record types availability, continuity, security)"),
      io.vavr.Tuple.of(Clause.C9_1, "record service level measurements through AuditTrail (record types sla, service-level)"),
      io.vavr.Tuple.of(Clause.C9_2, "plan and run internal audits in an audit programme"),
      io.vavr.Tuple.of(Clause.C9_3, "record management reviews through AuditTrail (record type management-review)"),
      io.vavr.Tuple.of(Clause.C9_4, "record service reports through AuditTrail (record type service-report)"),
      io.vavr.Tuple.of(Clause.C10_1, "record nonconformities as findings and raise corrective actions for them"),
      io.vavr.Tuple.of(Clause.C10_2, "record opportunities for improvement as findings or in the improvement register"
          + " (ImprovementRecords), and close corrective actions"));

  private EvidenceReports() {}

  private static String integrity(Verification v) {
    if (v instanceof Verification.Intact i) {
      return i.head().isGenesis() ? "The audit trail is empty."
          : "The audit trail verified intact through entry " + i.head().sequence() + " (hash " + i.head().hash().hex()
              + ").";
    }
    return "The audit trail is BROKEN: " + ((Verification.Broken) v).at() + ".";
  }

  /**
   * Builds the report.
   *
   * @param tenant whose records
   * @param from the period's start, inclusive
   * @param until the period's end, exclusive
   * @param counts what an {@link io.itsm4j.audit.port.EvidenceSource} found; kinds missing count as none
   * @throws IllegalArgumentException if {@code until} is before {@code from}
   */
  public static EvidenceReport build(TenantId tenant, Instant from, Instant until, Seq<EvidenceCount> counts) {
    return build(tenant, from, until, counts, Option.none());
  }

  /**
   * Builds the report, stating under 7.5 whether the audit trail verified: the integrity of the records is what
   * makes them evidence.
   *
   * @param trail the verification of the tenant's audit trail, if the caller ran one
   * @throws IllegalArgumentException if {@code until} is before {@code from}
   */
  public static EvidenceReport build(TenantId tenant, Instant from, Instant until, Seq<EvidenceCount> counts,
      Option<Verification> trail) {
    return build(tenant, from, until, counts, trail, Vector.empty());
  }

  /**
   * Builds the report with what needs attention: each concern is filed under the top-level clause that contains its
   * clause.
   *
   * @param concerns what a {@link io.itsm4j.audit.port.ConcernSource} found
   * @throws IllegalArgumentException if {@code until} is before {@code from}
   */
  public static EvidenceReport build(TenantId tenant, Instant from, Instant until, Seq<EvidenceCount> counts,
      Option<Verification> trail, Seq<Concern> concerns) {
    Require.notNull(concerns, "concerns");
    Require.notNull(trail, "trail");
    Require.notNull(tenant, "tenant");
    Require.notNull(from, "from");
    Require.notNull(until, "until");
    Require.notNull(counts, "counts");
    if (until.isBefore(from)) {
      throw new IllegalArgumentException("until " + until + " is before from " + from);
    }
    Seq<EvidenceCount> held = counts.filter(c -> c.count() > 0).sortBy(c -> c.kind().ordinal());
    Vector<ClauseEvidence> clauses = Vector.empty();
    for (Clause clause : COVERED) {
      Seq<EvidenceCount> records = held.filter(c -> c.kind().clauses().exists(k -> k.within(clause)));
      String note = records.isEmpty()
          ? "No records in itsm4j for this clause in the period; the evidence must come from elsewhere, or "
              + HINTS.get(clause).getOrElse("record it through AuditTrail") + "."
          : "";
      if (clause == Clause.C7_5 && trail.isDefined()) {
        note = (note.isEmpty() ? "" : note + " ") + integrity(trail.get());
      }
      clauses = clauses.append(new ClauseEvidence(clause, records, note,
          concerns.filter(c -> c.clause().within(clause))));
    }
    return new EvidenceReport(tenant, from, until, clauses);
  }
}
