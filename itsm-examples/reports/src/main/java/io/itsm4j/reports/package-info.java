/**
 * Renders itsm4j's review values to Markdown and to one self-contained HTML page (inline CSS and SVG charts; no
 * script, font or image from elsewhere), from Mustache templates on the classpath.
 *
 * <p>{@link io.itsm4j.reports.ServiceReviewRenderer} renders a {@link io.itsm4j.sla.review.ServiceReview}. The
 * values know nothing of rendering: a host that renders its own way reads the value and leaves this artifact out.
 * Text from the values is escaped for the target format (HTML entities; Markdown's active characters), so a
 * ticket title cannot inject markup.
 */
@org.jspecify.annotations.NullMarked
package io.itsm4j.reports;
