package io.itsm4j.sla.availability;

import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;

/**
 * How available a service was in a period, inside its service hours. All durations are business time: time the
 * service hours were open. Immutable.
 *
 * @param from the period's start (inclusive)
 * @param to the period's end (exclusive), or the time of measuring for a period still running
 * @param target the target measured against
 * @param agreedServiceTime the open time of the service hours in the period, less planned downtime when the
 *     agreement excludes it
 * @param plannedDowntime open time inside planned outages
 * @param unplannedDowntime open time inside unplanned outages and outside planned ones (a moment in both is planned)
 * @param downtime what counts against the target: the unplanned downtime, plus the planned when the agreement counts
 *     it
 * @param outages unplanned outages with downtime in the period; overlapping or touching outages are one
 * @param availability {@code 100 × (agreedServiceTime − downtime) / agreedServiceTime}; none when no service time
 *     was agreed in the period
 * @param mtrs mean time to restore service: unplanned downtime / outages; none without outages
 * @param mtbf mean time between failures: service time up (agreed time less downtime) / outages; none without
 * @param mtbsi mean time between service incidents: agreed service time / outages; none without outages
 * @param budget the downtime the target allows in the period: {@code agreedServiceTime × (100 − percent) / 100},
 *     rounded down to the second
 * @param budgetLeft the budget less the downtime; negative once overspent
 */
public record AvailabilityReport(Instant from, Instant to, AvailabilityTarget target, Duration agreedServiceTime,
    Duration plannedDowntime, Duration unplannedDowntime, Duration downtime, int outages, Option<Double> availability,
    Option<Duration> mtrs, Option<Duration> mtbf, Option<Duration> mtbsi, Duration budget, Duration budgetLeft) {

  /** Whether the target was met: no service time agreed, or availability at least the target. */
  public boolean met() {
    return availability.map(a -> a >= target.percent()).getOrElse(true);
  }
}
