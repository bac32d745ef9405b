package io.itsm4j.audit.metrics;

import io.vavr.control.Option;
import java.time.Duration;

/**
 * Durations of one figure in one slice, exactly: how many, their sum, the shortest and the longest, in whole
 * seconds. Tiny and exact, so every slice of a long history can hold one; the percentiles are in {@link
 * Distribution}s per {@link Cut}.
 *
 * @param count how many
 * @param sumSeconds their sum
 * @param minSeconds the shortest (0 when none)
 * @param maxSeconds the longest (0 when none)
 */
public record Durations(long count, long sumSeconds, long minSeconds, long maxSeconds) {
  /** None. */
  public static final Durations NONE = new Durations(0, 0, 0, 0);

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException if a value is negative, or the minimum is above the maximum
   */
  public Durations {
    if (count < 0 || sumSeconds < 0 || minSeconds < 0 || maxSeconds < minSeconds) {
      throw new IllegalArgumentException("inconsistent durations: " + count + ", " + sumSeconds + ", " + minSeconds
          + ", " + maxSeconds);
    }
  }

  /** These and one more of {@code seconds}. */
  public Durations plus(long seconds) {
    if (seconds < 0) {
      throw new IllegalArgumentException("seconds must not be negative, got " + seconds);
    }
    return count == 0 ? new Durations(1, seconds, seconds, seconds)
        : new Durations(count + 1, sumSeconds + seconds, Math.min(minSeconds, seconds), Math.max(maxSeconds, seconds));
  }

  /** These and {@code other} together. */
  public Durations plus(Durations other) {
    if (other.count == 0) {
      return this;
    }
    if (count == 0) {
      return other;
    }
    return new Durations(count + other.count, sumSeconds + other.sumSeconds, Math.min(minSeconds, other.minSeconds),
        Math.max(maxSeconds, other.maxSeconds));
  }

  /** The sum. */
  public Duration sum() {
    return Duration.ofSeconds(sumSeconds);
  }

  /** The mean, rounded down to the second; none without any. */
  public Option<Duration> mean() {
    return count == 0 ? Option.none() : Option.some(Duration.ofSeconds(sumSeconds / count));
  }

  /** The shortest; none without any. */
  public Option<Duration> min() {
    return count == 0 ? Option.none() : Option.some(Duration.ofSeconds(minSeconds));
  }

  /** The longest; none without any. */
  public Option<Duration> max() {
    return count == 0 ? Option.none() : Option.some(Duration.ofSeconds(maxSeconds));
  }
}
