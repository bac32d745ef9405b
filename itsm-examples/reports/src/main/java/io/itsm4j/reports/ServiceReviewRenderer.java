package io.itsm4j.reports;

import io.itsm4j.sla.review.ServiceReview;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Renders a {@link ServiceReview} to Markdown (for a wiki, a ticket, an e-mail) and to one self-contained HTML page
 * (inline CSS, an SVG chart of service levels and availability against their targets; nothing loaded from
 * elsewhere, so it can be mailed or archived as evidence). Immutable and thread-safe.
 *
 * <p>Times show in the renderer's zone (UTC unless {@link #inZone} says otherwise). Text from the review (titles,
 * causes, action descriptions) is escaped for the format, so it cannot add markup. The same review renders to the
 * same text.
 */
public final class ServiceReviewRenderer {
  private final ZoneId zone;

  private ServiceReviewRenderer(ZoneId zone) {
    this.zone = zone;
  }

  /** A renderer showing times in UTC. */
  public static ServiceReviewRenderer create() {
    return new ServiceReviewRenderer(ZoneOffset.UTC);
  }

  /**
   * This renderer, showing times in {@code value} (the customer's zone, say).
   *
   * @throws NullPointerException if {@code value} is null
   */
  public ServiceReviewRenderer inZone(ZoneId value) {
    return new ServiceReviewRenderer(Objects.requireNonNull(value, "zone must not be null"));
  }

  /**
   * The review as Markdown (CommonMark with tables).
   *
   * @throws NullPointerException if {@code review} is null
   */
  public String markdown(ServiceReview review) {
    return Templates.render(Templates.Format.MARKDOWN, "service-review.md.mustache", view(review));
  }

  /**
   * The review as one HTML5 page, self-contained.
   *
   * @throws NullPointerException if {@code review} is null
   */
  public String html(ServiceReview review) {
    return Templates.render(Templates.Format.HTML, "service-review.html.mustache", view(review));
  }

  private ServiceReviewView view(ServiceReview review) {
    return new ServiceReviewView(Objects.requireNonNull(review, "review must not be null"), zone);
  }
}
