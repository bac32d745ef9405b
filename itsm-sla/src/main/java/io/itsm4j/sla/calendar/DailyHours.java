package io.itsm4j.sla.calendar;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * One opening interval within a day, in local wall-clock time, to the second.
 *
 * <p>The end may be {@code 24:00} (the end of the day), and an interval whose end is not after its start crosses
 * midnight: {@code 22:00-06:00} is open from 22:00 on the day it belongs to until 06:00 on the next day. An
 * interval belongs to the day it starts on: a holiday or a special day on that date removes or replaces it, and a
 * holiday on the next day does not cut it short.
 *
 * <p>DST: a wall time that falls in a gap moves forward by the length of the gap, an ambiguous wall time takes the
 * earlier offset, and the interval lasts as many real seconds as lie between the two instants (a 22:00-06:00 shift
 * lasts 7 hours on the spring-forward night and 9 on the fall-back night in a zone with a one-hour shift).
 *
 * @param startSecond the opening time as seconds since midnight, {@code 0..86399}
 * @param endSecond the closing time as seconds since midnight, {@code 1..86400}; not after {@code startSecond} for an
 *     interval crossing midnight
 */
public record DailyHours(int startSecond, int endSecond) {
  private static final int DAY = 86_400;

  /**
   * Validates the interval.
   *
   * @throws IllegalArgumentException if a bound is out of range, or start and end are equal (use {@link
   *     #allDay()} for a whole day)
   */
  public DailyHours {
    if (startSecond < 0 || startSecond >= DAY) {
      throw new IllegalArgumentException("startSecond must be in 0..86399, got " + startSecond);
    }
    if (endSecond < 1 || endSecond > DAY) {
      throw new IllegalArgumentException("endSecond must be in 1..86400 (24:00), got " + endSecond);
    }
    if (startSecond == endSecond) {
      throw new IllegalArgumentException(
          "opening hours " + format(startSecond) + "-" + format(endSecond) + " are ambiguous: use allDay()");
    }
  }

  /**
   * Opening hours from {@code start} to {@code end}; {@code end} at or before {@code start} crosses midnight, and an
   * end of {@link LocalTime#MIDNIGHT} means 24:00, except after a start of midnight: equal times are refused,
   * {@code 00:00-00:00} included, because they could mean no time or the whole day ({@link #allDay()}).
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the times are equal or carry fractions of a second
   */
  public static DailyHours of(LocalTime start, LocalTime end) {
    Objects.requireNonNull(start, "start must not be null");
    Objects.requireNonNull(end, "end must not be null");
    if (start.getNano() != 0 || end.getNano() != 0) {
      throw new IllegalArgumentException("opening hours are whole seconds, got " + start + "-" + end);
    }
    return hours(start.toSecondOfDay(), end.toSecondOfDay());
  }

  /** Equal times are refused before an end of midnight is read as 24:00, so 00:00-00:00 is no whole day. */
  private static DailyHours hours(int start, int end) {
    if (start == end) {
      throw new IllegalArgumentException("opening hours " + format(start) + "-" + format(end)
          + " are ambiguous: use allDay() for the whole day");
    }
    return new DailyHours(start, end == 0 ? DAY : end);
  }

  /**
   * Opening hours from text such as {@code "09:00"}, {@code "17:30:15"} or {@code "24:00"} (end only). An end of
   * {@code "00:00"} means midnight at the end of the day, as {@code "24:00"} does, except after a start of {@code
   * "00:00"}: equal times are refused.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a time does not parse, naming it, or the times are equal
   */
  public static DailyHours of(String start, String end) {
    Objects.requireNonNull(start, "start must not be null");
    Objects.requireNonNull(end, "end must not be null");
    if (start.startsWith("24:")) {
      throw new IllegalArgumentException("an opening time cannot be 24:00, got '" + start + "'");
    }
    int s = parse(start, "start");
    if ("24:00".equals(end) || "24:00:00".equals(end)) {
      return new DailyHours(s, DAY);
    }
    return hours(s, parse(end, "end"));
  }

  /** The whole day, 00:00-24:00. */
  public static DailyHours allDay() {
    return new DailyHours(0, DAY);
  }

  /** Whether the interval ends on the next day. */
  public boolean crossesMidnight() {
    return endSecond <= startSecond;
  }

  private static int parse(String text, String name) {
    try {
      return LocalTime.parse(text).toSecondOfDay();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + " must be a time such as 09:00 or 17:30:15, got '" + text + "'", e);
    }
  }

  private static String format(int second) {
    return second == DAY ? "24:00" : LocalTime.ofSecondOfDay(second).toString();
  }

  @Override
  public String toString() {
    return format(startSecond) + "-" + format(endSecond);
  }
}
