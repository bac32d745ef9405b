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
  /** Per UTC day of the year: the last interval starting at or before the day's first second, or -1. */
  final int[] dayFloor;

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
    int days = (int) ((to - from) / DAY);
    dayFloor = new int[days + 1];
    int j = -1;
    for (int d = 0; d <= days; d++) {
      long dayStart = from + d * DAY;
      while (j + 1 < n && starts[j + 1] <= dayStart) {
        j++;
      }
      dayFloor[d] = j;
    }
  }

  private static final long DAY = 86_400;

  /** Index of the last interval starting at or before {@code t}, or -1; a day index and a short scan. */
  int floor(long t) {
    int j = dayFloor[(int) ((t - from) / DAY)];
    int n = starts.length;
    while (j + 1 < n && starts[j + 1] <= t) {
      j++;
    }
    return j;
  }

  /** Binary search version of {@link #floor}, for tests of the index. */
  int floorBySearch(long t) {
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
    int n = starts.length;
    // Business time is spread fairly evenly over a year: start from a proportional guess and gallop from there.
    int guess = (int) Math.min(n - 1, Math.max(0, (long) ((double) target / total * n)));
    if (cum[guess + 1] < target) {
      return inverse(target, guess + 1);
    }
    int hi = guess;
    int step = 1;
    int lo = hi - step;
    while (lo >= 0 && cum[lo + 1] >= target) {
      hi = lo;
      step <<= 1;
      lo = hi - step;
    }
    return inverse(target, Math.max(0, lo + 1), hi);
  }

  /**
   * As {@link #inverse(long)}, knowing the answer lies in interval {@code hint} or later: gallops from the hint, so
   * a short goal costs a step or two and a long one a logarithm of its length.
   */
  long inverse(long target, int hint) {
    int n = starts.length;
    int lo = Math.max(0, hint);
    int step = 1;
    int hi = lo;
    while (hi < n - 1 && cum[hi + 1] < target) {
      lo = hi + 1;
      hi = Math.min(n - 1, hi + step);
      step <<= 1;
    }
    return inverse(target, lo, hi);
  }

  /** Binary search for the first interval in {@code [lo, hi]} whose cumulative end reaches {@code target}. */
  private long inverse(long target, int lo, int hi) {
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

  /** An estimate of the heap this table holds: three long arrays, the day index and the object headers. */
  long retainedBytes() {
    return 56 + 4 * 16 + 8L * (starts.length + ends.length + cum.length) + 4L * dayFloor.length;
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
