package io.itsm4j.sla.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A half-open interval of time {@code [start, end)}, for example a period an SLA clock was paused.
 *
 * @param start the first instant inside
 * @param end the first instant after; equal to {@code start} for an empty interval
 */
public record TimeInterval(Instant start, Instant end) {
  /**
   * Validates the interval.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code end} is before {@code start}
   */
  public TimeInterval {
    Objects.requireNonNull(start, "start must not be null");
    Objects.requireNonNull(end, "end must not be null");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("interval end " + end + " is before its start " + start);
    }
  }

  /** Shorthand for the constructor; same errors. */
  public static TimeInterval of(Instant start, Instant end) {
    return new TimeInterval(start, end);
  }

  /** The wall-clock length of the interval. */
  public Duration length() {
    return Duration.between(start, end);
  }

  /** Whether {@code t} lies in {@code [start, end)}; never true for an empty interval. */
  public boolean contains(Instant t) {
    return !t.isBefore(start) && t.isBefore(end);
  }
}
