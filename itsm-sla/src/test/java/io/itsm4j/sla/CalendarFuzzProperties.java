package io.itsm4j.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.itsm4j.core.TextPolicy;
import io.itsm4j.core.Violation;
import io.itsm4j.core.contract.HostileStrings;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.sla.calendar.WeeklyCalendar;
import io.vavr.collection.HashMap;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Histogram;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * A configuration fuzzer for calendars and SLA definitions: random calendar input (weekday keys, opening hours,
 * holidays; hostile strings and extreme times included) either yields every violation, each at a place of its own
 * with a short message, or a calendar on which an SLA can be defined and has a deadline, unless the calendar never
 * opens, which the SLA refuses when built. No call takes more than a second.
 */
class CalendarFuzzProperties {
  private static final Duration A_SECOND = Duration.ofSeconds(1);
  // The weights keep most inputs well formed, so usable calendars are tried as often as refused ones.

  @Provide
  Arbitrary<String> weekdays() {
    return Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.of("monday", "Tuesday", " friday ", "SUNDAY", "saturday")),
        Tuple.of(1, Arbitraries.of("funday", "", "mon")), Tuple.of(1, HostileStrings.mixed(6)));
  }

  @Provide
  Arbitrary<String> times() {
    return Arbitraries.frequencyOf(
        Tuple.of(60, Arbitraries.of("00:00", "09:00", "12:30", "17:00", "23:59:59", "24:00", "22:00", "06:00")),
        Tuple.of(1, Arbitraries.of("25:00", "9", "-1:00", "24:01", "12:00:00.5", "")),
        Tuple.of(1, HostileStrings.mixed(4)));
  }

  @Provide
  Arbitrary<String> intervals() {
    return Combinators.combine(times(), times()).as((a, b) -> a + "-" + b).list().ofMinSize(1).ofMaxSize(3)
        .map(l -> String.join(", ", l));
  }

  @Provide
  Arbitrary<String> holidays() {
    return Arbitraries.frequencyOf(Tuple.of(30, Arbitraries.of("2026-12-25", "--12-25", "--02-29", "2026-03-02")),
        Tuple.of(1, Arbitraries.of("2026-02-29", "2026-13-01", "3000-01-01", "Christmas", "")),
        Tuple.of(1, HostileStrings.mixed(6)));
  }

  @Provide
  Arbitrary<java.util.List<String>> weekdayLists() {
    return weekdays().list().ofMinSize(1).ofMaxSize(4);
  }

  @Provide
  Arbitrary<java.util.List<String>> intervalLists() {
    return intervals().list().ofMinSize(1).ofMaxSize(4);
  }

  @Provide
  Arbitrary<java.util.List<String>> holidayLists() {
    return holidays().list().ofMaxSize(4);
  }

  @Property(tries = 600)
  @StatisticsReport(format = Histogram.class)
  void calendar_input_yields_a_usable_calendar_or_every_violation_at_a_place_of_its_own(
      @ForAll("weekdayLists") java.util.List<String> days, @ForAll("intervalLists") java.util.List<String> hours,
      @ForAll("holidayLists") java.util.List<String> holidays, @ForAll boolean berlin) {
    LinkedHashMap<String, String> weekly = LinkedHashMap.empty();
    for (int i = 0; i < Math.min(days.size(), hours.size()); i++) {
      weekly = weekly.put(days.get(i), hours.get(i));
    }
    LinkedHashMap<String, String> input = weekly;
    io.vavr.control.Either<io.itsm4j.core.Rejection, WeeklyCalendar> built = assertTimeoutPreemptively(A_SECOND,
        () -> CalendarInput.calendar(berlin ? "Europe/Berlin" : "Mars/Olympus", input, List.ofAll(holidays)));
    if (built.isLeft()) {
      Statistics.collect("refused");
      Seq<Violation> v = built.getLeft().violations();
      assertThat(v.map(x -> x.field() + " " + x.code()).distinct()).as("one violation per place").hasSize(v.size());
      for (Violation x : v) {
        assertThat(x.message()).hasSizeLessThan(1000);
        assertThat(TextPolicy.allows(x.message(), TextPolicy.Form.LINE)).as(x.message()).isTrue();
        assertThat(x.field()).hasSizeLessThan(300);
      }
      return;
    }
    WeeklyCalendar calendar = built.get();
    var definition = SlaDefinition.resolution().id(SlaId.of("resolution")).calendar(calendar)
        .goals(HashMap.of(Priority.P1, Duration.ofHours(4)));
    if (calendar.isNeverOpen()) {
      Statistics.collect("never open");
      assertThatThrownBy(definition::build).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("never open");
      return;
    }
    Statistics.collect("usable");
    SlaDefinition sla = definition.build();
    Instant start = Instant.parse("2026-03-02T08:00:00Z");
    Instant due = assertTimeoutPreemptively(A_SECOND, () -> sla.calendar().deadline(start, Duration.ofHours(4)));
    assertThat(due).isAfter(start);
    assertThat(sla.calendar().elapsed(start, due)).isEqualTo(Duration.ofHours(4));
  }

  @Provide
  Arbitrary<Duration> goals() {
    return Arbitraries.oneOf(Arbitraries.longs().between(-10, 10_000_000).map(Duration::ofSeconds),
        Arbitraries.of(Duration.ZERO, Duration.ofMillis(1500), Duration.ofSeconds(Long.MAX_VALUE),
            io.itsm4j.sla.calendar.BusinessCalendar.MAX_GOAL, Duration.ofDays(365 * 200)));
  }

  @Provide
  Arbitrary<java.util.List<Integer>> thresholdLists() {
    return Arbitraries.oneOf(Arbitraries.integers().between(-5, 1100), Arbitraries.of(Integer.MAX_VALUE,
        Integer.MIN_VALUE)).list().ofMaxSize(4);
  }

  @Property(tries = 400)
  void an_sla_definition_builds_with_a_deadline_for_every_goal_or_fails_as_documented(
      @ForAll("goals") Duration p1, @ForAll("goals") Duration p3, @ForAll("thresholdLists") java.util.List<Integer> t) {
    var builder = SlaDefinition.resolution().id(SlaId.of("resolution"))
        .goals(HashMap.of(Priority.P1, p1, Priority.P3, p3)).thresholds(List.ofAll(t));
    SlaDefinition sla;
    try {
      sla = assertTimeoutPreemptively(A_SECOND, builder::build);
    } catch (IllegalArgumentException documented) {
      assertThat(documented.getMessage()).hasSizeLessThan(1000).contains("resolution");
      return;
    }
    Instant start = Instant.parse("2026-03-02T08:00:00Z");
    for (Duration goal : sla.goals().values()) {
      assertThat(goal).isPositive().isLessThanOrEqualTo(io.itsm4j.sla.calendar.BusinessCalendar.MAX_GOAL);
      try {
        Instant due = assertTimeoutPreemptively(A_SECOND, () -> sla.calendar().deadline(start, goal));
        assertThat(sla.calendar().elapsed(start, due)).isEqualTo(goal);
      } catch (IllegalArgumentException beyondTheRange) {
        // A goal that runs past the year 2999 from this start is refused by the calendar, as documented.
        assertThat(beyondTheRange.getMessage()).contains("supported range");
      }
    }
  }
}
