package io.itsm4j.core.change;

import io.itsm4j.core.Actor;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.change.policy.ChangeEnablement;
import io.itsm4j.core.application.CommandResult;
import io.itsm4j.core.application.ServiceDesk;
import io.itsm4j.core.memory.InMemoryApproverDirectory;
import io.itsm4j.core.memory.InMemoryFreezeCalendar;
import io.itsm4j.core.memory.InMemoryStandardChangeCatalogue;
import io.itsm4j.core.memory.InMemoryTicketStore;
import io.itsm4j.core.memory.RecordingNotificationSink;
import io.itsm4j.core.memory.StoredScheduledChanges;
import io.itsm4j.core.ticket.RiskLevel;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketFields;
import io.itsm4j.core.ticket.TicketId;
import io.vavr.collection.LinkedHashMap;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

/**
 * A service desk with change enablement switched on, on in-memory adapters: a CAB of three, a change manager,
 * an emergency CAB, a risk questionnaire, freezes, standard templates and collision detection over a CI graph.
 */
final class ChangeFixture {
  static final TenantId ACME = TenantId.of("acme");
  static final Actor REQUESTER = Actor.of("rita", "agent");
  static final Actor IMPLEMENTER = Actor.of("ivan", "agent");
  static final Actor MANAGER = Actor.of("morgan", "agent");
  static final Actor CAB_1 = Actor.of("cab-ann");
  static final Actor CAB_2 = Actor.of("cab-ben");
  static final Actor CAB_3 = Actor.of("cab-cho");
  static final Actor ECAB = Actor.of("ecab-eve");
  static final GroupId CHANGE_MANAGERS = GroupId.of("change-managers");
  static final GroupId CAB = GroupId.of("cab");
  static final GroupId EMERGENCY_CAB = GroupId.of("ecab");

  static final RiskQuestionnaire RISK = RiskQuestionnaire.builder()
      .question("outage", LinkedHashMap.of("none", 0, "partial", 2, "full", 4))
      .question("tested", LinkedHashMap.of("yes", 0, "no", 3))
      .level(RiskLevel.MEDIUM, 2).level(RiskLevel.HIGH, 5).level(RiskLevel.VERY_HIGH, 7)
      .build();

  final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-02T09:00:00Z"));
  final InMemoryTicketStore store = new InMemoryTicketStore();
  final RecordingNotificationSink sink = new RecordingNotificationSink();
  final InMemoryApproverDirectory directory = new InMemoryApproverDirectory()
      .group(ACME, CHANGE_MANAGERS, MANAGER.id(), REQUESTER.id())
      .group(ACME, CAB, CAB_1.id(), CAB_2.id(), CAB_3.id(), REQUESTER.id())
      .group(ACME, EMERGENCY_CAB, ECAB.id(), MANAGER.id());
  final InMemoryFreezeCalendar freezes = new InMemoryFreezeCalendar();
  final InMemoryStandardChangeCatalogue templates = new InMemoryStandardChangeCatalogue();
  final ChangeEnablement enablement;
  final ServiceDesk desk;
  private final AtomicInteger keys = new AtomicInteger();

  ChangeFixture() {
    this(ConfigurationDependencies.none(), UnaryOperator.identity());
  }

  ChangeFixture(ConfigurationDependencies dependencies, UnaryOperator<ServiceDesk.Builder> desk) {
    enablement = ChangeEnablement.builder()
        .standardChanges(templates)
        .riskModel(RISK)
        .approvalMatrix(ApprovalMatrix.typical(CHANGE_MANAGERS, CAB, EMERGENCY_CAB))
        .approverDirectory(directory)
        .freezeCalendar(freezes)
        .scheduledChanges(new StoredScheduledChanges(store))
        .dependencies(dependencies)
        .build();
    this.desk = desk.apply(ServiceDesk.builder()).ticketStore(store).notificationSink(sink).clock(now::get)
        .policy(enablement).build();
  }

  String key() {
    return "key-" + keys.incrementAndGet();
  }

  Ticket open(Actor actor, TicketCommand.Open command) {
    return desk.open(ACME, actor, key(), command).fold(r -> {
      throw new AssertionError("open refused: " + r);
    }, CommandResult::ticket);
  }

  Either<Rejection, CommandResult> send(Actor actor, TicketId id, TicketCommand command) {
    return desk.execute(ACME, actor, id, key(), command);
  }

  Ticket ok(Actor actor, TicketId id, TicketCommand command) {
    return send(actor, id, command).fold(r -> {
      throw new AssertionError(command.type() + " refused: " + r);
    }, CommandResult::ticket);
  }

  Ticket ticket(TicketId id) {
    return desk.ticket(ACME, id).get();
  }

  /** Assesses risk from answers with the configured model. */
  Ticket assess(Actor actor, TicketId id, String outage, String tested) {
    return ok(actor, id, enablement.assessRisk(LinkedHashMap.of("outage", outage, "tested", tested)).get());
  }

  /** Requests approval as the matrix and directory say. */
  Ticket requestApproval(Actor actor, TicketId id) {
    return ok(actor, id, enablement.requestApproval(ACME, ticket(id)).get());
  }

  static TicketCommand.ChangeState schedule(String start, String end) {
    return TicketCommand.ChangeState.to("scheduled").withField(TicketFields.PLANNED_START, start)
        .withField(TicketFields.PLANNED_END, end);
  }
}
