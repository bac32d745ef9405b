package io.itsm4j.core.ticket;

import io.vavr.control.Either;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.Violation;
import io.itsm4j.core.internal.Checks;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * When a change is planned to happen: from {@code start} (inclusive) to {@code end} (exclusive). Two windows
 * overlap when each starts before the other ends, so back-to-back windows do not.
 *
 * @param start planned start
 * @param end planned end, after {@code start}
 */
public record ChangeWindow(Instant start, Instant end) {
  /**
   * Validates the window.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code end} is not after {@code start}
   */
  public ChangeWindow {
    Checks.notNull(start, "start");
    Checks.notNull(end, "end");
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("end must be after start, got " + start + " .. " + end);
    }
  }

  /** Shorthand for the constructor; same errors. */
  public static ChangeWindow of(Instant start, Instant end) {
    return new ChangeWindow(start, end);
  }

  /** Whether this window and {@code other} share an instant. */
  public boolean overlaps(ChangeWindow other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }

  /**
   * Reads the planned window from a ticket's fields ({@link TicketFields#PLANNED_START} and
   * {@link TicketFields#PLANNED_END}, ISO-8601 instants).
   *
   * @return none when neither field is set; the window when both are well formed and the end is after the start;
   *     otherwise {@link io.itsm4j.core.RejectionCode#INVALID_INPUT} with every violation, naming {@code
   *     fields.planned.start} and/or {@code fields.planned.end}
   * @throws NullPointerException if {@code fields} is null
   */
  public static Either<Rejection, Option<ChangeWindow>> fromFields(Map<String, String> fields) {
    Checks.notNull(fields, "fields");
    Option<String> start = fields.get(TicketFields.PLANNED_START).filter(s -> !s.isBlank());
    Option<String> end = fields.get(TicketFields.PLANNED_END).filter(s -> !s.isBlank());
    if (start.isEmpty() && end.isEmpty()) {
      return Either.right(Option.none());
    }
    Seq<Violation> v = List.empty();
    Option<Instant> s = start.flatMap(ChangeWindow::parse);
    Option<Instant> e = end.flatMap(ChangeWindow::parse);
    if (start.isDefined() && s.isEmpty()) {
      v = v.append(Violation.of("fields." + TicketFields.PLANNED_START, Violation.INVALID,
          "planned.start must be an ISO-8601 instant such as 2026-03-07T22:00:00Z, got '"
              + Checks.abbreviate(start.get()) + "'"));
    }
    if (end.isDefined() && e.isEmpty()) {
      v = v.append(Violation.of("fields." + TicketFields.PLANNED_END, Violation.INVALID,
          "planned.end must be an ISO-8601 instant such as 2026-03-08T02:00:00Z, got '"
              + Checks.abbreviate(end.get()) + "'"));
    }
    if (s.isDefined() && e.isDefined() && !e.get().isAfter(s.get())) {
      v = v.append(Violation.of("fields." + TicketFields.PLANNED_END, Violation.INVALID,
          "planned.end (" + e.get() + ") must be after planned.start (" + s.get() + ")"));
    }
    if (!v.isEmpty()) {
      return Either.left(Rejection.invalid(RejectionCode.INVALID_INPUT, v));
    }
    if (s.isEmpty() || e.isEmpty()) {
      return Either.right(Option.none());
    }
    return Either.right(Option.some(new ChangeWindow(s.get(), e.get())));
  }

  private static Option<Instant> parse(String value) {
    try {
      return Option.some(Instant.parse(value));
    } catch (DateTimeParseException e) {
      return Option.none();
    }
  }

  @Override
  public String toString() {
    return start + " .. " + end;
  }
}
