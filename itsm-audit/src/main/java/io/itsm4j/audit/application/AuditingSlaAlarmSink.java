package io.itsm4j.audit.application;

import io.itsm4j.audit.internal.Require;
import io.itsm4j.audit.trail.AuditDraft;
import io.itsm4j.audit.trail.AuditValue;
import io.itsm4j.audit.trail.Outcome;
import io.itsm4j.audit.trail.RecordRef;
import io.itsm4j.core.ActorId;
import io.itsm4j.sla.ThresholdCrossing;
import io.itsm4j.sla.port.SlaAlarmSink;
import io.vavr.collection.LinkedHashMap;
import io.vavr.control.Option;

/**
 * An {@link SlaAlarmSink} that records every service level warning and breach in an {@link AuditTrail}, so the
 * evidence report's service level records (8.3, 9.1) are there without host glue. Wire it into the SLA monitor,
 * beside the sink that notifies people.
 *
 * <p>Each crossing becomes one entry: record {@code sla/<ticket>}, action {@code sla.warning} below 100 % of the
 * goal and {@code sla.breach} at or above it, the definition, cycle and percent as after values, the crossing's key
 * (without the tenant) as correlation, and the monitor as actor. If recording fails, the sink throws an {@link
 * AuditPortException}: with an {@code SlaAlarmLedger} the crossing is released and delivered again on the next
 * evaluation, so no alarm is missing from the trail. Thread-safe.
 */
public final class AuditingSlaAlarmSink implements SlaAlarmSink {
  /** The actor of alarm entries unless another is given: the monitor, not a person. */
  public static final ActorId MONITOR = ActorId.of("sla-monitor");

  private final AuditTrail trail;
  private final ActorId actor;

  private AuditingSlaAlarmSink(AuditTrail trail, ActorId actor) {
    this.trail = trail;
    this.actor = actor;
  }

  /**
   * A sink recording in {@code trail} as {@link #MONITOR}.
   *
   * @throws NullPointerException if {@code trail} is null
   */
  public static AuditingSlaAlarmSink of(AuditTrail trail) {
    return of(trail, MONITOR);
  }

  /**
   * A sink recording in {@code trail} as {@code actor} (the host's service account, say).
   *
   * @throws NullPointerException if an argument is null
   */
  public static AuditingSlaAlarmSink of(AuditTrail trail, ActorId actor) {
    return new AuditingSlaAlarmSink(Require.notNull(trail, "trail"), Require.notNull(actor, "actor"));
  }

  /**
   * Records a crossing.
   *
   * @throws AuditPortException if it could not be recorded
   */
  @Override
  public void crossed(ThresholdCrossing crossing) {
    Require.notNull(crossing, "crossing");
    trail.record(draft(crossing, actor)).getOrElseThrow(AuditPortException::new);
  }

  /** The entry of a crossing. */
  static AuditDraft draft(ThresholdCrossing c, ActorId actor) {
    return AuditDraft.builder()
        .tenant(c.tenant())
        .actor(actor)
        .action(c.percent() >= 100 ? "sla.breach" : "sla.warning")
        .outcome(Outcome.APPLIED)
        .record(RecordRef.of("sla", c.ticketId().value()))
        .occurredAt(c.at())
        .after(AuditValue.texts(LinkedHashMap.of("ticket", c.ticketId().value(), "definition",
            c.definition().value(), "cycle", Integer.toString(c.cycle()), "percent", Integer.toString(c.percent()))))
        // The tenant is the entry's own; the rest of the crossing's key fits the correlation's 128 characters.
        .correlation(Option.some(io.itsm4j.core.TextPolicy.truncate(c.ticketId() + "/" + c.definition() + "/"
            + c.cycle() + "/" + c.percent(), AuditDraft.CORRELATION_MAX)))
        .build();
  }
}
