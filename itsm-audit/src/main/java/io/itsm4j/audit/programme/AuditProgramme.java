package io.itsm4j.audit.programme;

import io.itsm4j.audit.Clause;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.ValueStyle;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A tenant's internal audit programme for a period (ISO/IEC 20000-1 9.2.2): the processes it covers and who works in
 * them, the planned audits, and their findings. The left fold of its events ({@link ProgrammeDecider#replay}).
 *
 * <p>Invariant kept by the decider: no audit that is not over has an auditor who owns or works in a process in its
 * scope. Immutable and thread-safe; no accessor returns {@code null}.
 */
@Value.Immutable
@ValueStyle
public abstract class AuditProgramme {
  AuditProgramme() {}

  /** Its id within the tenant. */
  public abstract ProgrammeId id();

  /** Its tenant. */
  public abstract TenantId tenant();

  /** The first day of the period it plans. */
  public abstract LocalDate periodStart();

  /** The last day of the period it plans. */
  public abstract LocalDate periodEnd();

  /** The processes it knows, by id, in the order first defined. */
  @Value.Default
  public Map<ProcessId, ServiceProcess> processes() {
    return LinkedHashMap.empty();
  }

  /** The audits, by id, in the order planned. */
  @Value.Default
  public Map<InternalAuditId, InternalAudit> audits() {
    return LinkedHashMap.empty();
  }

  /** The findings, by id, in the order recorded. */
  @Value.Default
  public Map<FindingId, Finding> findings() {
    return LinkedHashMap.empty();
  }

  /** Its version: the number of events in its history. */
  public abstract long version();

  /**
   * The processes an audit with this scope covers: those named, and those implementing a named clause (or a
   * sub-clause of it, or a clause it is within).
   */
  public final Seq<ServiceProcess> inScope(Set<ProcessId> scopeProcesses, Set<Clause> scopeClauses) {
    return processes().values().filter(p -> scopeProcesses.contains(p.id())
        || scopeClauses.exists(p::implementsClause)).toVector();
  }

  /**
   * Why {@code auditor} may not audit this scope: one line per process in scope that the auditor owns or works
   * in; empty when the auditor is independent of the scope.
   */
  public final Seq<String> conflicts(ActorId auditor, Set<ProcessId> scopeProcesses, Set<Clause> scopeClauses) {
    return inScope(scopeProcesses, scopeClauses).filter(p -> p.involves(auditor))
        .map(p -> auditor + (p.owner().equals(auditor) ? " owns" : " works in") + " process " + p.id()
            + " (" + p.name() + "), which is in scope");
  }

  /** The processes no audit (planned, in progress or completed) covers: gaps in the programme. */
  public final Seq<ServiceProcess> uncoveredProcesses() {
    Seq<InternalAudit> live = audits().values().filter(a -> a.status() != AuditStatus.CANCELLED).toVector();
    return processes().values().filter(p -> live.forAll(a -> !inScope(a.processes(), a.clauses()).contains(p)))
        .toVector();
  }

  /** The findings of one audit, in the order recorded. */
  public final Seq<Finding> findingsOf(InternalAuditId audit) {
    return findings().values().filter(f -> f.audit().equals(audit)).toVector();
  }
}
