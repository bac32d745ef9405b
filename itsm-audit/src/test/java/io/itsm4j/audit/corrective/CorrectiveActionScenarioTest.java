package io.itsm4j.audit.corrective;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.audit.memory.InMemoryHistoryStore;
import io.itsm4j.audit.port.AuditQuery;
import io.itsm4j.audit.application.AuditTrail;
import io.itsm4j.audit.application.CorrectiveActions;
import io.itsm4j.audit.trail.AuditEntry;
import io.itsm4j.audit.trail.AuditValue;
import io.itsm4j.audit.trail.Outcome;
import io.itsm4j.audit.trail.RecordRef;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * ISO/IEC 20000-1 10.1 as a scenario: a nonconformity from an internal audit is corrected, the first fix does not
 * work, the second does; the owner cannot sign off their own fix; the plan runs late; every step is in the trail.
 */
class CorrectiveActionScenarioTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final CorrectiveActionId CA = CorrectiveActionId.of("CA-2026-007");
  private static final ActorId QM = ActorId.of("quality-manager");
  private static final ActorId OWEN = ActorId.of("owen");

  private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-10T09:00:00Z"));
  private final AuditTrail trail = AuditTrail.builder().build();
  private final CorrectiveActions actions = CorrectiveActions.of(trail, new InMemoryHistoryStore<>(), now::get);

  private CorrectiveAction run(ActorId actor, CorrectiveActionCommand command) {
    var changed = actions.execute(ACME, actor, java.util.UUID.randomUUID().toString(), CA, command).get();
    assertThat(changed.auditFailure()).isEmpty();
    return changed.state();
  }

  private void later(Duration d) {
    now.set(now.get().plus(d));
  }

  @Test
  void aFixThatDidNotWorkIsReopenedAndTheSecondOneClosesIt() {
    run(QM, new CorrectiveActionCommand.Raise("Major incidents not reviewed", "3 of 5 P1 incidents lack a review",
        Option.some("F-1")));
    run(QM, new CorrectiveActionCommand.AnalyseRootCause("The review is not a step of the workflow"));
    Instant due = now.get().plus(Duration.ofDays(14));
    run(QM, new CorrectiveActionCommand.Plan(Vector.of(PlannedAction.of("Add a review state", OWEN, due))));

    assertThat(actions.overdue(ACME, due.minusSeconds(1)).get()).isEmpty();
    assertThat(actions.overdue(ACME, due.plusSeconds(1)).get().map(CorrectiveAction::id)).containsExactly(CA);

    later(Duration.ofDays(15));
    run(OWEN, new CorrectiveActionCommand.Implement("Review state added to the incident workflow"));
    var ownSignOff = actions.execute(ACME, OWEN, java.util.UUID.randomUUID().toString(), CA, new CorrectiveActionCommand.VerifyEffectiveness(true, "looks fine"));
    assertThat(ownSignOff.getLeft().code()).isEqualTo(RejectionCode.RULE_VIOLATED);

    later(Duration.ofDays(30));
    CorrectiveAction reopened = run(QM, new CorrectiveActionCommand.VerifyEffectiveness(false,
        "2 of 4 P1 incidents since skipped the review state"));
    assertThat(reopened.state()).isEqualTo(CorrectiveActionState.RAISED);
    assertThat(reopened.reopenings()).isEqualTo(1);

    run(QM, new CorrectiveActionCommand.AnalyseRootCause("The review state can be skipped by a direct close"));
    run(QM, new CorrectiveActionCommand.Plan(Vector.of(
        PlannedAction.of("Remove the direct close transition", OWEN, now.get().plus(Duration.ofDays(7))))));
    run(OWEN, new CorrectiveActionCommand.Implement("Direct close removed"));
    later(Duration.ofDays(30));
    run(QM, new CorrectiveActionCommand.VerifyEffectiveness(true, "All 6 P1 incidents since were reviewed"));
    CorrectiveAction closed = run(QM, new CorrectiveActionCommand.Close());

    assertThat(closed.state()).isEqualTo(CorrectiveActionState.CLOSED);
    assertThat(closed.checks().map(EffectivenessCheck::effective)).containsExactly(false, true);
    assertThat(closed.closedAt()).contains(now.get());
    assertThat(actions.execute(ACME, QM, java.util.UUID.randomUUID().toString(), CA, new CorrectiveActionCommand.Close()).getLeft().code())
        .isEqualTo(RejectionCode.TRANSITION_NOT_ALLOWED);

    Seq<AuditEntry> trailOfCa = trail.query(ACME, AuditQuery.byRecord(RecordRef.of(RecordRef.CORRECTIVE_ACTION, CA.value()))).get();
    assertThat(trailOfCa.map(AuditEntry::action)).containsExactly(
        "corrective-action.raised", "corrective-action.root-cause-analysed", "corrective-action.planned",
        "corrective-action.implemented", "corrective-action.verify-effectiveness", "corrective-action.reopened",
        "corrective-action.root-cause-analysed", "corrective-action.planned", "corrective-action.implemented",
        "corrective-action.effectiveness-verified", "corrective-action.closed", "corrective-action.close");
    AuditEntry refusal = trailOfCa.get(4);
    assertThat(refusal.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(refusal.actor()).isEqualTo(OWEN);
    AuditEntry reopening = trailOfCa.get(5);
    assertThat(reopening.before().get("state")).contains(AuditValue.text("IMPLEMENTED"));
    assertThat(reopening.after().get("state")).contains(AuditValue.text("RAISED"));
    assertThat(reopening.after().get("reopenings")).contains(AuditValue.text("1"));
    AuditEntry replanned = trailOfCa.get(7);
    assertThat(replanned.before().get("plan.0.description")).contains(AuditValue.text("Add a review state"));
    assertThat(replanned.after().get("plan.0.description")).contains(AuditValue.text("Remove the direct close transition"));
    assertThat(trail.verify(ACME).get().isIntact()).isTrue();
  }

  @Test
  void aCommandDecidedOnAStaleVersionIsAConflictAndChangesNothing() {
    var store = new InMemoryHistoryStore<CorrectiveActionEvent>();
    CorrectiveActions a = CorrectiveActions.of(trail, store, now::get);
    a.execute(ACME, QM, java.util.UUID.randomUUID().toString(), CA, new CorrectiveActionCommand.Raise("x", "", Option.none())).get();
    // another node appends behind this one's back, between its load and its append
    CorrectiveActions racing = CorrectiveActions.of(trail, new io.itsm4j.audit.port.HistoryStore<>() {
      @Override
      public Seq<CorrectiveActionEvent> load(TenantId tenant, String id) {
        Seq<CorrectiveActionEvent> seen = store.load(tenant, id);
        a.execute(ACME, QM, java.util.UUID.randomUUID().toString(), CA, new CorrectiveActionCommand.AnalyseRootCause("first")).get();
        return seen;
      }

      @Override
      public AppendResult<CorrectiveActionEvent> append(TenantId tenant, String id, long expectedVersion,
          CommandKey command, Seq<CorrectiveActionEvent> events) {
        return store.append(tenant, id, expectedVersion, command, events);
      }

      @Override
      public io.vavr.control.Option<RecordedCommand<CorrectiveActionEvent>> findCommand(TenantId tenant,
          String idempotencyKey) {
        return store.findCommand(tenant, idempotencyKey);
      }

      @Override
      public Seq<String> ids(TenantId tenant) {
        return store.ids(tenant);
      }
    }, now::get);
    var lost = racing.execute(ACME, QM, java.util.UUID.randomUUID().toString(), CA, new CorrectiveActionCommand.AnalyseRootCause("second"));
    assertThat(lost.getLeft().code()).isEqualTo(RejectionCode.VERSION_CONFLICT);
    assertThat(a.get(ACME, CA).get().rootCause()).contains("first");
    assertThat(a.get(ACME, CA).get().version()).isEqualTo(2);
  }
}
