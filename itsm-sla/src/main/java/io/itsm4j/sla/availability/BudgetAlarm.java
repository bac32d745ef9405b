package io.itsm4j.sla.availability;

import java.time.Duration;
import java.time.Instant;

/**
 * The downtime budget of a period will run out before the period ends, at the rate it is being used: raised by
 * {@link Availability#budget} when the burn rate is above 1. Immutable.
 *
 * @param at the time of measuring
 * @param periodEnd the end of the period
 * @param used the downtime so far
 * @param budget the downtime the whole period allows
 * @param projected the downtime at the period's end if it goes on at the same rate (business time)
 * @param burnRate the share of the budget used divided by the share of the period's service time passed; above 1
 *     means the budget runs out early
 */
public record BudgetAlarm(Instant at, Instant periodEnd, Duration used, Duration budget, Duration projected,
    double burnRate) {}
