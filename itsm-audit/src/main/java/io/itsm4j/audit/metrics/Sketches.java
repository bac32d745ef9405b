package io.itsm4j.audit.metrics;

import io.itsm4j.audit.internal.Require;

/**
 * The distributions of one {@link Cut}, for its percentiles.
 *
 * @param timeToAcknowledge wall time from opening to acknowledgement
 * @param businessTimeToAcknowledge business time from opening to acknowledgement (empty without a business clock)
 * @param timeToResolve wall time from opening to first resolution
 * @param businessTimeToResolve business time from opening to first resolution (empty without a business clock)
 * @param backlogAge age of the backlog at the period's end
 */
public record Sketches(Distribution timeToAcknowledge, Distribution businessTimeToAcknowledge,
    Distribution timeToResolve, Distribution businessTimeToResolve, Distribution backlogAge) {
  /** None. */
  public static final Sketches NONE = new Sketches(Distribution.EMPTY, Distribution.EMPTY, Distribution.EMPTY,
      Distribution.EMPTY, Distribution.EMPTY);

  /** Checks that no argument is null. */
  public Sketches {
    Require.notNull(timeToAcknowledge, "timeToAcknowledge");
    Require.notNull(businessTimeToAcknowledge, "businessTimeToAcknowledge");
    Require.notNull(timeToResolve, "timeToResolve");
    Require.notNull(businessTimeToResolve, "businessTimeToResolve");
    Require.notNull(backlogAge, "backlogAge");
  }

  /** These and {@code other} merged (for example two periods of one service). */
  public Sketches plus(Sketches other) {
    return new Sketches(timeToAcknowledge.plus(other.timeToAcknowledge),
        businessTimeToAcknowledge.plus(other.businessTimeToAcknowledge), timeToResolve.plus(other.timeToResolve),
        businessTimeToResolve.plus(other.businessTimeToResolve), backlogAge.plus(other.backlogAge));
  }
}
