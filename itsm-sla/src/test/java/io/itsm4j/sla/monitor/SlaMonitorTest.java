package io.itsm4j.sla.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.sla.ThresholdCrossing;
import io.itsm4j.sla.TicketHistory;
import io.itsm4j.sla.memory.InMemorySlaAlarmLedger;
import io.itsm4j.sla.memory.RecordingSlaAlarmSink;
import io.itsm4j.sla.port.SlaAlarmSink;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The monitor as a host uses it: evaluate on events and timers, deliver alarms once, survive a failing sink. */
class SlaMonitorTest {
  static final Instant OPENED = SlaMonitorProperties.OPENED;

  @Test
  void one_timer_per_ticket_delivers_each_warning_once() {
    RecordingSlaAlarmSink sink = new RecordingSlaAlarmSink();
    SlaMonitor monitor = SlaMonitor.of(SlaMonitorProperties.DEFINITIONS, sink);
    TicketHistory ticket = TicketHistory.opened("INC-1", OPENED, Priority.P1);

    SlaMonitor.Result first = monitor.evaluate(ticket.events(), OPENED).get();
    assertThat(first.delivered()).isEmpty();
    Instant timer = first.nextAlarm().get();
    assertThat(timer).isEqualTo(OPENED.plusSeconds(15 * 60));   // 50 % of the 30-minute response goal

    SlaMonitor.Result fired = monitor.evaluate(ticket.events(), timer).get();
    assertThat(fired.delivered()).extracting(ThresholdCrossing::percent).containsExactly(50);
    assertThat(monitor.evaluate(ticket.events(), timer).get().delivered()).isEmpty();
    assertThat(sink.received()).hasSize(1);
  }

  @Test
  void a_failing_sink_is_reported_as_a_port_failure_and_the_alarm_is_delivered_later() {
    AtomicBoolean down = new AtomicBoolean(true);
    RecordingSlaAlarmSink recording = new RecordingSlaAlarmSink();
    SlaAlarmSink flaky = c -> {
      if (down.get()) {
        throw new IllegalStateException("mail server down");
      }
      recording.crossed(c);
    };
    InMemorySlaAlarmLedger ledger = new InMemorySlaAlarmLedger();
    SlaMonitor monitor = SlaMonitor.of(SlaMonitorProperties.DEFINITIONS, ledger, flaky);
    TicketHistory ticket = TicketHistory.opened("INC-1", OPENED, Priority.P1);
    Instant later = OPENED.plusSeconds(20 * 60);

    var failed = monitor.evaluate(ticket.events(), later);
    assertThat(failed.isLeft()).isTrue();
    assertThat(failed.getLeft().code()).isEqualTo(RejectionCode.PORT_FAILURE);
    assertThat(ledger.size()).isZero();

    down.set(false);
    assertThat(monitor.evaluate(ticket.events(), later).get().delivered()).hasSize(1);
    assertThat(recording.received()).hasSize(1);
  }
}
