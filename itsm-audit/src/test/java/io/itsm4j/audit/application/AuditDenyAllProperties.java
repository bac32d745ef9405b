package io.itsm4j.audit.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.audit.corrective.CorrectiveActionCommand;
import io.itsm4j.audit.corrective.CorrectiveActionId;
import io.itsm4j.audit.memory.InMemoryHistoryStore;
import io.itsm4j.audit.port.AuditQuery;
import io.itsm4j.audit.port.RecordAccessPolicy;
import io.itsm4j.audit.programme.ProgrammeCommand;
import io.itsm4j.audit.programme.ProgrammeId;
import io.itsm4j.audit.trail.PersonalDataRef;
import io.itsm4j.core.Actor;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.port.TenantReadPolicy;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Deny-all leaves nothing of the audit module readable, as a property: with deny-all read and access policies, every
 * read of programmes, corrective actions, the trail and the evidence report that names an actor is refused with NOT_AUTHORISED, whether
 * the record asked for exists or not, and the refusal carries no tenant data; every command is refused and changes
 * nothing. A permissive policy on the same data answers, so the refusals are the policy's and not an empty store.
 */
class AuditDenyAllProperties {
  private static final TenantId ACME = TenantId.of("acme");
  private static final String SECRET = "Secret finding about payroll";
  private static final InstantSource CLOCK = () -> Instant.parse("2026-03-10T09:00:00Z");

  @Provide
  Arbitrary<Actor> actors() {
    return Arbitraries.of(Actor.of("qm", "quality-manager"), Actor.of("carol"), Actor.of("root", "admin", "auditor"));
  }

  @Property(tries = 100)
  void with_deny_all_policies_no_audit_read_or_command_touches_tenant_data(@ForAll("actors") Actor actor,
      @ForAll boolean askForWhatExists, @ForAll boolean denied) {
    TenantReadPolicy reads = denied ? TenantReadPolicy.denyAll() : TenantReadPolicy.permitAll();
    AuditTrail trail = AuditTrail.builder().readPolicy(reads).build();
    InMemoryHistoryStore<io.itsm4j.audit.corrective.CorrectiveActionEvent> actionStore = new InMemoryHistoryStore<>();
    InMemoryHistoryStore<io.itsm4j.audit.programme.ProgrammeEvent> programmeStore = new InMemoryHistoryStore<>();
    // Written by trusted code first, before the policies are the ones under test.
    CorrectiveActions.of(trail, actionStore, CLOCK).execute(ACME, ActorId.of("qm"), "k1",
        CorrectiveActionId.of("CA-1"), new CorrectiveActionCommand.Raise(SECRET, "", Option.none())).get();
    AuditProgrammes.of(trail, programmeStore, CLOCK).execute(ACME, ActorId.of("qm"), "k2", ProgrammeId.of("P-1"),
        new ProgrammeCommand.Establish(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).get();
    RecordAccessPolicy<CorrectiveActionCommand> noActions = (ctx, id, c) -> Option.some("denied");
    RecordAccessPolicy<ProgrammeCommand> noProgrammes = (ctx, id, c) -> Option.some("denied");
    CorrectiveActions actions = CorrectiveActions.of(trail, actionStore, CLOCK,
        denied ? noActions : RecordAccessPolicy.permitAll(), reads);
    AuditProgrammes programmes = AuditProgrammes.of(trail, programmeStore, CLOCK,
        denied ? noProgrammes : RecordAccessPolicy.permitAll(), reads);
    CorrectiveActionId action = CorrectiveActionId.of(askForWhatExists ? "CA-1" : "CA-9");
    ProgrammeId programme = ProgrammeId.of(askForWhatExists ? "P-1" : "P-9");

    List<io.vavr.control.Either<Rejection, ?>> answers = List.of(actions.get(ACME, actor, action),
        actions.all(ACME, actor), actions.overdue(ACME, actor, CLOCK.instant()), programmes.get(ACME, actor, programme),
        programmes.all(ACME, actor), trail.query(ACME, actor, AuditQuery.all()), trail.verify(ACME, actor),
        trail.reveal(ACME, actor, new PersonalDataRef("t-1")),
        EvidenceReporter.of(StoreEvidenceSource.empty().withCorrectiveActions(actions)).verifying(trail)
            .readPolicy(reads).report(ACME, actor, CLOCK.instant().minusSeconds(60), CLOCK.instant().plusSeconds(60)));
    if (denied) {
      assertThat(answers).allSatisfy(a -> {
        assertThat(a.getLeft().code()).isEqualTo(RejectionCode.NOT_AUTHORISED);
        assertThat(a.getLeft().message()).doesNotContain(SECRET).doesNotContain("CA-1").doesNotContain("P-1");
      });
      var run = actions.execute(ACME, actor.id(), "k3", action,
          new CorrectiveActionCommand.AnalyseRootCause("no review step"));
      assertThat(run.getLeft().code()).isEqualTo(RejectionCode.NOT_AUTHORISED);
      assertThat(actionStore.load(ACME, "CA-1")).hasSize(1);
    } else {
      assertThat(actions.all(ACME, actor).get()).hasSize(1);
      assertThat(programmes.all(ACME, actor).get()).hasSize(1);
      assertThat(trail.query(ACME, actor, AuditQuery.all()).get()).hasSize(2);
      assertThat(actions.get(ACME, actor, action).isRight()).isEqualTo(askForWhatExists);
      assertThat(EvidenceReporter.of(StoreEvidenceSource.empty().withCorrectiveActions(actions)).readPolicy(reads)
          .report(ACME, actor, CLOCK.instant().minusSeconds(60), CLOCK.instant().plusSeconds(60)).get().gaps())
          .as("the permitted report counts the action").hasSizeLessThan(io.itsm4j.audit.evidence.EvidenceReports
              .COVERED.size());
    }
  }
}
