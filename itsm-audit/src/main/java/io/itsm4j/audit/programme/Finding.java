package io.itsm4j.audit.programme;

import io.itsm4j.audit.Clause;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.ValueStyle;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * What an internal audit found: a nonconformity (major or minor), an observation or an opportunity for improvement,
 * with the evidence it rests on. Immutable and thread-safe; no accessor returns {@code null}.
 */
@Value.Immutable
@ValueStyle
public abstract class Finding {
  Finding() {}

  /** Its id within the programme. */
  public abstract FindingId id();

  /** The audit that found it. */
  public abstract InternalAuditId audit();

  /** How serious it is. */
  public abstract FindingSeverity severity();

  /** What was found. */
  public abstract String statement();

  /** The clause concerned, if one. */
  public abstract Option<Clause> clause();

  /** The process concerned, if one. */
  public abstract Option<ProcessId> process();

  /** What it rests on; at least one reference for a nonconformity. */
  public abstract Seq<EvidenceRef> evidence();

  /** The auditor who recorded it. */
  public abstract ActorId recordedBy();

  /** When. */
  public abstract Instant recordedAt();
}
