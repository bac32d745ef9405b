package io.itsm4j.calendars;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.constraints.IntRange;

/**
 * A weekly window with a zone, imported from iCalendar, against a day-by-day oracle in java.time: every occurrence
 * starts at the rule's local time on a rule's weekday (a time the clock skips moves forward as java.time moves it;
 * a time the clock repeats takes the earlier offset) and lasts the exact duration of DTSTART to DTEND.
 */
class WeeklyRuleOracleProperties {
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss", Locale.ROOT);
  private static final String[] BYDAY = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

  @Provide
  Arbitrary<ZoneId> zones() {
    return Arbitraries.of("Europe/Berlin", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "UTC",
        "America/Santiago").map(ZoneId::of);
  }

  @Provide
  Arbitrary<Set<DayOfWeek>> weekdays() {
    return Arbitraries.of(DayOfWeek.class).set().ofMinSize(1).ofMaxSize(3);
  }

  @Property(tries = 200, shrinking = ShrinkingMode.OFF)
  void weekly_windows_match_the_day_by_day_oracle(@ForAll("zones") ZoneId zone, @ForAll("weekdays") Set<DayOfWeek> days,
      @ForAll @IntRange(min = 0, max = 47) int halfHour, @ForAll @IntRange(min = 1, max = 10) int lengthHalfHours,
      @ForAll @IntRange(min = 0, max = 300) int startDay, @ForAll @IntRange(min = 0, max = 200) int askedDay) {
    LocalTime time = LocalTime.of(halfHour / 2, halfHour % 2 * 30);
    LocalDate first = LocalDate.parse("2025-06-01").plusDays(startDay);
    while (!days.contains(first.getDayOfWeek())) {
      first = first.plusDays(1);
    }
    ZonedDateTime dtStart = LocalDateTime.of(first, time).atZone(zone);
    Duration length = Duration.ofMinutes(30L * lengthHalfHours);
    // DTEND written in local time so that the exact duration is what the oracle uses.
    ZonedDateTime dtEnd = dtStart.plus(length);
    String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:w\r\nDTSTAMP:20250101T000000Z\r\n"
        + "DTSTART;TZID=" + zone.getId() + ":" + LOCAL.format(dtStart.toLocalDateTime()) + "\r\n"
        + "DTEND;TZID=" + zone.getId() + ":" + LOCAL.format(dtEnd.toLocalDateTime()) + "\r\n"
        + "RRULE:FREQ=WEEKLY;BYDAY=" + Vector.ofAll(days).sorted().map(d -> BYDAY[d.ordinal()]).mkString(",") + "\r\n"
        + "END:VEVENT\r\nEND:VCALENDAR\r\n";
    Instant from = Instant.parse("2025-09-01T00:00:00Z").plus(Duration.ofDays(askedDay));
    Instant to = from.plus(Duration.ofDays(60));

    Duration exact = Duration.between(dtStart.toInstant(), LocalDateTime.of(first, time).atZone(zone).plus(length)
        .toLocalDateTime().atZone(zone).toInstant());
    List<String> expected = new ArrayList<>();
    for (LocalDate d = first; d.isBefore(to.atZone(zone).toLocalDate().plusDays(2)); d = d.plusDays(1)) {
      if (!days.contains(d.getDayOfWeek())) {
        continue;
      }
      Instant s = LocalDateTime.of(d, time).atZone(zone).toInstant();
      Instant e = s.plus(exact);
      if (s.isBefore(to) && e.isAfter(from)) {
        expected.add(s + " " + e);
      }
    }
    var actual = ICalendarFile.parse(ics).get().occurrences(from, to, zone).get().map(o -> o.start() + " " + o.end());
    assertThat(actual).containsExactlyElementsOf(expected);
  }
}
