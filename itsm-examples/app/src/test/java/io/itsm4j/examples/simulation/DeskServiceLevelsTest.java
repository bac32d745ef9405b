package io.itsm4j.examples.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itsm4j.sla.calendar.WeeklyCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The desk's calendar: Saxon public holidays on their published dates, office hours in Berlin time. */
class DeskServiceLevelsTest {

  @Test
  void easterAndTheMovableHolidaysFallOnTheirPublishedDates() {
    // Easter Sundays as published: 2024-03-31, 2025-04-20, 2026-04-05, 2027-03-28, 2038-04-25 (the latest in the
    // century), 2008-03-23.
    assertThat(DeskServiceLevels.easterSunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(DeskServiceLevels.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
    assertThat(DeskServiceLevels.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
    assertThat(DeskServiceLevels.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
    assertThat(DeskServiceLevels.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
    assertThat(DeskServiceLevels.easterSunday(2008)).isEqualTo(LocalDate.of(2008, 3, 23));
    assertThat(DeskServiceLevels.saxonHolidays(2026).map(DeskServiceLevels.Holiday::date)).contains(
        LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6), LocalDate.of(2026, 5, 14), LocalDate.of(2026, 5, 25));
  }

  @Test
  void theDayOfRepentanceAndPrayerIsTheWednesdayBeforeTheTwentyThirdOfNovember() {
    // Published dates, including 2023 when 22 November itself was the Wednesday.
    assertThat(repentance(2023)).isEqualTo(LocalDate.of(2023, 11, 22));
    assertThat(repentance(2024)).isEqualTo(LocalDate.of(2024, 11, 20));
    assertThat(repentance(2025)).isEqualTo(LocalDate.of(2025, 11, 19));
    assertThat(repentance(2026)).isEqualTo(LocalDate.of(2026, 11, 18));
    for (int year = 2000; year < 2100; year++) {
      assertThat(repentance(year).getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
      assertThat(repentance(year).getDayOfMonth()).isBetween(16, 22);
    }
  }

  @Test
  void theOfficeIsClosedOnHolidaysWeekendsAndOutsideEightToSixBerlinTime() {
    WeeklyCalendar office = DeskServiceLevels.officeHours(2026, 2026);

    assertThat(office.isOpen(berlin("2026-11-17T08:00"))).isTrue();
    assertThat(office.isOpen(berlin("2026-11-17T17:59"))).isTrue();
    assertThat(office.isOpen(berlin("2026-11-17T18:00"))).isFalse();
    assertThat(office.isOpen(berlin("2026-11-17T07:59"))).isFalse();
    assertThat(office.isOpen(berlin("2026-11-18T10:00"))).as("Day of Repentance and Prayer").isFalse();
    assertThat(office.isOpen(berlin("2026-11-21T10:00"))).as("Saturday").isFalse();
    assertThat(office.isOpen(berlin("2026-10-31T10:00"))).as("Reformation Day, a Saturday anyway").isFalse();
    assertThat(DeskServiceLevels.holidaysBetween(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 12, 1)))
        .extracting(DeskServiceLevels.Holiday::name).containsExactly("Day of Repentance and Prayer");
    assertThatThrownBy(() -> DeskServiceLevels.officeHours(2027, 2026)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("toYear");
  }

  private static LocalDate repentance(int year) {
    return DeskServiceLevels.saxonHolidays(year).find(h -> h.name().equals("Day of Repentance and Prayer")).get()
        .date();
  }

  private static java.time.Instant berlin(String local) {
    return LocalDateTime.parse(local).atZone(DeskServiceLevels.ZONE).toInstant();
  }
}
