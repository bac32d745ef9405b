package io.itsm4j.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.view.DueTime;
import io.itsm4j.core.workflow.StateCategory;
import io.vavr.collection.HashMap;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A ticket's due times as its view carries them, from the SLA engine: running, warned, paused, breached, met. */
class SlaDueTimesTest {
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  /** Around the clock, so the instants are plain arithmetic: 4 h for P1, 8 h for P2; warnings at 50 %, 75 %. */
  private static final SlaDefinition RESOLUTION = SlaDefinition.resolution().id(SlaId.of("resolution"))
      .goals(HashMap.of(Priority.P1, Duration.ofHours(4), Priority.P2, Duration.ofHours(8)))
      .build();
  private static final SlaDueTimes DUE = SlaDueTimes.of(Vector.of(RESOLUTION));

  @Test
  void a_running_clock_breaches_at_its_goal_and_warns_at_its_next_threshold() {
    TicketHistory h = TicketHistory.opened("INC-1", T0, Priority.P1);
    DueTime d = DUE.of(h.events(), T0).single();
    assertThat(d).isEqualTo(new DueTime("resolution", true, Option.some(T0.plus(Duration.ofHours(4))),
        Option.some(T0.plus(Duration.ofHours(2))), Option.none()));
    // Past the first warning, the next one is the 75 % threshold.
    assertThat(DUE.of(h.events(), T0.plus(Duration.ofHours(2)).plusSeconds(1)).single().warnAt())
        .contains(T0.plus(Duration.ofHours(3)));
    // A new priority moves the breach: the P2 goal from the same start.
    h.priority(T0.plusSeconds(600), Priority.P2);
    assertThat(DUE.of(h.events(), T0.plusSeconds(600)).single().breachAt()).contains(T0.plus(Duration.ofHours(8)));
  }

  @Test
  void a_paused_clock_neither_breaches_nor_warns_and_a_breached_one_says_when() {
    TicketHistory h = TicketHistory.opened("INC-1", T0, Priority.P1);
    h.move(T0.plusSeconds(60), StateCategory.ACTIVE);
    h.move(T0.plus(Duration.ofHours(1)), StateCategory.ON_HOLD);
    DueTime paused = DUE.of(h.events(), T0.plus(Duration.ofHours(1))).single();
    assertThat(paused).isEqualTo(new DueTime("resolution", false, Option.none(), Option.none(), Option.none()));
    h.move(T0.plus(Duration.ofHours(2)), StateCategory.ACTIVE);
    // Three hours counted before the pause and after it: one hour of the pause is not counted.
    assertThat(DUE.of(h.events(), T0.plus(Duration.ofHours(2))).single().breachAt())
        .contains(T0.plus(Duration.ofHours(5)));
    Seq<DueTime> late = DUE.of(h.events(), T0.plus(Duration.ofHours(6)));
    assertThat(late.single().breachedAt()).contains(T0.plus(Duration.ofHours(5)));
    assertThat(late.single().breachAt()).isEmpty();
    assertThat(late.single().running()).isTrue();
    h.move(T0.plus(Duration.ofHours(7)), StateCategory.RESOLVED);
    DueTime stopped = DUE.of(h.events(), T0.plus(Duration.ofHours(7))).single();
    assertThat(stopped.running()).isFalse();
    assertThat(stopped.breachedAt()).contains(T0.plus(Duration.ofHours(5)));
  }

  @Test
  void a_clock_met_in_time_has_no_breach_and_a_ticket_without_a_clock_no_due_times() {
    TicketHistory h = TicketHistory.opened("INC-1", T0, Priority.P1);
    h.move(T0.plusSeconds(60), StateCategory.ACTIVE);
    h.move(T0.plus(Duration.ofHours(1)), StateCategory.RESOLVED);
    assertThat(DUE.of(h.events(), T0.plus(Duration.ofHours(1))).single())
        .isEqualTo(new DueTime("resolution", false, Option.none(), Option.none(), Option.none()));
    // No goal for P4: the definition does not apply.
    assertThat(DUE.of(TicketHistory.opened("INC-2", T0, Priority.P4).events(), T0)).isEmpty();
  }
}
