package io.itsm4j.calendars;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.RejectionCode;
import io.itsm4j.sla.calendar.BusinessCalendar;
import io.itsm4j.sla.calendar.DailyHours;
import io.itsm4j.sla.calendar.WeeklyCalendar;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Year;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PublicHolidaysTest {
  private static final Year Y2026 = Year.of(2026);

  private static LocalDate d(String text) {
    return LocalDate.parse(text);
  }

  @Test
  void germany_has_its_nine_nationwide_public_holidays_in_2026() {
    assertThat(PublicHolidays.days("de", Y2026, Y2026, false).get()).containsExactly(d("2026-01-01"),
        d("2026-04-03"), d("2026-04-06"), d("2026-05-01"), d("2026-05-14"), d("2026-05-25"), d("2026-10-03"),
        d("2026-12-25"), d("2026-12-26"));
  }

  @Test
  void a_region_adds_its_own_and_codes_are_read_in_any_case() {
    var bavaria = PublicHolidays.days("DE", Y2026, Y2026, false, "BY").get();
    assertThat(bavaria).contains(d("2026-01-06"), d("2026-06-04"), d("2026-11-01"), d("2026-05-14"));
    assertThat(PublicHolidays.days("de", Y2026, Y2026, false).get()).doesNotContain(d("2026-01-06"));
  }

  @Test
  void a_holiday_is_taken_on_the_day_it_is_observed() {
    // Boxing Day 2026 is a Saturday; England observes it on Monday 28 December.
    var england = PublicHolidays.days("gb", Y2026, Y2026, true, "eng").get();
    assertThat(england).contains(d("2026-12-28"), d("2026-04-06"), d("2026-08-31")).doesNotContain(d("2026-12-26"));
  }

  @Test
  void years_run_inclusive_and_each_day_is_listed_once_in_order() {
    var two = PublicHolidays.days("de", Year.of(2025), Y2026, false).get();
    assertThat(two).hasSize(18);
    assertThat(two.toJavaList()).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void a_calendar_gets_the_holidays_and_closes_on_them() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    WeeklyCalendar office = BusinessCalendar.builder(berlin)
        .hours(DailyHours.of(LocalTime.of(8, 0), LocalTime.of(17, 0)), DayOfWeek.MONDAY, DayOfWeek.FRIDAY).build();
    WeeklyCalendar withHolidays = PublicHolidays.addTo(office, "de", Y2026, Y2026).get();
    Instant goodFridayNoon = d("2026-04-03").atTime(12, 0).atZone(berlin).toInstant();
    assertThat(office.isOpen(goodFridayNoon)).isTrue();
    assertThat(withHolidays.isOpen(goodFridayNoon)).isFalse();
    assertThat(withHolidays.isOpen(d("2026-04-10").atTime(12, 0).atZone(berlin).toInstant())).isTrue();
  }

  @Test
  void unknown_countries_bad_regions_and_bad_years_are_refused_naming_the_part() {
    assertThat(PublicHolidays.days("xx", Y2026, Y2026, false).getLeft().violations().head().field())
        .isEqualTo("country");
    assertThat(PublicHolidays.days("deu", Y2026, Y2026, false).getLeft().code()).isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(PublicHolidays.days("de", Y2026, Y2026, false, "b y").getLeft().violations().head().field())
        .isEqualTo("region");
    var unknown = PublicHolidays.days("gb", Y2026, Y2026, false, "en").getLeft().violations().head();
    assertThat(unknown.field()).isEqualTo("region");
    assertThat(unknown.message()).contains("eng, nir, sct, wls");
    assertThat(PublicHolidays.days("de", Y2026, Year.of(2025), false).getLeft().violations().head().field())
        .isEqualTo("to");
    assertThat(PublicHolidays.days("de", Year.of(1900), Year.of(2000), false).getLeft().violations().head().field())
        .isEqualTo("to");
    assertThat(PublicHolidays.countries()).contains("de", "gb", "us", "fr");
  }

  @Test
  void a_hundred_years_from_the_first_calendar_year_are_taken_and_one_more_refused() {
    var century = PublicHolidays.days("de", Year.of(1900), Year.of(1999), false);
    assertThat(century.get().head().getYear()).isEqualTo(1900);
    assertThat(PublicHolidays.days("de", Year.of(1899), Year.of(1899), false).getLeft().violations().head().field())
        .isEqualTo("to");
    assertThat(PublicHolidays.days("de", Year.of(1900), Year.of(2000), false).isLeft()).isTrue();
    assertThat(PublicHolidays.days("de", Year.of(2999), Year.of(2999), false).isRight()).isTrue();
    assertThat(PublicHolidays.days("de", Year.of(2999), Year.of(3000), false).isLeft()).isTrue();
    assertThat(PublicHolidays.days("de", Y2026, Y2026, false, new String[] {null}).getLeft().violations().head()
        .field()).isEqualTo("region");
  }
}
