package io.itsm4j.core.application;

import static io.itsm4j.core.application.DeskFixture.ACME;
import static io.itsm4j.core.application.DeskFixture.AGENT;
import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.memory.InMemoryTicketStore;
import io.itsm4j.core.memory.RecordingNotificationSink;
import io.itsm4j.core.port.NotificationSink;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.Urgency;
import org.junit.jupiter.api.Test;

/** A fan-out sink tells every sink, even when one of them fails, and reports the failure. */
class FanOutSinkTest {
  @Test
  void every_sink_hears_of_every_event_and_refusal_even_after_one_fails() {
    RecordingNotificationSink first = new RecordingNotificationSink();
    RecordingNotificationSink last = new RecordingNotificationSink();
    NotificationSink failing = new NotificationSink() {
      @Override
      public void published(io.vavr.collection.Seq<io.itsm4j.core.ticket.TicketEvent> events) {
        throw new IllegalStateException("mail server down");
      }

      @Override
      public void rejected(io.itsm4j.core.ticket.CommandRejected rejection) {
        throw new IllegalStateException("mail server down");
      }
    };
    InMemoryTicketStore store = new InMemoryTicketStore();
    ServiceDesk desk = ServiceDesk.builder().ticketStore(store)
        .notificationSink(NotificationSink.fanOut(first, failing, last)).build();
    CommandResult opened = desk.open(ACME, AGENT, "k1", TicketCommand.Open.incident("x", Impact.LOW, Urgency.LOW)).get();
    assertThat(opened.notificationFailure().get()).hasMessage("mail server down");
    desk.execute(ACME, AGENT, opened.ticket().id(), "k2", TicketCommand.ChangeState.to("nowhere"));
    assertThat(first.events()).hasSize(1);
    assertThat(last.events()).isEqualTo(first.events());
    assertThat(first.rejections()).hasSize(1);
    assertThat(last.rejections()).hasSize(1);
    assertThat(store.load(ACME, opened.ticket().id())).hasSize(1);
  }
}
