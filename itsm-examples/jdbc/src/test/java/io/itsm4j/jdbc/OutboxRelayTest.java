package io.itsm4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.Actor;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.application.ServiceDesk;
import io.itsm4j.core.memory.RecordingNotificationSink;
import io.itsm4j.core.port.NotificationSink;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.Urgency;
import io.vavr.collection.Seq;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The outbox on H2: at least once, in order, never for a refused or rolled-back command. */
class OutboxRelayTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Actor AGENT = Actor.of("agent-1", "agent");

  private final DataSource db = TestDatabases.h2();
  private final JdbcTicketStore store = new JdbcTicketStore(db);
  private final ServiceDesk desk = ServiceDesk.builder().ticketStore(store).build();

  private TicketId open(String key) {
    return desk.open(ACME, AGENT, key, TicketCommand.Open.incident("Laptop broken", Impact.LOW, Urgency.LOW))
        .get().ticket().id();
  }

  @Test
  void everyAcceptedCommandIsDeliveredOnceInTheOrderItWasStored() {
    TicketId a = open("k1");
    TicketId b = open("k2");
    desk.execute(ACME, AGENT, a, "k3", TicketCommand.ChangeState.to("in-progress")).get();
    desk.execute(ACME, AGENT, b, "k4", TicketCommand.AddNote.workNote("ordered a spare")).get();
    RecordingNotificationSink sink = new RecordingNotificationSink();
    OutboxRelay relay = new OutboxRelay(db, sink);

    assertThat(relay.pending()).isEqualTo(4);
    assertThat(relay.drain(10)).isEqualTo(new OutboxRelay.Drained(4, io.vavr.control.Option.none()));
    assertThat(relay.drain(10).delivered()).isZero();
    assertThat(sink.events().map(e -> e.ticketId().value() + "#" + e.sequence()))
        .containsExactly(a + "#1", b + "#1", a + "#2", b + "#2");
    assertThat(sink.events()).containsExactlyElementsOf(
        store.load(ACME, a).take(1).appendAll(store.load(ACME, b).take(1))
            .append(store.load(ACME, a).get(1)).append(store.load(ACME, b).get(1)));
  }

  @Test
  void refusedConflictingAndReplayedCommandsWriteNoOutboxRow() {
    TicketId a = open("k1");
    assertThat(desk.execute(ACME, AGENT, a, "k2", TicketCommand.ChangeState.to("resolved")).getLeft().code())
        .isEqualTo(RejectionCode.FIELD_REQUIRED);
    desk.execute(ACME, AGENT, a, "k3", TicketCommand.AddNote.workNote("once")).get();
    assertThat(desk.execute(ACME, AGENT, a, "k3", TicketCommand.AddNote.workNote("once")).get().replayed()).isTrue();
    assertThat(desk.execute(io.itsm4j.core.application.CommandRequest.of(ACME, AGENT, a, "k4",
        TicketCommand.AddNote.workNote("stale")).expectingVersion(1)).getLeft().code())
        .isEqualTo(RejectionCode.VERSION_CONFLICT);

    assertThat(new OutboxRelay(db, NotificationSink.none()).pending()).isEqualTo(2);
  }

  @Test
  void aFailingSinkStopsTheDrainAndTheRowIsDeliveredAgainLater() {
    TicketId a = open("k1");
    desk.execute(ACME, AGENT, a, "k2", TicketCommand.AddNote.workNote("first")).get();
    desk.execute(ACME, AGENT, a, "k3", TicketCommand.AddNote.workNote("second")).get();
    RecordingNotificationSink delivered = new RecordingNotificationSink();
    AtomicBoolean down = new AtomicBoolean(true);
    NotificationSink gateway = events -> {
      if (events.head().sequence() == 2 && down.get()) {
        throw new IllegalStateException("gateway down");
      }
      delivered.published(events);
    };
    OutboxRelay relay = new OutboxRelay(db, gateway);

    OutboxRelay.Drained first = relay.drain(10);
    assertThat(first.delivered()).isEqualTo(1);
    assertThat(first.failure().get()).hasMessage("gateway down");
    assertThat(relay.pending()).isEqualTo(2);

    down.set(false);
    assertThat(relay.drainAll().delivered()).isEqualTo(2);
    Seq<Long> sequences = delivered.events().map(TicketEvent::sequence);
    assertThat(sequences).containsExactly(1L, 2L, 3L);
    assertThat(relay.pending()).isZero();
  }
}
