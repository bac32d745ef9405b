package io.itsm4j.reports;

import io.itsm4j.audit.review.ManagementReview;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * Renders a {@link ManagementReview} to Markdown and to one self-contained HTML page: a control chart per trend with
 * its centre line, 3-sigma limits and the points where a Western Electric rule fired, service levels and availability
 * against target, the backlog at each period end, customer satisfaction over time, and the tables of complaints,
 * corrective actions, improvements and exercises. Immutable and thread-safe; text is escaped for the format.
 */
public final class ManagementReviewRenderer {
  private final ZoneId zone;

  private ManagementReviewRenderer(ZoneId zone) {
    this.zone = zone;
  }

  /** A renderer showing times in UTC. */
  public static ManagementReviewRenderer create() {
    return new ManagementReviewRenderer(ZoneOffset.UTC);
  }

  /**
   * This renderer, showing times in {@code value}.
   *
   * @throws NullPointerException if {@code value} is null
   */
  public ManagementReviewRenderer inZone(ZoneId value) {
    return new ManagementReviewRenderer(Objects.requireNonNull(value, "zone must not be null"));
  }

  /**
   * The review as Markdown.
   *
   * @throws NullPointerException if {@code review} is null
   */
  public String markdown(ManagementReview review) {
    return Templates.render(Templates.Format.MARKDOWN, "management-review.md.mustache", view(review));
  }

  /**
   * The review as one HTML5 page, self-contained.
   *
   * @throws NullPointerException if {@code review} is null
   */
  public String html(ManagementReview review) {
    return Templates.render(Templates.Format.HTML, "management-review.html.mustache", view(review));
  }

  private ManagementReviewView view(ManagementReview review) {
    return new ManagementReviewView(Objects.requireNonNull(review, "review must not be null"), zone);
  }
}
