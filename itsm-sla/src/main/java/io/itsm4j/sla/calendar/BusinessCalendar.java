package io.itsm4j.sla.calendar;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Function;

/**
 * When a service is open, and exact arithmetic in its business time.
 *
 * <p>Business time is the function F(t) = seconds the calendar is open between a fixed origin and {@code t}. Then
 * {@link #elapsed(Instant, Instant) elapsed(a, b)} = F(b) − F(a), and {@link #deadline(Instant, Duration)
 * deadline(start, n)} is the <em>earliest</em> instant u ≥ start with F(u) = F(start) + n: a goal that runs out
 * exactly at closing time is due at closing, not the next morning, and n = 0 gives {@code start}. Pauses are
 * subtracted as the business time inside them.
 *
 * <p><b>Precision and range</b>: the clock counts whole seconds; instants are truncated to the second and
 * durations must be whole seconds. Instants from 1900-01-01 to the end of 2999 (UTC) are supported.
 *
 * <p><b>Cost</b>: each UTC year is built once into sorted epoch-second interval arrays with cumulative sums and
 * kept in a bounded cache; a query is a cache hit and a binary search, and a goal longer than a year jumps from
 * year to year by the yearly totals. Query cost does not grow with the goal within a year, and only by one cache
 * lookup per further year.
 *
 * <p><b>Threading</b>: calendars are immutable values (equal when their definitions are equal) and safe to share
 * between threads; the year cache is internal and thread-safe.
 *
 * <p><b>Errors</b>: {@code null} arguments throw {@link NullPointerException}; a negative duration, a reversed
 * interval or an instant outside the supported range throws {@link IllegalArgumentException} naming it; a deadline
 * on a calendar that stays closed for {@value #MAX_CLOSED_YEARS} consecutive years throws {@link
 * IllegalStateException}.
 */
public abstract sealed class BusinessCalendar permits WeeklyCalendar, CombinedCalendar {
  /** The first supported UTC year. */
  public static final int MIN_YEAR = 1900;
  /** The last supported UTC year. */
  public static final int MAX_YEAR = 2999;
  /** How many built years a calendar keeps in its cache. */
  public static final int CACHED_YEARS = 64;
  /** How many consecutive closed years a search crosses before it gives up. */
  public static final int MAX_CLOSED_YEARS = 10;

  private static final long[] YEAR_STARTS = new long[MAX_YEAR - MIN_YEAR + 2];
  /** The first supported second (1900-01-01T00:00:00Z) and the first one after the range (3000-01-01T00:00:00Z). */
  static final long MIN_SECOND;
  static final long MAX_SECOND;

  static {
    for (int y = MIN_YEAR; y <= MAX_YEAR + 1; y++) {
      YEAR_STARTS[y - MIN_YEAR] = java.time.LocalDate.of(y, 1, 1).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    }
    MIN_SECOND = YEAR_STARTS[0];
    MAX_SECOND = YEAR_STARTS[YEAR_STARTS.length - 1];
    MAX_GOAL = Duration.ofSeconds(MAX_SECOND - MIN_SECOND);
  }

  /**
   * The longest goal any calendar can meet: the whole supported range, {@value #MIN_YEAR} to {@value #MAX_YEAR}.
   * A longer goal is refused where it is given ({@link #deadline}, an SLA definition's {@code build()}).
   */
  public static final Duration MAX_GOAL;

  private static final BusinessCalendar ALWAYS_OPEN =
      builder(ZoneOffset.UTC).name("24x7").hours(DailyHours.allDay(), DayOfWeek.values()).build();

  private final Cache<Integer, YearTable> years = Caffeine.newBuilder().maximumSize(CACHED_YEARS).build();
  private final Function<Integer, YearTable> loader = this::load;
  /** A small direct-mapped front of the cache; entries are immutable, so racy reads are benign. */
  private final YearTable[] recent = new YearTable[16];

  BusinessCalendar() {}

  /**
   * A calendar that is always open (24×7), in UTC.
   *
   * @return the shared 24×7 calendar
   */
  public static BusinessCalendar alwaysOpen() {
    return ALWAYS_OPEN;
  }

  /**
   * Starts a calendar with weekly opening hours in {@code zone}.
   *
   * @throws NullPointerException if {@code zone} is null
   */
  public static WeeklyCalendar.Builder builder(ZoneId zone) {
    return new WeeklyCalendar.Builder(zone);
  }

  /**
   * A calendar open all day on the days of {@code rules} in {@code zone}, and closed otherwise: a region's public
   * holidays, to take away from a service's hours with {@link #except(BusinessCalendar)}.
   *
   * @throws NullPointerException if an argument is null
   */
  public static BusinessCalendar openOn(ZoneId zone, DayRule... rules) {
    Objects.requireNonNull(rules, "rules must not be null");
    WeeklyCalendar.Builder b = builder(zone).name("days " + Arrays.toString(rules));
    for (DayRule r : rules) {
      b.specialDay(r, DailyHours.allDay());
    }
    return b.build();
  }

  /**
   * A calendar open when both this one and {@code other} are open, e.g. a vendor's hours within a service's.
   *
   * @throws NullPointerException if {@code other} is null
   */
  public final BusinessCalendar and(BusinessCalendar other) {
    return new CombinedCalendar(CombinedCalendar.Op.AND, this, other);
  }

  /**
   * A calendar open when this one or {@code other} is open.
   *
   * @throws NullPointerException if {@code other} is null
   */
  public final BusinessCalendar or(BusinessCalendar other) {
    return new CombinedCalendar(CombinedCalendar.Op.OR, this, other);
  }

  /**
   * A calendar open when this one is open and {@code other} is closed, e.g. a service's hours minus a region's
   * holidays ({@link #openOn}).
   *
   * @throws NullPointerException if {@code other} is null
   */
  public final BusinessCalendar except(BusinessCalendar other) {
    return new CombinedCalendar(CombinedCalendar.Op.EXCEPT, this, other);
  }

  /**
   * Whether the calendar is closed at every instant by its rules alone: a weekly calendar with no weekly hours and no
   * special day with hours, or a combination that cannot open ({@code and} with such a calendar, {@code or} of two,
   * {@code except} from one). A calendar that is open on paper but closed by a holiday on every date is not
   * detected here; its deadlines fail with {@link IllegalStateException} after {@value #MAX_CLOSED_YEARS} closed
   * years. Evaluated without recursion, in time proportional to the size of the combination.
   */
  public final boolean isNeverOpen() {
    java.util.ArrayDeque<Object> work = new java.util.ArrayDeque<>();
    java.util.ArrayDeque<Boolean> results = new java.util.ArrayDeque<>();
    work.push(this);
    while (!work.isEmpty()) {
      Object item = work.pop();
      if (item instanceof CombinedCalendar.Op op) {
        boolean right = results.pop();
        boolean left = results.pop();
        results.push(switch (op) {
          case AND -> left || right;
          case OR -> left && right;
          case EXCEPT -> left;
        });
      } else if (item instanceof CombinedCalendar c) {
        work.push(c.op());
        work.push(c.right());
        work.push(c.left());
      } else {
        results.push(((WeeklyCalendar) item).hasNoHours());
      }
    }
    return results.pop();
  }

  /**
   * The open intervals of UTC year {@code year}: sorted, disjoint, non-adjacent, clipped to {@code [from, to)}, as
   * a flat array of start and end epoch seconds.
   */
  abstract long[] openIntervals(int year, long from, long to);

  // ------------------------------------------------------------------------------------------------ queries

  /**
   * Whether the calendar is open at {@code t}.
   *
   * @throws NullPointerException if {@code t} is null
   * @throws IllegalArgumentException if {@code t} is outside the supported range
   */
  public final boolean isOpen(Instant t) {
    long s = second(t, "t");
    return tableAt(s).isOpen(s);
  }

  /**
   * The earliest instant at or after {@code t} at which the calendar is open: {@code t} itself when open; none when
   * it stays closed for {@value #MAX_CLOSED_YEARS} years or to the end of the supported range.
   *
   * @throws NullPointerException if {@code t} is null
   * @throws IllegalArgumentException if {@code t} is outside the supported range
   */
  public final Option<Instant> nextOpening(Instant t) {
    long s = second(t, "t");
    YearTable y = tableAt(s);
    int i = y.floor(s);
    if (i >= 0 && s < y.ends[i]) {
      return Option.some(t);
    }
    if (i + 1 < y.starts.length) {
      return Option.some(Instant.ofEpochSecond(y.starts[i + 1]));
    }
    for (int k = 0; k < MAX_CLOSED_YEARS && y.year < MAX_YEAR; k++) {
      y = table(y.year + 1);
      if (y.starts.length > 0) {
        return Option.some(Instant.ofEpochSecond(y.starts[0]));
      }
    }
    return Option.none();
  }

  /**
   * The first instant at or after {@code t} at which the calendar closes: the end of the opening period that
   * contains {@code t}, or else of the next one. None when no closing lies within {@value #MAX_CLOSED_YEARS} years
   * (a 24×7 calendar never closes).
   *
   * @throws NullPointerException if {@code t} is null
   * @throws IllegalArgumentException if {@code t} is outside the supported range
   */
  public final Option<Instant> nextClosing(Instant t) {
    Option<Instant> opening = nextOpening(t);
    if (opening.isEmpty()) {
      return Option.none();
    }
    long s = Math.max(second(opening.get(), "t"), second(t, "t"));
    YearTable y = tableAt(s);
    int i = y.floor(s);
    for (int k = 0; k <= MAX_CLOSED_YEARS; k++) {
      long end = y.ends[i];
      if (end < y.to || y.year >= MAX_YEAR) {
        return end < MAX_SECOND ? Option.some(Instant.ofEpochSecond(end)) : Option.none();
      }
      YearTable next = table(y.year + 1);
      if (next.starts.length == 0 || next.starts[0] != next.from) {
        return Option.some(Instant.ofEpochSecond(end));
      }
      y = next;
      i = 0;
    }
    return Option.none();
  }

  /**
   * Business time between {@code from} and {@code to}: F(to) − F(from).
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code to} is before {@code from}, or an instant is outside the range
   */
  public final Duration elapsed(Instant from, Instant to) {
    return Duration.ofSeconds(elapsedSeconds(second(from, "from"), secondAfter(from, to)));
  }

  /**
   * Business time between {@code from} and {@code to}, less the business time inside {@code pauses} (which may
   * overlap each other and stick out of {@code [from, to]}).
   *
   * @throws NullPointerException if an argument or a pause is null
   * @throws IllegalArgumentException if {@code to} is before {@code from}, or an instant is outside the range
   */
  public final Duration elapsed(Instant from, Instant to, Seq<TimeInterval> pauses) {
    long a = second(from, "from");
    long b = secondAfter(from, to);
    Objects.requireNonNull(pauses, "pauses must not be null");
    return Duration.ofSeconds(pauses.isEmpty() ? elapsedSeconds(a, b) : elapsedSeconds(a, b, Pauses.of(pauses)));
  }

  /**
   * The earliest instant u at or after {@code start} with {@code elapsed(start, u) = goal}.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code goal} is negative, not whole seconds or longer than {@link
   *     #MAX_GOAL}, {@code start} is outside the range, or the deadline falls after the end of the range
   * @throws IllegalStateException if the calendar stays closed for {@value #MAX_CLOSED_YEARS} consecutive years
   */
  public final Instant deadline(Instant start, Duration goal) {
    return Instant.ofEpochSecond(deadlineSeconds(second(start, "start"), seconds(goal)));
  }

  /**
   * The earliest instant u at or after {@code start} with {@code elapsed(start, u, pauses) = goal}: the due time of
   * a clock that does not count inside {@code pauses}.
   *
   * @throws NullPointerException if an argument or a pause is null
   * @throws IllegalArgumentException as {@link #deadline(Instant, Duration)}
   * @throws IllegalStateException as {@link #deadline(Instant, Duration)}
   */
  public final Instant deadline(Instant start, Duration goal, Seq<TimeInterval> pauses) {
    long s = second(start, "start");
    long n = seconds(goal);
    Objects.requireNonNull(pauses, "pauses must not be null");
    return Instant.ofEpochSecond(pauses.isEmpty() ? deadlineSeconds(s, n) : deadlineSeconds(s, n, Pauses.of(pauses)));
  }

  /**
   * How many bytes of heap the built table of UTC year {@code year} holds (its three arrays and headers): an
   * estimate from the array lengths, for capacity planning.
   *
   * @throws IllegalArgumentException if {@code year} is outside the supported range
   */
  public final long bytesPerYear(int year) {
    return table(checkYear(year)).retainedBytes();
  }

  /**
   * The number of open intervals in UTC year {@code year} after merging.
   *
   * @throws IllegalArgumentException if {@code year} is outside the supported range
   */
  public final int intervalsInYear(int year) {
    return table(checkYear(year)).starts.length;
  }

  // ------------------------------------------------------------------------------------------------ seconds

  /** Business seconds in {@code [a, b]} for {@code a <= b}, both within the range. */
  final long elapsedSeconds(long a, long b) {
    YearTable ta = tableAt(a);
    if (b <= ta.to) {
      return ta.business(b) - ta.business(a);
    }
    long sum = ta.total - ta.business(a);
    YearTable t = table(ta.year + 1);
    while (b > t.to) {
      sum += t.total;
      t = table(t.year + 1);
    }
    return sum + t.business(b);
  }

  final long elapsedSeconds(long a, long b, long[] pauses) {
    long sum = elapsedSeconds(a, b);
    for (int i = 0; i < pauses.length; i += 2) {
      long ps = Math.max(a, pauses[i]);
      long pe = Math.min(b, pauses[i + 1]);
      if (ps < pe) {
        sum -= elapsedSeconds(ps, pe);
      }
    }
    return sum;
  }

  /** The earliest u >= start with business seconds in {@code [start, u]} equal to {@code n >= 0}. */
  final long deadlineSeconds(long start, long n) {
    if (n == 0) {
      return start;
    }
    YearTable t = tableAt(start);
    int hint = t.floor(start);
    long target = (hint < 0 ? 0 : t.cum[hint] + Math.min(start, t.ends[hint]) - t.starts[hint]) + n;
    int closedYears = 0;
    while (target > t.total) {
      target -= t.total;
      closedYears = t.total == 0 ? closedYears + 1 : 0;
      if (closedYears >= MAX_CLOSED_YEARS) {
        throw new IllegalStateException("calendar " + this + " is closed for " + MAX_CLOSED_YEARS
            + " consecutive years from " + t.year + "; no deadline exists");
      }
      if (t.year >= MAX_YEAR) {
        throw new IllegalArgumentException("the deadline of " + Duration.ofSeconds(n) + " from "
            + Instant.ofEpochSecond(start) + " falls after the supported range (year " + MAX_YEAR + ")");
      }
      t = table(t.year + 1);
      hint = -1;
    }
    return hint < 0 ? t.inverse(target) : t.inverse(target, hint);
  }

  final long deadlineSeconds(long start, long n, long[] pauses) {
    if (n == 0) {
      return start;
    }
    long cursor = start;
    long remaining = n;
    for (int i = 0; i < pauses.length; i += 2) {
      long ps = pauses[i];
      long pe = pauses[i + 1];
      if (pe <= cursor) {
        continue;
      }
      if (ps > cursor) {
        long available = elapsedSeconds(cursor, ps);
        if (available >= remaining) {
          return deadlineSeconds(cursor, remaining);
        }
        remaining -= available;
      }
      cursor = pe;
      if (cursor >= MAX_SECOND) {
        throw new IllegalArgumentException("a pause reaches past the supported range (year " + MAX_YEAR + ")");
      }
    }
    return deadlineSeconds(cursor, remaining);
  }

  // ------------------------------------------------------------------------------------------------ tables

  final YearTable tableAt(long second) {
    return table(yearOf(second));
  }

  final YearTable table(int year) {
    YearTable t = recent[year & 15];
    if (t != null && t.year == year) {
      return t;
    }
    t = years.get(year, loader);
    recent[year & 15] = t;
    return t;
  }

  private YearTable load(Integer year) {
    long from = YEAR_STARTS[year - MIN_YEAR];
    long to = YEAR_STARTS[year - MIN_YEAR + 1];
    return new YearTable(year, from, to, openIntervals(year, from, to));
  }

  static int yearOf(long second) {
    int guess = (int) (1970 + Math.floorDiv(second, 31_556_952L));
    int i = Math.max(0, Math.min(YEAR_STARTS.length - 2, guess - MIN_YEAR));
    while (i > 0 && YEAR_STARTS[i] > second) {
      i--;
    }
    while (i < YEAR_STARTS.length - 2 && YEAR_STARTS[i + 1] <= second) {
      i++;
    }
    return MIN_YEAR + i;
  }

  static long yearStart(int year) {
    return YEAR_STARTS[year - MIN_YEAR];
  }

  private static int checkYear(int year) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new IllegalArgumentException("year must be in " + MIN_YEAR + ".." + MAX_YEAR + ", got " + year);
    }
    return year;
  }

  static long second(Instant t, String name) {
    Objects.requireNonNull(t, () -> name + " must not be null");
    long s = t.getEpochSecond();
    if (s < MIN_SECOND || s >= MAX_SECOND) {
      throw new IllegalArgumentException(name + " " + t + " is outside the supported range " + MIN_YEAR + ".." + MAX_YEAR);
    }
    return s;
  }

  private static long secondAfter(Instant from, Instant to) {
    long b = second(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to " + to + " is before from " + from);
    }
    return b;
  }

  static long seconds(Duration d) {
    Objects.requireNonNull(d, "goal must not be null");
    if (d.isNegative()) {
      throw new IllegalArgumentException("goal must not be negative, got " + d);
    }
    if (d.getNano() != 0) {
      throw new IllegalArgumentException("goal must be whole seconds, got " + d);
    }
    if (d.compareTo(MAX_GOAL) > 0) {
      throw new IllegalArgumentException("goal must be at most " + MAX_GOAL + " (the supported range " + MIN_YEAR
          + ".." + MAX_YEAR + "), got " + d);
    }
    return d.getSeconds();
  }
}
