package io.itsm4j.audit.metrics;

import io.itsm4j.audit.internal.Require;
import java.time.LocalDate;

/**
 * Where percentiles are kept: one period, cut by one {@link Dimension} to one value (or {@link Dimension#ALL}).
 * Percentiles do not add up across slices the way counts do, so they are kept per period for the whole and for
 * each value of each dimension: a bounded number of sketches however many slices there are.
 *
 * @param dimension the dimension
 * @param period the first day of the period
 * @param value the dimension's value ({@link Dimension#valueOf})
 */
public record Cut(Dimension dimension, LocalDate period, String value) {
  /** Checks that no argument is null. */
  public Cut {
    Require.notNull(dimension, "dimension");
    Require.notNull(period, "period");
    Require.notNull(value, "value");
  }
}
