package io.itsm4j.audit.improvement;

import io.itsm4j.audit.internal.Require;

/**
 * Where an opportunity came from.
 *
 * @param kind the kind of source
 * @param reference what it points at (a finding id, a complaint id, a ticket, a metric and point...): 1 to 200
 *     characters of text
 */
public record Source(Kind kind, String reference) {
  /** The kinds of source. */
  public enum Kind {
    /** A control-chart signal or a period-over-period change. */
    TREND_SIGNAL,
    /** An internal audit finding. */
    AUDIT_FINDING,
    /** A customer complaint. */
    COMPLAINT,
    /** Customer feedback, such as a low survey score. */
    FEEDBACK,
    /** A problem or known error. */
    PROBLEM,
    /** An action agreed at a service review. */
    SERVICE_REVIEW_ACTION,
    /** Anything else: a suggestion, a management review decision. */
    OTHER
  }

  /** Validates the source. */
  public Source {
    Require.notNull(kind, "kind");
    Require.text(reference, "reference", 200);
  }
}
