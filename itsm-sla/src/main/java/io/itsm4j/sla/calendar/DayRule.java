package io.itsm4j.sla.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * Which local dates a holiday or a special day falls on: one date, a date every year, or the n-th weekday of a
 * month every year. Immutable and thread-safe.
 */
public sealed interface DayRule {

  /** Whether the rule falls on {@code date}. */
  boolean matches(LocalDate date);

  /**
   * One date, e.g. a one-off closure.
   *
   * @throws NullPointerException if {@code date} is null
   */
  static DayRule on(LocalDate date) {
    return new OnDate(date);
  }

  /**
   * The same day every year, e.g. 25 December; 29 February falls only in leap years.
   *
   * @throws NullPointerException if {@code day} is null
   */
  static DayRule every(MonthDay day) {
    return new Annual(day);
  }

  /**
   * The {@code n}-th {@code weekday} of {@code month} every year, e.g. the fourth Thursday of November; {@code n =
   * -1} is the last one.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code n} is not in 1..5 or -1
   */
  static DayRule nth(int n, DayOfWeek weekday, Month month) {
    return new NthWeekday(n, weekday, month);
  }

  /**
   * One date.
   *
   * @param date the date
   */
  record OnDate(LocalDate date) implements DayRule {
    /** Checks that the argument is not null. */
    public OnDate {
      Objects.requireNonNull(date, "date must not be null");
    }

    @Override
    public boolean matches(LocalDate d) {
      return date.equals(d);
    }
  }

  /**
   * A day every year.
   *
   * @param day month and day of month
   */
  record Annual(MonthDay day) implements DayRule {
    /** Checks that the argument is not null. */
    public Annual {
      Objects.requireNonNull(day, "day must not be null");
    }

    @Override
    public boolean matches(LocalDate d) {
      return d.getMonth() == day.getMonth() && d.getDayOfMonth() == day.getDayOfMonth();
    }
  }

  /**
   * The n-th weekday of a month every year.
   *
   * @param n 1..5, or -1 for the last
   * @param weekday the weekday
   * @param month the month
   */
  record NthWeekday(int n, DayOfWeek weekday, Month month) implements DayRule {
    /** Validates the arguments. */
    public NthWeekday {
      Objects.requireNonNull(weekday, "weekday must not be null");
      Objects.requireNonNull(month, "month must not be null");
      if (n != -1 && (n < 1 || n > 5)) {
        throw new IllegalArgumentException("n must be 1..5 or -1 (last), got " + n);
      }
    }

    @Override
    public boolean matches(LocalDate d) {
      if (d.getMonth() != month || d.getDayOfWeek() != weekday) {
        return false;
      }
      LocalDate first = d.withDayOfMonth(1);
      LocalDate hit = n == -1
          ? d.with(TemporalAdjusters.lastInMonth(weekday))
          : first.with(TemporalAdjusters.dayOfWeekInMonth(n, weekday));
      return hit.equals(d);
    }
  }
}
