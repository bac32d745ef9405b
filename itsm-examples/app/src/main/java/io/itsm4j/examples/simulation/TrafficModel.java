package io.itsm4j.examples.simulation;

import java.time.DayOfWeek;

/**
 * How much traffic a simulated service desk gets and how it behaves: arrivals by hour of day and weekday, the
 * mix of ticket kinds and priorities, and the odds of holds, caller updates, reopenings and refused commands.
 *
 * @param incidentsPerWeekday incidents opened on an average weekday
 * @param requestsPerWeekday service requests opened on an average weekday
 * @param changesPerWeekday changes raised on an average weekday
 * @param weekendShare traffic on a Saturday or Sunday relative to a weekday
 * @param holdRate share of incidents and requests put on hold at least once
 * @param callerUpdateRate share of active tickets whose caller adds a comment unprompted
 * @param reopenRate share of resolved incidents the caller reopens
 * @param problemThreshold incidents on one service within a week that make problem management open a problem
 * @param sloppyRate share of resolutions first tried without the required fields (refused: FIELD_REQUIRED)
 * @param staleRate share of commands sent on an outdated view of the ticket (refused: VERSION_CONFLICT)
 * @param retryRate share of commands the client sends twice under the same key (the second is replayed)
 */
public record TrafficModel(double incidentsPerWeekday, double requestsPerWeekday, double changesPerWeekday,
    double weekendShare, double holdRate, double callerUpdateRate, double reopenRate, int problemThreshold,
    double sloppyRate, double staleRate, double retryRate) {

  /** Relative arrivals per hour of day (0-23) on a working day: quiet nights, a morning peak, a post-lunch one. */
  private static final double[] HOURLY = {
    0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.5, 1.5, 3.5, 4.5, 4.2, 3.6, 2.4, 3.2, 3.6, 3.3, 2.8, 2.0, 1.1, 0.7, 0.5, 0.4,
    0.3, 0.2};
  private static final double HOURLY_SUM = java.util.Arrays.stream(HOURLY).sum();

  /**
   * Checks the numbers.
   *
   * @throws IllegalArgumentException if a rate is outside 0..1 or a volume is negative
   */
  public TrafficModel {
    for (double rate : new double[] {weekendShare, holdRate, callerUpdateRate, reopenRate, sloppyRate, staleRate,
        retryRate}) {
      if (rate < 0 || rate > 1) {
        throw new IllegalArgumentException("rates must be within 0..1, got " + rate);
      }
    }
    if (incidentsPerWeekday < 0 || requestsPerWeekday < 0 || changesPerWeekday < 0 || problemThreshold < 1) {
      throw new IllegalArgumentException("volumes must not be negative and problemThreshold at least 1");
    }
  }

  /** A mid-sized internal IT desk: about 60 incidents, 30 requests and 4 changes per working day. */
  public static TrafficModel typical() {
    return new TrafficModel(60, 30, 4, 0.15, 0.25, 0.15, 0.07, 6, 0.03, 0.02, 0.02);
  }

  /** This model with every volume multiplied by {@code factor}. */
  public TrafficModel scaled(double factor) {
    return new TrafficModel(incidentsPerWeekday * factor, requestsPerWeekday * factor, changesPerWeekday * factor,
        weekendShare, holdRate, callerUpdateRate, reopenRate, problemThreshold, sloppyRate, staleRate, retryRate);
  }

  /** The expected number of arrivals in one hour, given a daily volume, the weekday and the hour of day. */
  public double perHour(double perWeekday, DayOfWeek day, int hour) {
    double dayFactor = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY ? weekendShare
        : day == DayOfWeek.MONDAY ? 1.2 : day == DayOfWeek.FRIDAY ? 0.85 : 1.0;
    return perWeekday * dayFactor * HOURLY[hour] / HOURLY_SUM;
  }
}
