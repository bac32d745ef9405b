package io.itsm4j.sla.bench;

import io.itsm4j.sla.calendar.DailyHours;
import io.itsm4j.sla.calendar.WeeklyCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Business time the way most service desk tools compute it: walk day by day from the start, turning each day's
 * opening hours into instants and adding them up until the goal is used. Correct for the benchmark's calendar
 * (no overnight hours); its cost grows with the length of the goal.
 */
final class NaiveCalendar {
  private final WeeklyCalendar calendar;
  private final ZoneId zone;

  NaiveCalendar(WeeklyCalendar calendar) {
    this.calendar = calendar;
    this.zone = calendar.zone();
  }

  Instant deadline(Instant start, long goalSeconds) {
    if (goalSeconds == 0) {
      return start;
    }
    long remaining = goalSeconds;
    for (LocalDate day = LocalDate.ofInstant(start, zone); ; day = day.plusDays(1)) {
      for (DailyHours h : calendar.hoursOn(day)) {
        Instant open = ZonedDateTime.of(day.atStartOfDay().plusSeconds(h.startSecond()), zone).toInstant();
        Instant close = ZonedDateTime.of(day.atStartOfDay().plusSeconds(h.endSecond()), zone).toInstant();
        if (open.isBefore(start)) {
          open = start;
        }
        long available = close.getEpochSecond() - open.getEpochSecond();
        if (available <= 0) {
          continue;
        }
        if (available >= remaining) {
          return open.plusSeconds(remaining);
        }
        remaining -= available;
      }
    }
  }

  long elapsed(Instant from, Instant to) {
    long sum = 0;
    LocalDate last = LocalDate.ofInstant(to, zone);
    for (LocalDate day = LocalDate.ofInstant(from, zone); !day.isAfter(last); day = day.plusDays(1)) {
      for (DailyHours h : calendar.hoursOn(day)) {
        long open = ZonedDateTime.of(day.atStartOfDay().plusSeconds(h.startSecond()), zone).toEpochSecond();
        long close = ZonedDateTime.of(day.atStartOfDay().plusSeconds(h.endSecond()), zone).toEpochSecond();
        long s = Math.max(open, from.getEpochSecond());
        long e = Math.min(close, to.getEpochSecond());
        if (e > s) {
          sum += e - s;
        }
      }
    }
    return sum;
  }
}
