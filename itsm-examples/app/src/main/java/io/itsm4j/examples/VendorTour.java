package io.itsm4j.examples;

import io.itsm4j.audit.application.AuditTrail;
import io.itsm4j.audit.application.AuditingCatalogueListener;
import io.itsm4j.audit.application.AuditingNotificationSink;
import io.itsm4j.audit.application.AuditingSlaAlarmSink;
import io.itsm4j.audit.application.EvidenceReporter;
import io.itsm4j.audit.application.StoreEvidenceSource;
import io.itsm4j.audit.evidence.EvidenceReport;
import io.itsm4j.audit.memory.InMemoryAuditStore;
import io.itsm4j.core.Actor;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.application.CataloguePolicy;
import io.itsm4j.core.application.CatalogueService;
import io.itsm4j.core.application.CommandResult;
import io.itsm4j.core.application.ServiceDesk;
import io.itsm4j.core.catalogue.CatalogueCommand;
import io.itsm4j.core.catalogue.ConfigurationItem;
import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.catalogue.CustomerId;
import io.itsm4j.core.catalogue.FieldType;
import io.itsm4j.core.catalogue.FormField;
import io.itsm4j.core.catalogue.Offering;
import io.itsm4j.core.catalogue.OfferingId;
import io.itsm4j.core.catalogue.Relationship;
import io.itsm4j.core.catalogue.Service;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.catalogue.ServiceKind;
import io.itsm4j.core.catalogue.ServiceLevelId;
import io.itsm4j.core.change.ApprovalMatrix;
import io.itsm4j.core.change.RiskQuestionnaire;
import io.itsm4j.core.change.policy.ChangeEnablement;
import io.itsm4j.core.memory.InMemoryApproverDirectory;
import io.itsm4j.core.memory.InMemoryFreezeCalendar;
import io.itsm4j.core.memory.InMemoryStandardChangeCatalogue;
import io.itsm4j.core.memory.InMemoryTicketStore;
import io.itsm4j.core.memory.StoredScheduledChanges;
import io.itsm4j.core.port.AccessPolicy;
import io.itsm4j.core.port.CatalogueAccessPolicy;
import io.itsm4j.core.port.ReadPolicy;
import io.itsm4j.core.port.TenantReadPolicy;
import io.itsm4j.core.ticket.ChangeType;
import io.itsm4j.core.ticket.CommandContext;
import io.itsm4j.core.ticket.FieldSchema;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.NoteVisibility;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.RiskLevel;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketDecider;
import io.itsm4j.core.ticket.TicketFields;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.TicketKind;
import io.itsm4j.core.ticket.TicketSubject;
import io.itsm4j.core.ticket.TicketWorkflows;
import io.itsm4j.core.ticket.Urgency;
import io.itsm4j.core.ticket.PriorityMatrix;
import io.itsm4j.core.workflow.Guard;
import io.itsm4j.core.workflow.StateCategory;
import io.itsm4j.core.workflow.Transition;
import io.itsm4j.core.workflow.Trigger;
import io.itsm4j.core.workflow.Workflow;
import io.itsm4j.sla.SlaDefinition;
import io.itsm4j.sla.SlaEngine;
import io.itsm4j.sla.SlaId;
import io.itsm4j.sla.SlaStatus;
import io.itsm4j.sla.calendar.BusinessCalendar;
import io.itsm4j.sla.calendar.DailyHours;
import io.itsm4j.sla.calendar.DayRule;
import io.itsm4j.sla.calendar.WeeklyCalendar;
import io.itsm4j.sla.memory.InMemoryServiceLevelDirectory;
import io.itsm4j.sla.memory.InMemorySlaAlarmLedger;
import io.itsm4j.sla.monitor.SlaMonitor;
import io.itsm4j.sla.monitor.SlaSelector;
import io.vavr.collection.HashMap;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The vendor tour (docs/vendor-tour.md): one program that builds what a vendor's prototype needs, from the
 * catalogue to the ISO/IEC 20000-1 evidence report, wired the documented way with no glue of its own:
 *
 * <ol>
 *   <li>an audit trail every service records into;
 *   <li>a catalogue of two services with their configuration items, offerings and service levels, changed only by
 *       catalogue managers;
 *   <li>a custom incident workflow with an "awaiting customer" state the customer's reply leaves by itself, and
 *       typed incident fields;
 *   <li>SLAs selected from the catalogue, on a Berlin business calendar with a holiday, paused while awaiting the
 *       customer;
 *   <li>the host's own access and read policies, whose refusals say why;
 *   <li>a normal change through risk assessment and a CAB, with segregation of duties;
 *   <li>the evidence report over all of it.
 * </ol>
 *
 * Run it with {@code ./mvnw -q -Pvendor-tour package}; {@code VendorTourTest} runs it in
 * every build and checks what it prints.
 */
public final class VendorTour {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Actor CATALOGUE_MANAGER = Actor.of("olivia", "catalogue-manager", "agent");
  private static final Actor AGENT = Actor.of("alice", "agent");
  private static final Actor CAROL = Actor.of("carol");
  private static final Actor MALLORY = Actor.of("mallory");
  private static final Actor RITA = Actor.of("rita", "agent");
  private static final Actor CAB_ANN = Actor.of("ann", "agent");
  private static final Actor CAB_BEN = Actor.of("ben", "agent");

  private final PrintStream out;
  private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-02T08:00:00Z"));
  private final AtomicInteger keys = new AtomicInteger();

  private VendorTour(PrintStream out) {
    this.out = out;
  }

  /**
   * Runs the tour, printing each step.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    new VendorTour(System.out).run();
  }

  /**
   * Runs the tour, printing each step to {@code out}.
   *
   * @throws IllegalStateException if a step the tour expects to succeed is refused (it names the step)
   */
  public static void run(PrintStream out) {
    new VendorTour(out).run();
  }

  private void run() {
    // tour:trail
    InMemoryAuditStore auditStore = new InMemoryAuditStore();
    AuditTrail trail = AuditTrail.builder().store(auditStore).build();
    // end:trail

    // tour:catalogue
    CatalogueService catalogue = CatalogueService.builder()
        .clock(now::get)
        .accessPolicy(CatalogueAccessPolicy.requireRole("catalogue-manager"))
        .readPolicy(TenantReadPolicy.requireRole("agent"))
        .listener(AuditingCatalogueListener.of(trail))
        .build();
    catalogue.execute(ACME, CATALOGUE_MANAGER, "ci-mx-1",
        new CatalogueCommand.RegisterCi(ConfigurationItem.of("mx-1", "Mail relay", "server"))).get();
    catalogue.execute(ACME, CATALOGUE_MANAGER, "ci-db-1",
        new CatalogueCommand.RegisterCi(ConfigurationItem.of("db-1", "Payroll database", "database"))).get();
    catalogue.execute(ACME, CATALOGUE_MANAGER, "svc-mail", new CatalogueCommand.DefineService(Service.builder()
        .id(ServiceId.of("mail")).name("Mail").kind(ServiceKind.BUSINESS).owner(ActorId.of("olivia"))
        .customers(LinkedHashSet.of(CustomerId.of("contoso"), CustomerId.of("fabrikam")))
        .offerings(LinkedHashMap.of(
            OfferingId.of("mail-gold"), Offering.of("mail-gold", "Mail Gold", ServiceLevelId.of("gold")),
            OfferingId.of("mail-silver"), Offering.of("mail-silver", "Mail Silver", ServiceLevelId.of("silver"))))
        .build())).get();
    catalogue.execute(ACME, CATALOGUE_MANAGER, "svc-payroll", new CatalogueCommand.DefineService(Service.builder()
        .id(ServiceId.of("payroll")).name("Payroll").kind(ServiceKind.BUSINESS).owner(ActorId.of("olivia"))
        .serviceLevels(LinkedHashSet.of(ServiceLevelId.of("silver")))
        .build())).get();
    catalogue.execute(ACME, CATALOGUE_MANAGER, "rel-mail", CatalogueCommand.Relate.of(
        Relationship.dependsOn(ServiceId.of("mail"), ConfigurationItemId.of("mx-1"))))
        .get();
    catalogue.execute(ACME, CATALOGUE_MANAGER, "rel-payroll", CatalogueCommand.Relate.of(
        Relationship.dependsOn(ServiceId.of("payroll"), ConfigurationItemId.of("db-1"))))
        .get();
    // end:catalogue
    Rejection notManager = catalogue.execute(ACME, AGENT, "svc-fax", new CatalogueCommand.RegisterCi(
        ConfigurationItem.of("fax-1", "Fax", "device"))).getLeft();
    say("1. catalogue: %d services, %d configuration items; an agent registering a CI: %s", catalogue
        .catalogue(ACME, AGENT).get().services().size(), catalogue.catalogue(ACME, AGENT).get()
        .configurationItems().size(), notManager);

    // tour:workflow
    Workflow<Ticket> incidents = TicketWorkflows.incident().toBuilder("incident-acme")
        .state("awaiting-customer", "Awaiting customer", StateCategory.ON_HOLD)
        .transition("ask-customer", "in-progress", "awaiting-customer", Guard.requiredFields("question"))
        .transition(new Transition<>("customer-replied", "awaiting-customer", "in-progress",
            Trigger.CALLER_UPDATE, List.empty()))
        .transition("resolve", "awaiting-customer", "resolved",
            Guard.requiredFields(TicketFields.RESOLUTION_CODE, TicketFields.RESOLUTION_NOTES))
        .build()
        .getOrElseThrow(r -> new IllegalStateException("the tour's workflow: " + r));
    FieldSchema incidentFields = FieldSchema.builder()
        .field(FormField.required("site", FieldType.TEXT).allowing("berlin", "paris").labelled("Site"))
        .field("question", FieldType.TEXT)
        .closed()
        .build();
    TicketDecider decider = TicketDecider.of(TicketWorkflows.defaults().with(TicketKind.INCIDENT, incidents),
            PriorityMatrix.standard())
        .withFieldSchema(TicketKind.INCIDENT, incidentFields);
    // end:workflow

    // tour:slas
    WeeklyCalendar berlin = BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
        .weekdays(DailyHours.of("09:00", "17:00"))
        .holiday(DayRule.on(LocalDate.of(2026, 3, 3)))                    // a local holiday, a Tuesday
        .build();
    InMemoryServiceLevelDirectory levels = new InMemoryServiceLevelDirectory()
        .define(ACME, ServiceLevelId.of("gold"), SlaDefinition.resolution()  // pauses while ON_HOLD
            .id(SlaId.of("gold-resolution")).calendar(berlin)
            .goals(HashMap.of(Priority.P1, Duration.ofHours(2), Priority.P2, Duration.ofHours(4),
                Priority.P3, Duration.ofHours(8)))
            .build())
        .define(ACME, ServiceLevelId.of("silver"), SlaDefinition.resolution()
            .id(SlaId.of("silver-resolution")).calendar(berlin)
            .goals(HashMap.of(Priority.P1, Duration.ofHours(4), Priority.P2, Duration.ofHours(8),
                Priority.P3, Duration.ofHours(16)))
            .build());
    SlaSelector slas = SlaSelector.fromCatalogue(catalogue::catalogue, levels);
    SlaMonitor monitor = SlaMonitor.of(slas, new InMemorySlaAlarmLedger(), AuditingSlaAlarmSink.of(trail));
    // end:slas

    // tour:change-setup
    GroupId changeManagers = GroupId.of("change-managers");
    GroupId cab = GroupId.of("cab");
    GroupId emergencyCab = GroupId.of("ecab");
    InMemoryApproverDirectory directory = new InMemoryApproverDirectory()
        .group(ACME, changeManagers, ActorId.of("morgan"))
        .group(ACME, cab, RITA.id(), CAB_ANN.id(), CAB_BEN.id())
        .group(ACME, emergencyCab, ActorId.of("morgan"), CAB_ANN.id());
    RiskQuestionnaire questionnaire = RiskQuestionnaire.builder()
        .question("outage", LinkedHashMap.of("none", 0, "partial", 2, "full", 4))
        .question("tested", LinkedHashMap.of("yes", 0, "no", 3))
        .level(RiskLevel.MEDIUM, 2).level(RiskLevel.HIGH, 5).level(RiskLevel.VERY_HIGH, 7)
        .build();
    InMemoryStandardChangeCatalogue templates = new InMemoryStandardChangeCatalogue();
    InMemoryFreezeCalendar freezes = new InMemoryFreezeCalendar();
    InMemoryTicketStore store = new InMemoryTicketStore();
    ChangeEnablement enablement = ChangeEnablement.builder()
        .standardChanges(templates)                       // StandardChangeCatalogue
        .riskModel(questionnaire)                         // RiskModel
        .approvalMatrix(ApprovalMatrix.typical(changeManagers, cab, emergencyCab))
        .approverDirectory(directory)                     // ApproverDirectory
        .freezeCalendar(freezes)                          // FreezeCalendar
        .scheduledChanges(new StoredScheduledChanges(store))
        .dependenciesPerTenant(catalogue::configurationDependencies) // each tenant's live catalogue as its CI graph
        .build();
    // end:change-setup

    // tour:desk
    ServiceDesk desk = ServiceDesk.builder()
        .clock(now::get)
        .ticketStore(store)
        .decider(decider)
        .policy(CataloguePolicy.of(catalogue))
        .policy(enablement)
        .accessPolicy(new AgentsOrOwnComments())
        .readPolicy(ReadPolicy.roleOrCaller("agent"))
        .notificationSink(AuditingNotificationSink.withHistory(trail, store))
        .build();
    // end:desk

    // tour:incident
    TicketSubject mailGold = TicketSubject.none().withService(ServiceId.of("mail"))
        .withOffering(OfferingId.of("mail-gold")).withCustomer(CustomerId.of("contoso"));
    TicketCommand.Open open = TicketCommand.Open.incident("Mail bounces", Impact.HIGH, Urgency.MEDIUM)
        .withSubject(mailGold).withCaller(CAROL.id());
    Rejection noSite = desk.open(ACME, AGENT, key(), open).getLeft();   // the schema requires a site
    Ticket incident = ok("open", desk.open(ACME, AGENT, key(), open.withField("site", "berlin")));
    // end:incident
    say("2. open without a site: %s", noSite);
    say("   opened %s (%s, %s) for %s: no number was spent on the refused open", incident.id(),
        incident.priority(), incident.subject().offering().get(), incident.caller());

    // tour:pause
    at("2026-03-02T09:00:00Z");   // 10:00 in Berlin
    ok("start", desk.execute(ACME, AGENT, incident.id(), key(), TicketCommand.ChangeState.to("in-progress")));
    at("2026-03-02T10:00:00Z");
    ok("ask", desk.execute(ACME, AGENT, incident.id(), key(), TicketCommand.ChangeState.to("awaiting-customer")
        .withField("question", "Which address bounces?")));
    at("2026-03-02T15:00:00Z");   // the customer replies: the workflow moves back by itself
    Ticket replied = ok("reply", desk.execute(ACME, CAROL, incident.id(), key(),
        TicketCommand.AddNote.comment("ceo@acme.example bounces")));
    // end:pause
    say("3. %s asked the customer; carol's reply moved it back to %s by itself", incident.id(), replied.state());
    Rejection mallory = desk.execute(ACME, MALLORY, incident.id(), key(), TicketCommand.AddNote.comment("hi"))
        .getLeft();
    say("   mallory comments: %s", mallory);
    say("   mallory reads: %s", desk.ticket(ACME, MALLORY, incident.id()).getLeft());
    say("   carol reads her own ticket: %s", desk.ticket(ACME, CAROL, incident.id()).get().title());

    // tour:sla
    at("2026-03-04T08:30:00Z");   // Wednesday 09:30 in Berlin; Tuesday was a holiday
    ok("resolve", desk.execute(ACME, AGENT, incident.id(), key(), TicketCommand.ChangeState.to("resolved")
        .withField(TicketFields.RESOLUTION_CODE, "fixed")
        .withField(TicketFields.RESOLUTION_NOTES, "alias restored")));
    Seq<io.itsm4j.core.ticket.TicketEvent> history = desk.history(ACME, AGENT, incident.id()).get();
    SlaStatus gold = SlaEngine.status(slas.select(history).get(), history, now.get()).head();
    SlaMonitor.Result alarms = monitor.evaluate(history, now.get()).get();
    // end:sla
    say("4. %s: %s, %s of business time against a goal of %s (%.1f %%), %s wall-clock since it was opened",
        gold.definition(), gold.state(), gold.elapsed(), gold.goal(), gold.percentage(),
        Duration.between(incident.openedAt(), now.get()));
    say("   alarms recorded in the trail: %s", alarms.delivered().map(c -> c.percent() + " %"));

    // tour:change
    Ticket change = ok("open change", desk.open(ACME, RITA, key(), TicketCommand.Open.change(ChangeType.NORMAL,
            "Replace mail relay", Impact.MEDIUM, Urgency.MEDIUM)
        .withSubject(TicketSubject.none().withConfigurationItem(ConfigurationItemId.of("mx-1")))));
    TicketId id = change.id();
    ok("submit", desk.execute(ACME, RITA, id, key(), TicketCommand.ChangeState.to("assess")));
    ok("assess", desk.execute(ACME, RITA, id, key(),
        enablement.assessRisk(LinkedHashMap.of("outage", "partial", "tested", "yes")).get()));
    ok("to CAB", desk.execute(ACME, RITA, id, key(), TicketCommand.ChangeState.to("authorise")));
    ok("request approval", desk.execute(ACME, RITA, id, key(),
        enablement.requestApproval(ACME, desk.ticket(ACME, RITA, id).get()).get()));
    Rejection ownApproval = desk.execute(ACME, RITA, id, key(), new TicketCommand.Approve("fine by me")).getLeft();
    ok("approve", desk.execute(ACME, CAB_ANN, id, key(), new TicketCommand.Approve("tested in staging")));
    Ticket approved = ok("approve", desk.execute(ACME, CAB_BEN, id, key(), new TicketCommand.Approve("ok")));
    ok("schedule", desk.execute(ACME, RITA, id, key(), TicketCommand.ChangeState.to("scheduled")
        .withField(TicketFields.PLANNED_START, "2026-03-07T22:00:00Z")
        .withField(TicketFields.PLANNED_END, "2026-03-08T02:00:00Z")));
    ok("implement", desk.execute(ACME, RITA, id, key(), TicketCommand.ChangeState.to("implement")));
    ok("complete", desk.execute(ACME, RITA, id, key(), TicketCommand.ChangeState.to("review")));
    Ticket closed = ok("close", desk.execute(ACME, RITA, id, key(), TicketCommand.ChangeState.to("closed")
        .withField(TicketFields.CHANGE_OUTCOME, TicketFields.OUTCOME_SUCCESSFUL)));
    // end:change
    say("5. change %s at risk %s; rita approving her own change: %s", id, approved.risk().get(), ownApproval);
    say("   authorised: %s; closed as %s", approved.isAuthorised(), closed.field(TicketFields.CHANGE_OUTCOME).get());

    // tour:evidence
    at("2026-03-04T09:00:00Z");
    EvidenceReport report = EvidenceReporter.of(StoreEvidenceSource.empty().withTickets(store)
            .withAuditTrail(auditStore))
        .verifying(trail)
        .report(ACME, Instant.parse("2026-03-01T00:00:00Z"), now.get())
        .get();
    // end:evidence
    say("6. audit trail: %s", trail.verify(ACME, AGENT).get());
    say("   evidence: records under %s", report.clauses().filter(c -> c.hasRecords())
        .map(c -> c.clause().number()).mkString(", "));
    say("   gaps: %s", report.gaps().map(c -> c.clause().number()).mkString(", "));
  }

  /**
   * The host's own access policy: agents may do anything; a caller may comment on their own tickets; every
   * refusal says which rule refused.
   */
  static final class AgentsOrOwnComments implements AccessPolicy {
    @Override
    public boolean permits(CommandContext context, TicketCommand command, Option<Ticket> ticket) {
      return refusal(context, command, ticket).isEmpty();
    }

    @Override
    public Option<String> refusal(CommandContext context, TicketCommand command, Option<Ticket> ticket) {
      if (context.actor().hasRole("agent")) {
        return Option.none();
      }
      boolean comment = command instanceof TicketCommand.AddNote note && note.visibility() == NoteVisibility.COMMENT;
      if (!comment) {
        return Option.some(context.actor().id() + " is not an agent: only agents may " + command.type());
      }
      return ticket.exists(t -> t.caller().equals(context.actor().id())) ? Option.none()
          : Option.some(context.actor().id() + " may comment only on tickets they are the caller of");
    }
  }

  private Ticket ok(String step, Either<Rejection, CommandResult> result) {
    return result.getOrElseThrow(r -> new IllegalStateException("tour step '" + step + "' was refused: " + r))
        .ticket();
  }

  private void at(String instant) {
    now.set(Instant.parse(instant));
  }

  private String key() {
    return "tour-" + keys.incrementAndGet();
  }

  private void say(String format, Object... args) {
    out.println(String.format(java.util.Locale.ROOT, format, args));
  }
}
