package io.itsm4j.sla.calendar;

import io.vavr.collection.Seq;
import java.util.Arrays;
import java.util.Objects;

/** Turns pause intervals into a sorted, merged flat array of epoch-second pairs. */
final class Pauses {
  private Pauses() {}

  static long[] of(Seq<TimeInterval> pauses) {
    Objects.requireNonNull(pauses, "pauses must not be null");
    long[][] pairs = new long[pauses.size()][];
    int n = 0;
    for (TimeInterval p : pauses) {
      Objects.requireNonNull(p, "a pause must not be null");
      // Only the part inside the supported range can move a deadline or an elapsed time within it.
      long s = Math.max(p.start().getEpochSecond(), BusinessCalendar.MIN_SECOND);
      long e = Math.min(p.end().getEpochSecond(), BusinessCalendar.MAX_SECOND);
      if (s < e) {
        pairs[n++] = new long[] {s, e};
      }
    }
    return merge(pairs, n);
  }

  /** Sorts and merges {@code n} {start, end} pairs; also used by the SLA engine. */
  static long[] merge(long[][] pairs, int n) {
    Arrays.sort(pairs, 0, n, (x, y) -> Long.compare(x[0], y[0]));
    long[] out = new long[2 * n];
    int k = 0;
    for (int i = 0; i < n; i++) {
      long s = pairs[i][0];
      long e = pairs[i][1];
      if (k > 0 && s <= out[k - 1]) {
        out[k - 1] = Math.max(out[k - 1], e);
      } else {
        out[k++] = s;
        out[k++] = e;
      }
    }
    return k == out.length ? out : Arrays.copyOf(out, k);
  }
}
