package io.itsm4j.sla;

import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.sla.calendar.BusinessCalendar;
import io.itsm4j.sla.calendar.TimeInterval;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Array;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Objects;

/**
 * The service level engine: pure functions from (definitions, ticket history, asOf) to the status of every
 * service level clock of the ticket, the thresholds they reached, and when the next one will be reached.
 *
 * <p>The history is replayed event by event in the order of {@link SlaDefinition} (start, pause, resume, stop,
 * cancel, reset). Only events that occurred at or before {@code asOf} count, so the status at a past instant is
 * the same call with an earlier {@code asOf}, and elapsed time never decreases as {@code asOf} grows. An event
 * stamped earlier than the one before it counts at the earlier event's time, so a clock never runs backwards.
 *
 * <p><b>Threading</b>: stateless; every method may be called from any number of threads at once.
 *
 * <p><b>Errors</b>: {@code null} arguments throw {@link NullPointerException}; a history that does not begin with
 * {@link TicketEvent.Opened}, opens twice or mixes tickets throws {@link IllegalArgumentException}, and so does a
 * deadline beyond the supported range of the calendars ({@link
 * io.itsm4j.sla.calendar.BusinessCalendar#MAX_YEAR}); a calendar that is closed for {@value
 * io.itsm4j.sla.calendar.BusinessCalendar#MAX_CLOSED_YEARS} consecutive years from a clock's start (open on paper,
 * but every date a holiday) throws {@link IllegalStateException}, as {@link
 * io.itsm4j.sla.calendar.BusinessCalendar#deadline} does. A calendar that is never open at all is refused when the
 * definition is built. An empty history has no clocks.
 */
public final class SlaEngine {
  private SlaEngine() {}

  /**
   * The status of every started cycle of every definition that applies to the ticket, as of {@code asOf}.
   *
   * @param definitions the definitions to evaluate (ids should be distinct)
   * @param history the ticket's events in sequence order
   * @param asOf the instant of evaluation; later events are ignored
   * @return one status per started cycle, in definition then cycle order
   */
  public static Seq<SlaStatus> status(Seq<SlaDefinition> definitions, Seq<TicketEvent> history, Instant asOf) {
    return run(definitions, history, asOf, false, false).statuses();
  }

  /**
   * The status of every started cycle of every candidate of {@code selection}, each counted only while selected, as
   * of {@code asOf}.
   *
   * @return one status per started cycle, in candidate then cycle order
   */
  public static Seq<SlaStatus> status(SlaSelection selection, Seq<TicketEvent> history, Instant asOf) {
    return run(selection, history, asOf, false, false).statuses();
  }

  /**
   * The earliest instant after {@code asOf} at which a running clock of the ticket reaches one of its thresholds,
   * if the history does not change: the one timer a host schedules for the ticket. None when no clock runs or all
   * thresholds are reached.
   */
  public static Option<Instant> nextAlarm(Seq<SlaDefinition> definitions, Seq<TicketEvent> history, Instant asOf) {
    return run(definitions, history, asOf, false, true).nextAlarm();
  }

  /** As {@link #nextAlarm(Seq, Seq, Instant)}, over the candidates of {@code selection} while selected. */
  public static Option<Instant> nextAlarm(SlaSelection selection, Seq<TicketEvent> history, Instant asOf) {
    return run(selection, history, asOf, false, true).nextAlarm();
  }

  /**
   * Every threshold the ticket's clocks reached at or before {@code asOf}, with the instant each was reached.
   * Cycles that were cancelled are left out: their warnings no longer matter.
   */
  public static Seq<ThresholdCrossing> crossings(Seq<SlaDefinition> definitions, Seq<TicketEvent> history,
      Instant asOf) {
    return run(definitions, history, asOf, true, false).crossings();
  }

  /** As {@link #crossings(Seq, Seq, Instant)}, over the candidates of {@code selection} while selected. */
  public static Seq<ThresholdCrossing> crossings(SlaSelection selection, Seq<TicketEvent> history, Instant asOf) {
    return run(selection, history, asOf, true, false).crossings();
  }

  /** Statuses, crossings and the next alarm in one replay. */
  public static SlaEvaluation evaluate(Seq<SlaDefinition> definitions, Seq<TicketEvent> history, Instant asOf) {
    return run(definitions, history, asOf, true, true);
  }

  /** Statuses, crossings and the next alarm in one replay, over the candidates of {@code selection} while selected. */
  public static SlaEvaluation evaluate(SlaSelection selection, Seq<TicketEvent> history, Instant asOf) {
    return run(selection, history, asOf, true, true);
  }

  private static SlaEvaluation run(Seq<SlaDefinition> definitions, Seq<TicketEvent> history, Instant asOf,
      boolean withCrossings, boolean withAlarm) {
    Objects.requireNonNull(definitions, "definitions must not be null");
    for (SlaDefinition def : definitions) {
      Objects.requireNonNull(def, "a definition must not be null");
    }
    return run(SlaSelection.unchecked(definitions), history, asOf, withCrossings, withAlarm);
  }

  private static SlaEvaluation run(SlaSelection selection, Seq<TicketEvent> history, Instant asOf,
      boolean withCrossings, boolean withAlarm) {
    Objects.requireNonNull(selection, "selection must not be null");
    Seq<SlaDefinition> definitions = selection.candidates();
    Objects.requireNonNull(history, "history must not be null");
    Objects.requireNonNull(asOf, "asOf must not be null");
    Replay replay = Replay.of(history, asOf);
    if (replay.size == 0) {
      return new SlaEvaluation(List.empty(), List.empty(), Option.none());
    }
    ArrayList<SlaStatus> statuses = new ArrayList<>(definitions.size() * 2);
    ArrayList<ThresholdCrossing> crossings = withCrossings ? new ArrayList<>() : null;
    Instant alarm = null;
    for (SlaDefinition def : definitions) {
      for (Cycle c : replay.cycles(def, selection)) {
        Evaluated e = c.evaluate(def, replay, asOf);
        statuses.add(e.status);
        if (crossings != null && e.status.state() != SlaState.CANCELLED) {
          e.addCrossings(def, crossings);
        }
        if (withAlarm && e.status.state() == SlaState.RUNNING) {
          Instant next = e.nextThreshold(def);
          if (next != null && (alarm == null || next.isBefore(alarm))) {
            alarm = next;
          }
        }
      }
    }
    return new SlaEvaluation(Array.ofAll(statuses), crossings == null ? List.empty() : Array.ofAll(crossings),
        Option.of(alarm));
  }

  /** The history up to asOf as triggers, with the time each event counts at. */
  static final class Replay {
    final SlaTrigger[] triggers;
    final Instant[] times;
    final int size;

    private Replay(SlaTrigger[] triggers, Instant[] times, int size) {
      this.triggers = triggers;
      this.times = times;
      this.size = size;
    }

    static Replay of(Seq<TicketEvent> history, Instant asOf) {
      int n = history.size();
      SlaTrigger[] triggers = new SlaTrigger[n];
      Instant[] times = new Instant[n];
      int size = 0;
      TicketFacts facts = null;
      Instant last = null;
      for (TicketEvent e : history) {
        Objects.requireNonNull(e, "an event must not be null");
        if (e.occurredAt().isAfter(asOf)) {
          break;
        }
        TicketFacts before;
        if (facts == null) {
          if (!(e instanceof TicketEvent.Opened o)) {
            throw new IllegalArgumentException("a ticket history must begin with an opened event, got " + e.type()
                + " of ticket " + e.ticketId());
          }
          facts = TicketFacts.opened(o);
          before = facts;
        } else {
          if (!e.ticketId().equals(facts.ticketId()) || !e.tenant().equals(facts.tenant())) {
            throw new IllegalArgumentException("a ticket history must be of one ticket: " + facts.tenant() + "/"
                + facts.ticketId() + " and " + e.tenant() + "/" + e.ticketId());
          }
          before = facts;
          facts = facts.after(e);
        }
        Instant at = last == null || !e.occurredAt().isBefore(last) ? e.occurredAt() : last;
        triggers[size] = new SlaTrigger(e, before, facts);
        times[size] = at;
        last = at;
        size++;
      }
      return new Replay(triggers, times, size);
    }

    TicketFacts lastFacts() {
      return triggers[size - 1].after();
    }

    java.util.List<Cycle> cycles(SlaDefinition def, SlaSelection selection) {
      java.util.List<Cycle> done = new ArrayList<>(2);
      Cycle cur = new Cycle(1, 0);
      for (int i = 0; i < size; i++) {
        SlaTrigger tr = triggers[i];
        Instant t = times[i];
        startPauseResume(def, selection, cur, i);
        if (cur.state != null && cur.state.isActive()) {
          boolean covered = hasGoal(def, tr.after());
          if (covered) {
            cur.priority = tr.after().priority();
          }
          if (covered && def.stop().test(tr)) {
            cur.stop(def, t, tr.after());
          } else if (!covered || def.cancel().test(tr) || !selection.applies(def, tr.after())) {
            cur.end(SlaState.CANCELLED, t, tr.after());
          }
        }
        if (cur.state != null && def.reset().test(tr)) {
          if (cur.state.isActive()) {
            cur.end(SlaState.CANCELLED, t, tr.after());
          }
          done.add(cur);
          cur = new Cycle(cur.number + 1, i);
          startPauseResume(def, selection, cur, i);
        }
      }
      if (cur.state != null) {
        done.add(cur);
      }
      return done;
    }

    private void startPauseResume(SlaDefinition def, SlaSelection selection, Cycle cur, int i) {
      SlaTrigger tr = triggers[i];
      if (cur.state == null && def.start().test(tr) && hasGoal(def, tr.after())
          && selection.applies(def, tr.after())) {
        int from = retroactiveIndex(def, cur, i);
        cur.state = SlaState.RUNNING;
        cur.startedAt = times[from];
        cur.priority = tr.after().priority();
        for (int k = from; k < i; k++) {
          cur.pauseOrResume(def, triggers[k], times[k]);
        }
      }
      if (cur.state != null && cur.state.isActive()) {
        cur.pauseOrResume(def, tr, times[i]);
      }
    }

    private int retroactiveIndex(SlaDefinition def, Cycle cur, int i) {
      RetroactiveStart retro = def.retroactiveStart();
      if (retro instanceof RetroactiveStart.FromCreation) {
        return cur.beginIndex;
      }
      if (retro instanceof RetroactiveStart.FromLast last) {
        for (int k = i; k >= cur.beginIndex; k--) {
          if (last.condition().test(triggers[k])) {
            return k;
          }
        }
      }
      return i;
    }
  }

  static boolean hasGoal(SlaDefinition def, TicketFacts facts) {
    return def.goalTable().of(facts.priority()) > 0;
  }

  /** One cycle of one clock while the history is replayed. */
  static final class Cycle {
    final int number;
    final int beginIndex;
    SlaState state;
    Instant startedAt;
    Instant pausedAt;
    List<TimeInterval> pauses = List.empty();
    Instant endedAt;
    TicketFacts endFacts;
    Priority priority;
    /** Business seconds counted when the clock stopped, or -1. */
    long elapsedAtStop = -1;

    Cycle(int number, int beginIndex) {
      this.number = number;
      this.beginIndex = beginIndex;
    }

    void pauseOrResume(SlaDefinition def, SlaTrigger tr, Instant t) {
      if (state == SlaState.RUNNING && def.pause().test(tr)) {
        state = SlaState.PAUSED;
        pausedAt = t;
      } else if (state == SlaState.PAUSED && def.resume().test(tr)) {
        state = SlaState.RUNNING;
        pauses = pauses.prepend(new TimeInterval(pausedAt, t));
        pausedAt = null;
      }
    }

    void stop(SlaDefinition def, Instant t, TicketFacts facts) {
      closePause(t);
      long elapsed = def.calendar().elapsed(startedAt, t, pauses).getSeconds();
      elapsedAtStop = elapsed;
      end(elapsed <= def.goalTable().of(priority) ? SlaState.MET : SlaState.BREACHED, t, facts);
    }

    void end(SlaState outcome, Instant t, TicketFacts facts) {
      closePause(t);
      state = outcome;
      endedAt = t;
      endFacts = facts;
    }

    private void closePause(Instant t) {
      if (state == SlaState.PAUSED) {
        pauses = pauses.prepend(new TimeInterval(pausedAt, t));
        pausedAt = null;
      }
    }

    Evaluated evaluate(SlaDefinition def, Replay replay, Instant asOf) {
      BusinessCalendar cal = def.calendar();
      Instant end = endedAt != null ? endedAt : asOf;
      List<TimeInterval> all = state == SlaState.PAUSED ? pauses.prepend(new TimeInterval(pausedAt, asOf)) : pauses;
      TicketFacts facts = endFacts != null ? endFacts : replay.lastFacts();
      long goalSeconds = def.goalTable().of(priority);
      Duration goal = def.goalTable().duration(priority);
      long elapsed = elapsedAtStop >= 0 ? elapsedAtStop : cal.elapsed(startedAt, end, all).getSeconds();
      Option<Instant> due = Option.none();
      Option<Instant> breachedAt = Option.none();
      if (state == SlaState.RUNNING) {
        Instant d = cal.deadline(startedAt, goal, all);
        due = Option.some(d);
        if (elapsed > goalSeconds) {
          breachedAt = due;
        }
      } else if (elapsed > goalSeconds) {
        breachedAt = Option.some(cal.deadline(startedAt, goal, all));
      }
      SlaStatus status = new SlaStatus(facts.tenant(), facts.ticketId(), def.id(), def.metric(), def.type(), number,
          state, priority, goal, startedAt, Duration.ofSeconds(elapsed), Duration.ofSeconds(goalSeconds - elapsed),
          due, elapsed * 100.0 / goalSeconds, breachedAt, Option.of(endedAt), facts.subject().service(),
          facts.subject().customer(), facts.group());
      return new Evaluated(status, all, cal, goalSeconds, elapsed);
    }
  }

  /** A cycle's status and what is needed to place its thresholds in time. */
  static final class Evaluated {
    final SlaStatus status;
    final Seq<TimeInterval> pauses;
    final BusinessCalendar calendar;
    final long goalSeconds;
    final long elapsedSeconds;

    Evaluated(SlaStatus status, Seq<TimeInterval> pauses, BusinessCalendar calendar, long goalSeconds,
        long elapsedSeconds) {
      this.status = status;
      this.pauses = pauses;
      this.calendar = calendar;
      this.goalSeconds = goalSeconds;
      this.elapsedSeconds = elapsedSeconds;
    }

    static long thresholdSeconds(long goalSeconds, int percent) {
      return Math.floorDiv(Math.multiplyExact(goalSeconds, percent) + 99, 100);
    }

    void addCrossings(SlaDefinition def, java.util.List<ThresholdCrossing> out) {
      for (Integer percent : def.thresholds()) {
        long need = thresholdSeconds(goalSeconds, percent);
        if (need > elapsedSeconds) {
          return;
        }
        Instant at = calendar.deadline(status.startedAt(), Duration.ofSeconds(need), pauses);
        out.add(new ThresholdCrossing(status.tenant(), status.ticketId(), def.id(), status.cycle(), percent, at));
      }
    }

    Instant nextThreshold(SlaDefinition def) {
      for (Integer percent : def.thresholds()) {
        long need = thresholdSeconds(goalSeconds, percent);
        if (need > elapsedSeconds) {
          return calendar.deadline(status.startedAt(), Duration.ofSeconds(need), pauses);
        }
      }
      return null;
    }
  }
}
