package io.itsm4j.sla;

import io.vavr.control.Either;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.TextPolicy;
import io.itsm4j.core.Violation;
import io.itsm4j.sla.calendar.BusinessCalendar;
import io.itsm4j.sla.calendar.DailyHours;
import io.itsm4j.sla.calendar.DayRule;
import io.itsm4j.sla.calendar.WeeklyCalendar;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;

/**
 * Builds a calendar from text a person typed into a form or a configuration file, reporting every problem at once,
 * each naming its field (tier 2 of the error model).
 *
 * <p>Formats: the zone is an IANA id ({@code "Europe/Berlin"}); weekly hours map a weekday name ({@code
 * "monday"}, any case) to comma-separated intervals ({@code "09:00-12:00, 13:00-17:00"}, {@code "22:00-06:00"},
 * {@code "18:00-24:00"}); holidays are dates ({@code "2024-12-27"}) or days every year ({@code "--12-25"}).
 * Pure and thread-safe.
 */
public final class CalendarInput {
  private CalendarInput() {}

  /**
   * The calendar, or {@link RejectionCode#INVALID_INPUT} listing every violation, each at a place of its own: {@code zone}, {@code hours.<weekday>} (an unknown
   * weekday), {@code hours.<weekday>[<position>]} (an interval, by its position in the list), {@code
   * holidays[<index>]}.
   *
   * @throws NullPointerException if an argument is null
   */
  public static Either<Rejection, WeeklyCalendar> calendar(String zone, Map<String, String> weeklyHours,
      Seq<String> holidays) {
    Objects.requireNonNull(zone, "zone must not be null");
    Objects.requireNonNull(weeklyHours, "weeklyHours must not be null");
    Objects.requireNonNull(holidays, "holidays must not be null");
    Vector<Violation> violations = Vector.empty();
    ZoneId zoneId = null;
    try {
      zoneId = ZoneId.of(zone.trim());
    } catch (DateTimeException e) {
      violations = violations.append(Violation.of("zone", Violation.INVALID,
          "zone must be an IANA time zone such as Europe/Berlin, got '" + abbreviate(zone) + "'"));
    }
    // Vectors, not linked lists: appending one step per holiday to a list would make 100,000 holidays quadratic.
    Vector<Runnable> steps = Vector.empty();
    WeeklyCalendar.Builder builder = BusinessCalendar.builder(zoneId == null ? ZoneId.of("UTC") : zoneId);
    for (var entry : weeklyHours) {
      String field = "hours." + abbreviate(entry._1);
      DayOfWeek day;
      try {
        day = DayOfWeek.valueOf(entry._1.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        violations = violations.append(Violation.of(field, Violation.INVALID,
            "'" + abbreviate(entry._1) + "' is not a weekday (monday ... sunday)"));
        continue;
      }
      String[] intervals = entry._2.split(",", -1);
      for (int i = 0; i < intervals.length; i++) {
        String interval = intervals[i];
        if (interval.isBlank()) {
          continue;
        }
        String[] bounds = interval.trim().split("-");
        try {
          if (bounds.length != 2) {
            throw new IllegalArgumentException("opening hours are written start-end, e.g. 09:00-17:00");
          }
          DailyHours hours = DailyHours.of(bounds[0].trim(), bounds[1].trim());
          steps = steps.append(() -> builder.hours(hours, day));
        } catch (IllegalArgumentException e) {
          // The interval's position makes the place unique when one weekday has several bad intervals.
          violations = violations.append(Violation.of(field + "[" + i + "]", Violation.INVALID,
              "'" + abbreviate(interval.trim()) + "': " + abbreviate(String.valueOf(e.getMessage()))));
        }
      }
    }
    int index = 0;
    for (String holiday : holidays) {
      String field = "holidays[" + index++ + "]";
      String text = holiday.trim();
      try {
        DayRule rule = text.startsWith("--") ? DayRule.every(MonthDay.parse(text)) : DayRule.on(LocalDate.parse(text));
        steps = steps.append(() -> builder.holiday(rule));
      } catch (DateTimeException e) {
        violations = violations.append(Violation.of(field, Violation.INVALID,
            "a holiday is a date such as 2024-12-27 or a day every year such as --12-25, got '" + abbreviate(text)
                + "'"));
      }
    }
    if (!violations.isEmpty()) {
      return Either.left(Rejection.invalid(RejectionCode.INVALID_INPUT, violations));
    }
    steps.forEach(Runnable::run);
    return Either.right(builder.build());
  }

  private static String abbreviate(String value) {
    return TextPolicy.shown(value);
  }
}
