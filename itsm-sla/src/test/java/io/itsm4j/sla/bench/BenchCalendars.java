package io.itsm4j.sla.bench;

import io.itsm4j.sla.calendar.BusinessCalendar;
import io.itsm4j.sla.calendar.DailyHours;
import io.itsm4j.sla.calendar.DayRule;
import io.itsm4j.sla.calendar.WeeklyCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneId;

/** The realistic calendar of the benchmarks: Berlin, two intervals a working day, holidays, a short day. */
final class BenchCalendars {
  private BenchCalendars() {}

  static WeeklyCalendar desk() {
    WeeklyCalendar.Builder b = BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
        .name("Berlin service desk")
        .weekdays(DailyHours.of("08:00", "12:00"), DailyHours.of("13:00", "17:00"))
        .holiday(DayRule.every(MonthDay.of(1, 1)))
        .holiday(DayRule.every(MonthDay.of(5, 1)))
        .holiday(DayRule.every(MonthDay.of(10, 3)))
        .holiday(DayRule.every(MonthDay.of(12, 25)))
        .holiday(DayRule.every(MonthDay.of(12, 26)))
        .holiday(DayRule.nth(-1, DayOfWeek.MONDAY, Month.MAY))
        .specialDay(DayRule.every(MonthDay.of(12, 24)), DailyHours.of("09:00", "12:00"))
        .specialDay(DayRule.every(MonthDay.of(12, 31)), DailyHours.of("09:00", "12:00"));
    // Easter-dependent holidays as one-off dates, as a host would load them from a holiday feed.
    for (String d : new String[] {"2024-03-29", "2024-04-01", "2025-04-18", "2025-04-21", "2026-04-03",
        "2026-04-06", "2027-03-26", "2027-03-29", "2028-04-14", "2028-04-17", "2029-03-30", "2029-04-02",
        "2030-04-19", "2030-04-22"}) {
      b.holiday(DayRule.on(LocalDate.parse(d)));
    }
    return b.build();
  }
}
