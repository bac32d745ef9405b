package io.itsm4j.audit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.audit.application.AuditProgrammes;
import io.itsm4j.audit.application.AuditTrail;
import io.itsm4j.audit.application.AuditingNotificationSink;
import io.itsm4j.audit.application.CorrectiveActions;
import io.itsm4j.audit.corrective.CorrectiveActionCommand;
import io.itsm4j.audit.corrective.CorrectiveActionEvent;
import io.itsm4j.audit.corrective.CorrectiveActionId;
import io.itsm4j.audit.port.AuditStore;
import io.itsm4j.audit.port.HistoryStore;
import io.itsm4j.audit.Clause;
import io.itsm4j.audit.programme.FindingId;
import io.itsm4j.audit.programme.FindingSeverity;
import io.itsm4j.audit.programme.InternalAuditId;
import io.itsm4j.audit.programme.ProcessId;
import io.itsm4j.audit.programme.ProgrammeCommand;
import io.itsm4j.audit.programme.ProgrammeEvent;
import io.itsm4j.audit.programme.ProgrammeId;
import io.itsm4j.audit.programme.ServiceProcess;
import io.itsm4j.audit.trail.Checkpoint;
import io.itsm4j.core.Actor;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.TextPolicy;
import io.itsm4j.core.Violation;
import io.itsm4j.core.application.CatalogueService;
import io.itsm4j.core.application.ServiceDesk;
import io.itsm4j.core.catalogue.CatalogueCommand;
import io.itsm4j.core.catalogue.CatalogueItemId;
import io.itsm4j.core.catalogue.ConfigurationItem;
import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.catalogue.FulfilmentTask;
import io.itsm4j.core.catalogue.Offering;
import io.itsm4j.core.catalogue.RequestItem;
import io.itsm4j.core.catalogue.Service;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.catalogue.ServiceKind;
import io.itsm4j.core.contract.HostileStrings;
import io.itsm4j.core.contract.TextOracle;
import io.itsm4j.core.port.CatalogueStore;
import io.itsm4j.core.port.TicketStore;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.Note;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.Urgency;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Hostile input against every text slot of every command of every keyed service, on the stores a subclass gives,
 * with the audit trail attached (docs/text-policy.md). For each slot and each class of {@link HostileStrings}, the
 * probe must be either refused with {@code INVALID_INPUT} or {@code FIELD_REQUIRED} and a violation naming the slot,
 * or stored, read back equal from the store and audited; and it must be refused exactly when the text policy (its
 * slow {@link TextOracle}) says so. The refusals are audited too (the catalogue through {@code
 * AuditingCatalogueListener}; the offering slot, whose probes each live in a tenant of their own, checks storage
 * only), and the trail verifies at the end.
 *
 * <p>A host runs it on its adapters by extending this class and returning fresh, empty stores from {@link
 * #stores()}. The test prints its table of outcomes (slots × classes) to standard output.
 */
public abstract class AbstractHostileInputContractTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Actor AGENT = Actor.of("agent", "agent");
  private static final ActorId QM = ActorId.of("quality-manager");
  private static final ActorId INES = ActorId.of("ines");
  private static final ActorId OWNER = ActorId.of("owen");
  private static final Actor CAB_MEMBER = Actor.of("cab-ann", "agent");
  private static final io.itsm4j.core.GroupId CAB = io.itsm4j.core.GroupId.of("cab");
  private static final ProgrammeId PROGRAMME = ProgrammeId.of("programme-2026");
  private static final ProcessId INCIDENTS = ProcessId.of("incident-management");
  private static final int LINE_MAX = 200;
  private static final int VALUE_MAX = TicketCommand.VALUE_MAX;
  private static final int TEXT_MAX = TicketCommand.TEXT_MAX;

  /**
   * The stores one run writes to.
   *
   * @param tickets the ticket store
   * @param catalogue the catalogue store
   * @param programmes the audit programmes' histories
   * @param actions the corrective actions' histories
   * @param audit the audit trail's store
   */
  public record Stores(TicketStore tickets, CatalogueStore catalogue, HistoryStore<ProgrammeEvent> programmes,
      HistoryStore<CorrectiveActionEvent> actions, AuditStore audit) {}

  /** Fresh, empty stores. */
  protected abstract Stores stores();

  /** The stores' name in the printed table, e.g. {@code "H2"}. */
  protected abstract String storeName();

  /** What a probe is sent through: the services on the stores, and a source of fresh ids. */
  private static final class World {
    final Stores stores;
    final AuditTrail trail;
    final ServiceDesk desk;
    final CatalogueService catalogue;
    final AuditProgrammes programmes;
    final CorrectiveActions actions;
    final AtomicLong ids = new AtomicLong();

    World(Stores stores) {
      this.stores = stores;
      AtomicLong seconds = new AtomicLong(Instant.parse("2026-03-02T09:00:00Z").getEpochSecond());
      java.time.InstantSource clock = () -> Instant.ofEpochSecond(seconds.incrementAndGet());
      this.trail = AuditTrail.builder().store(stores.audit()).build();
      this.desk = ServiceDesk.builder().ticketStore(stores.tickets()).clock(clock)
          .notificationSink(AuditingNotificationSink.withHistory(trail, stores.tickets())).build();
      this.catalogue = CatalogueService.builder().store(stores.catalogue()).clock(clock)
          .listener(io.itsm4j.audit.application.AuditingCatalogueListener.of(trail)).build();
      this.programmes = AuditProgrammes.of(trail, stores.programmes(), clock);
      this.actions = CorrectiveActions.of(trail, stores.actions(), clock);
    }

    String key() {
      return UUID.randomUUID().toString();
    }

    String id(String prefix) {
      return prefix + "-" + ids.incrementAndGet();
    }

    long auditHead() {
      return trail.head(ACME).map(Checkpoint::sequence).getOrElseThrow(r -> new AssertionError(r.toString()));
    }

    TicketId ticket() {
      return desk.open(ACME, AGENT, key(), TicketCommand.Open.incident("probe target", Impact.LOW, Urgency.LOW)
              .withDescription("before the probe"))
          .getOrElseThrow(r -> new AssertionError(r.toString())).ticket().id();
    }

    TicketId change() {
      return desk.open(ACME, AGENT, key(), TicketCommand.Open.change(io.itsm4j.core.ticket.ChangeType.NORMAL,
              "probe change", Impact.LOW, Urgency.LOW))
          .getOrElseThrow(r -> new AssertionError(r.toString())).ticket().id();
    }

    TicketId changeAwaitingApproval() {
      TicketId id = change();
      desk.execute(ACME, AGENT, id, key(), new TicketCommand.AssessRisk(io.itsm4j.core.ticket.RiskLevel.LOW, 0,
          LinkedHashMap.empty())).getOrElseThrow(r -> new AssertionError(r.toString()));
      desk.execute(ACME, AGENT, id, key(), new TicketCommand.RequestApproval(
              io.itsm4j.core.approval.ApprovalPolicy.anyOneOf(CAB),
              LinkedHashMap.of(CAB, HashSet.of(CAB_MEMBER.id()))))
          .getOrElseThrow(r -> new AssertionError(r.toString()));
      return id;
    }

    CorrectiveActionId analysedAction() {
      CorrectiveActionId id = CorrectiveActionId.of(id("CA"));
      actions.execute(ACME, QM, key(), id, new CorrectiveActionCommand.Raise("x", "", Option.none())).get();
      actions.execute(ACME, QM, key(), id, new CorrectiveActionCommand.AnalyseRootCause("cause")).get();
      return id;
    }

    CorrectiveActionId plannedAction() {
      CorrectiveActionId id = analysedAction();
      actions.execute(ACME, QM, key(), id, new CorrectiveActionCommand.Plan(List.of(
          io.itsm4j.audit.corrective.PlannedAction.of("fix", OWNER, Instant.parse("2027-01-01T00:00:00Z"))))).get();
      return id;
    }

    Ticket reread(TicketId id) {
      // ServiceDesk.ticket reads the history from the store on every call.
      return desk.ticket(ACME, id).getOrElseThrow(r -> new AssertionError(r.toString()));
    }

    io.itsm4j.core.catalogue.Catalogue rereadCatalogue() {
      return rereadCatalogue(ACME);
    }

    io.itsm4j.core.catalogue.Catalogue rereadCatalogue(TenantId tenant) {
      // A new service has no cached catalogue: it replays the tenant's history from the store.
      return CatalogueService.builder().store(stores.catalogue()).build().catalogue(tenant)
          .getOrElseThrow(r -> new AssertionError(r.toString()));
    }
  }

  /** Sends a probe through one slot: the refusal, or the value read back from the store. */
  private interface Probe {
    Either<Rejection, String> send(World w, String text);
  }

  /**
   * One text slot.
   *
   * @param name the slot, e.g. {@code ticket.open.title}
   * @param field the violation field that must name it
   * @param multiLine its form
   * @param max its longest text, in code points
   * @param required whether blank is refused
   * @param audited whether its service writes to the audit trail
   * @param probe how to send a probe through it
   */
  private record Slot(String name, String field, boolean multiLine, int max, boolean required, boolean audited,
      Probe probe) {}

  private static <T> Either<Rejection, String> kept(Either<Rejection, T> result,
      java.util.function.Supplier<String> readBack) {
    return result.map(ok -> readBack.get());
  }

  private static List<Slot> slots() {
    return List.of(
        new Slot("ticket.open.title", "title", false, TicketCommand.TITLE_MAX, true, true, (w, t) -> {
          var r = w.desk.open(ACME, AGENT, w.key(), TicketCommand.Open.incident(t, Impact.LOW, Urgency.LOW));
          return r.map(c -> w.reread(c.ticket().id()).title());
        }),
        new Slot("ticket.open.description", "description", true, TEXT_MAX, false, true, (w, t) -> {
          var r = w.desk.open(ACME, AGENT, w.key(), TicketCommand.Open.incident("x", Impact.LOW, Urgency.LOW)
              .withDescription(t));
          return r.map(c -> w.reread(c.ticket().id()).description());
        }),
        new Slot("ticket.open.field", "fields.note", true, VALUE_MAX, false, true, (w, t) -> {
          var r = w.desk.open(ACME, AGENT, w.key(), TicketCommand.Open.incident("x", Impact.LOW, Urgency.LOW)
              .withField("note", t));
          return r.map(c -> w.reread(c.ticket().id()).field("note").getOrElse("<absent>"));
        }),
        new Slot("ticket.change-state.field", "fields.note", true, VALUE_MAX, false, true, (w, t) -> {
          TicketId id = w.ticket();
          return kept(w.desk.execute(ACME, AGENT, id, w.key(), TicketCommand.ChangeState.to("in-progress")
              .withField("note", t)), () -> w.reread(id).field("note").getOrElse("<absent>"));
        }),
        new Slot("ticket.change-priority.reason", "reason", true, VALUE_MAX, true, true, (w, t) -> {
          TicketId id = w.ticket();
          return kept(w.desk.execute(ACME, AGENT, id, w.key(),
              new TicketCommand.ChangePriority(Impact.HIGH, Urgency.HIGH, t)), () -> w.desk.history(ACME, id).get()
              .filter(e -> e instanceof TicketEvent.PriorityChanged).map(e -> ((TicketEvent.PriorityChanged) e)
                  .reason()).last());
        }),
        new Slot("ticket.work-note.text", "text", true, TEXT_MAX, true, true, (w, t) -> {
          TicketId id = w.ticket();
          return kept(w.desk.execute(ACME, AGENT, id, w.key(), TicketCommand.AddNote.workNote(t)),
              () -> w.reread(id).notes().last().text());
        }),
        new Slot("ticket.comment.text", "text", true, TEXT_MAX, true, true, (w, t) -> {
          TicketId id = w.ticket();
          return kept(w.desk.execute(ACME, AGENT, id, w.key(), TicketCommand.AddNote.comment(t)),
              () -> w.reread(id).notes().map(Note::text).last());
        }),
        new Slot("ticket.update.title", "title", false, TicketCommand.TITLE_MAX, true, true, (w, t) -> {
          TicketId id = w.ticket();
          return kept(w.desk.execute(ACME, AGENT, id, w.key(), TicketCommand.UpdateDetails.nothing().withTitle(t)),
              () -> w.reread(id).title());
        }),
        new Slot("ticket.update.description", "description", true, TEXT_MAX, false, true, (w, t) -> {
          TicketId id = w.ticket();
          return kept(w.desk.execute(ACME, AGENT, id, w.key(), TicketCommand.UpdateDetails.nothing()
              .withDescription(t)), () -> w.reread(id).description());
        }),
        new Slot("ticket.update.field", "fields.note", true, VALUE_MAX, false, true, (w, t) -> {
          TicketId id = w.ticket();
          return kept(w.desk.execute(ACME, AGENT, id, w.key(), TicketCommand.UpdateDetails.nothing()
              .withField("note", t)), () -> w.reread(id).field("note").getOrElse("<absent>"));
        }),
        new Slot("change.assess-risk.answer", "answers.outage", true, VALUE_MAX, false, true, (w, t) -> {
          TicketId id = w.change();
          return kept(w.desk.execute(ACME, AGENT, id, w.key(), new TicketCommand.AssessRisk(
              io.itsm4j.core.ticket.RiskLevel.LOW, 0, LinkedHashMap.of("outage", t))),
              () -> w.desk.history(ACME, id).get().filter(e -> e instanceof TicketEvent.RiskAssessed)
                  .map(e -> ((TicketEvent.RiskAssessed) e).answers().get("outage").getOrElse("<absent>")).last());
        }),
        new Slot("change.approve.comment", "comment", true, VALUE_MAX, false, true, (w, t) -> {
          TicketId id = w.changeAwaitingApproval();
          return kept(w.desk.execute(ACME, CAB_MEMBER, id, w.key(), new TicketCommand.Approve(t)),
              () -> w.reread(id).approvalDecisions().last().comment());
        }),
        new Slot("change.reject.comment", "comment", true, VALUE_MAX, true, true, (w, t) -> {
          TicketId id = w.changeAwaitingApproval();
          return kept(w.desk.execute(ACME, CAB_MEMBER, id, w.key(), new TicketCommand.Reject(t)),
              () -> w.reread(id).approvalDecisions().last().comment());
        }),
        new Slot("change.override-collisions.reason", "reason", true, VALUE_MAX, true, true, (w, t) -> {
          TicketId id = w.change();
          TicketId other = w.change();
          return kept(w.desk.execute(ACME, AGENT, id, w.key(), new TicketCommand.OverrideCollisions(
              HashSet.of(other), t)), () -> w.desk.history(ACME, id).get()
              .filter(e -> e instanceof TicketEvent.CollisionsOverridden)
              .map(e -> ((TicketEvent.CollisionsOverridden) e).reason()).last());
        }),
        new Slot("catalogue.service.name", "service.name", false, Service.NAME_MAX, true, true, (w, t) -> {
          ServiceId id = ServiceId.of(w.id("svc"));
          return kept(w.catalogue.execute(ACME, AGENT, w.key(), new CatalogueCommand.DefineService(service(id, t, ""))),
              () -> w.rereadCatalogue().service(id).get().name());
        }),
        new Slot("catalogue.service.description", "service.description", true, Service.DESCRIPTION_MAX, false, true,
            (w, t) -> {
              ServiceId id = ServiceId.of(w.id("svc"));
              return kept(w.catalogue.execute(ACME, AGENT, w.key(),
                  new CatalogueCommand.DefineService(service(id, "Mail", t))),
                  () -> w.rereadCatalogue().service(id).get().description());
            }),
        new Slot("catalogue.offering.name", "service.offerings.gold.name", false, Service.NAME_MAX, true, false,
            (w, t) -> {
              // An offering id is unique within a tenant, so each probe's service lives in a tenant of its own.
              TenantId tenant = TenantId.of(w.id("offering-tenant"));
              ServiceId id = ServiceId.of("svc");
              Service s = Service.builder().from(service(id, "Mail", ""))
                  .offerings(LinkedHashMap.of(io.itsm4j.core.catalogue.OfferingId.of("gold"),
                      new Offering(io.itsm4j.core.catalogue.OfferingId.of("gold"), t, HashSet.empty()))).build();
              return kept(w.catalogue.execute(tenant, AGENT, w.key(), new CatalogueCommand.DefineService(s)),
                  () -> w.rereadCatalogue(tenant).service(id).get().offerings().values().head().name());
            }),
        new Slot("catalogue.ci.name", "item.name", false, Service.NAME_MAX, true, true, (w, t) -> {
          ConfigurationItemId id = ConfigurationItemId.of(w.id("ci"));
          return kept(w.catalogue.execute(ACME, AGENT, w.key(), new CatalogueCommand.RegisterCi(
              ConfigurationItem.builder().id(id).name(t).type("server").build())),
              () -> w.rereadCatalogue().configurationItem(id).get().name());
        }),
        new Slot("catalogue.ci.attribute", "item.attributes.serial", true,
            io.itsm4j.core.catalogue.FormField.MAX_LENGTH, false, true, (w, t) -> {
              ConfigurationItemId id = ConfigurationItemId.of(w.id("ci"));
              Map<String, String> attributes = LinkedHashMap.of("serial", t);
              return kept(w.catalogue.execute(ACME, AGENT, w.key(), new CatalogueCommand.RegisterCi(
                  ConfigurationItem.builder().id(id).name("db").type("server").attributes(attributes).build())),
                  () -> w.rereadCatalogue().configurationItem(id).get().attributes().get("serial").getOrElse("<absent>"));
            }),
        new Slot("catalogue.item.name", "item.name", false, Service.NAME_MAX, true, true, (w, t) -> {
          ServiceId service = ServiceId.of(w.id("svc"));
          w.catalogue.execute(ACME, AGENT, w.key(), new CatalogueCommand.DefineService(service(service, "S", "")))
              .get();
          CatalogueItemId id = CatalogueItemId.of(w.id("item"));
          return kept(w.catalogue.execute(ACME, AGENT, w.key(), new CatalogueCommand.DefineItem(
              RequestItem.builder().id(id).name(t).service(service).build())),
              () -> w.rereadCatalogue().item(id).get().name());
        }),
        new Slot("catalogue.item.task", "item.fulfilmentTasks[0].name", false, Service.NAME_MAX, true, true,
            (w, t) -> {
              ServiceId service = ServiceId.of(w.id("svc"));
              w.catalogue.execute(ACME, AGENT, w.key(), new CatalogueCommand.DefineService(service(service, "S",
                  ""))).get();
              CatalogueItemId id = CatalogueItemId.of(w.id("item"));
              return kept(w.catalogue.execute(ACME, AGENT, w.key(), new CatalogueCommand.DefineItem(
                  RequestItem.builder().id(id).name("Laptop").service(service)
                      .fulfilmentTasks(List.of(new FulfilmentTask(t, Option.none()))).build())),
                  () -> w.rereadCatalogue().item(id).get().fulfilmentTasks().head().name());
            }),
        new Slot("corrective-action.raise.title", "title", false, LINE_MAX, true, true, (w, t) -> {
          CorrectiveActionId id = CorrectiveActionId.of(w.id("CA"));
          return kept(w.actions.execute(ACME, QM, w.key(), id, new CorrectiveActionCommand.Raise(t, "", Option.none())),
              () -> w.actions.get(ACME, id).get().title());
        }),
        new Slot("corrective-action.raise.nonconformity", "nonconformity", true, 4000, false, true, (w, t) -> {
          CorrectiveActionId id = CorrectiveActionId.of(w.id("CA"));
          return kept(w.actions.execute(ACME, QM, w.key(), id, new CorrectiveActionCommand.Raise("x", t,
              Option.none())), () -> w.actions.get(ACME, id).get().nonconformity());
        }),
        new Slot("corrective-action.root-cause", "rootCause", true, 4000, true, true, (w, t) -> {
          CorrectiveActionId id = CorrectiveActionId.of(w.id("CA"));
          w.actions.execute(ACME, QM, w.key(), id, new CorrectiveActionCommand.Raise("x", "", Option.none())).get();
          return kept(w.actions.execute(ACME, QM, w.key(), id, new CorrectiveActionCommand.AnalyseRootCause(t)),
              () -> w.actions.get(ACME, id).get().rootCause().getOrElse("<absent>"));
        }),
        new Slot("corrective-action.plan.step", "steps[0].description", true, 2000, true, true, (w, t) -> {
          CorrectiveActionId id = w.analysedAction();
          return kept(w.actions.execute(ACME, QM, w.key(), id, new CorrectiveActionCommand.Plan(List.of(
              io.itsm4j.audit.corrective.PlannedAction.of(t, OWNER, Instant.parse("2027-01-01T00:00:00Z"))))),
              () -> w.actions.get(ACME, id).get().plan().head().description());
        }),
        new Slot("corrective-action.implement.summary", "summary", true, 4000, true, true, (w, t) -> {
          CorrectiveActionId id = w.plannedAction();
          return kept(w.actions.execute(ACME, OWNER, w.key(), id, new CorrectiveActionCommand.Implement(t)),
              () -> w.actions.get(ACME, id).get().implementation().getOrElse("<absent>"));
        }),
        new Slot("corrective-action.verify.evidence", "evidence", true, 4000, true, true, (w, t) -> {
          CorrectiveActionId id = w.plannedAction();
          w.actions.execute(ACME, OWNER, w.key(), id, new CorrectiveActionCommand.Implement("done")).get();
          return kept(w.actions.execute(ACME, QM, w.key(), id, new CorrectiveActionCommand.VerifyEffectiveness(true,
              t)), () -> w.actions.get(ACME, id).get().checks().last().evidence());
        }),
        new Slot("audit-programme.plan.title", "title", false, LINE_MAX, true, true, (w, t) -> {
          InternalAuditId id = InternalAuditId.of(w.id("IA"));
          return kept(w.programmes.execute(ACME, QM, w.key(), PROGRAMME, plan(id, t, "ISO/IEC 20000-1 8.6.1")),
              () -> w.programmes.get(ACME, PROGRAMME).get().audits().get(id).get().title());
        }),
        new Slot("audit-programme.plan.criteria", "criteria[0]", false, LINE_MAX, true, true, (w, t) -> {
          InternalAuditId id = InternalAuditId.of(w.id("IA"));
          return kept(w.programmes.execute(ACME, QM, w.key(), PROGRAMME, plan(id, "Audit", t)),
              () -> w.programmes.get(ACME, PROGRAMME).get().audits().get(id).get().criteria().head());
        }),
        new Slot("audit-programme.cancel.reason", "reason", true, 4000, true, true, (w, t) -> {
          InternalAuditId id = InternalAuditId.of(w.id("IA"));
          w.programmes.execute(ACME, QM, w.key(), PROGRAMME, plan(id, "Audit", "criteria")).get();
          return kept(w.programmes.execute(ACME, QM, w.key(), PROGRAMME, new ProgrammeCommand.CancelAudit(id, t)),
              () -> w.programmes.get(ACME, PROGRAMME).get().audits().get(id).get().cancellationReason()
                  .getOrElse("<absent>"));
        }),
        new Slot("audit-programme.finding.statement", "statement", true, 4000, true, true, (w, t) -> {
          InternalAuditId id = InternalAuditId.of(w.id("IA"));
          w.programmes.execute(ACME, QM, w.key(), PROGRAMME, plan(id, "Audit", "criteria")).get();
          w.programmes.execute(ACME, QM, w.key(), PROGRAMME, new ProgrammeCommand.StartAudit(id)).get();
          FindingId finding = FindingId.of(w.id("F"));
          return kept(w.programmes.execute(ACME, INES, w.key(), PROGRAMME, new ProgrammeCommand.RecordFinding(
              finding, id, FindingSeverity.OBSERVATION, t, Option.none(), Option.none(), List.empty())),
              () -> w.programmes.get(ACME, PROGRAMME).get().findings().get(finding).get().statement());
        }));
  }

  private static Service service(ServiceId id, String name, String description) {
    return Service.builder().id(id).name(name).description(description).kind(ServiceKind.BUSINESS)
        .owner(ActorId.of("olivia")).build();
  }

  private static ProgrammeCommand.PlanAudit plan(InternalAuditId id, String title, String criterion) {
    return new ProgrammeCommand.PlanAudit(id, title, HashSet.of(INCIDENTS), HashSet.empty(), List.of(criterion),
        LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 4), Option.some(INES));
  }

  @Test
  void everyProbeInEverySlotIsRefusedByNameOrKeptExactlyAndAudited() {
    World w = new World(stores());
    w.programmes.execute(ACME, QM, w.key(), PROGRAMME,
        new ProgrammeCommand.Establish(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).get();
    w.programmes.execute(ACME, QM, w.key(), PROGRAMME, new ProgrammeCommand.DefineProcess(new ServiceProcess(
        INCIDENTS, "Incident management", HashSet.of(Clause.C8_6_1), ActorId.of("owen"), HashSet.empty()))).get();
    Map<String, String> classes = HostileStrings.classes();
    java.util.List<String> failures = new ArrayList<>();
    StringBuilder table = new StringBuilder("| slot (" + storeName() + ") | stored | refused | failures |\n"
        + "|---|---|---|---|\n");
    int probes = 0;
    for (Slot slot : slots()) {
      int stored = 0;
      int refused = 0;
      int failed = 0;
      for (var c : classes) {
        probes++;
        String problem = probe(w, slot, c._2);
        if (problem != null) {
          failed++;
          failures.add(slot.name() + " × " + c._1 + ": " + problem);
        } else if (expectedToBeKept(slot, c._2)) {
          stored++;
        } else {
          refused++;
        }
      }
      table.append("| `").append(slot.name()).append("` | ").append(stored).append(" | ").append(refused)
          .append(" | ").append(failed).append(" |\n");
    }
    table.append("| ").append(slots().size()).append(" slots × ").append(classes.size()).append(" classes | | | ")
        .append(failures.size()).append(" of ").append(probes).append(" |\n");
    System.out.println(table);
    assertThat(w.trail.verify(ACME).get().isIntact()).as("the trail verifies").isTrue();
    assertThat(failures).as("probes that were neither refused by name nor kept exactly and audited").isEmpty();
  }

  private static boolean expectedToBeKept(Slot slot, String text) {
    boolean fits = TextOracle.allowed(text, slot.multiLine())
        && text.codePointCount(0, text.length()) <= slot.max();
    return fits && !(slot.required() && TextOracle.blank(text));
  }

  /** Sends one probe; what went wrong, or null. */
  private static String probe(World w, Slot slot, String text) {
    long before = w.auditHead();
    Either<Rejection, String> outcome;
    try {
      outcome = slot.probe().send(w, text);
    } catch (RuntimeException | AssertionError e) {
      return "threw " + e;
    }
    long written = w.auditHead() - before;
    boolean expected = expectedToBeKept(slot, text);
    if (outcome.isRight()) {
      if (!expected) {
        return "stored, but the text policy refuses it";
      }
      if (!outcome.get().equals(text)) {
        return "read back as " + TextPolicy.shown(outcome.get());
      }
      return slot.audited() && written < 1 ? "stored but not audited" : null;
    }
    Rejection r = outcome.getLeft();
    if (expected) {
      return "refused, but the text policy allows it: " + TextPolicy.shown(r.toString());
    }
    if (r.code() != RejectionCode.INVALID_INPUT && r.code() != RejectionCode.FIELD_REQUIRED) {
      return "refused with " + r.code() + ": " + TextPolicy.shown(r.message());
    }
    if (!r.violations().map(Violation::field).contains(slot.field())) {
      return "refused without naming " + slot.field() + ": " + r.violations().map(Violation::field);
    }
    if (!TextPolicy.allows(r.message(), TextPolicy.Form.MULTI_LINE) || r.message().length() > 2000) {
      return "refused with a message that is not short, allowed text";
    }
    return slot.audited() && written < 1 ? "refused but the refusal was not audited" : null;
  }
}
