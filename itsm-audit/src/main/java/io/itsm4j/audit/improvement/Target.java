package io.itsm4j.audit.improvement;

import io.itsm4j.audit.internal.Require;

/**
 * The measure an improvement should move, where it stood, and where it should get to.
 *
 * @param metric the measure's name, for example {@code "incident time to resolve, P2, median hours"}: 1 to 200
 *     characters of text
 * @param baseline its value before
 * @param goal the value aimed at
 */
public record Target(String metric, double baseline, double goal) {
  /**
   * Validates the target.
   *
   * @throws IllegalArgumentException if the name is blank or too long, a number is not finite, or the goal equals
   *     the baseline (nothing to move)
   */
  public Target {
    Require.text(metric, "metric", 200);
    if (!Double.isFinite(baseline) || !Double.isFinite(goal) || baseline == goal) {
      throw new IllegalArgumentException("a target moves a finite baseline to another finite goal: " + baseline
          + " -> " + goal);
    }
  }

  /** Whether the measure should go up. */
  public boolean higherIsBetter() {
    return goal > baseline;
  }

  /** Whether {@code measured} reaches the goal (at or beyond it, in the better direction). */
  public boolean reached(double measured) {
    return higherIsBetter() ? measured >= goal : measured <= goal;
  }

  /** How much of the way from the baseline to the goal {@code measured} went, in percent (may be negative or over 100). */
  public double progress(double measured) {
    return (measured - baseline) * 100 / (goal - baseline);
  }
}
