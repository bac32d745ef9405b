package io.itsm4j.sla.calendar;

import java.util.ArrayDeque;
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
  private final int hash;

  CombinedCalendar(Op op, BusinessCalendar left, BusinessCalendar right) {
    this.op = op;
    this.left = Objects.requireNonNull(left, "left must not be null");
    this.right = Objects.requireNonNull(right, "other must not be null");
    // Computed once from the children's own cached hashes, so hashing never recurses.
    this.hash = (op.ordinal() * 31 + left.hashCode()) * 31 + right.hashCode();
  }

  /**
   * Combines the year's intervals of the whole tree below this calendar in post-order, with explicit stacks: a
   * combination thousands deep (a holiday list folded with {@code except}) needs no deeper call stack than one.
   * Leaves answer from their own cached tables; inner nodes are recombined, which costs a sweep each.
   */
  @Override
  long[] openIntervals(int year, long from, long to) {
    ArrayDeque<Object> work = new ArrayDeque<>();
    ArrayDeque<long[]> results = new ArrayDeque<>();
    work.push(this);
    while (!work.isEmpty()) {
      Object item = work.pop();
      if (item instanceof Op o) {
        long[] b = results.pop();
        long[] a = results.pop();
        results.push(combine(o, a, b));
      } else if (item instanceof CombinedCalendar c) {
        work.push(c.op);
        work.push(c.right);
        work.push(c.left);
      } else {
        results.push(((BusinessCalendar) item).table(year).flat());
      }
    }
    return results.pop();
  }

  private static long[] combine(Op op, long[] a, long[] b) {
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

  /** Compares the trees pair by pair with an explicit stack, for the same reason as {@link #openIntervals}. */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof CombinedCalendar other) || other.hash != hash) {
      return false;
    }
    ArrayDeque<BusinessCalendar[]> pairs = new ArrayDeque<>();
    pairs.push(new BusinessCalendar[] {this, other});
    while (!pairs.isEmpty()) {
      BusinessCalendar[] p = pairs.pop();
      if (p[0] == p[1]) {
        continue;
      }
      if (p[0] instanceof CombinedCalendar x && p[1] instanceof CombinedCalendar y) {
        if (x.op != y.op || x.hash != y.hash) {
          return false;
        }
        pairs.push(new BusinessCalendar[] {x.right, y.right});
        pairs.push(new BusinessCalendar[] {x.left, y.left});
      } else if (p[0] instanceof CombinedCalendar || p[1] instanceof CombinedCalendar || !p[0].equals(p[1])) {
        return false;
      }
    }
    return true;
  }

  Op op() {
    return op;
  }

  BusinessCalendar left() {
    return left;
  }

  BusinessCalendar right() {
    return right;
  }

  @Override
  public int hashCode() {
    return hash;
  }

  /** Written iteratively, for the same reason as {@link #openIntervals}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    ArrayDeque<Object> work = new ArrayDeque<>();
    work.push(this);
    while (!work.isEmpty()) {
      Object item = work.pop();
      if (item instanceof CombinedCalendar c) {
        work.push(")");
        work.push(c.right);
        work.push(" " + c.op.name().toLowerCase(java.util.Locale.ROOT) + " ");
        work.push(c.left);
        work.push("(");
      } else {
        out.append(item);
      }
    }
    return out.toString();
  }
}
