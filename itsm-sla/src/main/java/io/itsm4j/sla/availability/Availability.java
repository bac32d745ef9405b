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
    Vector<TimeInterval> planned = Vector.empty();
    Vector<TimeInterval> all = Vector.empty();
    java.util.List<Outage> unplanned = new ArrayList<>();
    for (Outage o : outages) {
      Objects.requireNonNull(o, "outage must not be null");
      TimeInterval span = TimeInterval.of(o.start(), o.end());
      all = all.append(span);
      if (o.planned()) {
        planned = planned.append(span);
      } else {
        unplanned.add(o);
      }
    }
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
   * hours open, outside planned outages.
   */
  private static int episodes(BusinessCalendar hours, java.util.List<Outage> unplanned, Seq<TimeInterval> planned,
      Instant from, Instant to) {
    unplanned.sort(Comparator.comparing(Outage::start));
    int count = 0;
    int i = 0;
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
      if (a.isBefore(b) && hours.elapsed(a, b, overlapping(planned, a, b)).getSeconds() > 0) {
        count++;
      }
    }
    return count;
  }

  /**
   * The planned outages that overlap {@code [a, b)}: usually none, and the calendar merges the pauses it is given
   * on every call, so passing all of them made a year of outages quadratic.
   */
  private static Seq<TimeInterval> overlapping(Seq<TimeInterval> planned, Instant a, Instant b) {
    Vector<TimeInterval> out = Vector.empty();
    for (TimeInterval p : planned) {
      if (p.start().isBefore(b) && p.end().isAfter(a)) {
        out = out.append(p);
      }
    }
    return out;
  }

  private static Option<Duration> mean(long seconds, int count) {
    return count == 0 ? Option.none() : Option.some(Duration.ofSeconds(seconds / count));
  }

  private static <T> Either<Rejection, T> invalid(String field, String message) {
    return Either.left(Rejection.invalid(RejectionCode.INVALID_INPUT, List.of(Violation.of(field, Violation.INVALID,
        message))));
  }
}
