package io.itsm4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.audit.Clause;
import io.itsm4j.audit.corrective.CorrectiveActionCommand;
import io.itsm4j.audit.corrective.CorrectiveActionEvent;
import io.itsm4j.audit.corrective.CorrectiveActionId;
import io.itsm4j.audit.corrective.PlannedAction;
import io.itsm4j.audit.memory.InMemoryAuditStore;
import io.itsm4j.audit.memory.InMemoryHistoryStore;
import io.itsm4j.audit.port.AuditQuery;
import io.itsm4j.audit.port.AuditStore;
import io.itsm4j.audit.port.HistoryStore;
import io.itsm4j.audit.programme.EvidenceRef;
import io.itsm4j.audit.programme.FindingId;
import io.itsm4j.audit.programme.FindingSeverity;
import io.itsm4j.audit.programme.InternalAuditId;
import io.itsm4j.audit.programme.ProcessId;
import io.itsm4j.audit.programme.ProgrammeCommand;
import io.itsm4j.audit.programme.ProgrammeEvent;
import io.itsm4j.audit.programme.ProgrammeId;
import io.itsm4j.audit.programme.ServiceProcess;
import io.itsm4j.audit.application.AuditProgrammes;
import io.itsm4j.audit.application.AuditTrail;
import io.itsm4j.audit.application.CorrectiveActions;
import io.itsm4j.audit.trail.AuditEntry;
import io.itsm4j.audit.trail.Outcome;
import io.itsm4j.audit.trail.RecordRef;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The audit programme and corrective action services over the JDBC stores, the histories kept with {@link
 * ProgrammeEventCodec} and {@link CorrectiveActionEventCodec}: the same commands, run once on the in-memory stores
 * and once on the database, leave equal states, equal histories and equal audit trails, and the trail read from the
 * database verifies. Subclasses say which database.
 */
abstract class AbstractAuditServicesOnJdbcTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final ProgrammeId P2026 = ProgrammeId.of("programme-2026");
  private static final InternalAuditId IA1 = InternalAuditId.of("IA-2026-01");
  private static final CorrectiveActionId CA = CorrectiveActionId.of("CA-2026-007");
  private static final ActorId QM = ActorId.of("quality-manager");
  private static final ActorId INES = ActorId.of("ines");
  private static final ActorId OWEN = ActorId.of("owen");

  /** A fresh database with the tables. */
  protected abstract DataSource database();

  @Test
  void aProgrammeAndACorrectiveActionRunTheSameOnTheDatabaseAsInMemory() {
    DataSource db = database();
    Services memory = new Services(new InMemoryAuditStore(), new InMemoryHistoryStore<>(), new InMemoryHistoryStore<>());
    Services jdbc = new Services(new JdbcAuditStore(db),
        new JdbcHistoryStore<>(db, RecordRef.AUDIT_PROGRAMME, AuditHistoryJson.programmes()),
        new JdbcHistoryStore<>(db, RecordRef.CORRECTIVE_ACTION, AuditHistoryJson.correctiveActions()));
    memory.run();
    jdbc.run();

    Services reread = new Services(new JdbcAuditStore(db),
        new JdbcHistoryStore<>(db, RecordRef.AUDIT_PROGRAMME, AuditHistoryJson.programmes()),
        new JdbcHistoryStore<>(db, RecordRef.CORRECTIVE_ACTION, AuditHistoryJson.correctiveActions()));
    assertThat(reread.programmes.get(ACME, P2026).get()).isEqualTo(memory.programmes.get(ACME, P2026).get());
    assertThat(reread.actions.get(ACME, CA).get()).isEqualTo(memory.actions.get(ACME, CA).get());
    assertThat(reread.programmeHistory.load(ACME, P2026.value()))
        .hasSize(9).containsExactlyElementsOf(memory.programmeHistory.load(ACME, P2026.value()));
    assertThat(reread.actionHistory.load(ACME, CA.value()))
        .hasSize(10).containsExactlyElementsOf(memory.actionHistory.load(ACME, CA.value()));

    Seq<AuditEntry> trail = reread.trail.query(ACME, AuditQuery.all()).get();
    assertThat(trail).containsExactlyElementsOf(memory.trail.query(ACME, AuditQuery.all()).get());
    assertThat(trail.map(AuditEntry::action)).contains("audit-programme.finding-recorded", "corrective-action.closed",
        "corrective-action.verify-effectiveness");
    assertThat(trail.filter(e -> e.outcome() == Outcome.REJECTED)).hasSize(1);
    assertThat(reread.trail.verify(ACME).get().isIntact()).isTrue();
  }

  /** One set of services over given stores, on a clock of its own that every run advances alike. */
  private static final class Services {
    final AuditTrail trail;
    final HistoryStore<ProgrammeEvent> programmeHistory;
    final HistoryStore<CorrectiveActionEvent> actionHistory;
    final AuditProgrammes programmes;
    final CorrectiveActions actions;
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-05T09:00:00.123456789Z"));

    Services(AuditStore store, HistoryStore<ProgrammeEvent> programmeHistory,
        HistoryStore<CorrectiveActionEvent> actionHistory) {
      this.trail = AuditTrail.builder().store(store).build();
      this.programmeHistory = programmeHistory;
      this.actionHistory = actionHistory;
      this.programmes = AuditProgrammes.of(trail, programmeHistory, () -> now.updateAndGet(t -> t.plusSeconds(3600)));
      this.actions = CorrectiveActions.of(trail, actionHistory, () -> now.updateAndGet(t -> t.plusSeconds(3600)));
    }

    void run() {
      programme(QM, new ProgrammeCommand.Establish(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
      programme(QM, new ProgrammeCommand.DefineProcess(new ServiceProcess(ProcessId.of("incident-management"),
          "Incident management — first line\nand second", HashSet.of(Clause.C8_6_1, Clause.C8_6), OWEN,
          HashSet.of(ActorId.of("sam")))));
      programme(QM, new ProgrammeCommand.DefineProcess(new ServiceProcess(ProcessId.of("change-management"),
          "Change management", HashSet.of(Clause.C8_5_1), INES, HashSet.empty())));
      programme(QM, new ProgrammeCommand.PlanAudit(IA1, "Incident audit = 1", HashSet.empty(), HashSet.of(Clause.C8_6),
          List.of("ISO/IEC 20000-1:2018 8.6.1", "Procedure v3 \\ annex"), LocalDate.of(2026, 3, 2),
          LocalDate.of(2026, 3, 4), Option.none()));
      programme(QM, new ProgrammeCommand.AssignAuditor(IA1, INES));
      programme(INES, new ProgrammeCommand.StartAudit(IA1));
      programme(INES, new ProgrammeCommand.RecordFinding(FindingId.of("F-1"), IA1,
          FindingSeverity.MAJOR_NONCONFORMITY, "3 of 5 P1 incidents lack a review", Option.some(Clause.C8_6_1),
          Option.some(ProcessId.of("incident-management")),
          Vector.of(EvidenceRef.ticket("INC-000042"), EvidenceRef.document("Review log, p. 4"))));
      programme(INES, new ProgrammeCommand.RecordFinding(FindingId.of("F-2"), IA1, FindingSeverity.OBSERVATION,
          "Templates differ", Option.none(), Option.none(), Vector.empty()));
      programme(INES, new ProgrammeCommand.CompleteAudit(IA1));

      action(QM, new CorrectiveActionCommand.Raise("Major incidents not reviewed", "3 of 5 P1 incidents\nlack a review",
          Option.some("F-1")));
      action(QM, new CorrectiveActionCommand.AnalyseRootCause("The review is not a step of the workflow"));
      action(QM, new CorrectiveActionCommand.Plan(Vector.of(
          PlannedAction.of("Add a review state", OWEN, Instant.parse("2026-04-01T00:00:00Z")),
          PlannedAction.of("Train the desk", INES, Instant.parse("2026-04-15T00:00:00Z")))));
      action(OWEN, new CorrectiveActionCommand.Implement("Review state added"));
      assertThat(actions.execute(ACME, OWEN, java.util.UUID.randomUUID().toString(), CA, new CorrectiveActionCommand.VerifyEffectiveness(true, "fine"))
          .getLeft().code()).as("the owner cannot sign off their own fix").isEqualTo(RejectionCode.RULE_VIOLATED);
      action(QM, new CorrectiveActionCommand.VerifyEffectiveness(false, "2 of 4 P1s still unreviewed"));
      action(QM, new CorrectiveActionCommand.AnalyseRootCause("The review state can be skipped"));
      action(QM, new CorrectiveActionCommand.Plan(Vector.of(
          PlannedAction.of("Remove the direct close", OWEN, Instant.parse("2026-05-01T00:00:00Z")))));
      action(OWEN, new CorrectiveActionCommand.Implement("Review made mandatory"));
      action(QM, new CorrectiveActionCommand.VerifyEffectiveness(true, "all P1s reviewed in May"));
      action(QM, new CorrectiveActionCommand.Close());
      now.updateAndGet(t -> t.plus(Duration.ofDays(1)));
    }

    private void programme(ActorId actor, ProgrammeCommand command) {
      var changed = programmes.execute(ACME, actor, java.util.UUID.randomUUID().toString(), P2026, command);
      assertThat(changed.isRight()).as("%s: %s", command, changed).isTrue();
      assertThat(changed.get().auditFailure()).isEmpty();
    }

    private void action(ActorId actor, CorrectiveActionCommand command) {
      var changed = actions.execute(ACME, actor, java.util.UUID.randomUUID().toString(), CA, command);
      assertThat(changed.isRight()).as("%s: %s", command, changed).isTrue();
      assertThat(changed.get().auditFailure()).isEmpty();
    }
  }
}
