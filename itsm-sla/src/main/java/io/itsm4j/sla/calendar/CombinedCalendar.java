package io.itsm4j.sla.calendar;

import java.util.Arrays;
import java.util.Objects;

/** Two calendars combined interval by interval: open when both, either, or the first but not the second is. */
final class CombinedCalendar extends BusinessCalendar {
  enum Op {
    AND, OR, EXCEPT
  }

  private final Op op;
  private final BusinessCalendar left;
  private final BusinessCalendar right;

  CombinedCalendar(Op op, BusinessCalendar left, BusinessCalendar right) {
    this.op = op;
    this.left = Objects.requireNonNull(left, "left must not be null");
    this.right = Objects.requireNonNull(right, "other must not be null");
  }

  @Override
  long[] openIntervals(int year, long from, long to) {
    long[] a = left.table(year).flat();
    long[] b = right.table(year).flat();
    // Sweep over all boundaries; between two consecutive boundaries each side is either open or closed.
    long[] cuts = new long[a.length + b.length];
    System.arraycopy(a, 0, cuts, 0, a.length);
    System.arraycopy(b, 0, cuts, a.length, b.length);
    Arrays.sort(cuts);
    long[] out = new long[cuts.length + 2];
    int k = 0;
    int ia = 0;
    int ib = 0;
    for (int c = 0; c + 1 < cuts.length; c++) {
      long s = cuts[c];
      long e = cuts[c + 1];
      if (s == e) {
        continue;
      }
      while (ia < a.length && a[ia + 1] <= s) {
        ia += 2;
      }
      while (ib < b.length && b[ib + 1] <= s) {
        ib += 2;
      }
      boolean inA = ia < a.length && a[ia] <= s;
      boolean inB = ib < b.length && b[ib] <= s;
      boolean open = switch (op) {
        case AND -> inA && inB;
        case OR -> inA || inB;
        case EXCEPT -> inA && !inB;
      };
      if (open) {
        if (k > 0 && out[k - 1] == s) {
          out[k - 1] = e;
        } else {
          if (k + 2 > out.length) {
            out = Arrays.copyOf(out, out.length * 2);
          }
          out[k++] = s;
          out[k++] = e;
        }
      }
    }
    return Arrays.copyOf(out, k);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CombinedCalendar c && op == c.op && left.equals(c.left) && right.equals(c.right);
  }

  @Override
  public int hashCode() {
    return Objects.hash(op, left, right);
  }

  @Override
  public String toString() {
    return "(" + left + " " + op.name().toLowerCase(java.util.Locale.ROOT) + " " + right + ")";
  }
}
