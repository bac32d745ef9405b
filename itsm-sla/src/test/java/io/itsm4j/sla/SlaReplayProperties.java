package io.itsm4j.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.workflow.StateCategory;
import io.itsm4j.sla.calendar.CalendarTestAccess;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The SLA engine replays random ticket histories exactly like a minute-by-minute reference model: the clock counts
 * each minute the calendar is open and the ticket is not on hold, from the opening (and from each reopening) to
 * resolution, closure or cancellation; met means counted time within the goal of the priority at the stop.
 */
class SlaReplayProperties {
  static final HashMap<Priority, Duration> GOALS =
      HashMap.of(Priority.P1, Duration.ofHours(4), Priority.P2, Duration.ofHours(9), Priority.P3, Duration.ofHours(30));

  /** One step of a ticket's life: minutes after the previous step, and what happened. */
  record Step(int minutes, int what) {}

  record Life(CalendarTestAccess.Spec calendar, Instant openedAt, Priority priority, java.util.List<Step> steps) {
    TicketHistory history() {
      TicketHistory h = TicketHistory.opened("INC-7", openedAt, priority);
      Instant t = openedAt;
      for (Step s : steps) {
        if (h.category().isTerminal()) {
          break;
        }
        t = t.plusSeconds(s.minutes() * 60L);
        switch (s.what()) {
          case 0 -> h.move(t, StateCategory.ACTIVE);
          case 1 -> h.move(t, StateCategory.ON_HOLD);
          case 2 -> h.move(t, StateCategory.RESOLVED);
          case 3 -> h.move(t, StateCategory.CLOSED);
          case 4 -> h.move(t, StateCategory.CANCELLED);
          case 5 -> h.priority(t, Priority.values()[s.minutes() % 3]);
          case 6 -> h.comment(t, s.minutes() % 2 == 0);
          default -> h.assign(t, "group-" + s.minutes() % 3);
        }
      }
      return h;
    }
  }

  @Provide
  Arbitrary<Life> lives() {
    return anyLife();
  }

  /** Random ticket lives on random calendars; also used by the monitor's properties. */
  static Arbitrary<Life> anyLife() {
    Arbitrary<Step> step = Combinators.combine(
        Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.just(0)),
            net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(0, 600)),
            net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(600, 4000))),
        Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, Arbitraries.just(0)),
            net.jqwik.api.Tuple.of(4, Arbitraries.just(1)), net.jqwik.api.Tuple.of(3, Arbitraries.just(2)),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(3)), net.jqwik.api.Tuple.of(1, Arbitraries.just(4)),
            net.jqwik.api.Tuple.of(2, Arbitraries.just(5)), net.jqwik.api.Tuple.of(1, Arbitraries.just(6)),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(7))))
        .as(Step::new);
    return CalendarTestAccess.specs().flatMap(spec -> Combinators.combine(
        CalendarTestAccess.instantsNear(spec.zone()), Arbitraries.of(Priority.P1, Priority.P2, Priority.P3),
        step.list().ofMaxSize(12)).as((at, p, steps) -> new Life(spec, at, p, steps)));
  }

  static SlaDefinition definition(Life life) {
    return SlaDefinition.resolution().id(SlaId.of("resolution")).goals(GOALS).calendar(life.calendar().build())
        .build();
  }

  /** What the reference model says about one cycle. */
  record Expected(long minutes, SlaState state) {}

  static java.util.List<Expected> model(Life life, Seq<TicketEvent> events, Instant asOf) {
    java.util.List<Expected> out = new ArrayList<>();
    Instant horizon = asOf;
    CalendarTestAccess.Oracle oracle = life.calendar().oracle(life.openedAt(), horizon);
    StateCategory category = StateCategory.NEW;
    Priority priority = life.priority();
    Instant cycleStart = life.openedAt();
    boolean counting = true;
    int index = 1;
    for (Instant m = life.openedAt(); ; m = m.plusSeconds(60)) {
      // Apply every event at or before this minute, in order; each may end or begin a cycle.
      while (index < events.size() && !events.get(index).occurredAt().isAfter(m)
          && !events.get(index).occurredAt().isAfter(asOf)) {
        TicketEvent e = events.get(index++);
        if (e instanceof TicketEvent.PriorityChanged p) {
          priority = p.to();
        } else if (e instanceof TicketEvent.StateChanged s) {
          StateCategory to = s.toCategory();
          if (counting && (to == StateCategory.RESOLVED || to == StateCategory.CLOSED)) {
            long minutes = countedMinutes(oracle, events, cycleStart, e.occurredAt());
            out.add(new Expected(minutes, minutes * 60 <= GOALS.get(priority).get().getSeconds()
                ? SlaState.MET : SlaState.BREACHED));
            counting = false;
          } else if (counting && to == StateCategory.CANCELLED) {
            out.add(new Expected(countedMinutes(oracle, events, cycleStart, e.occurredAt()), SlaState.CANCELLED));
            counting = false;
          } else if (!counting && category == StateCategory.RESOLVED && to.isOpen()) {
            counting = true;
            cycleStart = e.occurredAt();
          }
          category = to;
        }
      }
      if (!m.isBefore(asOf)) {
        break;
      }
    }
    if (counting) {
      out.add(new Expected(countedMinutes(oracle, events, cycleStart, asOf),
          category == StateCategory.ON_HOLD ? SlaState.PAUSED : SlaState.RUNNING));
    }
    return out;
  }

  /** Minutes in [from, to) the calendar is open and the ticket (by its events) is not on hold. */
  static long countedMinutes(CalendarTestAccess.Oracle oracle, Seq<TicketEvent> events, Instant from, Instant to) {
    long n = 0;
    for (Instant m = from; m.isBefore(to); m = m.plusSeconds(60)) {
      if (oracle.isOpen(m) && categoryAt(events, m) != StateCategory.ON_HOLD) {
        n++;
      }
    }
    return n;
  }

  static StateCategory categoryAt(Seq<TicketEvent> events, Instant m) {
    StateCategory c = StateCategory.NEW;
    for (TicketEvent e : events) {
      if (e.occurredAt().isAfter(m)) {
        break;
      }
      if (e instanceof TicketEvent.StateChanged s) {
        c = s.toCategory();
      }
    }
    return c;
  }

  @Property(tries = 1000)
  void replay_equals_the_minute_by_minute_model(@ForAll("lives") Life life,
      @ForAll @IntRange(min = 0, max = 100) int asOfPercent) {
    Seq<TicketEvent> events = life.history().events();
    Instant last = events.last().occurredAt();
    long span = Duration.between(life.openedAt(), last).getSeconds() / 60 + 600;
    Instant asOf = life.openedAt().plusSeconds(span * asOfPercent / 100 * 60);

    Seq<SlaStatus> actual = SlaEngine.status(List.of(definition(life)), events, asOf);
    java.util.List<Expected> expected = model(life, events, asOf);

    assertThat(actual.map(s -> new Expected(s.elapsed().getSeconds() / 60, s.state())).asJava())
        .containsExactlyElementsOf(expected);
    assertThat(actual.map(SlaStatus::cycle)).containsExactlyElementsOf(List.range(1, expected.size() + 1));
    for (SlaStatus s : actual) {
      assertThat(s.elapsed().getSeconds() % 60).isZero();
      assertThat(s.due().isDefined()).isEqualTo(s.state() == SlaState.RUNNING);
      assertThat(s.remaining()).isEqualTo(s.goal().minus(s.elapsed()));
    }
  }

  @Property(tries = 1000)
  void elapsed_never_decreases_as_asOf_grows(@ForAll("lives") Life life,
      @ForAll @IntRange(min = 0, max = 3000) int first, @ForAll @IntRange(min = 0, max = 3000) int more) {
    Seq<TicketEvent> events = life.history().events();
    SlaDefinition def = definition(life);
    Instant a = life.openedAt().plusSeconds(first * 60L);
    Instant b = a.plusSeconds(more * 60L);
    Seq<SlaStatus> before = SlaEngine.status(List.of(def), events, a);
    Seq<SlaStatus> after = SlaEngine.status(List.of(def), events, b);
    assertThat(after.size()).isGreaterThanOrEqualTo(before.size());
    for (SlaStatus s : before) {
      SlaStatus later = after.find(x -> x.cycle() == s.cycle()).get();
      assertThat(later.elapsed()).isGreaterThanOrEqualTo(s.elapsed());
      assertThat(later.startedAt()).isEqualTo(s.startedAt());
      if (!s.state().isActive()) {
        assertThat(later).isEqualTo(s);
      }
    }
    // The status at a past instant ignores the later history entirely.
    assertThat(SlaEngine.status(List.of(def), events.filter(e -> !e.occurredAt().isAfter(a)), a)).isEqualTo(before);
  }

  @Property(tries = 1000)
  void thresholds_are_reached_in_order_and_the_next_alarm_is_the_next_one(@ForAll("lives") Life life,
      @ForAll @IntRange(min = 0, max = 3000) int minutes) {
    Seq<TicketEvent> events = life.history().events();
    SlaDefinition def = definition(life);
    Instant asOf = life.openedAt().plusSeconds(minutes * 60L);
    SlaEvaluation now = SlaEngine.evaluate(List.of(def), events, asOf);
    for (ThresholdCrossing c : now.crossings()) {
      assertThat(c.at()).isBeforeOrEqualTo(asOf);
      SlaStatus status = now.statuses().find(s -> s.cycle() == c.cycle()).get();
      Duration need = Duration.ofSeconds((status.goal().getSeconds() * c.percent() + 99) / 100);
      // At the crossing, the clock has counted exactly the threshold's share of the goal.
      assertThat(SlaEngine.status(List.of(def), events, c.at()).find(s -> s.cycle() == c.cycle()).get().elapsed())
          .isEqualTo(need);
    }
    for (Instant alarm : now.nextAlarm()) {
      assertThat(alarm).isAfter(asOf);
      Seq<ThresholdCrossing> then = SlaEngine.crossings(List.of(def), events.filter(e -> !e.occurredAt().isAfter(asOf)),
          alarm);
      assertThat(then.size()).isGreaterThan(now.crossings().size());
    }
  }
}
