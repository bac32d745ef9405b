package io.itsm4j.sla.calendar;

/**
 * One UTC year of a calendar: its open intervals as sorted, disjoint, non-adjacent epoch-second pairs clipped to
 * the year, and the cumulative business seconds before each. Immutable; all fields final, so a table is safely
 * published to any thread.
 */
final class YearTable {
  final int year;
  final long from;
  final long to;
  final long[] starts;
  final long[] ends;
  /** {@code cum[i]}: business seconds in the year before interval {@code i}; {@code cum[n]} is the total. */
  final long[] cum;
  final long total;

  YearTable(int year, long from, long to, long[] flat) {
    this.year = year;
    this.from = from;
    this.to = to;
    int n = flat.length / 2;
    starts = new long[n];
    ends = new long[n];
    cum = new long[n + 1];
    for (int i = 0; i < n; i++) {
      starts[i] = flat[2 * i];
      ends[i] = flat[2 * i + 1];
      cum[i + 1] = cum[i] + ends[i] - starts[i];
    }
    total = cum[n];
  }

  /** Index of the last interval starting at or before {@code t}, or -1. */
  int floor(long t) {
    int lo = 0;
    int hi = starts.length - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (starts[mid] <= t) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return hi;
  }

  /** Business seconds from the start of the year to {@code t}, for {@code from <= t <= to}. */
  long business(long t) {
    int i = floor(t);
    return i < 0 ? 0 : cum[i] + Math.min(t, ends[i]) - starts[i];
  }

  /** Whether the calendar is open at {@code t}. */
  boolean isOpen(long t) {
    int i = floor(t);
    return i >= 0 && t < ends[i];
  }

  /** The earliest instant at which {@link #business} reaches {@code target}, for {@code 0 < target <= total}. */
  long inverse(long target) {
    int lo = 0;
    int hi = starts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cum[mid + 1] >= target) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return starts[lo] + (target - cum[lo]);
  }

  /** An estimate of the heap this table holds: three long arrays and the object headers. */
  long retainedBytes() {
    return 48 + 3 * 16 + 8L * (starts.length + ends.length + cum.length);
  }

  long[] flat() {
    long[] flat = new long[starts.length * 2];
    for (int i = 0; i < starts.length; i++) {
      flat[2 * i] = starts[i];
      flat[2 * i + 1] = ends[i];
    }
    return flat;
  }
}
