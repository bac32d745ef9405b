package io.itsm4j.calendars;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.monitoring.MaintenanceWindow;
import io.itsm4j.sla.availability.Outage;
import io.itsm4j.sla.calendar.DayRule;
import io.vavr.collection.HashSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ICalendarFileTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  static String resource(String name) {
    try (InputStream in = ICalendarFileTest.class.getResourceAsStream("/ics/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Instant at(String text) {
    return Instant.parse(text);
  }

  @Test
  void a_weekly_window_in_a_zone_keeps_its_local_time_across_the_change_of_clocks_and_skips_its_exception() {
    ICalendarFile file = ICalendarFile.parse(resource("maintenance.ics")).get();
    assertThat(file.events()).isEqualTo(2);
    var found = file.occurrences(at("2026-10-10T00:00:00Z"), at("2026-11-10T00:00:00Z"), BERLIN).get();
    assertThat(found.map(o -> o.uid() + " " + o.start() + " " + o.end())).containsExactly(
        "sunday-patching@example.com 2026-10-10T23:00:00Z 2026-10-11T01:00:00Z",
        "sunday-patching@example.com 2026-10-17T23:00:00Z 2026-10-18T01:00:00Z",
        "dc-move@example.com 2026-10-21T20:00:00Z 2026-10-22T02:00:00Z",
        // 01:00 CEST on the night the clocks go back; two hours of real time (RFC 5545: DTEND gives an exact duration).
        "sunday-patching@example.com 2026-10-24T23:00:00Z 2026-10-25T01:00:00Z",
        // 1 November is an EXDATE; from 8 November, 01:00 is CET.
        "sunday-patching@example.com 2026-11-08T00:00:00Z 2026-11-08T02:00:00Z");
    assertThat(found.head().summary()).isEqualTo("Sunday patching window");
    assertThat(found).noneMatch(ICalendarFile.Occurrence::allDay);
  }

  @Test
  void an_occurrence_is_listed_when_it_overlaps_the_period_and_not_when_it_only_touches_it() {
    ICalendarFile file = ICalendarFile.parse(resource("maintenance.ics")).get();
    assertThat(file.occurrences(at("2026-10-22T01:00:00Z"), at("2026-10-22T01:30:00Z"), BERLIN).get()
        .map(ICalendarFile.Occurrence::uid)).containsExactly("dc-move@example.com");
    assertThat(file.occurrences(at("2026-10-22T02:00:00Z"), at("2026-10-24T23:00:00Z"), BERLIN).get()).isEmpty();
  }

  @Test
  void all_day_events_become_holidays_day_by_day_yearly_ones_every_year_cancelled_ones_never() {
    ICalendarFile file = ICalendarFile.parse(resource("holidays.ics")).get();
    assertThat(file.events()).isEqualTo(3);
    var holidays = file.holidays(at("2026-01-01T00:00:00Z"), at("2027-12-31T00:00:00Z"), BERLIN).get();
    assertThat(holidays).containsExactly(DayRule.on(LocalDate.parse("2026-06-15")),
        DayRule.on(LocalDate.parse("2026-12-24")), DayRule.on(LocalDate.parse("2026-12-28")),
        DayRule.on(LocalDate.parse("2026-12-29")), DayRule.on(LocalDate.parse("2026-12-30")),
        DayRule.on(LocalDate.parse("2026-12-31")), DayRule.on(LocalDate.parse("2027-06-15")));
    assertThat(file.plannedOutages(at("2026-01-01T00:00:00Z"), at("2027-12-31T00:00:00Z"), BERLIN).get()).isEmpty();
  }

  @Test
  void timed_events_become_maintenance_windows_with_stable_ids_and_planned_outages() {
    ICalendarFile file = ICalendarFile.parse(resource("maintenance.ics")).get();
    var items = HashSet.of(ConfigurationItemId.of("mx-1"));
    var windows = file.maintenanceWindows(at("2026-10-20T00:00:00Z"), at("2026-10-23T00:00:00Z"), BERLIN, items)
        .get();
    assertThat(windows).hasSize(1);
    MaintenanceWindow w = windows.head();
    assertThat(w.covers(ConfigurationItemId.of("mx-1"), at("2026-10-21T21:00:00Z"))).isTrue();
    assertThat(w.covers(ConfigurationItemId.of("mx-1"), at("2026-10-22T02:00:00Z"))).isFalse();
    assertThat(w.id()).startsWith("ics-");
    assertThat(ICalendarFile.parse(resource("maintenance.ics")).get()
        .maintenanceWindows(at("2026-10-20T00:00:00Z"), at("2026-10-23T00:00:00Z"), BERLIN, items).get())
        .isEqualTo(windows);
    assertThat(file.plannedOutages(at("2026-10-20T00:00:00Z"), at("2026-10-23T00:00:00Z"), BERLIN).get())
        .containsExactly(Outage.planned("Data centre move", at("2026-10-21T20:00:00Z"), at("2026-10-22T02:00:00Z")));
  }

  @Test
  void malformed_files_and_bad_periods_are_refused_naming_the_part() {
    var broken = ICalendarFile.parse("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART:2026\r\n");
    assertThat(broken.getLeft().code()).isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(broken.getLeft().violations().head().field()).isEqualTo("ics");
    assertThat(ICalendarFile.parse("not a calendar").getLeft().violations().head().field()).isEqualTo("ics");
    String noStart = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:a\r\nSUMMARY:s\r\nEND:VEVENT\r\n"
        + "END:VCALENDAR\r\n";
    assertThat(ICalendarFile.parse(noStart).getLeft().violations().head().message()).contains("no DTSTART");
    String everySecond = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:a\r\n"
        + "DTSTART:20260101T000000Z\r\nRRULE:FREQ=SECONDLY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    assertThat(ICalendarFile.parse(everySecond).getLeft().violations().head().message()).contains("every second");
    assertThat(ICalendarFile.parse("x".repeat(ICalendarFile.MAX_CHARS + 1)).getLeft().violations().head().message())
        .contains("more than");
    ICalendarFile file = ICalendarFile.parse(resource("maintenance.ics")).get();
    assertThat(file.occurrences(at("2026-10-10T00:00:00Z"), at("2026-10-10T00:00:00Z"), BERLIN).getLeft()
        .violations().head().field()).isEqualTo("to");
    assertThat(file.occurrences(at("2026-01-01T00:00:00Z"), at("2047-01-02T00:00:00Z"), BERLIN).getLeft()
        .violations().head().field()).isEqualTo("to");
  }

  @Test
  void hourly_rules_past_the_cap_are_refused_not_listed() {
    String hourly = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTAMP:20260101T000000Z\r\n"
        + "DTSTART:20260101T000000Z\r\nDURATION:PT10M\r\nRRULE:FREQ=HOURLY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    ICalendarFile file = ICalendarFile.parse(hourly).get();
    assertThat(file.occurrences(at("2026-01-01T00:00:00Z"), at("2026-01-02T00:00:00Z"), BERLIN).get()).hasSize(24);
    assertThat(file.occurrences(at("2026-01-01T00:00:00Z"), at("2038-01-01T00:00:00Z"), BERLIN).getLeft()
        .violations().head().message()).contains("more than " + ICalendarFile.MAX_OCCURRENCES);
  }

  @Test
  void an_event_without_duration_is_an_instant_listed_inside_the_period_but_no_window_or_outage() {
    String instant = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:i\r\nDTSTAMP:20260101T000000Z\r\n"
        + "DTSTART:20261021T200000Z\r\nSUMMARY:Failover drill starts\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    ICalendarFile file = ICalendarFile.parse(instant).get();
    assertThat(file.occurrences(at("2026-10-21T20:00:00Z"), at("2026-10-21T21:00:00Z"), BERLIN).get()
        .map(o -> o.start() + " " + o.end())).containsExactly("2026-10-21T20:00:00Z 2026-10-21T20:00:00Z");
    assertThat(file.occurrences(at("2026-10-21T19:00:00Z"), at("2026-10-21T20:00:00Z"), BERLIN).get()).isEmpty();
    var items = HashSet.of(ConfigurationItemId.of("mx-1"));
    assertThat(file.maintenanceWindows(at("2026-10-21T00:00:00Z"), at("2026-10-22T00:00:00Z"), BERLIN, items).get())
        .isEmpty();
    assertThat(file.plannedOutages(at("2026-10-21T00:00:00Z"), at("2026-10-22T00:00:00Z"), BERLIN).get()).isEmpty();
    assertThat(ICalendarFile.parse("x".repeat(ICalendarFile.MAX_CHARS)).getLeft().violations().head().message())
        .doesNotContain("more than");
  }

  @Test
  void a_local_time_the_clocks_repeat_is_its_first_occurrence_and_one_they_skip_is_read_before_the_gap() {
    String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:n\r\nDTSTAMP:20260101T000000Z\r\n"
        + "DTSTART;TZID=Europe/Berlin:20260301T023000\r\nDTEND;TZID=Europe/Berlin:20260301T033000\r\n"
        + "RRULE:FREQ=DAILY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    ICalendarFile file = ICalendarFile.parse(ics).get();
    // 25 October 2026: 02:30 happens twice in Berlin; the first is CEST, 00:30Z.
    assertThat(file.occurrences(at("2026-10-25T00:00:00Z"), at("2026-10-25T03:00:00Z"), BERLIN).get()
        .map(o -> o.start() + " " + o.end())).containsExactly("2026-10-25T00:30:00Z 2026-10-25T01:30:00Z");
    // 29 March 2026: 02:30 does not exist; read with the offset before the gap (+01:00), 01:30Z.
    assertThat(file.occurrences(at("2026-03-29T00:00:00Z"), at("2026-03-29T03:00:00Z"), BERLIN).get()
        .map(o -> o.start() + " " + o.end())).containsExactly("2026-03-29T01:30:00Z 2026-03-29T02:30:00Z");
  }

  @Test
  void a_zone_the_file_does_not_define_follows_the_jdks_rules() {
    // Chile has started daylight saving in early September since 2022: 14 October 2025 00:00 is UTC-3 there.
    String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:cl\r\nDTSTAMP:20250101T000000Z\r\n"
        + "DTSTART;TZID=America/Santiago:20250901T000000\r\nDTEND;TZID=America/Santiago:20250901T020000\r\n"
        + "RRULE:FREQ=DAILY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    var found = ICalendarFile.parse(ics).get().occurrences(at("2025-10-14T00:00:00Z"), at("2025-10-14T12:00:00Z"),
        ZoneId.of("America/Santiago")).get();
    assertThat(found.map(o -> o.start() + " " + o.end())).containsExactly("2025-10-14T03:00:00Z 2025-10-14T05:00:00Z");
  }

  @Test
  void the_occurrence_after_a_skipped_hour_keeps_the_rules_wall_time() {
    // Sydney skips 02:00-03:00 on Sunday 5 October 2025: that Sunday's 02:00 is read as 03:00, the Monday's is 02:00.
    String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nUID:au\r\nDTSTAMP:20250101T000000Z\r\n"
        + "DTSTART;TZID=Australia/Sydney:20250907T020000\r\nDTEND;TZID=Australia/Sydney:20250907T070000\r\n"
        + "RRULE:FREQ=WEEKLY;BYDAY=SU,MO\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    var found = ICalendarFile.parse(ics).get().occurrences(at("2025-10-03T00:00:00Z"), at("2025-10-07T00:00:00Z"),
        ZoneId.of("Australia/Sydney")).get();
    assertThat(found.map(o -> o.start() + " " + o.end())).containsExactly(
        "2025-10-04T16:00:00Z 2025-10-04T21:00:00Z", "2025-10-05T15:00:00Z 2025-10-05T20:00:00Z");
  }
}
