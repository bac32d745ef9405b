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
 */
public record MetricsConfig(ZoneId zone, PeriodUnit unit, Duration reopenWindow, Option<BusinessTime> businessTime) {
  /**
   * Validates the configuration.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the reopen window is not positive
   */
  public MetricsConfig {
    Require.notNull(zone, "zone");
    Require.notNull(unit, "unit");
    Require.notNull(reopenWindow, "reopenWindow");
    Require.notNull(businessTime, "businessTime");
    if (reopenWindow.isNegative() || reopenWindow.isZero()) {
      throw new IllegalArgumentException("reopenWindow must be positive, got " + reopenWindow);
    }
  }

  /** Months in {@code zone}, reopenings counted within 7 days, no business clock. */
  public static MetricsConfig monthly(ZoneId zone) {
    return new MetricsConfig(zone, PeriodUnit.MONTH, Duration.ofDays(7), Option.none());
  }

  /** This configuration with {@code value} as the period. */
  public MetricsConfig withUnit(PeriodUnit value) {
    return new MetricsConfig(zone, value, reopenWindow, businessTime);
  }

  /** This configuration with {@code value} as the reopen window. */
  public MetricsConfig withReopenWindow(Duration value) {
    return new MetricsConfig(zone, unit, value, businessTime);
  }

  /** This configuration with {@code value} as the business clock. */
  public MetricsConfig withBusinessTime(BusinessTime value) {
    return new MetricsConfig(zone, unit, reopenWindow, Option.some(Require.notNull(value, "businessTime")));
  }
}
