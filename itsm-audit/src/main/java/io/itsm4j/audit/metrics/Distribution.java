package io.itsm4j.audit.metrics;

import io.itsm4j.audit.internal.Require;
import io.vavr.control.Option;
import java.time.Duration;
import org.HdrHistogram.Histogram;

/**
 * A distribution of durations, in whole seconds: count, exact sum and mean, minimum and maximum, and percentiles
 * from an HdrHistogram at two significant digits (a percentile is within 1 % of the true value). Immutable:
 * it copies what it is given and gives out no histogram.
 */
public final class Distribution {
  /** No values. */
  public static final Distribution EMPTY = new Distribution(newHistogram(), 0);

  private final Histogram histogram;
  private final long sum;

  private Distribution(Histogram histogram, long sum) {
    this.histogram = histogram;
    this.sum = sum;
  }

  /**
   * A dense histogram at two significant digits (1 %), growing to the largest value recorded: about 12 KB for a range
   * of weeks. Recording is a few array writes; a packed histogram would be smaller but is many times slower to
   * record into.
   */
  static Histogram newHistogram() {
    Histogram h = new Histogram(2);
    h.setAutoResize(true);
    return h;
  }

  /** A distribution of a copy of {@code histogram} whose values sum to {@code sum}. */
  static Distribution of(Histogram histogram, long sum) {
    return histogram.getTotalCount() == 0 ? EMPTY : new Distribution(histogram.copy(), sum);
  }

  /** This distribution and {@code other} together. */
  public Distribution plus(Distribution other) {
    Require.notNull(other, "other");
    if (other.count() == 0) {
      return this;
    }
    if (count() == 0) {
      return other;
    }
    Histogram h = histogram.copy();
    h.add(other.histogram);
    return new Distribution(h, sum + other.sum);
  }

  /** How many values. */
  public long count() {
    return histogram.getTotalCount();
  }

  /** The exact sum of the values. */
  public Duration sum() {
    return Duration.ofSeconds(sum);
  }

  /** The exact mean, rounded down to the second; none without values. */
  public Option<Duration> mean() {
    return count() == 0 ? Option.none() : Option.some(Duration.ofSeconds(sum / count()));
  }

  /** The smallest value (within the histogram's precision); none without values. */
  public Option<Duration> min() {
    return count() == 0 ? Option.none() : Option.some(Duration.ofSeconds(histogram.getMinValue()));
  }

  /** The largest value (within the histogram's precision); none without values. */
  public Option<Duration> max() {
    return count() == 0 ? Option.none() : Option.some(Duration.ofSeconds(histogram.getMaxValue()));
  }

  /**
   * The value at or below which {@code percent} of the values lie (the nearest-rank percentile), within the
   * histogram's precision (the highest value equivalent to it); none without values.
   *
   * @throws IllegalArgumentException if {@code percent} is not in (0, 100]
   */
  public Option<Duration> percentile(double percent) {
    if (!(percent > 0 && percent <= 100)) {
      throw new IllegalArgumentException("percent must be in (0, 100], got " + percent);
    }
    return count() == 0 ? Option.none()
        : Option.some(Duration.ofSeconds(histogram.getValueAtPercentile(percent)));
  }

  /** The median. */
  public Option<Duration> median() {
    return percentile(50);
  }

  /** The 90th percentile. */
  public Option<Duration> p90() {
    return percentile(90);
  }

  /** The 99th percentile. */
  public Option<Duration> p99() {
    return percentile(99);
  }

  /** Whether two values in seconds are the same to the histogram's precision (for comparing with exact figures). */
  public static boolean equivalent(long a, long b) {
    return EMPTY.histogram.valuesAreEquivalent(a, b);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Distribution d && d.sum == sum && d.histogram.equals(histogram);
  }

  @Override
  public int hashCode() {
    return Long.hashCode(sum) * 31 + Long.hashCode(count());
  }

  @Override
  public String toString() {
    return count() == 0 ? "no values" : "n=" + count() + ", mean " + mean().get() + ", median " + median().get()
        + ", p90 " + p90().get() + ", p99 " + p99().get() + ", max " + max().get();
  }
}
