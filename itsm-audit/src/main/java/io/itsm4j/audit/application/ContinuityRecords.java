package io.itsm4j.audit.application;

import io.itsm4j.audit.corrective.CorrectiveActionCommand;
import io.itsm4j.audit.corrective.CorrectiveActionId;
import io.itsm4j.audit.trail.AuditDraft;
import io.itsm4j.audit.trail.AuditEntry;
import io.itsm4j.audit.trail.AuditValue;
import io.itsm4j.audit.trail.RecordRef;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.Fingerprint;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.TenantId;
import io.itsm4j.sla.continuity.ContinuityPlan;
import io.itsm4j.sla.continuity.ContinuityRequirement;
import io.itsm4j.sla.continuity.Exercise;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.util.Objects;

/**
 * Continuity exercises and invocations as evidence (ISO/IEC 20000-1 8.7.2): each is recorded in the audit trail as a
 * {@code continuity} record (so the evidence report counts it under 8.7), and each shortfall against the
 * requirements raises a corrective action (10.2), so a failed recovery is corrected, not just noted.
 *
 * <p>Idempotent: recording the same exercise again (same plan and time) appends nothing new and raises no action
 * twice; corrective action ids and keys are derived from the plan, the exercise's time, the service and the missed
 * objective. Thread-safe as its trail and corrective actions are.
 */
public final class ContinuityRecords {
  /** The audit trail's record type of continuity records. */
  public static final String RECORD_TYPE = "continuity";

  private final AuditTrail trail;
  private final CorrectiveActions actions;

  private ContinuityRecords(AuditTrail trail, CorrectiveActions actions) {
    this.trail = trail;
    this.actions = actions;
  }

  /**
   * Records into {@code trail} and raises into {@code actions}.
   *
   * @throws NullPointerException if an argument is null
   */
  public static ContinuityRecords of(AuditTrail trail, CorrectiveActions actions) {
    return new ContinuityRecords(Objects.requireNonNull(trail, "trail must not be null"),
        Objects.requireNonNull(actions, "actions must not be null"));
  }

  /**
   * What recording an exercise did.
   *
   * @param entry the audit entry of the exercise
   * @param shortfalls its shortfalls against the requirements
   * @param actions the corrective action raised for each shortfall, in the same order
   */
  public record Recorded(AuditEntry entry, Seq<Exercise.Shortfall> shortfalls, Seq<CorrectiveActionId> actions) {}

  /**
   * Records an exercise or invocation of a plan and raises a corrective action for each shortfall.
   *
   * @return what was recorded and raised, or the first rejection of the trail or the corrective actions (an audit
   *     entry written before it stays: the record of the exercise is kept even if raising an action failed, and a
   *     retry raises what is missing)
   * @throws NullPointerException if an argument is null
   */
  public Either<Rejection, Recorded> record(TenantId tenant, ActorId actor, ContinuityPlan plan, Exercise exercise,
      Seq<ContinuityRequirement> requirements) {
    Objects.requireNonNull(tenant, "tenant must not be null");
    Objects.requireNonNull(actor, "actor must not be null");
    Objects.requireNonNull(plan, "plan must not be null");
    Objects.requireNonNull(exercise, "exercise must not be null");
    Objects.requireNonNull(requirements, "requirements must not be null");
    Seq<Exercise.Shortfall> shortfalls = exercise.shortfalls(plan, requirements);
    String key = Fingerprint.of(plan.id(), exercise.at()).substring(0, 40);
    Map<String, String> after = LinkedHashMap.of("plan", plan.id(), "kind", exercise.kind().name(), "passed",
        String.valueOf(shortfalls.isEmpty()), "shortfalls", String.valueOf(shortfalls.size()));
    int i = 0;
    for (Exercise.Shortfall s : shortfalls) {
      after = after.put("shortfall." + ++i, describe(s));
    }
    i = 0;
    for (String finding : exercise.findings()) {
      after = after.put("finding." + ++i, finding);
    }
    RecordRef ref = RecordRef.of(RECORD_TYPE, "exercise-" + key);
    // The trail appends whatever it is given: an exercise recorded before is found, not recorded twice.
    Map<String, String> values = after;
    Either<Rejection, AuditEntry> entry = OnceInTrail.record(trail, tenant, ref, e -> true, () -> AuditDraft.builder()
        .tenant(tenant).actor(actor)
        .action(exercise.kind() == Exercise.Kind.INVOCATION ? "continuity-invoked" : "continuity-exercised")
        .record(ref).occurredAt(exercise.at()).after(AuditValue.texts(values))
        .correlation(io.vavr.control.Option.some("continuity:" + key)).build());
    if (entry.isLeft()) {
      return Either.left(entry.getLeft());
    }
    Vector<CorrectiveActionId> raised = Vector.empty();
    for (Exercise.Shortfall s : shortfalls) {
      String actionKey = Fingerprint.of(plan.id(), exercise.at(), s.service().value(), s.objective().name())
          .substring(0, 40);
      CorrectiveActionId id = CorrectiveActionId.of("CA-" + actionKey);
      Either<Rejection, ?> done = actions.execute(tenant, actor, "continuity:" + actionKey, id,
          new CorrectiveActionCommand.Raise("Continuity " + plan.id() + ": " + describe(s), "Exercise of plan "
              + plan.id() + " (" + exercise.kind() + ", " + exercise.at() + ") fell short: " + describe(s),
              io.vavr.control.Option.none()));
      if (done.isLeft()) {
        return Either.left(done.getLeft());
      }
      raised = raised.append(id);
    }
    return Either.right(new Recorded(entry.get(), shortfalls, raised));
  }

  private static String describe(Exercise.Shortfall s) {
    return switch (s.objective()) {
      case RTO -> s.service().value() + " recovered in " + s.achieved().get() + ", RTO " + s.required().get();
      case RPO -> s.service().value() + " lost " + s.achieved().get() + " of data, RPO " + s.required().get();
      case NOT_MEASURED -> s.service().value() + " was not measured";
    };
  }
}
