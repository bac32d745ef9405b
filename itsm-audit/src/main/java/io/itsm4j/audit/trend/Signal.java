package io.itsm4j.audit.trend;

import io.itsm4j.audit.internal.Require;
import io.vavr.collection.Seq;

/**
 * A rule that fired.
 *
 * @param rule which rule
 * @param above whether the pattern lies above the centre line (else below)
 * @param at the index of the point that completed the pattern
 * @param points the indexes of the points that make the pattern (those beyond the rule's zone, or the run), in order,
 *     {@code at} last
 */
public record Signal(Rule rule, boolean above, int at, Seq<Integer> points) {
  /** Checks the arguments. */
  public Signal {
    Require.notNull(rule, "rule");
    Require.notNull(points, "points");
    if (points.isEmpty() || points.last() != at) {
      throw new IllegalArgumentException("a signal's points end at the point that completed it: " + points + ", " + at);
    }
  }

  /** The signal in a sentence: the rule, where, which points, and why it matters. */
  public String explanation() {
    return "rule " + rule.number() + " (" + rule.statement() + ") " + (above ? "above" : "below")
        + " the centre line at point " + at + ", points " + points.mkString(", ") + ": " + rule.meaning();
  }
}
