package io.itsm4j.audit.programme;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.audit.Clause;
import io.itsm4j.audit.port.AuditQuery;
import io.itsm4j.audit.application.AuditProgrammes;
import io.itsm4j.audit.application.AuditTrail;
import io.itsm4j.audit.trail.AuditEntry;
import io.itsm4j.audit.trail.Outcome;
import io.itsm4j.audit.trail.RecordRef;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.Violation;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ISO/IEC 20000-1 9.2 as scenarios: a programme is planned, audits run, findings are recorded and audited. */
class ProgrammeScenarioTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final ProgrammeId P2026 = ProgrammeId.of("programme-2026");
  private static final ActorId QM = ActorId.of("quality-manager");
  private static final ActorId INES = ActorId.of("ines");
  private static final ActorId OWEN = ActorId.of("owen");
  private static final InternalAuditId IA1 = InternalAuditId.of("IA-2026-01");

  private final AtomicLong clock = new AtomicLong(Instant.parse("2026-01-05T09:00:00Z").getEpochSecond());
  private final AuditTrail trail = AuditTrail.builder().build();
  private final AuditProgrammes programmes = AuditProgrammes.of(trail,
      new io.itsm4j.audit.memory.InMemoryHistoryStore<>(), () -> Instant.ofEpochSecond(clock.addAndGet(3600)));

  @BeforeEach
  void establish() {
    run(QM, new ProgrammeCommand.Establish(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
    run(QM, new ProgrammeCommand.DefineProcess(new ServiceProcess(ProcessId.of("incident-management"),
        "Incident management", HashSet.of(Clause.C8_6_1), OWEN, HashSet.of(ActorId.of("sam")))));
    run(QM, new ProgrammeCommand.DefineProcess(new ServiceProcess(ProcessId.of("change-management"),
        "Change management", HashSet.of(Clause.C8_5_1), INES, HashSet.empty())));
  }

  private AuditProgramme run(ActorId actor, ProgrammeCommand command) {
    return programmes.execute(ACME, actor, java.util.UUID.randomUUID().toString(), P2026, command).get().state();
  }

  private ProgrammeCommand.PlanAudit planIncidents(Option<ActorId> auditor) {
    return new ProgrammeCommand.PlanAudit(IA1, "Incident management audit", HashSet.empty(), HashSet.of(Clause.C8_6),
        List.of("ISO/IEC 20000-1:2018 8.6.1", "Incident procedure v3"), LocalDate.of(2026, 3, 2),
        LocalDate.of(2026, 3, 4), auditor);
  }

  @Test
  void theOwnerOfIncidentManagementCannotAuditItButTheChangeManagerCan() {
    var refused = programmes.execute(ACME, QM, java.util.UUID.randomUUID().toString(), P2026, planIncidents(Option.some(OWEN)));
    assertThat(refused.getLeft().code()).isEqualTo(RejectionCode.RULE_VIOLATED);
    assertThat(refused.getLeft().message()).contains("owen owns process incident-management");

    AuditProgramme p = run(QM, planIncidents(Option.some(INES)));
    assertThat(p.audits().get(IA1).get().auditor()).contains(INES);
    assertThat(p.uncoveredProcesses().map(ServiceProcess::id)).containsExactly(ProcessId.of("change-management"));

    AuditEntry refusal = trail.query(ACME, AuditQuery.byAction("audit-programme.plan-audit")).get().single();
    assertThat(refusal.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(refusal.reason().get()).startsWith("RULE_VIOLATED");
  }

  @Test
  void anAuditRunsFromPlanToFindingsAndEveryStepIsInTheTrail() {
    run(QM, planIncidents(Option.none()));
    var noAuditor = programmes.execute(ACME, QM, java.util.UUID.randomUUID().toString(), P2026, new ProgrammeCommand.StartAudit(IA1));
    assertThat(noAuditor.getLeft().code()).isEqualTo(RejectionCode.FIELD_REQUIRED);
    run(QM, new ProgrammeCommand.AssignAuditor(IA1, INES));
    run(INES, new ProgrammeCommand.StartAudit(IA1));

    var notTheAuditor = programmes.execute(ACME, OWEN, java.util.UUID.randomUUID().toString(), P2026, finding("F-1", FindingSeverity.MINOR_NONCONFORMITY,
        List.of(EvidenceRef.ticket("INC-000042"))));
    assertThat(notTheAuditor.getLeft().code()).isEqualTo(RejectionCode.NOT_AUTHORISED);
    var noEvidence = programmes.execute(ACME, INES, java.util.UUID.randomUUID().toString(), P2026, finding("F-1", FindingSeverity.MAJOR_NONCONFORMITY, List.empty()));
    assertThat(noEvidence.getLeft().violations().map(Violation::field)).containsExactly("evidence");

    run(INES, finding("F-1", FindingSeverity.MINOR_NONCONFORMITY,
        List.of(EvidenceRef.ticket("INC-000042"), EvidenceRef.auditEntry("acme#17"), EvidenceRef.document("PROC-INC v3"))));
    run(INES, finding("F-2", FindingSeverity.OPPORTUNITY_FOR_IMPROVEMENT, List.empty()));
    AuditProgramme done = run(INES, new ProgrammeCommand.CompleteAudit(IA1));

    assertThat(done.audits().get(IA1).get().status()).isEqualTo(AuditStatus.COMPLETED);
    assertThat(done.findingsOf(IA1).map(Finding::severity)).containsExactly(FindingSeverity.MINOR_NONCONFORMITY,
        FindingSeverity.OPPORTUNITY_FOR_IMPROVEMENT);
    assertThat(done.findings().get(FindingId.of("F-1")).get().evidence()).hasSize(3);
    var late = programmes.execute(ACME, INES, java.util.UUID.randomUUID().toString(), P2026, finding("F-3", FindingSeverity.OBSERVATION, List.empty()));
    assertThat(late.getLeft().code()).isEqualTo(RejectionCode.TRANSITION_NOT_ALLOWED);

    assertThat(trail.query(ACME, AuditQuery.byRecord(RecordRef.of(RecordRef.INTERNAL_AUDIT, IA1.value()))).get()
        .map(AuditEntry::action)).containsExactly("audit-programme.audit-planned", "audit-programme.auditor-assigned",
        "audit-programme.audit-started", "audit-programme.audit-completed");
    assertThat(trail.query(ACME, AuditQuery.byRecord(RecordRef.of(RecordRef.FINDING, "F-1"))).get().single()
        .after().get("evidence").get().display()).isEqualTo("ticket:INC-000042,audit_entry:acme#17,document:PROC-INC v3");
    assertThat(trail.verify(ACME).get().isIntact()).isTrue();
  }

  @Test
  void aPlanWithManyMistakesNamesThemAllAtOnce() {
    var r = programmes.execute(ACME, QM, java.util.UUID.randomUUID().toString(), P2026, new ProgrammeCommand.PlanAudit(IA1, " ",
        HashSet.of(ProcessId.of("nowhere")), HashSet.empty(), List.empty(), LocalDate.of(2027, 2, 1),
        LocalDate.of(2027, 1, 1), Option.none()));
    assertThat(r.getLeft().code()).isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(r.getLeft().violations().map(Violation::field))
        .containsExactly("title", "processes.nowhere", "criteria", "plannedEnd", "plannedStart", "plannedEnd");
  }

  private static ProgrammeCommand.RecordFinding finding(String id, FindingSeverity severity, List<EvidenceRef> evidence) {
    return new ProgrammeCommand.RecordFinding(FindingId.of(id), IA1, severity, "Major incidents not reviewed",
        Option.some(Clause.C8_6_1), Option.some(ProcessId.of("incident-management")), evidence);
  }
}
