package io.itsm4j.sla;

import io.vavr.control.Option;

/**
 * Service level compliance counts for one group of clocks (a definition, service, customer, group, period...).
 *
 * <p>The denominator is {@code met + breached}: clocks that stopped, plus clocks still counting that are already
 * overdue (they can no longer be met). Clocks in progress and within their goal, and cancelled clocks, are
 * counted but are not in the denominator.
 *
 * @param met stopped within the goal
 * @param breached stopped after the goal, or still counting and overdue
 * @param inProgress still counting and within the goal
 * @param cancelled cancelled or reset while counting
 */
public record ComplianceFigures(long met, long breached, long inProgress, long cancelled) {
  /** No clocks. */
  public static final ComplianceFigures EMPTY = new ComplianceFigures(0, 0, 0, 0);
  private static final ComplianceFigures ONE_MET = new ComplianceFigures(1, 0, 0, 0);
  private static final ComplianceFigures ONE_BREACHED = new ComplianceFigures(0, 1, 0, 0);
  private static final ComplianceFigures ONE_IN_PROGRESS = new ComplianceFigures(0, 0, 1, 0);
  private static final ComplianceFigures ONE_CANCELLED = new ComplianceFigures(0, 0, 0, 1);

  /**
   * Validates the counts.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public ComplianceFigures {
    if (met < 0 || breached < 0 || inProgress < 0 || cancelled < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
  }

  /** The figures of a single status. */
  public static ComplianceFigures of(SlaStatus status) {
    return switch (status.state()) {
      case MET -> ONE_MET;
      case BREACHED -> ONE_BREACHED;
      case CANCELLED -> ONE_CANCELLED;
      case RUNNING, PAUSED -> status.isBreached() ? ONE_BREACHED : ONE_IN_PROGRESS;
    };
  }

  /** The denominator of {@link #percentMet()}: met plus breached. */
  public long denominator() {
    return met + breached;
  }

  /** Met in percent of the denominator; none when the denominator is zero. */
  public Option<Double> percentMet() {
    long d = denominator();
    return d == 0 ? Option.none() : Option.some(met * 100.0 / d);
  }

  /** The sum of both figures. */
  public ComplianceFigures plus(ComplianceFigures other) {
    return new ComplianceFigures(met + other.met, breached + other.breached, inProgress + other.inProgress,
        cancelled + other.cancelled);
  }

  @Override
  public String toString() {
    return "met " + met + ", breached " + breached + ", in progress " + inProgress + ", cancelled " + cancelled
        + ", compliance " + percentMet().map(p -> String.format(java.util.Locale.ROOT, "%.2f %%", p)).getOrElse("n/a")
        + " of " + denominator();
  }
}
