package io.itsm4j.sla.review;

import io.itsm4j.core.catalogue.CustomerId;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.sla.SlaId;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * What a customer and the provider agreed about reviewing a service: how often they meet, when the first review is
 * due, how late one may be, and the compliance each service level definition must reach. Immutable.
 *
 * <p><b>When a review is due.</b> The first at {@code firstDue}; after that, one cadence after the latest review held
 * (a review held early moves the next one earlier, one held late moves it later: the interval between reviews is
 * what the agreement promises). A review is overdue once more than {@code graceDays} days have passed after its due
 * date without one held on or after the last one.
 *
 * @param customer who the service is reviewed with
 * @param service the service reviewed
 * @param cadence the interval between reviews, for example {@code P3M}; positive (no negative part, not zero)
 * @param firstDue when the first review is due
 * @param graceDays how many days after its due date a review may still take place before it is overdue; at least 0
 * @param complianceTargets per service level definition, the share of clocks to be met, in percent (above 0, at
 *     most 100); a definition without a target is reported without a verdict
 */
public record ReviewAgreement(CustomerId customer, ServiceId service, Period cadence, LocalDate firstDue,
    int graceDays, Map<SlaId, Double> complianceTargets) {
  /**
   * Validates the agreement.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the cadence is zero or has a negative part, the grace is negative, or a
   *     target is not above 0 and at most 100
   */
  public ReviewAgreement {
    Objects.requireNonNull(customer, "customer must not be null");
    Objects.requireNonNull(service, "service must not be null");
    Objects.requireNonNull(cadence, "cadence must not be null");
    Objects.requireNonNull(firstDue, "firstDue must not be null");
    Objects.requireNonNull(complianceTargets, "complianceTargets must not be null");
    if (cadence.isZero() || cadence.isNegative()) {
      throw new IllegalArgumentException("cadence must be positive, got " + cadence);
    }
    if (graceDays < 0) {
      throw new IllegalArgumentException("graceDays must not be negative, got " + graceDays);
    }
    for (var t : complianceTargets) {
      Objects.requireNonNull(t._1, "a target's definition must not be null");
      if (t._2 == null || !(t._2 > 0 && t._2 <= 100)) {
        throw new IllegalArgumentException("target of " + t._1 + " must be above 0 and at most 100, got " + t._2);
      }
    }
  }

  /**
   * Where the review schedule stands on {@code today}.
   *
   * @param held the days reviews were held, in any order (those before {@code firstDue} count too)
   * @param today the day of asking
   * @throws NullPointerException if an argument is null
   */
  public ReviewDue due(Seq<LocalDate> held, LocalDate today) {
    Objects.requireNonNull(held, "held must not be null");
    Objects.requireNonNull(today, "today must not be null");
    Option<LocalDate> last = held.isEmpty() ? Option.none() : Option.some(held.max().get());
    LocalDate next = last.map(d -> d.plus(cadence)).getOrElse(firstDue);
    LocalDate deadline = next.plusDays(graceDays);
    long late = today.isAfter(deadline) ? ChronoUnit.DAYS.between(next, today) : 0;
    return new ReviewDue(last, next, today.isAfter(deadline), late);
  }

  /**
   * Where a review schedule stands.
   *
   * @param lastHeld the latest review held, if any
   * @param nextDue when the next review is due
   * @param overdue whether the grace after {@code nextDue} has passed without a review
   * @param daysOverdue days since {@code nextDue} when overdue, else 0
   */
  public record ReviewDue(Option<LocalDate> lastHeld, LocalDate nextDue, boolean overdue, long daysOverdue) {}
}
