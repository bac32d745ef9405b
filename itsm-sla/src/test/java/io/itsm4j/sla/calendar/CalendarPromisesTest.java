package io.itsm4j.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itsm4j.core.Violation;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.sla.CalendarInput;
import io.itsm4j.sla.SlaDefinition;
import io.itsm4j.sla.SlaId;
import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The calendar and SLA cases of the configuration report: zero-length hours, never-open calendars under an SLA,
 * and holidays that load in linear time and answer exactly as the rules say.
 */
class CalendarPromisesTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Test
  void equal_opening_times_are_refused_midnight_to_midnight_included() {
    assertThatThrownBy(() -> DailyHours.of(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("allDay()");
    assertThatThrownBy(() -> DailyHours.of("00:00", "00:00")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DailyHours.of("09:00", "09:00")).isInstanceOf(IllegalArgumentException.class);
    assertThat(DailyHours.of("00:00", "24:00")).isEqualTo(DailyHours.allDay());
    assertThat(DailyHours.of(LocalTime.of(22, 0), LocalTime.MIDNIGHT)).isEqualTo(DailyHours.of("22:00", "24:00"));
    var refused = CalendarInput.calendar("Europe/Berlin", HashMap.of("monday", "00:00-00:00"), List.empty());
    assertThat(refused.getLeft().violations().map(Violation::field)).containsExactly("hours.monday[0]");
  }

  @Test
  void an_sla_on_a_calendar_that_never_opens_is_refused_when_built() {
    WeeklyCalendar never = BusinessCalendar.builder(BERLIN).name("nothing").build();
    WeeklyCalendar desk = BusinessCalendar.builder(BERLIN).weekdays(DailyHours.of("09:00", "17:00")).build();
    assertThat(never.isNeverOpen()).isTrue();
    assertThat(desk.and(never).isNeverOpen()).isTrue();
    assertThat(never.except(desk).isNeverOpen()).isTrue();
    assertThat(never.or(desk).isNeverOpen()).isFalse();
    assertThat(desk.except(never).isNeverOpen()).isFalse();
    assertThat(BusinessCalendar.builder(BERLIN).specialDay(DayRule.every(MonthDay.of(12, 24)),
        DailyHours.of("09:00", "12:00")).build().isNeverOpen()).as("open one day a year").isFalse();
    assertThatThrownBy(() -> SlaDefinition.resolution().id(SlaId.of("resolution")).calendar(desk.and(never))
        .goals(HashMap.of(Priority.P1, Duration.ofHours(4))).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("never open");
  }

  @Test
  void a_hundred_thousand_holidays_build_and_answer() {
    WeeklyCalendar.Builder b = BusinessCalendar.builder(BERLIN).weekdays(DailyHours.of("09:00", "17:00"));
    LocalDate first = LocalDate.of(1950, 1, 1);
    for (int i = 0; i < 100_000; i++) {
      b.holiday(DayRule.on(first.plusDays(i * 3L)));
    }
    WeeklyCalendar cal = b.build();
    // 2026-03-02 is day 27,819 after 1950-01-01, a multiple of 3: a holiday; the next day is not.
    assertThat(cal.hoursOn(LocalDate.of(2026, 3, 2))).isEmpty();
    assertThat(cal.hoursOn(LocalDate.of(2026, 3, 3))).containsExactly(DailyHours.of("09:00", "17:00"));
    assertThat(cal.deadline(Instant.parse("2026-03-02T08:00:00Z"), Duration.ofHours(1)))
        .isEqualTo(Instant.parse("2026-03-03T09:00:00Z"));
  }

  @Provide
  Arbitrary<java.util.List<DayRule>> ruleLists() {
    return rule().list().ofMaxSize(8);
  }

  private static Arbitrary<DayRule> rule() {
    Arbitrary<LocalDate> dates = Arbitraries.integers().between(0, 60).map(d -> LocalDate.of(2026, 1, 1).plusDays(d));
    return Arbitraries.oneOf(dates.map(DayRule::on), dates.map(d -> DayRule.every(MonthDay.from(d))),
        Combinators.combine(Arbitraries.of(1, 2, 3, 4, -1), Arbitraries.of(DayOfWeek.class),
            Arbitraries.of(Month.JANUARY, Month.FEBRUARY)).as(DayRule::nth));
  }

  /** The indexed look-up answers exactly as the plain reading of the rules: first special day, then holiday. */
  @Property(tries = 300)
  void hours_on_a_date_follow_the_rules_in_the_order_they_were_added(
      @ForAll("ruleLists") java.util.List<DayRule> holidays, @ForAll("ruleLists") java.util.List<DayRule> specials) {
    WeeklyCalendar.Builder b = BusinessCalendar.builder(BERLIN).weekdays(DailyHours.of("09:00", "17:00"));
    holidays.forEach(b::holiday);
    for (int i = 0; i < specials.size(); i++) {
      b.specialDay(specials.get(i), DailyHours.of(String.format("%02d:00", i % 23), "23:30"));
    }
    WeeklyCalendar cal = b.build();
    for (LocalDate d = LocalDate.of(2026, 1, 1); d.isBefore(LocalDate.of(2026, 3, 5)); d = d.plusDays(1)) {
      assertThat(cal.hoursOn(d)).as("%s", d).isEqualTo(plainReading(cal, d));
    }
  }

  private static Seq<DailyHours> plainReading(WeeklyCalendar cal, LocalDate date) {
    for (Tuple2<DayRule, Seq<DailyHours>> special : cal.specialDays()) {
      if (special._1.matches(date)) {
        return special._2;
      }
    }
    if (cal.holidays().exists(h -> h.matches(date))) {
      return Vector.empty();
    }
    return cal.weeklyHours().get(date.getDayOfWeek()).getOrElse(List.empty());
  }

  @Test
  void where_rules_of_different_kinds_fall_on_one_date_the_first_added_wins() {
    LocalDate monday = LocalDate.of(2026, 1, 5); // the first Monday of January
    DailyHours morning = DailyHours.of("08:00", "12:00");
    DailyHours evening = DailyHours.of("18:00", "22:00");
    WeeklyCalendar dateFirst = BusinessCalendar.builder(BERLIN)
        .specialDay(DayRule.on(monday), morning)
        .specialDay(DayRule.nth(1, DayOfWeek.MONDAY, Month.JANUARY), evening)
        .specialDay(DayRule.every(MonthDay.of(1, 5)), evening).build();
    assertThat(dateFirst.hoursOn(monday)).containsExactly(morning);
    WeeklyCalendar nthFirst = BusinessCalendar.builder(BERLIN)
        .specialDay(DayRule.nth(1, DayOfWeek.MONDAY, Month.JANUARY), evening)
        .specialDay(DayRule.on(monday), morning).build();
    assertThat(nthFirst.hoursOn(monday)).containsExactly(evening);
    WeeklyCalendar annualFirst = BusinessCalendar.builder(BERLIN)
        .specialDay(DayRule.every(MonthDay.of(1, 5)), evening)
        .specialDay(DayRule.on(monday), morning).build();
    assertThat(annualFirst.hoursOn(monday)).containsExactly(evening);
    assertThat(annualFirst.hoursOn(monday.plusYears(1))).containsExactly(evening);
  }

  @Test
  void closed_special_days_alone_never_open_a_calendar_and_the_longest_goal_is_allowed() {
    WeeklyCalendar closedDays = BusinessCalendar.builder(BERLIN)
        .specialDay(DayRule.every(MonthDay.of(12, 24))).build();
    assertThat(closedDays.isNeverOpen()).isTrue();
    SlaDefinition longest = SlaDefinition.resolution().id(SlaId.of("r"))
        .goals(HashMap.of(Priority.P1, BusinessCalendar.MAX_GOAL)).build();
    assertThat(longest.goals().get(Priority.P1)).contains(BusinessCalendar.MAX_GOAL);
  }
}
