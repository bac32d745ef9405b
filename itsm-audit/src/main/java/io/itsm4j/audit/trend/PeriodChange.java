package io.itsm4j.audit.trend;

import io.vavr.control.Option;

/**
 * How a measure moved from one period to the next.
 *
 * @param previous the previous period's value
 * @param current this period's value
 * @param higherIsBetter whether a rise is an improvement (compliance, satisfaction) or a deterioration (time to
 *     resolve, backlog)
 */
public record PeriodChange(double previous, double current, boolean higherIsBetter) {
  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException if a value is not finite
   */
  public PeriodChange {
    if (!Double.isFinite(previous) || !Double.isFinite(current)) {
      throw new IllegalArgumentException("values must be finite: " + previous + ", " + current);
    }
  }

  /** The difference, current minus previous. */
  public double change() {
    return current - previous;
  }

  /** The change relative to the previous value, in percent; none when the previous value is zero. */
  public Option<Double> percent() {
    return previous == 0 ? Option.none() : Option.some((current - previous) * 100 / Math.abs(previous));
  }

  /** Whether the measure improved (moved the better way); false when unchanged. */
  public boolean improved() {
    return higherIsBetter ? current > previous : current < previous;
  }

  /** Whether the measure got worse; false when unchanged. */
  public boolean worsened() {
    return higherIsBetter ? current < previous : current > previous;
  }
}
