package io.itsm4j.core.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.Actor;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.approval.ApprovalPolicy;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.change.policy.ChangeEnablement;
import io.itsm4j.core.application.ServiceDesk;
import io.itsm4j.core.memory.InMemoryFreezeCalendar;
import io.itsm4j.core.memory.InMemoryTicketStore;
import io.itsm4j.core.ticket.ChangeType;
import io.itsm4j.core.ticket.ChangeWindow;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.RiskLevel;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketFields;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.TicketSubject;
import io.itsm4j.core.ticket.Urgency;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Random freeze windows (global or per service) and random changes of every type, authorised and then scheduled
 * through the service desk: a schedule is refused exactly when a brute-force check finds a freeze that covers
 * the change's service and overlaps its window and the change is not an emergency; and no normal or standard
 * change ever ends up scheduled inside such a freeze.
 */
class FreezeProperties {
  static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");
  static final List<ServiceId> SERVICES = List.of(ServiceId.of("payroll"), ServiceId.of("mail"));
  static final TenantId TENANT = TenantId.of("acme");
  static final Actor REQUESTER = Actor.of("rita");
  static final Actor APPROVER = Actor.of("cab-ann");
  static final GroupId CAB = GroupId.of("cab");

  record Freeze(Option<Integer> service, int start, int hours) {
    ChangeWindow window() {
      return ChangeWindow.of(T0.plusSeconds(3600L * start), T0.plusSeconds(3600L * (start + hours)));
    }
  }

  record Change(ChangeType type, Option<Integer> service, int start, int hours) {
    ChangeWindow window() {
      return ChangeWindow.of(T0.plusSeconds(3600L * start), T0.plusSeconds(3600L * (start + hours)));
    }
  }

  @Provide
  Arbitrary<List<Freeze>> freezes() {
    return Combinators.combine(Arbitraries.integers().between(0, 1).optional(0.6), Arbitraries.integers().between(0, 60),
        Arbitraries.integers().between(1, 24)).as((s, start, hours) -> new Freeze(Option.ofOptional(s), start, hours))
        .list().ofMaxSize(4);
  }

  @Provide
  Arbitrary<List<Change>> changes() {
    return Combinators.combine(Arbitraries.of(ChangeType.class), Arbitraries.integers().between(0, 1).optional(0.8),
        Arbitraries.integers().between(0, 70), Arbitraries.integers().between(1, 10))
        .as((t, s, start, hours) -> new Change(t, Option.ofOptional(s), start, hours))
        .list().ofMinSize(1).ofMaxSize(6);
  }

  static boolean blocked(Change c, List<Freeze> freezes) {
    if (c.type() == ChangeType.EMERGENCY) {
      return false;
    }
    return freezes.stream().anyMatch(f -> (f.service().isEmpty() || f.service().equals(c.service()))
        && f.start() < c.start() + c.hours() && c.start() < f.start() + f.hours());
  }

  @Property(tries = 150)
  void only_emergency_changes_are_scheduled_in_a_freeze(@ForAll("freezes") List<Freeze> freezes,
      @ForAll("changes") List<Change> changes) {
    InMemoryFreezeCalendar calendar = new InMemoryFreezeCalendar();
    for (int i = 0; i < freezes.size(); i++) {
      Freeze f = freezes.get(i);
      calendar.add(TENANT, new FreezeWindow("freeze-" + i, f.service().map(SERVICES::get), f.window()));
    }
    InMemoryTicketStore store = new InMemoryTicketStore();
    ServiceDesk desk = ServiceDesk.builder().ticketStore(store).clock(() -> T0)
        .policy(ChangeEnablement.builder().freezeCalendar(calendar).build()).build();
    int[] keys = {0};
    for (Change c : changes) {
      TicketSubject subject = c.service().map(s -> TicketSubject.none().withService(SERVICES.get(s)))
          .getOrElse(TicketSubject.none());
      TicketId id = desk.open(TENANT, REQUESTER, "k" + keys[0]++, TicketCommand.Open.change(c.type(), "c", Impact.LOW,
          Urgency.LOW).withSubject(subject)).get().ticket().id();
      if (c.type() != ChangeType.STANDARD) {
        if (c.type() == ChangeType.NORMAL) {
          desk.execute(TENANT, REQUESTER, id, "k" + keys[0]++, TicketCommand.ChangeState.to("assess")).get();
          desk.execute(TENANT, REQUESTER, id, "k" + keys[0]++, new TicketCommand.AssessRisk(RiskLevel.LOW, 0,
              LinkedHashMap.empty())).get();
        }
        desk.execute(TENANT, REQUESTER, id, "k" + keys[0]++, TicketCommand.ChangeState.to("authorise")).get();
        desk.execute(TENANT, REQUESTER, id, "k" + keys[0]++, new TicketCommand.RequestApproval(
            ApprovalPolicy.anyOneOf(CAB), LinkedHashMap.of(CAB, HashSet.of(APPROVER.id())))).get();
        desk.execute(TENANT, APPROVER, id, "k" + keys[0]++, TicketCommand.Approve.withoutComment()).get();
      }
      var scheduled = desk.execute(TENANT, REQUESTER, id, "k" + keys[0]++, TicketCommand.ChangeState.to("scheduled")
          .withField(TicketFields.PLANNED_START, c.window().start().toString())
          .withField(TicketFields.PLANNED_END, c.window().end().toString()));
      boolean blocked = blocked(c, freezes);
      Statistics.label("schedule").collect(blocked ? "refused in a freeze" : "scheduled");
      if (blocked) {
        assertThat(scheduled.getLeft().code()).isEqualTo(RejectionCode.RULE_VIOLATED);
        assertThat(scheduled.getLeft().message()).contains("freeze");
      } else {
        assertThat(scheduled.isRight()).as("%s: %s", c, scheduled).isTrue();
      }
    }
    for (TicketId id : store.ticketIds(TENANT)) {
      Ticket t = desk.ticket(TENANT, id).get();
      if (t.state().equals("scheduled") && !t.changeType().contains(ChangeType.EMERGENCY)) {
        ChangeWindow w = t.plannedWindow().get();
        assertThat(FreezeWindow.blocking(t.changeType().get(), t.subject().service(), w, calendar.freezes(TENANT)))
            .isEmpty();
      }
    }
  }
}
