package io.itsm4j.calendars;

import de.focus_shift.jollyday.core.CalendarHierarchy;
import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.Violation;
import io.itsm4j.sla.calendar.BusinessCalendar;
import io.itsm4j.sla.calendar.DayRule;
import io.itsm4j.sla.calendar.WeeklyCalendar;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeSet;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.time.Year;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Public holidays of a country and its regions, from jollyday's data, as itsm-sla holidays. Stateless and
 * thread-safe (jollyday caches its parsed data per country).
 *
 * <p>A holiday is taken on the day it is observed (a holiday that falls on a Sunday and is observed on the Monday
 * closes the Monday). Only {@code PUBLIC_HOLIDAY}s are taken unless {@link #days} is asked for bank holidays too;
 * observances (Mother's Day, say) never close a service desk. Holidays are dated: a calendar built for 2026 to 2030
 * knows nothing of 2031, so import the years the calendar must cover (at most {@value #MAX_YEARS} at once).
 */
public final class PublicHolidays {
  /** The most years imported at once. */
  public static final int MAX_YEARS = 100;

  private static final Pattern CODE = Pattern.compile("[a-z]{2}");
  private static final Pattern REGION = Pattern.compile("[a-z0-9]{1,8}");

  private PublicHolidays() {}

  /** The country codes jollyday has data for, lower case (ISO 3166-1 alpha-2). */
  public static Seq<String> countries() {
    return TreeSet.ofAll(HolidayManager.getSupportedCalendarCodes()).map(c -> c.toLowerCase(Locale.ROOT)).toVector();
  }

  /**
   * The days off of {@code country} (and the regions named, outermost first: {@code "de", "by"} for Bavaria) in the
   * years {@code from} to {@code to}, inclusive, earliest first, each once.
   *
   * @param withBankHolidays whether bank holidays count as days off too
   * @return the days; or {@link RejectionCode#INVALID_INPUT} naming {@code country} (not a two-letter code jollyday
   *     knows), {@code region} (not a region of the level above, listing those there are) or {@code to} (before {@code from}, more than {@value #MAX_YEARS} years,
   *     or outside the calendars' years)
   * @throws NullPointerException if an argument is null
   */
  public static Either<Rejection, Seq<LocalDate>> days(String country, Year from, Year to, boolean withBankHolidays,
      String... regions) {
    Objects.requireNonNull(country, "country must not be null");
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
    Objects.requireNonNull(regions, "regions must not be null");
    String code = country.toLowerCase(Locale.ROOT);
    if (!CODE.matcher(code).matches() || !countries().contains(code)) {
      return invalid("country", "'" + io.itsm4j.core.TextPolicy.shown(country)
          + "' is not a country jollyday has holidays for (two letters, as in " + countries().take(5).mkString(", ")
          + ")");
    }
    for (String region : regions) {
      if (region == null || !REGION.matcher(region.toLowerCase(Locale.ROOT)).matches()) {
        return invalid("region", "'" + (region == null ? "null" : io.itsm4j.core.TextPolicy.shown(region))
            + "' is not a region code (1 to 8 letters or digits)");
      }
    }
    if (to.isBefore(from) || to.getValue() - from.getValue() >= MAX_YEARS || from.getValue() < BusinessCalendar.MIN_YEAR
        || to.getValue() > BusinessCalendar.MAX_YEAR) {
      return invalid("to", "the years must run forwards, at most " + MAX_YEARS + " of them, within "
          + BusinessCalendar.MIN_YEAR + ".." + BusinessCalendar.MAX_YEAR + ": " + from + ".." + to);
    }
    HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(code));
    String[] args = Vector.of(regions).map(r -> r.toLowerCase(Locale.ROOT)).toJavaArray(String[]::new);
    // jollyday ignores a region it does not know and answers with the country's holidays: a typo would silently
    // drop a region's days off, so each level is looked up first.
    CalendarHierarchy level = manager.getCalendarHierarchy();
    for (String region : args) {
      CalendarHierarchy next = level.getChildren().get(region);
      if (next == null) {
        return invalid("region", "'" + region + "' is not a region of " + level.getId() + " (one of "
            + TreeSet.ofAll(level.getChildren().keySet()).mkString(", ") + ")");
      }
      level = next;
    }
    TreeSet<LocalDate> out = TreeSet.empty();
    for (int y = from.getValue(); y <= to.getValue(); y++) {
      for (Holiday h : manager.getHolidays(Year.of(y), args)) {
        if (h.getType() == HolidayType.PUBLIC_HOLIDAY || withBankHolidays && h.getType() == HolidayType.BANK_HOLIDAY) {
          out = out.add(h.getDate());
        }
      }
    }
    return Either.right(out.toVector());
  }

  /**
   * {@code calendar} with the public holidays of {@code country} (and regions) in the years asked added as
   * holidays; same rejections as {@link #days}.
   */
  public static Either<Rejection, WeeklyCalendar> addTo(WeeklyCalendar calendar, String country, Year from, Year to,
      String... regions) {
    Objects.requireNonNull(calendar, "calendar must not be null");
    return days(country, from, to, false, regions).map(d -> calendar.withHolidays(d.map(DayRule::on)));
  }

  private static <T> Either<Rejection, T> invalid(String field, String message) {
    return Either.left(Rejection.invalid(RejectionCode.INVALID_INPUT, Vector.of(Violation.of(field, Violation.INVALID, message))));
  }
}
