package io.itsm4j.sla.calendar;

import io.vavr.collection.List;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;

/**
 * A calendar definition as plain data, and a brute-force oracle over it that knows nothing of year tables,
 * cumulative sums or binary search: it asks java.time for the instants of each day's opening and closing and
 * steps through time minute by minute.
 *
 * @param zone the zone
 * @param weekly per weekday, {start minute of day, end minute of day (1..1440)} pairs; end not after start crosses
 *     midnight
 * @param annualHolidays holidays every year
 * @param dateHolidays one-off holidays
 * @param specials special days with their own hours
 */
record CalendarSpec(ZoneId zone, Map<DayOfWeek, java.util.List<int[]>> weekly, Set<MonthDay> annualHolidays,
    Set<LocalDate> dateHolidays, Map<LocalDate, java.util.List<int[]>> specials) {

  WeeklyCalendar build() {
    WeeklyCalendar.Builder b = BusinessCalendar.builder(zone).name("spec");
    weekly.forEach((day, hours) -> hours.forEach(h -> b.hours(hours(h), day)));
    annualHolidays.forEach(md -> b.holiday(DayRule.every(md)));
    dateHolidays.forEach(d -> b.holiday(DayRule.on(d)));
    specials.forEach((d, hours) -> b.specialDay(DayRule.on(d), hours.stream().map(CalendarSpec::hours)
        .toArray(DailyHours[]::new)));
    return b.build();
  }

  static DailyHours hours(int[] h) {
    return new DailyHours(h[0] * 60, h[1] * 60);
  }

  /** The hours of a date by the rules: special day, else holiday (closed), else weekday. */
  java.util.List<int[]> hoursOn(LocalDate d) {
    if (specials.containsKey(d)) {
      return specials.get(d);
    }
    if (dateHolidays.contains(d) || annualHolidays.contains(MonthDay.from(d))) {
      return java.util.List.of();
    }
    return weekly.getOrDefault(d.getDayOfWeek(), java.util.List.of());
  }

  /** Open periods of every day from {@code from - 3 days} to {@code to}, as instants, unmerged. */
  java.util.List<Instant[]> periods(Instant from, Instant to) {
    LocalDate first = LocalDate.ofInstant(from, zone).minusDays(3);
    LocalDate last = LocalDate.ofInstant(to, zone).plusDays(1);
    java.util.List<Instant[]> out = new ArrayList<>();
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      for (int[] h : hoursOn(d)) {
        LocalDateTime start = d.atTime(LocalTime.ofSecondOfDay(h[0] * 60L));
        LocalDateTime end = h[1] == 1440 ? d.plusDays(1).atStartOfDay()
            : (h[1] <= h[0] ? d.plusDays(1) : d).atTime(LocalTime.ofSecondOfDay(h[1] * 60L));
        out.add(new Instant[] {ZonedDateTime.of(start, zone).toInstant(), ZonedDateTime.of(end, zone).toInstant()});
      }
    }
    return out;
  }

  /** The oracle's view of a span of time. */
  Oracle oracle(Instant from, Instant to) {
    return new Oracle(periods(from, to));
  }

  /** Minutes of the week the calendar is open by its weekly hours. */
  long weeklyMinutes() {
    long sum = 0;
    for (java.util.List<int[]> hours : weekly.values()) {
      for (int[] h : hours) {
        sum += h[1] > h[0] ? h[1] - h[0] : 1440 - h[0] + h[1];
      }
    }
    return sum;
  }

  /** Brute force over a list of open periods. */
  static final class Oracle {
    final java.util.List<Instant[]> periods;

    Oracle(java.util.List<Instant[]> periods) {
      this.periods = periods;
    }

    boolean isOpen(Instant t) {
      for (Instant[] p : periods) {
        if (!t.isBefore(p[0]) && t.isBefore(p[1])) {
          return true;
        }
      }
      return false;
    }

    static boolean paused(Instant t, List<TimeInterval> pauses) {
      return pauses.exists(p -> p.contains(t));
    }

    /** Minutes open and not paused in [a, b), a and b on minute boundaries. */
    long elapsedMinutes(Instant a, Instant b, List<TimeInterval> pauses) {
      long n = 0;
      for (Instant m = a; m.isBefore(b); m = m.plusSeconds(60)) {
        if (isOpen(m) && !paused(m, pauses)) {
          n++;
        }
      }
      return n;
    }

    /** The end of the minute that completes {@code minutes} counted minutes from {@code start}. */
    Instant deadline(Instant start, long minutes, List<TimeInterval> pauses, Instant limit) {
      if (minutes == 0) {
        return start;
      }
      long n = 0;
      for (Instant m = start; m.isBefore(limit); m = m.plusSeconds(60)) {
        if (isOpen(m) && !paused(m, pauses)) {
          n++;
          if (n == minutes) {
            return m.plusSeconds(60);
          }
        }
      }
      throw new AssertionError("oracle limit reached");
    }
  }
}
