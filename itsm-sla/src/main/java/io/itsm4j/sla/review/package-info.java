/**
 * Service reviews (ISO/IEC 20000-1 8.3.3): what was agreed with a customer for a service, and how the service did
 * against it in a period.
 *
 * <p>A {@link io.itsm4j.sla.review.ReviewAgreement} says how often the provider reviews a service with a customer
 * and what it promised (compliance targets per service level definition); {@link
 * io.itsm4j.sla.review.ReviewAgreement#due} says when the next review is due and whether it is overdue. {@link
 * io.itsm4j.sla.review.ServiceReviews} compiles a {@link io.itsm4j.sla.review.ServiceReview} from the tickets, the
 * service level statuses, the availability report, the continuity plans and the actions agreed at the previous
 * review: a value, rendered by whatever the host likes (the {@code itsm-reports} artifact renders it to Markdown and
 * HTML). A {@link io.itsm4j.sla.review.HeldReview} is the record that a review took place, with the actions agreed
 * there. Pure functions over immutable values; thread-safe.
 */
@org.jspecify.annotations.NullMarked
package io.itsm4j.sla.review;
