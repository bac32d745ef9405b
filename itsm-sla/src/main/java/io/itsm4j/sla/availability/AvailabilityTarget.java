package io.itsm4j.sla.availability;

import io.itsm4j.sla.calendar.BusinessCalendar;
import java.util.Objects;

/**
 * An availability target of an agreement: for example 99.9 % a month inside the service hours of a business
 * calendar, planned downtime excluded. Immutable.
 *
 * @param percent the availability to reach, above 0 and at most 100
 * @param serviceHours when the service is agreed to be available ({@link BusinessCalendar#alwaysOpen()} for 24×7)
 * @param plannedDowntime whether planned downtime is excluded or counted
 */
public record AvailabilityTarget(double percent, BusinessCalendar serviceHours, PlannedDowntime plannedDowntime) {
  /**
   * Validates the target.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code percent} is not above 0 and at most 100
   */
  public AvailabilityTarget {
    Objects.requireNonNull(serviceHours, "serviceHours must not be null");
    Objects.requireNonNull(plannedDowntime, "plannedDowntime must not be null");
    if (!(percent > 0 && percent <= 100)) {
      throw new IllegalArgumentException("percent must be above 0 and at most 100, got " + percent);
    }
  }

  /** A target with planned downtime excluded. */
  public static AvailabilityTarget of(double percent, BusinessCalendar serviceHours) {
    return new AvailabilityTarget(percent, serviceHours, PlannedDowntime.EXCLUDED);
  }
}
