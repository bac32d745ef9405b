package io.itsm4j.sla.availability;

import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.Violation;
import io.itsm4j.sla.calendar.BusinessCalendar;
import io.itsm4j.sla.calendar.TimeInterval;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Objects;

/**
 * Measures availability against a target, in business time. Pure and thread-safe.
 *
 * <p>Every figure comes from the calendar's business-time arithmetic over the union of the outages, so overlapping
 * outages are counted once, an outage outside the service hours costs nothing, and daylight-saving changes are the
 * calendar's (an hour that does not exist is not open; one that happens twice is open twice if the hours say so).
 * Inputs are instants on any second; periods are half-open, {@code [from, to)}.
 */
public final class Availability {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Availability() {}

  /**
   * How available the service was in {@code [from, to)}.
   *
   * @param target the target, with the service hours and the planned-downtime rule
   * @param outages the service's outages, in any order, overlapping or not, inside the period or sticking out
   * @param from the period's start
   * @param to the period's end (the time of measuring, for a period still running)
   * @return the report, or {@link RejectionCode#INVALID_INPUT} naming {@code to} (not after {@code from}) or the
   *     instant outside the calendar's range
   * @throws NullPointerException if an argument or an outage is null
   */
  public static Either<Rejection, AvailabilityReport> measure(AvailabilityTarget target, Seq<Outage> outages,
      Instant from, Instant to) {
    Objects.requireNonNull(target, "target must not be null");
    Objects.requireNonNull(outages, "outages must not be null");
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
    if (!to.isAfter(from)) {
      return invalid("to", "the period must end after it starts: " + from + " .. " + to);
    }
    try {
      return Either.right(report(target, outages, from, to));
    } catch (IllegalArgumentException e) {
      // The calendar's range: its message names the instant.
      return invalid("from", e.getMessage());
    }
  }

  /**
   * Whether the downtime budget of the period {@code [from, to)} will run out before it ends, measured at
   * {@code at}: the downtime in {@code [from, at)} against the budget of the whole period, projected at the same
   * rate over the service time left. Planned outages anywhere in the period shape its service time (they are
   * usually known ahead); unplanned outages after {@code at} are not known yet and are ignored.
   *
   * @return an alarm when the projected downtime exceeds the budget; none otherwise
   * @throws NullPointerException if an argument or an outage is null
   */
  public static Either<Rejection, Option<BudgetAlarm>> budget(AvailabilityTarget target, Seq<Outage> outages,
      Instant from, Instant to, Instant at) {
    Objects.requireNonNull(at, "at must not be null");
    Either<Rejection, AvailabilityReport> whole = measure(target, outages.filter(Outage::planned), from, to);
    if (whole.isLeft()) {
      return Either.left(whole.getLeft());
    }
    if (!at.isAfter(from) || at.isAfter(to)) {
      return invalid("at", "the time of measuring must be after the period's start and not after its end: " + at);
    }
    AvailabilityReport sofar = measure(target, outages, from, at).get();
    long total = whole.get().agreedServiceTime().getSeconds();
    long passed = sofar.agreedServiceTime().getSeconds();
    long used = sofar.downtime().getSeconds();
    long budget = whole.get().budget().getSeconds();
    if (used == 0 || passed == 0) {
      return Either.right(Option.none());
    }
    long projected = BigDecimal.valueOf(used).multiply(BigDecimal.valueOf(total))
        .divide(BigDecimal.valueOf(passed), 0, RoundingMode.FLOOR).longValueExact();
    if (projected <= budget) {
      return Either.right(Option.none());
    }
    double burnRate = budget == 0 ? Double.POSITIVE_INFINITY : ((double) used / budget) / ((double) passed / total);
    return Either.right(Option.some(new BudgetAlarm(at, to, Duration.ofSeconds(used), Duration.ofSeconds(budget),
        Duration.ofSeconds(projected), burnRate)));
  }

  private static AvailabilityReport report(AvailabilityTarget target, Seq<Outage> outages, Instant from,
      Instant to) {
    BusinessCalendar hours = target.serviceHours();
    // Sorted once by start: every list below is then in order, so the sorts after it (the calendar merging its
    // pauses, the episodes) find one run and are linear; and built as arrays, since appending to a Vector one by
    // one costs more than the measuring.
    Outage[] sorted = outages.toJavaArray(Outage[]::new);
    for (Outage o : sorted) {
      Objects.requireNonNull(o, "outage must not be null");
    }
    java.util.Arrays.sort(sorted, Comparator.comparing(Outage::start));
    java.util.List<TimeInterval> plannedSpans = new ArrayList<>();
    java.util.List<TimeInterval> allSpans = new ArrayList<>(sorted.length);
    java.util.List<Outage> unplanned = new ArrayList<>(sorted.length);
    for (Outage o : sorted) {
      TimeInterval span = TimeInterval.of(o.start(), o.end());
      allSpans.add(span);
      if (o.planned()) {
        plannedSpans.add(span);
      } else {
        unplanned.add(o);
      }
    }
    Vector<TimeInterval> planned = Vector.ofAll(plannedSpans);
    Vector<TimeInterval> all = Vector.ofAll(allSpans);
    long open = hours.elapsed(from, to).getSeconds();
    long openOutsidePlanned = planned.isEmpty() ? open : hours.elapsed(from, to, planned).getSeconds();
    long plannedDown = open - openOutsidePlanned;
    long openOutsideAll = all.isEmpty() ? open : hours.elapsed(from, to, all).getSeconds();
    long allDown = open - openOutsideAll;
    long unplannedDown = allDown - plannedDown;
    boolean excluded = target.plannedDowntime() == PlannedDowntime.EXCLUDED;
    long agreed = excluded ? open - plannedDown : open;
    long downtime = excluded ? unplannedDown : allDown;
    int count = episodes(hours, unplanned, planned, from, to);
    long budget = BigDecimal.valueOf(agreed).multiply(HUNDRED.subtract(BigDecimal.valueOf(target.percent())))
        .divide(HUNDRED, 0, RoundingMode.FLOOR).longValueExact();
    Option<Double> availability = agreed == 0 ? Option.none()
        : Option.some(100.0 * (agreed - downtime) / agreed);
    return new AvailabilityReport(from, to, target, Duration.ofSeconds(agreed), Duration.ofSeconds(plannedDown),
        Duration.ofSeconds(unplannedDown), Duration.ofSeconds(downtime), count, availability,
        mean(unplannedDown, count), mean(agreed - downtime, count), mean(agreed, count), Duration.ofSeconds(budget),
        Duration.ofSeconds(budget - downtime));
  }

  /**
   * Unplanned outages merged where they overlap or touch, each counted if it has downtime in the period: service
   * hours open, outside planned outages. Both lists are walked once in start order, and an episode's open time is
   * asked of the calendar only for its gaps between planned outages, so a year of outages is linear, not one
   * calendar call with every planned outage per episode.
   */
  private static int episodes(BusinessCalendar hours, java.util.List<Outage> unplanned, Seq<TimeInterval> planned,
      Instant from, Instant to) {
    // Both lists come in start order (report sorts the outages once).
    TimeInterval[] covered = merged(planned);
    int count = 0;
    int i = 0;
    int p = 0;
    while (i < unplanned.size()) {
      Instant start = unplanned.get(i).start();
      Instant end = unplanned.get(i).end();
      i++;
      while (i < unplanned.size() && !unplanned.get(i).start().isAfter(end)) {
        if (unplanned.get(i).end().isAfter(end)) {
          end = unplanned.get(i).end();
        }
        i++;
      }
      Instant a = start.isAfter(from) ? start : from;
      Instant b = end.isBefore(to) ? end : to;
      if (!a.isBefore(b)) {
        continue;
      }
      while (p < covered.length && !covered[p].end().isAfter(a)) {
        p++;
      }
      if (openOutside(hours, covered, p, a, b)) {
        count++;
      }
    }
    return count;
  }

  /** Whether the calendar is open somewhere in {@code [a, b)} outside the planned intervals from index {@code p}. */
  private static boolean openOutside(BusinessCalendar hours, TimeInterval[] covered, int p, Instant a, Instant b) {
    Instant cursor = a;
    int q = p;
    while (cursor.isBefore(b)) {
      if (q < covered.length && !covered[q].start().isAfter(cursor)) {
        if (covered[q].end().isAfter(cursor)) {
          cursor = covered[q].end();
        }
        q++;
        continue;
      }
      Instant gapEnd = q < covered.length && covered[q].start().isBefore(b) ? covered[q].start() : b;
      if (hours.elapsed(cursor, gapEnd).getSeconds() > 0) {
        return true;
      }
      cursor = gapEnd;
    }
    return false;
  }

  /** The planned outages, given in start order, merged where they overlap or touch. */
  private static TimeInterval[] merged(Seq<TimeInterval> planned) {
    java.util.ArrayList<TimeInterval> out = new ArrayList<>(planned.size());
    for (TimeInterval t : planned) {
      TimeInterval last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && !t.start().isAfter(last.end())) {
        if (t.end().isAfter(last.end())) {
          out.set(out.size() - 1, TimeInterval.of(last.start(), t.end()));
        }
      } else {
        out.add(t);
      }
    }
    return out.toArray(new TimeInterval[0]);
  }

  private static Option<Duration> mean(long seconds, int count) {
    return count == 0 ? Option.none() : Option.some(Duration.ofSeconds(seconds / count));
  }

  private static <T> Either<Rejection, T> invalid(String field, String message) {
    return Either.left(Rejection.invalid(RejectionCode.INVALID_INPUT, List.of(Violation.of(field, Violation.INVALID,
        message))));
  }
}
