package io.itsm4j.sla.availability;

import java.time.Instant;
import java.util.Objects;

/**
 * A span of time a service was down: from an incident flagged as service-affecting (its start and its restore
 * time), an alert's firing interval, or a planned maintenance. An outage still going on is given with its end at
 * the time of measuring. Immutable.
 *
 * @param reference what it comes from (an incident id, an alert's dedup key, a window's id), for the report
 * @param start when the service went down
 * @param end when it was restored; not before {@code start}
 * @param planned whether it was planned downtime (maintenance in an agreed window)
 */
public record Outage(String reference, Instant start, Instant end, boolean planned) {
  /**
   * Validates the outage.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code end} is before {@code start}
   */
  public Outage {
    Objects.requireNonNull(reference, "reference must not be null");
    Objects.requireNonNull(start, "start must not be null");
    Objects.requireNonNull(end, "end must not be null");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("outage " + reference + " ends at " + end + ", before its start " + start);
    }
  }

  /** An unplanned outage. */
  public static Outage unplanned(String reference, Instant start, Instant end) {
    return new Outage(reference, start, end, false);
  }

  /** A planned outage (maintenance). */
  public static Outage planned(String reference, Instant start, Instant end) {
    return new Outage(reference, start, end, true);
  }
}
