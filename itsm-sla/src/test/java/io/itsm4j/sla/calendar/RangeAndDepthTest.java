package io.itsm4j.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itsm4j.core.TextPolicy;
import io.itsm4j.core.Violation;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.sla.CalendarInput;
import io.itsm4j.sla.SlaDefinition;
import io.itsm4j.sla.SlaId;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Business-time arithmetic is total: outside the supported range (1900 to 2999) and beyond the longest goal it
 * fails with an {@link IllegalArgumentException} naming the argument, and the depth of a combination does not
 * depend on the call stack.
 */
class RangeAndDepthTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final WeeklyCalendar DESK = BusinessCalendar.builder(BERLIN)
      .weekdays(DailyHours.of("09:00", "17:00")).build();
  private static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");

  @Test
  void a_pause_far_beyond_the_range_is_clipped_to_it_and_never_indexes_outside_the_table() {
    TimeInterval year3500 = new TimeInterval(Instant.parse("3500-01-01T00:00:00Z"),
        Instant.parse("3500-02-01T00:00:00Z"));
    assertThat(DESK.deadline(MONDAY, Duration.ofHours(1), List.of(year3500)))
        .isEqualTo(DESK.deadline(MONDAY, Duration.ofHours(1)));
    TimeInterval forever = new TimeInterval(MONDAY.plus(Duration.ofMinutes(30)), Instant.parse("3500-01-01T00:00:00Z"));
    assertThatThrownBy(() -> DESK.deadline(MONDAY, Duration.ofHours(1), List.of(forever)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("supported range");
    assertThat(DESK.elapsed(MONDAY, MONDAY.plus(Duration.ofHours(3)), List.of(year3500)))
        .isEqualTo(Duration.ofHours(3));
  }

  @Test
  void a_goal_longer_than_the_range_is_refused_naming_the_goal() {
    assertThatThrownBy(() -> DESK.deadline(MONDAY, Duration.ofSeconds(Long.MAX_VALUE)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("goal must be at most");
    assertThatThrownBy(() -> DESK.deadline(MONDAY, BusinessCalendar.MAX_GOAL.plusSeconds(1), List.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("goal must be at most");
    // The longest goal is accepted and fails only because its deadline falls after the range.
    assertThatThrownBy(() -> DESK.deadline(MONDAY, BusinessCalendar.MAX_GOAL))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("falls after the supported range");
  }

  @Test
  void an_sla_definition_refuses_an_unrepresentable_goal_when_it_is_built() {
    assertThatThrownBy(() -> SlaDefinition.resolution().id(SlaId.of("r"))
        .goals(HashMap.of(Priority.P1, Duration.ofSeconds(Long.MAX_VALUE))).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("goals.P1");
  }

  @Test
  void instants_outside_the_range_are_refused_naming_the_argument() {
    assertThatThrownBy(() -> DESK.deadline(Instant.parse("3000-01-01T00:00:00Z"), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("start ");
    assertThatThrownBy(() -> DESK.elapsed(Instant.parse("1899-12-31T23:59:59Z"), MONDAY))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("from ");
    assertThatThrownBy(() -> DESK.isOpen(Instant.MAX))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("t ");
  }

  @Test
  void ten_thousand_nested_holidays_need_no_deep_call_stack() {
    BusinessCalendar cal = DESK;
    BusinessCalendar same = DESK;
    LocalDate day = LocalDate.of(2026, 1, 1);
    for (int i = 0; i < 10_000; i++) {
      cal = cal.except(BusinessCalendar.openOn(BERLIN, DayRule.on(day.plusDays(i % 365))));
      same = same.except(BusinessCalendar.openOn(BERLIN, DayRule.on(day.plusDays(i % 365))));
    }
    BusinessCalendar deep = cal;
    BusinessCalendar other = same;
    // Run on a thread with a small stack, so a recursion that grows with the depth would overflow.
    Instant[] due = new Instant[1];
    boolean[] equal = new boolean[1];
    Thread t = new Thread(null, () -> {
      due[0] = deep.deadline(MONDAY, Duration.ofHours(8));
      equal[0] = deep.equals(other) && deep.hashCode() == other.hashCode() && !deep.toString().isEmpty();
    }, "small-stack", 256 * 1024);
    t.start();
    assertThat(joined(t)).isTrue();
    // Every day of 2026 is a holiday, so 8 hours are due on the first working day of 2027.
    assertThat(due[0]).isEqualTo(Instant.parse("2027-01-01T16:00:00Z"));
    assertThat(equal[0]).isTrue();
  }

  private static boolean joined(Thread t) {
    try {
      t.join();
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Test
  void a_megabyte_weekday_key_gives_a_short_message() {
    var result = CalendarInput.calendar("Europe/Berlin",
        HashMap.of("d".repeat(1 << 20), "09:00-17:00", "monday", "9".repeat(1 << 20) + "-17:00"), List.empty());
    var problems = result.getLeft().violations();
    assertThat(problems).hasSize(2);
    for (Violation v : problems) {
      assertThat(v.field().length() + v.message().length()).isLessThan(1000);
      assertThat(TextPolicy.allows(v.message(), TextPolicy.Form.LINE)).isTrue();
    }
    assertThat(problems.map(Violation::message).mkString()).contains("(1048576 characters)");
  }

  @Test
  void deep_combinations_still_combine_interval_by_interval() {
    BusinessCalendar weekend = BusinessCalendar.builder(BERLIN).hours(DailyHours.of("10:00", "14:00"),
        DayOfWeek.SATURDAY).build();
    BusinessCalendar both = DESK.or(weekend).except(BusinessCalendar.openOn(BERLIN, DayRule.on(LocalDate.of(2026, 3, 2))));
    // Monday 2 March is a holiday; Tuesday opens 08:00 UTC.
    assertThat(both.deadline(MONDAY, Duration.ofHours(1))).isEqualTo(Instant.parse("2026-03-03T09:00:00Z"));
    assertThat(both.elapsed(Instant.parse("2026-03-07T00:00:00Z"), Instant.parse("2026-03-08T00:00:00Z")))
        .isEqualTo(Duration.ofHours(4));
  }

  @Test
  void combined_calendars_are_equal_exactly_when_built_alike_and_print_their_tree() {
    BusinessCalendar weekend = BusinessCalendar.builder(BERLIN).hours(DailyHours.of("10:00", "14:00"),
        DayOfWeek.SATURDAY).build();
    BusinessCalendar christmas = BusinessCalendar.openOn(BERLIN, DayRule.on(LocalDate.of(2026, 12, 25)));
    BusinessCalendar boxingDay = BusinessCalendar.openOn(BERLIN, DayRule.on(LocalDate.of(2026, 12, 26)));
    BusinessCalendar a = DESK.except(christmas).or(weekend);
    BusinessCalendar same = DESK.except(BusinessCalendar.openOn(BERLIN, DayRule.on(LocalDate.of(2026, 12, 25))))
        .or(weekend);
    assertThat(a).isEqualTo(same).hasSameHashCodeAs(same);
    assertThat(a).isEqualTo(a);
    assertThat(a).as("a leaf deep down differs").isNotEqualTo(DESK.except(boxingDay).or(weekend));
    assertThat(a).as("an operation differs").isNotEqualTo(DESK.and(christmas).or(weekend));
    assertThat(a).as("the sides are swapped").isNotEqualTo(weekend.or(DESK.except(christmas)));
    assertThat(a).as("a combination is not a leaf").isNotEqualTo(DESK);
    assertThat(DESK.or(weekend)).as("a leaf is not a combination").isNotEqualTo(DESK.or(weekend.or(DESK)));
    assertThat(a.toString()).isEqualTo("((" + DESK + " except " + christmas + ") or " + weekend + ")");
  }
}
