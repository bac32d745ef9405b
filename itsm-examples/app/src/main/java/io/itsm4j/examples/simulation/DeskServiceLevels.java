package io.itsm4j.examples.simulation;

import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketFields;
import io.itsm4j.core.ticket.TicketKind;
import io.itsm4j.core.workflow.StateCategory;
import io.itsm4j.sla.SlaCondition;
import io.itsm4j.sla.SlaDefinition;
import io.itsm4j.sla.SlaId;
import io.itsm4j.sla.TicketSelector;
import io.itsm4j.sla.calendar.BusinessCalendar;
import io.itsm4j.sla.calendar.DailyHours;
import io.itsm4j.sla.calendar.DayRule;
import io.itsm4j.sla.calendar.WeeklyCalendar;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * The simulated desk's service level agreement: office hours in Dresden (Monday to Friday 08:00-18:00,
 * Europe/Berlin, closed on the public holidays of Saxony) and four targets, first response and resolution for
 * incidents and for service requests, with a goal per priority in business time. The resolution clocks pause while
 * a ticket is on hold awaiting the caller or a vendor (not while it awaits a change of the provider's own).
 *
 * <p>Pure functions over immutable values; thread-safe. Years outside 1900-2999 fail with an {@link
 * IllegalArgumentException} from the calendar.
 */
public final class DeskServiceLevels {
  /** The desk's time zone. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
  /** First response to an incident: an agent comments for the caller or work starts. */
  public static final SlaId INCIDENT_RESPONSE = SlaId.of("incident-response");
  /** Resolution of an incident, a new cycle after each reopening. */
  public static final SlaId INCIDENT_RESOLUTION = SlaId.of("incident-resolution");
  /** First response to a service request: an agent comments or the request moves on from New. */
  public static final SlaId REQUEST_RESPONSE = SlaId.of("request-response");
  /** Fulfilment of a service request. */
  public static final SlaId REQUEST_FULFILMENT = SlaId.of("request-fulfilment");
  /** The warning threshold, in percent of the goal; 100 is the breach. */
  public static final int WARNING_PERCENT = 75;

  private DeskServiceLevels() {}

  /**
   * A public holiday.
   *
   * @param date the day
   * @param name its name
   */
  public record Holiday(LocalDate date, String name) {
    /**
     * Checks the arguments.
     *
     * @throws NullPointerException if an argument is null
     */
    public Holiday {
      java.util.Objects.requireNonNull(date, "date");
      java.util.Objects.requireNonNull(name, "name");
    }
  }

  /**
   * The public holidays of the Free State of Saxony in {@code year}, in date order: the nationwide ones plus
   * Reformation Day and the Day of Repentance and Prayer (the Wednesday before 23 November).
   *
   * @throws java.time.DateTimeException if the year is out of {@link LocalDate}'s range
   */
  public static Seq<Holiday> saxonHolidays(int year) {
    LocalDate easter = easterSunday(year);
    return List.of(
        new Holiday(LocalDate.of(year, 1, 1), "New Year's Day"),
        new Holiday(easter.minusDays(2), "Good Friday"),
        new Holiday(easter.plusDays(1), "Easter Monday"),
        new Holiday(LocalDate.of(year, 5, 1), "Labour Day"),
        new Holiday(easter.plusDays(39), "Ascension Day"),
        new Holiday(easter.plusDays(50), "Whit Monday"),
        new Holiday(LocalDate.of(year, 10, 3), "Day of German Unity"),
        new Holiday(LocalDate.of(year, 10, 31), "Reformation Day"),
        new Holiday(LocalDate.of(year, 11, 22).with(TemporalAdjusters.previousOrSame(DayOfWeek.WEDNESDAY)),
            "Day of Repentance and Prayer"),
        new Holiday(LocalDate.of(year, 12, 25), "Christmas Day"),
        new Holiday(LocalDate.of(year, 12, 26), "St Stephen's Day"))
        .sortBy(Holiday::date);
  }

  /** Easter Sunday of the Gregorian calendar (the anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }

  /**
   * The Saxon public holidays from {@code from} to {@code to}, both inclusive, in date order.
   *
   * @throws NullPointerException if an argument is null
   */
  public static Seq<Holiday> holidaysBetween(LocalDate from, LocalDate to) {
    java.util.Objects.requireNonNull(from, "from");
    java.util.Objects.requireNonNull(to, "to");
    return List.rangeClosed(from.getYear(), to.getYear()).flatMap(DeskServiceLevels::saxonHolidays)
        .filter(h -> !h.date().isBefore(from) && !h.date().isAfter(to));
  }

  /**
   * Office hours Monday to Friday 08:00-18:00 in {@link #ZONE}, closed on the Saxon public holidays of the years
   * {@code fromYear} to {@code toYear} (a clock that runs into a later year simply counts that year's weekdays).
   *
   * @throws IllegalArgumentException if {@code toYear} is before {@code fromYear}
   */
  public static WeeklyCalendar officeHours(int fromYear, int toYear) {
    if (toYear < fromYear) {
      throw new IllegalArgumentException("toYear " + toYear + " is before fromYear " + fromYear);
    }
    WeeklyCalendar.Builder b = BusinessCalendar.builder(ZONE).name("Dresden office hours")
        .weekdays(DailyHours.of("08:00", "18:00"));
    for (int year = fromYear; year <= toYear; year++) {
      for (Holiday h : saxonHolidays(year)) {
        b.holiday(DayRule.on(h.date()));
      }
    }
    return b.build();
  }

  /**
   * Put on hold awaiting the caller or a vendor: the only holds that stop the resolution clocks. A hold awaiting a
   * change or a problem is the provider's own business, so the clock runs on.
   */
  public static SlaCondition holdAwaitingCallerOrVendor() {
    return SlaCondition.entersCategory(StateCategory.ON_HOLD).and(SlaCondition.of("hold reason awaiting caller or"
        + " vendor", t -> t.event() instanceof TicketEvent.StateChanged s
        && s.fields().get(TicketFields.HOLD_REASON).exists(r -> r.equals(TicketFields.HOLD_AWAITING_CALLER)
            || r.equals(TicketFields.HOLD_AWAITING_VENDOR))));
  }

  /**
   * The four targets on {@code calendar}, warnings at {@value #WARNING_PERCENT} % and breaches at 100 % of the
   * goal. Goals, in business time, for P1 to P5: incident response 15 min, 30 min, 2 h, 4 h, 8 h; incident
   * resolution 4 h, 8 h, 16 h, 40 h, 80 h; request response 1 h, 2 h, 4 h, 8 h, 16 h; request fulfilment 16 h,
   * 24 h, 30 h, 50 h, 100 h.
   *
   * @throws NullPointerException if {@code calendar} is null
   */
  public static Seq<SlaDefinition> definitions(BusinessCalendar calendar) {
    java.util.Objects.requireNonNull(calendar, "calendar");
    TicketSelector incidents = TicketSelector.builder().kinds(HashSet.of(TicketKind.INCIDENT)).build();
    TicketSelector requests = TicketSelector.builder().kinds(HashSet.of(TicketKind.SERVICE_REQUEST)).build();
    Seq<Integer> thresholds = List.of(WARNING_PERCENT, 100);
    return List.of(
        SlaDefinition.firstResponse().id(INCIDENT_RESPONSE).name("Incident first response").appliesTo(incidents)
            .goals(goals(minutes(15), minutes(30), hours(2), hours(4), hours(8)))
            .calendar(calendar).thresholds(thresholds).build(),
        SlaDefinition.resolution().id(INCIDENT_RESOLUTION).name("Incident resolution").appliesTo(incidents)
            .pause(holdAwaitingCallerOrVendor())
            .goals(goals(hours(4), hours(8), hours(16), hours(40), hours(80)))
            .calendar(calendar).thresholds(thresholds).build(),
        SlaDefinition.firstResponse().id(REQUEST_RESPONSE).name("Request first response").appliesTo(requests)
            .goals(goals(hours(1), hours(2), hours(4), hours(8), hours(16)))
            .calendar(calendar).thresholds(thresholds).build(),
        SlaDefinition.resolution().id(REQUEST_FULFILMENT).name("Request fulfilment").appliesTo(requests)
            .pause(holdAwaitingCallerOrVendor())
            .goals(goals(hours(16), hours(24), hours(30), hours(50), hours(100)))
            .calendar(calendar).thresholds(thresholds).build());
  }

  private static io.vavr.collection.Map<Priority, Duration> goals(Duration p1, Duration p2, Duration p3, Duration p4,
      Duration p5) {
    return TreeMap.of(Priority.P1, p1, Priority.P2, p2, Priority.P3, p3, Priority.P4, p4, Priority.P5, p5);
  }

  private static Duration minutes(long n) {
    return Duration.ofMinutes(n);
  }

  private static Duration hours(long n) {
    return Duration.ofHours(n);
  }
}
