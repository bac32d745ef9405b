package io.itsm4j.audit.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.audit.corrective.CorrectiveActionCommand;
import io.itsm4j.audit.corrective.CorrectiveActionId;
import io.itsm4j.audit.memory.InMemoryHistoryStore;
import io.itsm4j.audit.port.AuditQuery;
import io.itsm4j.audit.trail.AuditEntry;
import io.itsm4j.audit.trail.Outcome;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.vavr.control.Option;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The audit services run on the same pipeline as the service desk: a retry under its key appends nothing and is
 * answered with the first outcome, another command under the key is refused and that refusal is audited, and a
 * malformed key is a typed refusal naming it.
 */
class AuditServicesIdempotencyTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final CorrectiveActionId CA = CorrectiveActionId.of("CA-1");
  private static final ActorId QM = ActorId.of("qm");

  private final AuditTrail trail = AuditTrail.builder().build();
  private final CorrectiveActions actions = CorrectiveActions.of(trail, new InMemoryHistoryStore<>(),
      () -> Instant.parse("2026-03-10T09:00:00Z"));

  @Test
  void aRetryIsReplayedAndAppendsNothing() {
    var raise = new CorrectiveActionCommand.Raise("Reviews missing", "", Option.none());
    var first = actions.execute(ACME, QM, "req-1", CA, raise).get();
    var again = actions.execute(ACME, QM, "req-1", CA, raise).get();
    assertThat(first.replayed()).isFalse();
    assertThat(again.replayed()).isTrue();
    assertThat(again.events()).isEqualTo(first.events());
    assertThat(actions.get(ACME, CA).get().version()).isEqualTo(1);
    assertThat(trail.query(ACME, AuditQuery.all()).get()).hasSize(1);
  }

  @Test
  void anotherCommandUnderTheKeyIsRefusedAndTheRefusalIsAudited() {
    actions.execute(ACME, QM, "req-1", CA, new CorrectiveActionCommand.Raise("Reviews missing", "", Option.none()))
        .get();
    var reused = actions.execute(ACME, QM, "req-1", CA,
        new CorrectiveActionCommand.AnalyseRootCause("no review step"));
    assertThat(reused.getLeft().code()).isEqualTo(RejectionCode.IDEMPOTENCY_KEY_REUSED);
    AuditEntry last = trail.query(ACME, AuditQuery.all()).get().last();
    assertThat(last.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(last.reason().get()).contains("IDEMPOTENCY_KEY_REUSED");
    assertThat(actions.get(ACME, CA).get().version()).isEqualTo(1);
  }

  @Test
  void aMalformedKeyIsATypedRefusalNamingIt() {
    var r = actions.execute(ACME, QM, "k\u0000", CA, new CorrectiveActionCommand.Raise("x", "", Option.none()));
    assertThat(r.getLeft().code()).isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(r.getLeft().violations().map(v -> v.field())).containsExactly("idempotencyKey");
    assertThat(actions.all(ACME).get()).isEmpty();
  }

  @Test
  void the_record_access_policy_guards_commands_and_replays_and_its_refusals_are_audited() {
    CorrectiveActions guarded = CorrectiveActions.of(trail, new InMemoryHistoryStore<>(),
        () -> Instant.parse("2026-03-10T09:00:00Z"),
        io.itsm4j.audit.port.RecordAccessPolicy.onlyActors(io.vavr.collection.HashSet.of(QM)));
    var raise = new CorrectiveActionCommand.Raise("Reviews missing", "", Option.none());
    assertThat(guarded.execute(ACME, QM, "req-1", CA, raise).isRight()).isTrue();
    var outsider = guarded.execute(ACME, ActorId.of("mallory"), "req-2", CA, raise).getLeft();
    assertThat(outsider.code()).isEqualTo(RejectionCode.NOT_AUTHORISED);
    assertThat(outsider.message()).contains("mallory").contains("not among the permitted actors");
    assertThat(guarded.execute(ACME, ActorId.of("mallory"), "req-1", CA, raise).getLeft().code())
        .as("a replay under the manager's key").isEqualTo(RejectionCode.NOT_AUTHORISED);
    AuditEntry last = trail.query(ACME, AuditQuery.all()).get().last();
    assertThat(last.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(last.reason().get()).startsWith("NOT_AUTHORISED: ");
    assertThat(guarded.get(ACME, CA).get().version()).isEqualTo(1);
  }
}
