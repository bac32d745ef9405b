package io.itsm4j.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.Violation;
import io.itsm4j.sla.calendar.WeeklyCalendar;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An administrator types a calendar into a form: it is built, or every mistake is named at once. */
class CalendarInputTest {

  @Test
  void a_well_formed_form_gives_the_calendar() {
    io.vavr.control.Either<io.itsm4j.core.Rejection, WeeklyCalendar> result = CalendarInput.calendar("Europe/Berlin",
        LinkedHashMap.of("monday", "09:00-12:00, 13:00-17:00", "Friday", "22:00-06:00", "SUNDAY", "18:00-24:00"),
        List.of("--12-25", "2024-06-11"));
    assertThat(result.isRight()).isTrue();
    WeeklyCalendar cal = result.get();
    Instant monday = Instant.parse("2024-06-10T00:00:00Z");
    assertThat(cal.elapsed(monday, monday.plus(Duration.ofDays(7)))).isEqualTo(Duration.ofHours(7 + 8 + 6));
    assertThat(cal.holidays()).hasSize(2);
  }

  @Test
  void every_mistake_is_reported_with_its_field() {
    io.vavr.control.Either<io.itsm4j.core.Rejection, WeeklyCalendar> result = CalendarInput.calendar("Mars/Olympus",
        LinkedHashMap.of("monday", "09:00-25:00", "funday", "09:00-17:00", "tuesday", "nine to five"),
        List.of("--12-25", "Christmas"));
    assertThat(result.isLeft()).isTrue();
    assertThat(result.getLeft().violations().map(Violation::field))
        .containsExactly("zone", "hours.monday[0]", "hours.funday", "hours.tuesday[0]", "holidays[1]");
    assertThat(result.getLeft().violations()).allMatch(v -> v.code().equals(Violation.INVALID));
    assertThat(result.getLeft().violations().get(1).message()).contains("09:00-25:00");
  }
}
