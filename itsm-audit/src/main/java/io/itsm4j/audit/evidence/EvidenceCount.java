package io.itsm4j.audit.evidence;

import io.itsm4j.audit.internal.Require;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * How many records of one kind the host holds for a period, when the first and last of them happened, and a few
 * of their ids as samples an auditor can pull.
 *
 * @param kind what records
 * @param count how many
 * @param first when the earliest happened; none if there are none (or the source does not know)
 * @param last when the latest happened
 * @param samples a few record ids, possibly empty
 */
public record EvidenceCount(EvidenceKind kind, long count, Option<Instant> first, Option<Instant> last,
    Seq<String> samples) {
  /**
   * Checks the arguments.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public EvidenceCount {
    Require.notNull(kind, "kind");
    Require.notNegative(count, "count");
    Require.notNull(first, "first");
    Require.notNull(last, "last");
    Require.notNull(samples, "samples");
  }

  /** A count without dates or samples. */
  public static EvidenceCount of(EvidenceKind kind, long count) {
    return new EvidenceCount(kind, count, Option.none(), Option.none(), io.vavr.collection.Vector.empty());
  }
}
