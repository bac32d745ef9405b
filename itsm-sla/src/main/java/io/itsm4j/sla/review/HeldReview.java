package io.itsm4j.sla.review;

import io.itsm4j.core.TextPolicy;
import io.itsm4j.core.catalogue.CustomerId;
import io.itsm4j.core.catalogue.ServiceId;
import io.vavr.collection.Seq;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The record that a service review took place: with whom, for which service, when, which period it reviewed, the
 * actions agreed there and the minutes. Immutable. Held reviews set when the next one is due ({@link
 * ReviewAgreement#due}); the actions of the latest one are the "previous actions" of the next review.
 *
 * @param customer the customer reviewed with
 * @param service the service reviewed
 * @param heldOn the day it took place
 * @param from the reviewed period's start, inclusive
 * @param until the reviewed period's end, exclusive; not before {@code from}
 * @param actions the actions agreed, ids unique
 * @param minutes what was discussed and decided, at most 20,000 characters of text; may be empty
 */
public record HeldReview(CustomerId customer, ServiceId service, LocalDate heldOn, Instant from, Instant until,
    Seq<ReviewAction> actions, String minutes) {
  /** The longest minutes, in code points. */
  public static final int MINUTES_MAX = 20_000;

  /**
   * Validates the record.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code until} is before {@code from}, two actions share an id, or the
   *     minutes are too long or hold a control character other than line feed and tab
   */
  public HeldReview {
    Objects.requireNonNull(customer, "customer must not be null");
    Objects.requireNonNull(service, "service must not be null");
    Objects.requireNonNull(heldOn, "heldOn must not be null");
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(until, "until must not be null");
    Objects.requireNonNull(actions, "actions must not be null");
    Objects.requireNonNull(minutes, "minutes must not be null");
    if (until.isBefore(from)) {
      throw new IllegalArgumentException("until " + until + " is before from " + from);
    }
    if (actions.map(ReviewAction::id).distinct().size() != actions.size()) {
      throw new IllegalArgumentException("two actions share an id: " + actions.map(ReviewAction::id).mkString(", "));
    }
    if (TextPolicy.length(minutes) > MINUTES_MAX || !TextPolicy.allows(minutes, TextPolicy.Form.MULTI_LINE)) {
      throw new IllegalArgumentException("minutes must be at most " + MINUTES_MAX
          + " characters of text without control characters, got '" + TextPolicy.shown(minutes) + "'");
    }
  }
}
