package io.itsm4j.audit.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.audit.Clause;
import io.itsm4j.audit.corrective.CorrectiveActionCommand;
import io.itsm4j.audit.corrective.CorrectiveActionId;
import io.itsm4j.audit.corrective.PlannedAction;
import io.itsm4j.audit.memory.InMemoryAuditStore;
import io.itsm4j.audit.memory.InMemoryHistoryStore;
import io.itsm4j.audit.programme.EvidenceRef;
import io.itsm4j.audit.programme.FindingId;
import io.itsm4j.audit.programme.FindingSeverity;
import io.itsm4j.audit.programme.InternalAuditId;
import io.itsm4j.audit.programme.ProcessId;
import io.itsm4j.audit.programme.ProgrammeCommand;
import io.itsm4j.audit.programme.ProgrammeId;
import io.itsm4j.audit.programme.ServiceProcess;
import io.itsm4j.audit.application.AuditProgrammes;
import io.itsm4j.audit.application.AuditTrail;
import io.itsm4j.audit.application.AuditingNotificationSink;
import io.itsm4j.audit.application.CorrectiveActions;
import io.itsm4j.audit.application.EvidenceReporter;
import io.itsm4j.audit.application.StoreEvidenceSource;
import io.itsm4j.audit.trail.AuditDraft;
import io.itsm4j.audit.trail.AuditValue;
import io.itsm4j.audit.trail.RecordRef;
import io.itsm4j.core.Actor;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.application.ServiceDesk;
import io.itsm4j.core.memory.InMemoryTicketStore;
import io.itsm4j.core.ticket.ChangeType;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.Urgency;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The certification auditor asks "show me your records": the report lists, clause by clause, what the host holds in
 * itsm4j for the period, and says plainly where it holds nothing.
 */
class EvidenceReportTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant JUL = Instant.parse("2026-07-01T00:00:00Z");

  @Test
  void aHalfYearOfRecordsIsFiledUnderItsClausesAndTheGapsAreNamed() {
    AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-02-02T09:00:00Z"));
    InMemoryTicketStore tickets = new InMemoryTicketStore();
    InMemoryAuditStore auditStore = new InMemoryAuditStore();
    AuditTrail trail = AuditTrail.builder().store(auditStore).build();
    ServiceDesk desk = ServiceDesk.builder().ticketStore(tickets).clock(now::get)
        .notificationSink(AuditingNotificationSink.withHistory(trail, tickets)).build();
    AuditProgrammes programmes = AuditProgrammes.of(trail, new InMemoryHistoryStore<>(), now::get);
    CorrectiveActions actions = CorrectiveActions.of(trail, new InMemoryHistoryStore<>(), now::get);
    Actor alice = Actor.of("alice", "agent");

    desk.open(ACME, alice, "r1", TicketCommand.Open.incident("Mail is down", Impact.HIGH, Urgency.HIGH)).get();
    desk.open(ACME, alice, "r2", TicketCommand.Open.incident("VPN slow", Impact.LOW, Urgency.LOW)).get();
    desk.open(ACME, alice, "r3", TicketCommand.Open.change(ChangeType.NORMAL, "Patch mail", Impact.MEDIUM, Urgency.MEDIUM)).get();
    assertThat(desk.execute(ACME, alice, io.itsm4j.core.ticket.TicketId.of("INC-000001"), "r4",
        TicketCommand.ChangeState.to("closed")).isLeft()).as("a new incident cannot be closed outright").isTrue();
    var ciChange = trail.record(AuditDraft.builder().tenant(ACME).actor(ActorId.of("cat")).action("configuration-item.changed")
        .record(RecordRef.of("configuration-item", "mail-gw-1")).occurredAt(now.get())
        .before(AuditValue.texts(LinkedHashMap.of("os", "9.3"))).after(AuditValue.texts(LinkedHashMap.of("os", "9.4")))
        .build()).get();
    assertThat(ciChange.before().get("os")).contains(AuditValue.text("9.3"));
    assertThat(ciChange.after().get("os")).contains(AuditValue.text("9.4"));

    ProgrammeId p = ProgrammeId.of("programme-2026");
    ActorId qm = ActorId.of("qm");
    ActorId ines = ActorId.of("ines");
    InternalAuditId ia = InternalAuditId.of("IA-1");
    List.<ProgrammeCommand>of(
        new ProgrammeCommand.Establish(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
        new ProgrammeCommand.DefineProcess(new ServiceProcess(ProcessId.of("incident-management"), "Incident management",
            HashSet.of(Clause.C8_6_1), ActorId.of("owen"), HashSet.empty())),
        new ProgrammeCommand.PlanAudit(ia, "Incidents", HashSet.of(ProcessId.of("incident-management")), HashSet.empty(),
            List.of("8.6.1"), LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3), Option.some(ines)),
        new ProgrammeCommand.StartAudit(ia))
        .forEach(c -> assertThat(programmes.execute(ACME, c instanceof ProgrammeCommand.StartAudit ? ines : qm, java.util.UUID.randomUUID().toString(), p, c).isRight()).isTrue());
    programmes.execute(ACME, ines, java.util.UUID.randomUUID().toString(), p, new ProgrammeCommand.RecordFinding(FindingId.of("F-1"), ia,
        FindingSeverity.MINOR_NONCONFORMITY, "Major incidents not reviewed", Option.some(Clause.C8_6_1), Option.none(),
        List.of(EvidenceRef.ticket("INC-000001")))).get();
    CorrectiveActionId ca = CorrectiveActionId.of("CA-1");
    actions.execute(ACME, qm, java.util.UUID.randomUUID().toString(), ca, new CorrectiveActionCommand.Raise("Review major incidents", "", Option.some("F-1"))).get();
    actions.execute(ACME, qm, java.util.UUID.randomUUID().toString(), ca, new CorrectiveActionCommand.AnalyseRootCause("No review step in the workflow")).get();
    actions.execute(ACME, qm, java.util.UUID.randomUUID().toString(), ca, new CorrectiveActionCommand.Plan(Vector.of(
        PlannedAction.of("Add a review state", ActorId.of("owen"), now.get().plus(Duration.ofDays(7)))))).get();
    now.set(Instant.parse("2026-06-01T00:00:00Z"));

    StoreEvidenceSource source = StoreEvidenceSource.empty().withTickets(tickets).withAuditTrail(auditStore)
        .withProgrammes(programmes).withCorrectiveActions(actions);
    EvidenceReport report = EvidenceReporter.of(source).verifying(trail).report(ACME, JAN, JUL).get();

    assertThat(report.clauses().map(c -> c.clause().number())).containsExactly("7.5", "8.1", "8.2", "8.3", "8.4", "8.5",
        "8.6", "8.7", "9.1", "9.2", "9.3", "9.4", "10.1", "10.2");
    assertThat(count(report, Clause.C8_6, EvidenceKind.INCIDENT_EVENTS)).isEqualTo(2);
    assertThat(count(report, Clause.C8_5, EvidenceKind.CHANGE_EVENTS)).isEqualTo(1);
    assertThat(count(report, Clause.C8_1, EvidenceKind.REFUSED_COMMANDS)).isEqualTo(1);
    assertThat(count(report, Clause.C8_2, EvidenceKind.CONFIGURATION_CHANGES)).isEqualTo(1);
    assertThat(count(report, Clause.C9_2, EvidenceKind.INTERNAL_AUDITS)).isEqualTo(1);
    assertThat(count(report, Clause.C10_1, EvidenceKind.NONCONFORMITIES)).isEqualTo(1);
    assertThat(count(report, Clause.C10_1, EvidenceKind.OPEN_CORRECTIVE_ACTIONS)).isEqualTo(1);
    assertThat(count(report, Clause.C10_1, EvidenceKind.OVERDUE_CORRECTIVE_ACTIONS)).isEqualTo(1);
    EvidenceCount incidents = report.clauses().find(c -> c.clause() == Clause.C8_6).get().records().head();
    assertThat(incidents.samples()).containsExactly("INC-000001", "INC-000002");
    assertThat(incidents.first()).contains(Instant.parse("2026-02-02T09:00:00Z"));
    long entries = count(report, Clause.C7_5, EvidenceKind.AUDIT_ENTRIES);
    assertThat(entries).isEqualTo(auditStore.head(ACME).sequence());

    assertThat(report.gaps().map(c -> c.clause().number())).containsExactly("8.3", "8.4", "8.7", "9.1", "9.3", "9.4", "10.2");
    assertThat(report.gaps().find(c -> c.clause() == Clause.C9_3).get().note())
        .startsWith("No records in itsm4j for this clause in the period").contains("management-review");

    String md = report.toMarkdown();
    assertThat(md).contains("| 9.3 | Management review | 0 | **no records** |")
        .contains("| 8.6 | Resolution and fulfilment | 2 | records held |")
        .contains("- 2 ticket events of incidents (8.6.1 Incident management), 2026-02-02T09:00:00Z to 2026-02-02T09:00:00Z; samples: `INC-000001`, `INC-000002`");
    assertThat(report.toPlainText()).contains("9.3 Management review\n  No records in itsm4j");
    String integrity = "The audit trail verified intact through entry " + entries + " (hash "
        + auditStore.head(ACME).hash().hex() + ").";
    assertThat(report.clauses().head().note()).isEqualTo(integrity);
    assertThat(md).contains(integrity);
  }

  @Test
  void anEmptyTenantHasNoRecordsForAnyClause() {
    EvidenceReport report = EvidenceReports.build(ACME, JAN, JUL, Vector.of(EvidenceCount.of(EvidenceKind.INCIDENT_EVENTS, 0)));
    assertThat(report.gaps()).hasSize(EvidenceReports.COVERED.size());
  }

  @Test
  void aBrokenTrailIsSaidPlainlyUnderDocumentedInformation() {
    var brk = new io.itsm4j.audit.trail.ChainBreak(io.itsm4j.audit.trail.ChainBreak.Kind.MISSING, 12, 11, "entry 12 is missing");
    EvidenceReport report = EvidenceReports.build(ACME, JAN, JUL,
        Vector.of(EvidenceCount.of(EvidenceKind.AUDIT_ENTRIES, 40)), Option.some(new io.itsm4j.audit.trail.Verification.Broken(brk)));
    assertThat(report.clauses().head().note()).isEqualTo("The audit trail is BROKEN: " + brk + ".");
    assertThat(report.toPlainText()).contains("7.5 Documented information\n  40 audit trail entries\n  The audit trail is BROKEN");
  }

  @Test
  void aFailingSourceIsAPortFailureNotAnException() {
    var r = EvidenceReporter.of((t, f, u) -> {
      throw new IllegalStateException("db down");
    }).report(ACME, JAN, JUL);
    assertThat(r.getLeft().code()).isEqualTo(RejectionCode.PORT_FAILURE);
  }

  private static long count(EvidenceReport report, Clause clause, EvidenceKind kind) {
    return report.clauses().find(c -> c.clause() == clause).get().records().find(r -> r.kind() == kind)
        .map(EvidenceCount::count).getOrElse(0L);
  }

  @Test
  void concerns_show_beside_the_records_of_their_clause_and_counts_come_in_kind_order() {
    Instant from = Instant.parse("2026-11-01T00:00:00Z");
    Instant until = Instant.parse("2026-12-01T00:00:00Z");
    var counts = io.vavr.collection.Vector.of(
        new EvidenceCount(EvidenceKind.CLOSED_CORRECTIVE_ACTIONS, 2, io.vavr.control.Option.none(),
            io.vavr.control.Option.none(), io.vavr.collection.Vector.empty()),
        new EvidenceCount(EvidenceKind.ASSURANCE_RECORDS, 3, io.vavr.control.Option.some(from.plusSeconds(60)),
            io.vavr.control.Option.some(from.plusSeconds(120)), io.vavr.collection.Vector.of("continuity/x")),
        EvidenceCount.of(EvidenceKind.OPEN_CORRECTIVE_ACTIONS, 1));
    var concern = new Concern(io.itsm4j.audit.Clause.C8_7, "continuity plan dr-1", "exercise\noverdue");
    EvidenceReport report = EvidenceReports.build(io.itsm4j.core.TenantId.of("acme"), from, until, counts,
        io.vavr.control.Option.none(), io.vavr.collection.Vector.of(concern));
    var assurance = report.clauses().find(c -> c.clause() == io.itsm4j.audit.Clause.C8_7).get();
    assertThat(assurance.hasRecords()).isTrue();
    assertThat(assurance.concerns()).containsExactly(concern);
    var improvement = report.clauses().find(c -> c.clause() == io.itsm4j.audit.Clause.C10_1).get();
    assertThat(improvement.records().map(EvidenceCount::kind)).containsExactly(EvidenceKind.OPEN_CORRECTIVE_ACTIONS,
        EvidenceKind.CLOSED_CORRECTIVE_ACTIONS);
    String md = report.toMarkdown();
    assertThat(md).contains("| 8.7 | Service assurance | 3 | records held; **1 to look at** |",
        "- 3 audited availability, continuity and security records, 2026-11-01T00:01:00Z to 2026-11-01T00:02:00Z;"
            + " samples: `continuity/x`\n\n**Needs attention** (1):\n\n- continuity plan dr-1 (8.7): exercise overdue\n");
    String text = report.toPlainText();
    assertThat(text).contains("  3 audited availability, continuity and security records, 2026-11-01T00:01:00Z to "
        + "2026-11-01T00:02:00Z; samples: continuity/x\n  NEEDS ATTENTION: continuity plan dr-1 (8.7): exercise overdue\n");
    assertThat(text).doesNotContain("  2 corrective actions closed, ");
  }
}
