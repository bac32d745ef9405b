package io.itsm4j.audit.programme;

import io.itsm4j.audit.Clause;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.ValueStyle;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One internal audit of the programme (ISO/IEC 20000-1 9.2): its scope (processes and clauses), criteria, auditor
 * and dates. Immutable and thread-safe; no accessor returns {@code null}.
 */
@Value.Immutable
@ValueStyle
public abstract class InternalAudit {
  InternalAudit() {}

  /** Its id within the programme. */
  public abstract InternalAuditId id();

  /** One line naming it. */
  public abstract String title();

  /** The processes in scope. */
  public abstract Set<ProcessId> processes();

  /** The clauses in scope (the processes implementing them are in scope too). */
  public abstract Set<Clause> clauses();

  /** What it audits against: the standard's clauses, procedures, agreements. */
  public abstract Seq<String> criteria();

  /** The auditor; none until assigned. */
  public abstract Option<ActorId> auditor();

  /** The first planned day. */
  public abstract LocalDate plannedStart();

  /** The last planned day. */
  public abstract LocalDate plannedEnd();

  /** Where it stands. */
  public abstract AuditStatus status();

  /** When it began. */
  @Value.Default
  public Option<Instant> startedAt() {
    return Option.none();
  }

  /** When it was completed or cancelled. */
  @Value.Default
  public Option<Instant> endedAt() {
    return Option.none();
  }

  /** Why it was cancelled. */
  @Value.Default
  public Option<String> cancellationReason() {
    return Option.none();
  }
}
