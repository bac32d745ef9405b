package io.itsm4j.audit.metrics;

import io.itsm4j.audit.internal.Require;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.ZoneId;

/**
 * How the metrics are cut and counted. Immutable.
 *
 * @param zone the tenant's zone, in which periods begin and end
 * @param unit the reporting period
 * @param reopenWindow how long after its first resolution a ticket's reopening counts against the reopen rate;
 *     positive
 * @param businessTime the business clock for the business-time figures, if the host gives one
 * @param followUpWindow how long after a ticket closed or was cancelled its {@link FollowUp}s still count (a score
 *     given days after closure, a clock stated late); zero or more. Zero counts them while the ticket is open and at
 *     the instant it closes. The fold remembers the tickets closed within the window, so its memory grows with the
 *     tickets one window closes, not with history; and objects kept for days of events are what a garbage
 *     collector copies most (docs/improvement.md gives the cost measured)
 */
public record MetricsConfig(ZoneId zone, PeriodUnit unit, Duration reopenWindow, Option<BusinessTime> businessTime,
    Duration followUpWindow) {
  /**
   * The follow-up window unless one is given: none, so follow-ups count while their ticket is open (SLA outcomes
   * are settled by then; a satisfaction survey answered after closure needs a window).
   */
  public static final Duration DEFAULT_FOLLOW_UP_WINDOW = Duration.ZERO;

  /**
   * Validates the configuration.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the reopen window is not positive, or the follow-up window is negative
   */
  public MetricsConfig {
    Require.notNull(zone, "zone");
    Require.notNull(unit, "unit");
    Require.notNull(reopenWindow, "reopenWindow");
    Require.notNull(businessTime, "businessTime");
    if (reopenWindow.isNegative() || reopenWindow.isZero()) {
      throw new IllegalArgumentException("reopenWindow must be positive, got " + reopenWindow);
    }
    Require.notNull(followUpWindow, "followUpWindow");
    if (followUpWindow.isNegative()) {
      throw new IllegalArgumentException("followUpWindow must not be negative, got " + followUpWindow);
    }
  }

  /**
   * A configuration with the {@linkplain #DEFAULT_FOLLOW_UP_WINDOW default follow-up window}.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the reopen window is not positive
   */
  public MetricsConfig(ZoneId zone, PeriodUnit unit, Duration reopenWindow, Option<BusinessTime> businessTime) {
    this(zone, unit, reopenWindow, businessTime, DEFAULT_FOLLOW_UP_WINDOW);
  }

  /** Months in {@code zone}, reopenings counted within 7 days, no business clock. */
  public static MetricsConfig monthly(ZoneId zone) {
    return new MetricsConfig(zone, PeriodUnit.MONTH, Duration.ofDays(7), Option.none());
  }

  /** This configuration with {@code value} as the period. */
  public MetricsConfig withUnit(PeriodUnit value) {
    return new MetricsConfig(zone, value, reopenWindow, businessTime, followUpWindow);
  }

  /** This configuration with {@code value} as the reopen window. */
  public MetricsConfig withReopenWindow(Duration value) {
    return new MetricsConfig(zone, unit, value, businessTime, followUpWindow);
  }

  /** This configuration with {@code value} as the business clock. */
  public MetricsConfig withBusinessTime(BusinessTime value) {
    return new MetricsConfig(zone, unit, reopenWindow, Option.some(Require.notNull(value, "businessTime")),
        followUpWindow);
  }

  /** This configuration with {@code value} as the follow-up window. */
  public MetricsConfig withFollowUpWindow(Duration value) {
    return new MetricsConfig(zone, unit, reopenWindow, businessTime, value);
  }
}
