package io.itsm4j.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The known traps of business-time arithmetic, as scenarios a service desk meets. */
class BusinessCalendarExamplesTest {
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  /** A service desk in Berlin: two intervals a day, public holidays, short Christmas Eve. */
  static final WeeklyCalendar DESK = BusinessCalendar.builder(BERLIN)
      .name("Berlin desk")
      .weekdays(DailyHours.of("09:00", "12:00"), DailyHours.of("13:00", "17:00"))
      .holiday(DayRule.every(MonthDay.of(12, 25)))
      .holiday(DayRule.every(MonthDay.of(12, 26)))
      .holiday(DayRule.every(MonthDay.of(1, 1)))
      .specialDay(DayRule.every(MonthDay.of(12, 24)), DailyHours.of("09:00", "12:00"))
      .build();

  static Instant berlin(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
  }

  @Nested
  class Deadlines {
    @Test
    void a_ticket_logged_on_saturday_starts_counting_on_monday_morning() {
      assertThat(DESK.deadline(berlin("2024-06-08T10:00"), Duration.ofHours(1))).isEqualTo(berlin("2024-06-10T10:00"));
    }

    @Test
    void a_ticket_logged_exactly_at_closing_counts_from_the_next_opening() {
      assertThat(DESK.deadline(berlin("2024-06-10T17:00"), Duration.ofHours(1))).isEqualTo(berlin("2024-06-11T10:00"));
      assertThat(DESK.elapsed(berlin("2024-06-10T17:00"), berlin("2024-06-11T09:00"))).isZero();
    }

    @Test
    void a_goal_that_runs_out_exactly_at_closing_is_due_at_closing_not_next_morning() {
      assertThat(DESK.deadline(berlin("2024-06-10T16:00"), Duration.ofHours(1))).isEqualTo(berlin("2024-06-10T17:00"));
      assertThat(DESK.deadline(berlin("2024-06-10T11:00"), Duration.ofHours(1))).isEqualTo(berlin("2024-06-10T12:00"));
      assertThat(DESK.deadline(berlin("2024-06-10T11:00"), Duration.ofHours(1).plusSeconds(1)))
          .isEqualTo(berlin("2024-06-10T13:00:01"));
    }

    @Test
    void a_zero_goal_is_due_at_the_start_even_when_closed() {
      assertThat(DESK.deadline(berlin("2024-06-08T03:00"), Duration.ZERO)).isEqualTo(berlin("2024-06-08T03:00"));
    }

    @Test
    void a_working_week_is_exactly_five_days_of_seven_hours() {
      Instant monday = berlin("2024-06-10T09:00");
      assertThat(DESK.deadline(monday, Duration.ofHours(35))).isEqualTo(berlin("2024-06-14T17:00"));
      assertThat(DESK.elapsed(monday, berlin("2024-06-17T09:00"))).isEqualTo(Duration.ofHours(35));
    }

    @Test
    void christmas_eve_has_its_own_hours_and_christmas_is_closed() {
      // Tuesday 24 December 2024: 09:00-12:00 only; 25 and 26 closed; Friday 27 normal.
      assertThat(DESK.elapsed(berlin("2024-12-24T00:00"), berlin("2024-12-27T00:00"))).isEqualTo(Duration.ofHours(3));
      assertThat(DESK.deadline(berlin("2024-12-24T11:00"), Duration.ofHours(2))).isEqualTo(berlin("2024-12-27T10:00"));
    }

    @Test
    void a_holiday_on_a_weekend_changes_nothing_on_the_weekdays_around_it() {
      // 25 and 26 December 2021 fall on Saturday and Sunday; Friday 24 is short, Monday 27 is normal.
      assertThat(DESK.elapsed(berlin("2021-12-20T00:00"), berlin("2021-12-28T00:00")))
          .isEqualTo(Duration.ofHours(4 * 7 + 3 + 7));
      WeeklyCalendar weekend = BusinessCalendar.builder(BERLIN).hours(DailyHours.of("10:00", "14:00"),
          DayOfWeek.SATURDAY, DayOfWeek.SUNDAY).holiday(DayRule.every(MonthDay.of(12, 25))).build();
      assertThat(weekend.elapsed(berlin("2021-12-20T00:00"), berlin("2021-12-27T00:00"))).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void a_pause_over_the_weekend_takes_out_only_business_time() {
      Instant friday = berlin("2024-06-14T16:00");
      List<TimeInterval> pause = List.of(TimeInterval.of(berlin("2024-06-14T17:00"), berlin("2024-06-17T11:00")));
      assertThat(DESK.deadline(friday, Duration.ofHours(2), pause)).isEqualTo(berlin("2024-06-17T12:00"));
      assertThat(DESK.elapsed(friday, berlin("2024-06-17T12:00"), pause)).isEqualTo(Duration.ofHours(2));
      assertThat(DESK.elapsed(friday, berlin("2024-06-17T12:00"))).isEqualTo(Duration.ofHours(4));
    }

    @Test
    void a_five_year_goal_lands_exactly_and_jumps_across_years() {
      Instant start = berlin("2024-03-01T10:00");
      Duration goal = Duration.ofHours(5 * 52 * 35);
      Instant due = DESK.deadline(start, goal);
      assertThat(DESK.elapsed(start, due)).isEqualTo(goal);
      assertThat(due).isBetween(berlin("2029-01-01T00:00"), berlin("2029-06-01T00:00"));
      assertThat(DESK.isOpen(due.minusSeconds(1))).isTrue();

      Instant start24 = Instant.parse("2024-01-01T00:00:00Z");
      assertThat(BusinessCalendar.alwaysOpen().deadline(start24, Duration.ofDays(5 * 365)))
          .isEqualTo(start24.plus(Duration.ofDays(5 * 365)));
    }

    @Test
    void seconds_count() {
      WeeklyCalendar cal = BusinessCalendar.builder(BERLIN).weekdays(DailyHours.of("09:00:30", "17:00:15")).build();
      assertThat(cal.deadline(berlin("2024-06-10T09:00"), Duration.ofSeconds(1))).isEqualTo(berlin("2024-06-10T09:00:31"));
      assertThat(cal.deadline(berlin("2024-06-10T09:00"), Duration.ofSeconds(28785)))
          .isEqualTo(berlin("2024-06-10T17:00:15"));
      assertThat(cal.elapsed(berlin("2024-06-10T17:00:14"), berlin("2024-06-11T09:00:31"))).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void instants_are_truncated_to_the_second() {
      Instant start = berlin("2024-06-10T10:00").plusMillis(700);
      assertThat(DESK.deadline(start, Duration.ofSeconds(10))).isEqualTo(berlin("2024-06-10T10:00:10"));
    }
  }

  @Nested
  class MidnightAndDst {
    @Test
    void hours_may_end_at_24_00() {
      WeeklyCalendar evening = BusinessCalendar.builder(BERLIN)
          .hours(DailyHours.of("18:00", "24:00"), DayOfWeek.values()).build();
      assertThat(evening.isOpen(berlin("2024-06-10T23:59:59"))).isTrue();
      assertThat(evening.isOpen(berlin("2024-06-11T00:00"))).isFalse();
      assertThat(evening.deadline(berlin("2024-06-10T23:00"), Duration.ofHours(1))).isEqualTo(berlin("2024-06-11T00:00"));
      assertThat(evening.nextClosing(berlin("2024-06-10T19:00"))).contains(berlin("2024-06-11T00:00"));
    }

    @Test
    void an_overnight_shift_is_seven_real_hours_on_the_spring_forward_night_and_nine_on_the_fall_back_night() {
      WeeklyCalendar night = BusinessCalendar.builder(BERLIN)
          .hours(DailyHours.of("22:00", "06:00"), DayOfWeek.values()).build();
      assertThat(night.elapsed(berlin("2024-03-30T12:00"), berlin("2024-03-31T12:00"))).isEqualTo(Duration.ofHours(7));
      assertThat(night.elapsed(berlin("2024-10-26T12:00"), berlin("2024-10-27T12:00"))).isEqualTo(Duration.ofHours(9));
      assertThat(night.elapsed(berlin("2024-06-10T12:00"), berlin("2024-06-11T12:00"))).isEqualTo(Duration.ofHours(8));
      assertThat(night.deadline(berlin("2024-03-30T22:00"), Duration.ofHours(7))).isEqualTo(berlin("2024-03-31T06:00"));
    }

    @Test
    void new_york_overnight_shift_on_both_dst_nights() {
      ZoneId ny = ZoneId.of("America/New_York");
      WeeklyCalendar night = BusinessCalendar.builder(ny).hours(DailyHours.of("20:00", "04:00"), DayOfWeek.values())
          .build();
      Instant march = LocalDateTime.parse("2024-03-09T12:00").atZone(ny).toInstant();
      Instant november = LocalDateTime.parse("2024-11-02T12:00").atZone(ny).toInstant();
      assertThat(night.elapsed(march, march.plus(Duration.ofHours(24)))).isEqualTo(Duration.ofHours(7));
      assertThat(night.elapsed(november, november.plus(Duration.ofHours(24)))).isEqualTo(Duration.ofHours(9));
    }

    @Test
    void a_wall_time_in_a_gap_moves_forward_and_an_ambiguous_one_takes_the_earlier_offset() {
      WeeklyCalendar early = BusinessCalendar.builder(BERLIN)
          .hours(DailyHours.of("02:30", "04:00"), DayOfWeek.SUNDAY).build();
      // 31 March 2024: 02:00-03:00 does not exist; 02:30 becomes 03:30 CEST.
      assertThat(early.nextOpening(berlin("2024-03-31T00:00"))).contains(Instant.parse("2024-03-31T01:30:00Z"));
      assertThat(early.elapsed(berlin("2024-03-31T00:00"), berlin("2024-03-31T12:00"))).isEqualTo(Duration.ofMinutes(30));
      // 27 October 2024: 02:00-03:00 happens twice; 02:30 is the first one (CEST, 00:30Z), 04:00 is CET (03:00Z).
      assertThat(early.nextOpening(berlin("2024-10-27T00:00"))).contains(Instant.parse("2024-10-27T00:30:00Z"));
      assertThat(early.elapsed(berlin("2024-10-27T00:00"), berlin("2024-10-27T12:00"))).isEqualTo(Duration.ofMinutes(150));
    }

    @Test
    void lord_howe_shifts_by_thirty_minutes() {
      ZoneId lh = ZoneId.of("Australia/Lord_Howe");
      WeeklyCalendar night = BusinessCalendar.builder(lh).hours(DailyHours.of("00:00", "06:00"), DayOfWeek.values())
          .build();
      // DST ends on 7 April 2024 at 02:00 (clocks go back to 01:30): the night lasts 6.5 hours.
      Instant day = LocalDate.of(2024, 4, 7).atStartOfDay(lh).toInstant();
      assertThat(night.elapsed(day, day.plus(Duration.ofHours(12)))).isEqualTo(Duration.ofMinutes(390));
    }
  }

  @Nested
  class RulesAndCombinations {
    @Test
    void the_nth_weekday_rule_finds_thanksgiving() {
      DayRule thanksgiving = DayRule.nth(4, DayOfWeek.THURSDAY, Month.NOVEMBER);
      assertThat(thanksgiving.matches(LocalDate.of(2024, 11, 28))).isTrue();
      assertThat(thanksgiving.matches(LocalDate.of(2024, 11, 21))).isFalse();
      assertThat(DayRule.nth(-1, DayOfWeek.MONDAY, Month.MAY).matches(LocalDate.of(2024, 5, 27))).isTrue();
    }

    @Test
    void a_service_calendar_minus_a_regions_holidays() {
      BusinessCalendar bavaria = BusinessCalendar.openOn(BERLIN, DayRule.on(LocalDate.of(2024, 8, 15)));
      BusinessCalendar service = DESK.except(bavaria);
      assertThat(service.elapsed(berlin("2024-08-15T00:00"), berlin("2024-08-16T00:00"))).isZero();
      assertThat(service.elapsed(berlin("2024-08-14T00:00"), berlin("2024-08-15T00:00"))).isEqualTo(Duration.ofHours(7));
      assertThat(DESK.withHolidays(List.of(DayRule.on(LocalDate.of(2024, 8, 15))))
          .elapsed(berlin("2024-08-15T00:00"), berlin("2024-08-16T00:00"))).isZero();
    }

    @Test
    void a_vendor_in_new_york_within_the_berlin_desk_hours() {
      ZoneId ny = ZoneId.of("America/New_York");
      BusinessCalendar vendor = BusinessCalendar.builder(ny).weekdays(DailyHours.of("08:00", "17:00")).build();
      BusinessCalendar both = DESK.and(vendor);
      // Berlin 14:00-17:00 overlaps New York 08:00-11:00 in June (6 hours apart).
      assertThat(both.elapsed(berlin("2024-06-10T00:00"), berlin("2024-06-11T00:00"))).isEqualTo(Duration.ofHours(3));
      assertThat(DESK.or(vendor).elapsed(berlin("2024-06-10T00:00"), berlin("2024-06-11T00:00")))
          .isEqualTo(Duration.ofHours(7 + 9 - 3));
    }

    @Test
    void twenty_four_seven_is_one_call_away_and_never_closes() {
      BusinessCalendar always = BusinessCalendar.alwaysOpen();
      Instant t = Instant.parse("2024-12-31T23:59:00Z");
      assertThat(always.isOpen(t)).isTrue();
      assertThat(always.nextClosing(t)).isEmpty();
      assertThat(always.elapsed(t, t.plusSeconds(120))).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void calendars_with_equal_definitions_are_equal() {
      WeeklyCalendar again = DESK.toBuilder().name("other name").build();
      assertThat(again).isEqualTo(DESK).hasSameHashCodeAs(DESK);
      assertThat(DESK.and(BusinessCalendar.alwaysOpen())).isEqualTo(again.and(BusinessCalendar.alwaysOpen()));
    }

    @Test
    void a_year_of_the_desk_calendar_is_a_few_kilobytes() {
      assertThat(DESK.intervalsInYear(2024)).isBetween(2 * 250, 2 * 262);
      assertThat(DESK.bytesPerYear(2024)).isLessThan(16 * 1024);
    }
  }

  @Nested
  class Errors {
    @Test
    void negative_goals_and_reversed_intervals_are_rejected_with_a_clear_message() {
      Instant t = berlin("2024-06-10T10:00");
      assertThatThrownBy(() -> DESK.deadline(t, Duration.ofHours(-1)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("goal must not be negative");
      assertThatThrownBy(() -> DESK.elapsed(t, t.minusSeconds(1)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is before from");
      assertThatThrownBy(() -> TimeInterval.of(t, t.minusSeconds(1)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is before its start");
      assertThatThrownBy(() -> DESK.deadline(t, Duration.ofMillis(1500)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("whole seconds");
      assertThatThrownBy(() -> DESK.isOpen(Instant.parse("3000-01-01T00:00:00Z")))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("supported range");
      assertThatThrownBy(() -> DailyHours.of("9 o'clock", "17:00"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start must be a time");
      assertThatThrownBy(() -> DailyHours.of("09:00", "09:00"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("allDay()");
      assertThatThrownBy(() -> DESK.deadline(null, Duration.ZERO))
          .isInstanceOf(NullPointerException.class).hasMessageContaining("start");
    }

    @Test
    void a_calendar_that_is_never_open_has_no_deadline() {
      WeeklyCalendar never = BusinessCalendar.builder(BERLIN).build();
      assertThat(never.nextOpening(berlin("2024-06-10T10:00"))).isEmpty();
      assertThatThrownBy(() -> never.deadline(berlin("2024-06-10T10:00"), Duration.ofHours(1)))
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed for 10 consecutive years");
    }
  }
}
