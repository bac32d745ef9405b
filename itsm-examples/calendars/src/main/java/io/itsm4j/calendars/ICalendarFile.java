package io.itsm4j.calendars;

import io.itsm4j.core.Fingerprint;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TextPolicy;
import io.itsm4j.core.Violation;
import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.monitoring.MaintenanceWindow;
import io.itsm4j.core.ticket.ChangeWindow;
import io.itsm4j.sla.availability.Outage;
import io.itsm4j.sla.calendar.DayRule;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.TreeSet;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Comparator;
import java.util.Objects;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * An iCalendar file (RFC 5545) read for its events: all-day events as holidays, timed events as maintenance windows
 * or planned outages, recurring events ({@code RRULE}, {@code RDATE}, {@code EXDATE}) expanded over the period
 * asked. Immutable once parsed; thread-safe.
 *
 * <h2>What is read</h2>
 * <ul>
 *   <li>{@code VEVENT}s only; cancelled ones ({@code STATUS:CANCELLED}) are left out.
 *   <li>An all-day event ({@code DTSTART;VALUE=DATE}) covers its days, its end day exclusive; a timed event its
 *       instants, {@code DTEND} or {@code DURATION} after {@code DTSTART}, none meaning an instant. Times with a
 *       {@code TZID} are read in that zone (from the file's {@code VTIMEZONE} or the standard zone of that name);
 *       floating times and all-day days in the zone the caller names; a TZID the file does not define is read with the
 *       JDK's rules of that zone, kept current with the JDK. A local time that occurs twice (the clocks
 *       go back) is its first occurrence, as RFC 5545 says; one the clocks skip is read with the offset before the
 *       gap (so 02:30 on the night Berlin springs forward is 03:30 CEST).
 *   <li>An occurrence is listed when it overlaps the period asked; the period spans at most {@value #MAX_YEARS}
 *       years and yields at most {@value #MAX_OCCURRENCES} occurrences, so a rule repeating every second cannot
 *       exhaust the host; a rule repeating by the second or minute is refused when the file is read.
 * </ul>
 */
public final class ICalendarFile {
  /** The longest text read, in characters. */
  public static final int MAX_CHARS = 4 * 1024 * 1024;
  /** The longest period expanded, in years. */
  public static final int MAX_YEARS = 20;
  /** The most occurrences listed for one period. */
  public static final int MAX_OCCURRENCES = 100_000;

  private final Vector<VEvent> events;
  /** The TZIDs the file defines with a VTIMEZONE: their rules are the file's. */
  private final java.util.Set<String> definedZones;

  private ICalendarFile(Vector<VEvent> events, java.util.Set<String> definedZones) {
    this.events = events;
    this.definedZones = definedZones;
  }

  /**
   * One occurrence of an event.
   *
   * @param uid the event's {@code UID} (empty if it has none)
   * @param summary its {@code SUMMARY} (empty if none)
   * @param allDay whether it is an all-day event
   * @param start its start
   * @param end its end (exclusive); equal to the start for an event without duration
   */
  public record Occurrence(String uid, String summary, boolean allDay, Instant start, Instant end) {
    /** Checks the arguments. */
    public Occurrence {
      Objects.requireNonNull(uid, "uid must not be null");
      Objects.requireNonNull(summary, "summary must not be null");
      Objects.requireNonNull(start, "start must not be null");
      Objects.requireNonNull(end, "end must not be null");
      if (end.isBefore(start)) {
        throw new IllegalArgumentException("end " + end + " is before start " + start);
      }
    }
  }

  /**
   * Parses a file's text.
   *
   * @return the file; or {@link RejectionCode#INVALID_INPUT} naming {@code ics}: too long, not iCalendar (with the
   *     line the parser stopped at), or an event without a start
   * @throws NullPointerException if {@code text} is null
   */
  public static Either<Rejection, ICalendarFile> parse(String text) {
    Objects.requireNonNull(text, "text must not be null");
    if (text.length() > MAX_CHARS) {
      return invalid("ics", "the file has " + text.length() + " characters, more than " + MAX_CHARS);
    }
    Calendar calendar;
    try {
      calendar = new CalendarBuilder().build(new StringReader(text));
    } catch (ParserException e) {
      return invalid("ics", "not an iCalendar file: " + TextPolicy.shown(String.valueOf(e.getMessage()))
          + " (line " + e.getLineNo() + ")");
    } catch (IOException | RuntimeException e) {
      return invalid("ics", "not an iCalendar file: " + TextPolicy.shown(String.valueOf(e.getMessage())));
    }
    Vector<VEvent> events = Vector.empty();
    for (Component c : calendar.getComponents(Component.VEVENT)) {
      VEvent e = (VEvent) c;
      if (e.getStartDate().isEmpty()) {
        return invalid("ics", "event " + TextPolicy.shown(text(e, Property.UID)) + " has no DTSTART");
      }
      String rule = text(e, Property.RRULE).toUpperCase(java.util.Locale.ROOT);
      if (rule.contains("FREQ=SECONDLY") || rule.contains("FREQ=MINUTELY")) {
        return invalid("ics", "event " + TextPolicy.shown(text(e, Property.UID)) + " repeats " + (rule.contains(
            "SECONDLY") ? "every second" : "every minute") + ": holidays and windows repeat by the hour at most");
      }
      if (!"CANCELLED".equalsIgnoreCase(text(e, Property.STATUS))) {
        events = events.append(e);
      }
    }
    java.util.Set<String> defined = new java.util.HashSet<>();
    for (Component c : calendar.getComponents(Component.VTIMEZONE)) {
      c.getProperty(Property.TZID).ifPresent(t -> defined.add(t.getValue()));
    }
    return Either.right(new ICalendarFile(events, defined));
  }

  /** How many events the file holds (cancelled ones left out), recurring ones counted once. */
  public int events() {
    return events.size();
  }

  /**
   * The occurrences overlapping [{@code from}, {@code to}), by start, then uid.
   *
   * @param zone where floating times and all-day days are read
   * @return the occurrences; or {@code INVALID_INPUT} naming {@code to} (not after {@code from}, or more than
   *     {@value #MAX_YEARS} years after it), or {@code ics} (more than {@value #MAX_OCCURRENCES} occurrences, or an
   *     event whose dates the expansion cannot read)
   * @throws NullPointerException if an argument is null
   */
  public Either<Rejection, Seq<Occurrence>> occurrences(Instant from, Instant to, ZoneId zone) {
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(to, "to must not be null");
    Objects.requireNonNull(zone, "zone must not be null");
    if (!to.isAfter(from) || to.isAfter(from.atZone(zone).plusYears(MAX_YEARS).toInstant())) {
      return invalid("to", "the period must end after it starts and span at most " + MAX_YEARS + " years: " + from
          + " .. " + to);
    }
    Vector<Occurrence> out = Vector.empty();
    for (VEvent e : events) {
      Temporal start = e.getStartDate().get().getDate();
      boolean allDay = start instanceof LocalDate;
      Period<? extends Temporal> asked = allDay
          // A day that begins before the period and ends inside it overlaps it.
          ? new Period<>(from.atZone(zone).toLocalDate().minusDays(1), to.atZone(zone).toLocalDate().plusDays(1))
          : new Period<>(from.atZone(zone).minusDays(1), to.atZone(zone).plusDays(1));
      java.util.Set<Period<Temporal>> set;
      try {
        set = e.calculateRecurrenceSet(asked);
      } catch (RuntimeException ex) {
        return invalid("ics", "event " + TextPolicy.shown(text(e, Property.UID)) + " cannot be expanded: "
            + TextPolicy.shown(String.valueOf(ex.getMessage())));
      }
      Option<ZoneId> standard = standardZone(e);
      // With the JDK's rules, the exact duration of DTSTART to DTEND is the JDK's too.
      Option<java.time.Duration> exact = standard.flatMap(zid -> exactDuration(e, zid));
      // The wall time every occurrence has, when the rule does not set hours: ical4j carries a time the clocks
      // skipped (02:00 moved to 03:00) into the next occurrence, so it is taken from DTSTART as written instead.
      Option<java.time.LocalTime> wallTime = standard.isEmpty() || ruleSetsTime(e) ? Option.none()
          : writtenStart(e).map(LocalDateTime::toLocalTime);
      for (Period<Temporal> p : set) {
        Instant s = instant(p.getStart(), zone);
        Instant end = instant(p.getEnd(), zone);
        if (end.isBefore(s)) {
          end = s;
        }
        if (p.getStart() instanceof ZonedDateTime z) {
          if (standard.isDefined()) {
            // A TZID the file does not define is read with the JDK's rules of that zone: ical4j falls back to
            // definitions of its own that can lag behind (Chile's daylight saving moved in 2022; ical4j still had
            // the old dates). The JDK's atZone takes the first of a repeated local time, as RFC 5545 wants.
            Instant moved = wallTime.map(t -> z.toLocalDate().atTime(t)).getOrElse(z.toLocalDateTime())
                .atZone(standard.get()).toInstant();
            end = moved.plus(exact.getOrElse(java.time.Duration.between(s, end)));
            s = moved;
          } else if (!z.withEarlierOffsetAtOverlap().equals(z)) {
            // RFC 5545 (3.3.5): a local time that occurs twice, when the clocks go back, means its first
            // occurrence; the expansion takes the second. The occurrence keeps its exact duration.
            Instant first = z.withEarlierOffsetAtOverlap().toInstant();
            end = first.plus(java.time.Duration.between(s, end));
            s = first;
          }
        }
        boolean overlaps = s.equals(end) ? !s.isBefore(from) && s.isBefore(to) : s.isBefore(to) && end.isAfter(from);
        if (overlaps) {
          out = out.append(new Occurrence(text(e, Property.UID), text(e, Property.SUMMARY), allDay, s, end));
          if (out.size() > MAX_OCCURRENCES) {
            return invalid("ics", "more than " + MAX_OCCURRENCES + " occurrences in " + from + " .. " + to);
          }
        }
      }
    }
    return Either.right(out.sorted(Comparator.comparing(Occurrence::start).thenComparing(Occurrence::uid)));
  }

  /**
   * The days all-day events cover in the period, as holidays of an itsm-sla calendar in {@code zone}: each day
   * once, earliest first. Timed events are left out (they are windows, not days off).
   *
   * @return the holidays; or a rejection as {@link #occurrences}
   */
  public Either<Rejection, Seq<DayRule>> holidays(Instant from, Instant to, ZoneId zone) {
    return occurrences(from, to, zone).map(os -> {
      TreeSet<LocalDate> days = TreeSet.empty();
      for (Occurrence o : os.filter(Occurrence::allDay)) {
        LocalDate last = o.end().atZone(zone).toLocalDate();
        for (LocalDate d = o.start().atZone(zone).toLocalDate(); d.isBefore(last) || d.equals(o.start().atZone(zone)
            .toLocalDate()); d = d.plusDays(1)) {
          days = days.add(d);
        }
      }
      return days.toVector().map(DayRule::on);
    });
  }

  /**
   * The timed events in the period as maintenance windows over {@code items}, for the alert correlator. Each
   * window's id is derived from its event's uid and start, so importing the same file twice gives the same windows.
   * Events without duration are left out.
   *
   * @return the windows; or a rejection as {@link #occurrences}
   * @throws IllegalArgumentException if {@code items} is empty
   */
  public Either<Rejection, Seq<MaintenanceWindow>> maintenanceWindows(Instant from, Instant to, ZoneId zone,
      Set<ConfigurationItemId> items) {
    Objects.requireNonNull(items, "items must not be null");
    if (items.isEmpty()) {
      throw new IllegalArgumentException("items must not be empty");
    }
    return occurrences(from, to, zone).map(os -> os.filter(o -> !o.allDay() && o.end().isAfter(o.start()))
        .map(o -> new MaintenanceWindow(windowId(o), ChangeWindow.of(o.start(), o.end()), items)));
  }

  /**
   * The timed events in the period as planned outages, for availability: the reference is the summary, or the uid
   * when there is none. Events without duration are left out.
   *
   * @return the outages; or a rejection as {@link #occurrences}
   */
  public Either<Rejection, Seq<Outage>> plannedOutages(Instant from, Instant to, ZoneId zone) {
    return occurrences(from, to, zone).map(os -> os.filter(o -> !o.allDay() && o.end().isAfter(o.start()))
        .map(o -> Outage.planned(o.summary().isEmpty() ? o.uid() : o.summary(), o.start(), o.end())));
  }

  /** Whether the event's recurrence rule sets the hour, minute or second of its occurrences. */
  private static boolean ruleSetsTime(VEvent e) {
    String rule = text(e, Property.RRULE).toUpperCase(java.util.Locale.ROOT);
    return rule.contains("BYHOUR") || rule.contains("BYMINUTE") || rule.contains("BYSECOND")
        || rule.contains("FREQ=HOURLY") || !text(e, Property.RDATE).isEmpty();
  }

  /** DTSTART's local date and time as the file writes them ({@code yyyyMMdd'T'HHmmss}), if it is a zoned time. */
  private static Option<LocalDateTime> writtenStart(VEvent e) {
    String value = e.getStartDate().map(d -> d.getValue()).orElse("");
    try {
      return value.length() == 15 ? Option.some(LocalDateTime.parse(value, WRITTEN)) : Option.none();
    } catch (java.time.format.DateTimeParseException ex) {
      return Option.none();
    }
  }

  private static final java.time.format.DateTimeFormatter WRITTEN =
      java.time.format.DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", java.util.Locale.ROOT);

  /** DTSTART to DTEND as exact time in {@code zid}, when both are local times of a zone. */
  private static Option<java.time.Duration> exactDuration(VEvent e, ZoneId zid) {
    Option<Temporal> start = Option.ofOptional(e.getStartDate()).map(d -> (Temporal) d.getDate());
    Option<Temporal> end = Option.ofOptional(e.getEndDate(false)).map(d -> (Temporal) d.getDate());
    if (start.isDefined() && end.isDefined() && start.get() instanceof ZonedDateTime a
        && end.get() instanceof ZonedDateTime b) {
      LocalDateTime from = writtenStart(e).getOrElse(a.toLocalDateTime());
      String endValue = e.getEndDate(false).map(d -> d.getValue()).orElse("");
      LocalDateTime until = endValue.length() == 15 ? LocalDateTime.parse(endValue, WRITTEN) : b.toLocalDateTime();
      return Option.some(java.time.Duration.between(from.atZone(zid), until.atZone(zid)));
    }
    return Option.none();
  }

  /** The JDK zone of an event's TZID, when the file defines no VTIMEZONE for it and the JDK knows the name. */
  private Option<ZoneId> standardZone(VEvent e) {
    Option<String> tzid = Option.ofOptional(e.getStartDate().flatMap(d -> d.getParameter(Parameter.TZID)))
        .map(p -> ((Parameter) p).getValue());
    return tzid.filter(t -> !definedZones.contains(t) && ZoneId.getAvailableZoneIds().contains(t)).map(ZoneId::of);
  }

  private static String windowId(Occurrence o) {
    return "ics-" + Fingerprint.of(o.uid(), o.start()).substring(0, 24);
  }

  private static Instant instant(Temporal t, ZoneId zone) {
    if (t instanceof Instant i) {
      return i;
    }
    if (t instanceof ZonedDateTime z) {
      return z.toInstant();
    }
    if (t instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (t instanceof LocalDateTime l) {
      return l.atZone(zone).toInstant();
    }
    if (t instanceof LocalDate d) {
      return d.atStartOfDay(zone).toInstant();
    }
    throw new IllegalArgumentException("a date of unknown kind: " + t.getClass().getName());
  }

  private static String text(VEvent e, String property) {
    return e.getProperty(property).map(Property::getValue).orElse("");
  }

  private static <T> Either<Rejection, T> invalid(String field, String message) {
    return Either.left(Rejection.invalid(RejectionCode.INVALID_INPUT,
        Vector.of(Violation.of(field, Violation.INVALID, message))));
  }
}
