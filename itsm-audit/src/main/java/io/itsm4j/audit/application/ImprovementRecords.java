package io.itsm4j.audit.application;

import io.itsm4j.audit.improvement.Improvement;
import io.itsm4j.audit.trail.AuditDraft;
import io.itsm4j.audit.trail.AuditEntry;
import io.itsm4j.audit.trail.AuditValue;
import io.itsm4j.audit.trail.RecordRef;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.Rejection;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Keeps the improvement register's steps as evidence of continual improvement (ISO/IEC 20000-1 10.2): each status an
 * entry reaches is an {@code improvement} record in the audit trail (record id the entry's id), which the evidence
 * report counts under 10.2, holding the entry's title, source, priority, owner, target, result and the corrective
 * action it is linked to. Once per entry and status: recording the same step again finds the first record. The
 * register itself (its entries) is the host's to keep; this is its audited history. Thread-safe as its trail is.
 */
public final class ImprovementRecords {
  /** The audit trail's record type of improvement register entries. */
  public static final String RECORD_TYPE = "improvement";

  private final AuditTrail trail;

  private ImprovementRecords(AuditTrail trail) {
    this.trail = trail;
  }

  /**
   * Records into {@code trail}.
   *
   * @throws NullPointerException if {@code trail} is null
   */
  public static ImprovementRecords of(AuditTrail trail) {
    return new ImprovementRecords(Objects.requireNonNull(trail, "trail must not be null"));
  }

  /**
   * Records that {@code entry} reached its status, at its {@code updatedAt}.
   *
   * @return the audit entry (the earlier one if this step was recorded before), or the trail's rejection
   * @throws NullPointerException if an argument is null
   */
  public Either<Rejection, AuditEntry> record(ActorId actor, Improvement entry) {
    Objects.requireNonNull(actor, "actor must not be null");
    Objects.requireNonNull(entry, "entry must not be null");
    RecordRef ref = RecordRef.of(RECORD_TYPE, entry.id());
    String action = "improvement-" + entry.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    Map<String, String> after = LinkedHashMap.of(
        "title", entry.title(),
        "source", entry.source().kind().name() + ": " + entry.source().reference(),
        "priority", String.valueOf(entry.priority()),
        "owner", entry.owner().value(),
        "status", entry.status().name());
    for (var t : entry.target()) {
      after = after.put("target", t.metric() + ": " + t.baseline() + " -> " + t.goal());
    }
    for (Double r : entry.result()) {
      after = after.put("result", String.valueOf(r)).put("goalReached", String.valueOf(entry.goalReached().get()));
    }
    for (var a : entry.correctiveAction()) {
      after = after.put("correctiveAction", a.value());
    }
    Map<String, String> values = after;
    return OnceInTrail.record(trail, entry.tenant(), ref, e -> e.action().equals(action), () -> AuditDraft.builder()
        .tenant(entry.tenant()).actor(actor).action(action).record(ref).occurredAt(entry.updatedAt())
        .after(AuditValue.texts(values)).correlation(Option.some(RECORD_TYPE + ":" + entry.id())).build());
  }
}
