package io.itsm4j.sla.review;

import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.sla.SlaStatus;
import io.itsm4j.sla.availability.AvailabilityReport;
import io.vavr.collection.HashSet;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * What a service review is compiled from. Immutable; start from {@link #none()} and add what the host holds with the
 * withers. Anything may be wider than the review: {@link ServiceReviews#compile} keeps the tickets and statuses of
 * the agreement's service and customer in the period, and the plans recovering the service.
 *
 * @param tickets tickets (any service, customer, kind)
 * @param statuses service level statuses (any ticket), as the engine evaluated them at or after the period's end
 * @param availability the service's availability report for the period, if measured
 * @param continuity the continuity lines of plans ({@link ServiceReviews#continuity})
 * @param held the reviews held before, with their actions' current status (any order)
 * @param majorPriorities the priorities that make an incident a major incident; {@code P1} unless set
 */
public record ReviewFacts(Seq<Ticket> tickets, Seq<SlaStatus> statuses, Option<AvailabilityReport> availability,
    Seq<ServiceReview.ContinuityLine> continuity, Seq<HeldReview> held, Set<Priority> majorPriorities) {
  /** Checks that no argument is null. */
  public ReviewFacts {
    Objects.requireNonNull(tickets, "tickets must not be null");
    Objects.requireNonNull(statuses, "statuses must not be null");
    Objects.requireNonNull(availability, "availability must not be null");
    Objects.requireNonNull(continuity, "continuity must not be null");
    Objects.requireNonNull(held, "held must not be null");
    Objects.requireNonNull(majorPriorities, "majorPriorities must not be null");
  }

  /** No facts: a review of nothing, major incidents being P1. */
  public static ReviewFacts none() {
    return new ReviewFacts(Vector.empty(), Vector.empty(), Option.none(), Vector.empty(), Vector.empty(),
        HashSet.of(Priority.P1));
  }

  /** These facts with {@code value} as the tickets. */
  public ReviewFacts withTickets(Iterable<? extends Ticket> value) {
    return new ReviewFacts(Vector.ofAll(value), statuses, availability, continuity, held, majorPriorities);
  }

  /** These facts with {@code value} as the service level statuses. */
  public ReviewFacts withStatuses(Iterable<SlaStatus> value) {
    return new ReviewFacts(tickets, Vector.ofAll(value), availability, continuity, held, majorPriorities);
  }

  /** These facts with {@code value} as the availability report. */
  public ReviewFacts withAvailability(AvailabilityReport value) {
    return new ReviewFacts(tickets, statuses, Option.some(Objects.requireNonNull(value, "availability")), continuity,
        held, majorPriorities);
  }

  /** These facts with {@code value} as the continuity lines. */
  public ReviewFacts withContinuity(Iterable<ServiceReview.ContinuityLine> value) {
    return new ReviewFacts(tickets, statuses, availability, Vector.ofAll(value), held, majorPriorities);
  }

  /** These facts with {@code value} as the reviews held before. */
  public ReviewFacts withHeld(Iterable<HeldReview> value) {
    return new ReviewFacts(tickets, statuses, availability, continuity, Vector.ofAll(value), majorPriorities);
  }

  /** These facts with {@code value} as the priorities of major incidents. */
  public ReviewFacts withMajorPriorities(Priority first, Priority... more) {
    return new ReviewFacts(tickets, statuses, availability, continuity, held, HashSet.of(first).addAll(
        java.util.Arrays.asList(more)));
  }
}
