package io.itsm4j.audit.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.audit.Clause;
import io.itsm4j.audit.corrective.CorrectiveActionCommand;
import io.itsm4j.audit.corrective.CorrectiveActionId;
import io.itsm4j.audit.evidence.ClauseEvidence;
import io.itsm4j.audit.evidence.EvidenceKind;
import io.itsm4j.audit.evidence.EvidenceReport;
import io.itsm4j.audit.memory.InMemoryAuditStore;
import io.itsm4j.audit.memory.InMemoryHistoryStore;
import io.itsm4j.audit.programme.FindingId;
import io.itsm4j.audit.programme.FindingSeverity;
import io.itsm4j.audit.programme.InternalAuditId;
import io.itsm4j.audit.programme.ProcessId;
import io.itsm4j.audit.programme.ProgrammeCommand;
import io.itsm4j.audit.programme.ProgrammeId;
import io.itsm4j.audit.programme.ServiceProcess;
import io.itsm4j.core.Actor;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.application.CataloguePolicy;
import io.itsm4j.core.application.CatalogueService;
import io.itsm4j.core.application.ServiceDesk;
import io.itsm4j.core.catalogue.CatalogueCommand;
import io.itsm4j.core.catalogue.ConfigurationItem;
import io.itsm4j.core.catalogue.Offering;
import io.itsm4j.core.catalogue.OfferingId;
import io.itsm4j.core.catalogue.Service;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.catalogue.ServiceKind;
import io.itsm4j.core.catalogue.ServiceLevelId;
import io.itsm4j.core.contract.ManualClock;
import io.itsm4j.core.memory.InMemoryTicketStore;
import io.itsm4j.core.ticket.ChangeType;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketSubject;
import io.itsm4j.core.ticket.Urgency;
import io.itsm4j.sla.SlaDefinition;
import io.itsm4j.sla.SlaId;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.sla.memory.InMemoryServiceLevelDirectory;
import io.itsm4j.sla.memory.InMemorySlaAlarmLedger;
import io.itsm4j.sla.monitor.SlaMonitor;
import io.itsm4j.sla.monitor.SlaSelector;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Evidence complete by default: a service desk, the catalogue, the SLA monitor (its SLAs selected from the
 * catalogue), the audit programme and corrective actions, wired to one audit trail the documented way (one
 * listener, sink or adapter each, no host glue), leave records under every clause they serve; the clauses they do
 * not serve are exactly the gaps the report names.
 */
class DefaultWiringEvidenceTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Actor AGENT = Actor.of("alice", "agent");
  private static final ServiceId MAIL = ServiceId.of("mail");

  @Test
  void every_clause_the_wired_services_serve_has_records_and_only_the_rest_are_gaps() {
    ManualClock clock = ManualClock.at("2026-03-02T08:00:00Z");
    Instant from = clock.instant();
    InMemoryAuditStore auditStore = new InMemoryAuditStore();
    AuditTrail trail = AuditTrail.builder().store(auditStore).build();

    CatalogueService catalogue = CatalogueService.builder().clock(clock)
        .listener(AuditingCatalogueListener.of(trail)).build();
    InMemoryTicketStore tickets = new InMemoryTicketStore();
    ServiceDesk desk = ServiceDesk.builder().clock(clock).ticketStore(tickets)
        .policy(CataloguePolicy.of(catalogue))
        .notificationSink(AuditingNotificationSink.of(trail)).build();
    InMemoryServiceLevelDirectory levels = new InMemoryServiceLevelDirectory().define(ACME,
        ServiceLevelId.of("gold"), SlaDefinition.resolution().id(SlaId.of("gold-fix"))
            .goals(HashMap.of(Priority.P3, Duration.ofHours(4), Priority.P4, Duration.ofHours(8), Priority.P5,
                Duration.ofHours(8))).build());
    SlaMonitor monitor = SlaMonitor.of(SlaSelector.fromCatalogue(catalogue::catalogue, levels),
        new InMemorySlaAlarmLedger(), AuditingSlaAlarmSink.of(trail));
    InMemoryHistoryStore<io.itsm4j.audit.programme.ProgrammeEvent> programmeStore = new InMemoryHistoryStore<>();
    AuditProgrammes programmes = AuditProgrammes.of(trail, programmeStore, clock);
    CorrectiveActions actions = CorrectiveActions.of(trail, new InMemoryHistoryStore<>(), clock);

    // The catalogue: a configuration item and a service with a gold offering (8.2.4, 8.2.6).
    catalogue.execute(ACME, AGENT, "ci", new CatalogueCommand.RegisterCi(ConfigurationItem.of("mx-1", "Mail relay",
        "server"))).get();
    catalogue.execute(ACME, AGENT, "svc", new CatalogueCommand.DefineService(Service.builder().id(MAIL).name("Mail")
        .kind(ServiceKind.BUSINESS).owner(ActorId.of("olivia")).offerings(LinkedHashMap.of(OfferingId.of("gold"),
            Offering.of("gold", "Gold", ServiceLevelId.of("gold")))).build())).get();

    // Tickets of every kind (8.5.1, 8.6.1-8.6.3), one on the gold offering, and a refused command (8.1).
    TicketSubject gold = TicketSubject.none().withService(MAIL).withOffering(OfferingId.of("gold"));
    Ticket incident = desk.open(ACME, AGENT, "inc", TicketCommand.Open.incident("Mail down", Impact.LOW,
        Urgency.LOW).withSubject(gold)).get().ticket();
    desk.open(ACME, AGENT, "req", TicketCommand.Open.serviceRequest("New mailbox", Impact.LOW, Urgency.LOW)).get();
    desk.open(ACME, AGENT, "prb", TicketCommand.Open.problem("Relay keeps failing", Impact.LOW, Urgency.LOW)).get();
    desk.open(ACME, AGENT, "chg", TicketCommand.Open.change(ChangeType.NORMAL, "Replace relay", Impact.LOW,
        Urgency.LOW)).get();
    var refused = desk.open(ACME, AGENT, "bad", TicketCommand.Open.incident("Fax", Impact.LOW, Urgency.LOW)
        .withSubject(TicketSubject.none().withService(ServiceId.of("fax"))));
    assertThat(refused.getLeft().code()).isEqualTo(RejectionCode.NOT_FOUND);
    var unauthorised = desk.execute(ACME, Actor.of("mallory"), incident.id(), "hold",
        TicketCommand.ChangeState.to("on-hold"));
    assertThat(unauthorised.getLeft().code().isControl()).isTrue();

    // The SLA of the gold offering breaches (8.3.3, 9.1): selected from the catalogue, recorded by the sink.
    clock.advance(Duration.ofHours(9));
    var evaluated = monitor.evaluate(desk.history(ACME, incident.id()).get(), clock.instant()).get();
    assertThat(evaluated.delivered().map(c -> c.percent())).contains(100);

    // An internal audit finds a nonconformity; a corrective action is raised for it (9.2, 10.1).
    ProgrammeId programme = ProgrammeId.of("programme-2026");
    InternalAuditId audit = InternalAuditId.of("IA-1");
    ProcessId incidents = ProcessId.of("incident-management");
    ActorId qm = ActorId.of("quality-manager");
    programmes.execute(ACME, qm, "p1", programme, new ProgrammeCommand.Establish(LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 12, 31))).get();
    programmes.execute(ACME, qm, "p2", programme, new ProgrammeCommand.DefineProcess(new ServiceProcess(incidents,
        "Incident management", HashSet.of(Clause.C8_6_1), ActorId.of("owen"), HashSet.empty()))).get();
    programmes.execute(ACME, qm, "p3", programme, new ProgrammeCommand.PlanAudit(audit, "Incident audit",
        HashSet.of(incidents), HashSet.empty(), List.of("SLA breaches are reviewed"), LocalDate.of(2026, 3, 2),
        LocalDate.of(2026, 3, 4), Option.some(ActorId.of("ines")))).get();
    programmes.execute(ACME, qm, "p4", programme, new ProgrammeCommand.StartAudit(audit)).get();
    programmes.execute(ACME, ActorId.of("ines"), "p5", programme, new ProgrammeCommand.RecordFinding(
        FindingId.of("F-1"), audit, FindingSeverity.MINOR_NONCONFORMITY, "Breaches are not reviewed",
        Option.some(Clause.C8_6_1), Option.some(incidents),
        List.of(io.itsm4j.audit.programme.EvidenceRef.ticket(incident.id().value()))))
        .getOrElseThrow(r -> new AssertionError(r.toString()));
    actions.execute(ACME, qm, "ca", CorrectiveActionId.of("CA-1"), new CorrectiveActionCommand.Raise(
        "Review breaches weekly", "Breaches are not reviewed", Option.some("F-1")))
        .getOrElseThrow(r -> new AssertionError(r.toString()));

    clock.advance(Duration.ofMinutes(1));
    EvidenceReport report = EvidenceReporter.of(StoreEvidenceSource.empty().withTickets(tickets)
        .withAuditTrail(auditStore).withProgrammes(programmes).withCorrectiveActions(actions))
        .verifying(trail).report(ACME, from, clock.instant()).get();

    java.util.Map<String, java.util.Set<EvidenceKind>> kinds = new java.util.TreeMap<>();
    for (ClauseEvidence c : report.clauses()) {
      kinds.put(c.clause().number(), c.records().map(r -> r.kind()).toJavaSet());
    }
    assertThat(kinds.get("7.5")).contains(EvidenceKind.AUDIT_ENTRIES);
    assertThat(kinds.get("8.1")).contains(EvidenceKind.REFUSED_COMMANDS);
    assertThat(kinds.get("8.2")).contains(EvidenceKind.CATALOGUE_CHANGES, EvidenceKind.CONFIGURATION_CHANGES);
    assertThat(kinds.get("8.3")).contains(EvidenceKind.SERVICE_LEVEL_RECORDS);
    assertThat(kinds.get("8.5")).contains(EvidenceKind.CHANGE_EVENTS);
    assertThat(kinds.get("8.6")).contains(EvidenceKind.INCIDENT_EVENTS, EvidenceKind.SERVICE_REQUEST_EVENTS,
        EvidenceKind.PROBLEM_EVENTS);
    assertThat(kinds.get("9.1")).contains(EvidenceKind.SERVICE_LEVEL_RECORDS);
    assertThat(kinds.get("9.2")).contains(EvidenceKind.INTERNAL_AUDITS, EvidenceKind.NONCONFORMITIES);
    assertThat(kinds.get("10.1")).isNotEmpty();
    assertThat(report.gaps().map(c -> c.clause().number()))
        .as("what these services do not hold yet: supply and demand, service assurance, management review, "
            + "service reporting, continual improvement")
        .containsExactlyInAnyOrder("8.4", "8.7", "9.3", "9.4", "10.2");
    assertThat(report.toMarkdown()).contains("verified intact");
  }
}
