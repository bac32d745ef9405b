package io.itsm4j.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.Actor;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.application.ServiceDesk;
import io.itsm4j.core.application.TicketQueues;
import io.itsm4j.core.memory.InMemoryTicketViewStore;
import io.itsm4j.core.port.ReadPolicy;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.Urgency;
import io.itsm4j.core.view.Cursors;
import io.itsm4j.core.view.Page;
import io.itsm4j.core.view.QueueOrder;
import io.itsm4j.core.view.TicketQuery;
import io.itsm4j.core.view.TicketView;
import io.itsm4j.sla.SlaDefinition;
import io.itsm4j.sla.SlaDueTimes;
import io.itsm4j.sla.SlaId;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** docs/queues.md's code, run: a desk keeping views with due times, and the queue that reads them. */
class QueuesPageTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Actor ALICE = Actor.of("alice", "agent");
  private static final Seq<SlaDefinition> SLAS = List.of(SlaDefinition.resolution().id(SlaId.of("resolution"))
      .goals(HashMap.of(Priority.P1, Duration.ofHours(4), Priority.P2, Duration.ofHours(8), Priority.P3,
          Duration.ofHours(16), Priority.P4, Duration.ofHours(40), Priority.P5, Duration.ofHours(80)))
      .build());

  @Test
  void the_queue_lists_the_soonest_breach_first_right_after_the_commands() {
    InMemoryTicketViewStore views = new InMemoryTicketViewStore();
    ServiceDesk desk = ServiceDesk.builder()
        .views(views)                              // a TicketViewStore: InMemoryTicketViewStore here
        .dueTimes(SlaDueTimes.of(SLAS))            // itsm-sla: breach and warning instants per clock
        .build();
    TicketId slow = desk.open(ACME, ALICE, "k1", TicketCommand.Open.incident("Printer jam", Impact.LOW, Urgency.LOW))
        .get().ticket().id();
    TicketId urgent = desk.open(ACME, ALICE, "k2", TicketCommand.Open.incident("Mail down", Impact.HIGH,
        Urgency.HIGH)).get().ticket().id();

    TicketQuery open = TicketQuery.in(ACME).open().orderBy(QueueOrder.TIME_TO_BREACH).pageSize(10).build().get();
    Page page = TicketQueues.of(views, Cursors.random(), ReadPolicy.roleOrCaller("agent"))
        .page(ALICE, open, Option.none()).get();

    assertThat(page.views().map(TicketView::id)).containsExactly(urgent, slow);
    Instant breach = page.views().head().nextBreach().get();
    assertThat(breach).isAfter(page.views().head().openedAt());
    assertThat(page.views().last().nextBreach().get()).isAfter(breach);
    assertThat(page.next()).isEmpty();

    TicketQuery mail = TicketQuery.in(ACME).open().text("mail DOWN").build().get();
    Page found = TicketQueues.of(views, Cursors.random(), ReadPolicy.roleOrCaller("agent"))
        .page(ALICE, mail, Option.none()).get();

    assertThat(found.views().map(TicketView::id)).containsExactly(urgent);
    assertThat(TicketQuery.in(ACME).text("?!").build().getLeft().violations().head().field()).isEqualTo("text");
  }
}
