package io.itsm4j.examples.simulation;

import io.itsm4j.core.ticket.NoteVisibility;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketFields;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.TicketKind;
import io.itsm4j.core.workflow.StateCategory;
import io.itsm4j.sla.SlaId;
import io.itsm4j.sla.SlaState;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The desk's four service level clocks recomputed from a ticket history with nothing but {@code java.time}: no
 * {@code SlaEngine}, no {@code BusinessCalendar}, no conditions. It walks the events, keeps the running periods of
 * each cycle by hand, cuts them to Monday-Friday 08:00-18:00 in Berlin day by day, and finds where the running
 * total reaches 75 % and 100 % of the goal.
 */
final class ServiceLevelOracle {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final int[] THRESHOLDS = {75, 100};

  /** A threshold reached. */
  record Crossing(TicketId ticket, SlaId definition, int cycle, int percent, Instant at) {}

  /** One cycle of one clock as of the end. */
  record Cycle(TicketId ticket, SlaId definition, int cycle, SlaState state, long countedSeconds) {}

  /** What the oracle computed for one ticket. */
  record Clocks(List<Crossing> crossings, List<Cycle> cycles) {}

  private final Set<LocalDate> holidays;
  private final Map<SlaId, Map<Priority, Duration>> goals;

  /**
   * @param holidays the days the office is closed besides weekends
   * @param goals the goal per priority of each of the four definitions
   */
  ServiceLevelOracle(Set<LocalDate> holidays, Map<SlaId, Map<Priority, Duration>> goals) {
    this.holidays = holidays;
    this.goals = goals;
  }

  Clocks clocks(List<TicketEvent> history, Instant asOf) {
    TicketEvent.Opened opened = (TicketEvent.Opened) history.get(0);
    List<Crossing> crossings = new ArrayList<>();
    List<Cycle> cycles = new ArrayList<>();
    if (opened.kind() == TicketKind.INCIDENT) {
      response(DeskServiceLevels.INCIDENT_RESPONSE, history, asOf, crossings, cycles);
      resolution(DeskServiceLevels.INCIDENT_RESOLUTION, history, asOf, crossings, cycles);
    } else if (opened.kind() == TicketKind.SERVICE_REQUEST) {
      response(DeskServiceLevels.REQUEST_RESPONSE, history, asOf, crossings, cycles);
      resolution(DeskServiceLevels.REQUEST_FULFILMENT, history, asOf, crossings, cycles);
    }
    return new Clocks(crossings, cycles);
  }

  /** Runs from opening until an agent's comment for the caller, or the ticket leaves New; no pauses. */
  private void response(SlaId definition, List<TicketEvent> history, Instant asOf, List<Crossing> crossings,
      List<Cycle> cycles) {
    Clock clock = new Clock(history.get(0).ticketId(), definition, 1, history.get(0).occurredAt());
    Priority priority = ((TicketEvent.Opened) history.get(0)).priority();
    for (TicketEvent e : history.subList(1, history.size())) {
      if (e.occurredAt().isAfter(asOf) || clock.ended()) {
        break;
      }
      if (e instanceof TicketEvent.PriorityChanged p) {
        priority = p.to();
      }
      boolean agentComment = e instanceof TicketEvent.NoteAdded n && !n.byCaller()
          && n.visibility() == NoteVisibility.COMMENT;
      boolean leftNew = e instanceof TicketEvent.StateChanged s && s.fromCategory() == StateCategory.NEW
          && s.toCategory() != StateCategory.NEW;
      if (agentComment || leftNew) {
        clock.stop(e.occurredAt());
      } else if (e instanceof TicketEvent.StateChanged s && s.toCategory() == StateCategory.CANCELLED) {
        clock.cancel(e.occurredAt());
      }
    }
    clock.finish(asOf, goal(definition, priority), crossings, cycles);
  }

  /**
   * Runs from opening, pauses on hold awaiting the caller or a vendor, resumes when the hold ends, stops when
   * resolved or closed, is cancelled with the ticket, and starts a new cycle on each reopening.
   */
  private void resolution(SlaId definition, List<TicketEvent> history, Instant asOf, List<Crossing> crossings,
      List<Cycle> cycles) {
    TicketId id = history.get(0).ticketId();
    Priority priority = ((TicketEvent.Opened) history.get(0)).priority();
    Clock clock = new Clock(id, definition, 1, history.get(0).occurredAt());
    for (TicketEvent e : history.subList(1, history.size())) {
      if (e.occurredAt().isAfter(asOf)) {
        break;
      }
      if (e instanceof TicketEvent.PriorityChanged p) {
        priority = p.to();
      }
      if (!(e instanceof TicketEvent.StateChanged s)) {
        continue;
      }
      Instant t = s.occurredAt();
      if (s.fromCategory() == StateCategory.RESOLVED && s.toCategory().isOpen()) {
        clock.finish(asOf, goal(definition, priority), crossings, cycles);
        clock = new Clock(id, definition, clock.cycle + 1, t);
        continue;
      }
      if (clock.ended()) {
        continue;
      }
      boolean intoHold = s.toCategory() == StateCategory.ON_HOLD && s.fromCategory() != StateCategory.ON_HOLD;
      String reason = s.fields().get(TicketFields.HOLD_REASON).getOrElse("");
      if (intoHold && (reason.equals(TicketFields.HOLD_AWAITING_CALLER)
          || reason.equals(TicketFields.HOLD_AWAITING_VENDOR))) {
        clock.pause(t);
      } else if (s.fromCategory() == StateCategory.ON_HOLD && s.toCategory() != StateCategory.ON_HOLD) {
        clock.resume(t);
      }
      boolean done = (s.toCategory() == StateCategory.RESOLVED || s.toCategory() == StateCategory.CLOSED)
          && s.fromCategory() != StateCategory.RESOLVED && s.fromCategory() != StateCategory.CLOSED;
      if (done) {
        clock.stop(t);
      } else if (s.toCategory() == StateCategory.CANCELLED) {
        clock.cancel(t);
      }
    }
    clock.finish(asOf, goal(definition, priority), crossings, cycles);
  }

  private Duration goal(SlaId definition, Priority priority) {
    return goals.get(definition).get(priority);
  }

  /** The running periods of one cycle. */
  private final class Clock {
    final TicketId ticket;
    final SlaId definition;
    final int cycle;
    final List<Instant[]> running = new ArrayList<>();
    Instant runningSince;
    SlaState state = SlaState.RUNNING;

    Clock(TicketId ticket, SlaId definition, int cycle, Instant start) {
      this.ticket = ticket;
      this.definition = definition;
      this.cycle = cycle;
      this.runningSince = start;
    }

    boolean ended() {
      return state == SlaState.MET || state == SlaState.BREACHED || state == SlaState.CANCELLED;
    }

    void pause(Instant t) {
      if (state == SlaState.RUNNING) {
        running.add(new Instant[] {runningSince, t});
        state = SlaState.PAUSED;
      }
    }

    void resume(Instant t) {
      if (state == SlaState.PAUSED) {
        runningSince = t;
        state = SlaState.RUNNING;
      }
    }

    void stop(Instant t) {
      end(t, SlaState.MET);
    }

    void cancel(Instant t) {
      end(t, SlaState.CANCELLED);
    }

    private void end(Instant t, SlaState outcome) {
      if (state == SlaState.RUNNING) {
        running.add(new Instant[] {runningSince, t});
      }
      state = outcome;
    }

    void finish(Instant asOf, Duration goal, List<Crossing> crossings, List<Cycle> cycles) {
      if (state == SlaState.RUNNING) {
        running.add(new Instant[] {runningSince, asOf});
      }
      long goalSeconds = goal.toSeconds();
      long counted = 0;
      int next = 0;
      for (Instant[] period : running) {
        for (Instant[] open : openHours(period[0], period[1])) {
          long length = Duration.between(open[0], open[1]).toSeconds();
          while (next < THRESHOLDS.length && counted + length >= target(goalSeconds, THRESHOLDS[next])) {
            long into = target(goalSeconds, THRESHOLDS[next]) - counted;
            crossings.add(new Crossing(ticket, definition, cycle, THRESHOLDS[next], open[0].plusSeconds(into)));
            next++;
          }
          counted += length;
        }
      }
      SlaState outcome = state == SlaState.MET && counted > goalSeconds ? SlaState.BREACHED : state;
      cycles.add(new Cycle(ticket, definition, cycle, outcome, counted));
    }
  }

  private static long target(long goalSeconds, int percent) {
    if (goalSeconds * percent % 100 != 0) {
      throw new IllegalArgumentException("goal " + goalSeconds + " s has no whole-second " + percent + " %");
    }
    return goalSeconds * percent / 100;
  }

  /** The office's open intervals within [from, to), in order, day by day. */
  private List<Instant[]> openHours(Instant from, Instant to) {
    List<Instant[]> out = new ArrayList<>();
    for (LocalDate d = from.atZone(BERLIN).toLocalDate(); !d.isAfter(to.atZone(BERLIN).toLocalDate());
        d = d.plusDays(1)) {
      if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY || holidays.contains(d)) {
        continue;
      }
      Instant opens = d.atTime(LocalTime.of(8, 0)).atZone(BERLIN).toInstant();
      Instant closes = d.atTime(LocalTime.of(18, 0)).atZone(BERLIN).toInstant();
      Instant a = opens.isAfter(from) ? opens : from;
      Instant b = closes.isBefore(to) ? closes : to;
      if (a.isBefore(b)) {
        out.add(new Instant[] {a, b});
      }
    }
    return out;
  }
}
