package io.itsm4j.sla.availability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itsm4j.core.RejectionCode;
import io.itsm4j.sla.calendar.BusinessCalendar;
import io.itsm4j.sla.calendar.DailyHours;
import io.vavr.collection.List;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Availability, worked examples: the figures a service review would print. */
class AvailabilityTest {
  private static final Instant DEC = Instant.parse("2026-12-01T00:00:00Z");
  private static final Instant JAN = Instant.parse("2027-01-01T00:00:00Z");
  private static final AvailabilityTarget THREE_NINES = AvailabilityTarget.of(99.9, BusinessCalendar.alwaysOpen());

  @Test
  void anHourDownInADecemberOfTwentyFourSevenMissesThreeNines() {
    AvailabilityReport r = Availability.measure(THREE_NINES, List.of(
        Outage.unplanned("INC-000001", Instant.parse("2026-12-10T10:00:00Z"), Instant.parse("2026-12-10T10:40:00Z")),
        // Overlaps the first: counted once, one outage.
        Outage.unplanned("INC-000002", Instant.parse("2026-12-10T10:30:00Z"), Instant.parse("2026-12-10T11:00:00Z"))),
        DEC, JAN).get();
    assertThat(r.agreedServiceTime()).isEqualTo(Duration.ofDays(31));
    assertThat(r.downtime()).isEqualTo(Duration.ofHours(1));
    assertThat(r.outages()).isEqualTo(1);
    assertThat(r.availability().get()).isEqualTo(100.0 * (744 - 1) / 744);
    assertThat(r.budget()).isEqualTo(Duration.ofSeconds(2678));
    assertThat(r.budgetLeft()).isEqualTo(Duration.ofSeconds(2678 - 3600));
    assertThat(r.met()).isFalse();
    assertThat(r.mtrs().get()).isEqualTo(Duration.ofHours(1));
    assertThat(r.mtbsi().get()).isEqualTo(Duration.ofDays(31));
    assertThat(r.mtbf().get()).isEqualTo(Duration.ofDays(31).minusHours(1));
  }

  @Test
  void outagesOutsideServiceHoursCostNothingAndPlannedOnesFollowTheAgreement() {
    BusinessCalendar office = BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
        .weekdays(DailyHours.of("09:00", "17:00")).build();
    Instant monday = Instant.parse("2026-12-07T00:00:00Z");
    Instant saturday = Instant.parse("2026-12-12T00:00:00Z");
    List<Outage> outages = List.of(
        Outage.unplanned("night", Instant.parse("2026-12-08T00:00:00Z"), Instant.parse("2026-12-08T05:00:00Z")),
        Outage.planned("patch", Instant.parse("2026-12-09T08:00:00Z"), Instant.parse("2026-12-09T10:00:00Z")),
        Outage.unplanned("crash", Instant.parse("2026-12-09T09:30:00Z"), Instant.parse("2026-12-09T10:30:00Z")));
    AvailabilityReport excluded = Availability.measure(new AvailabilityTarget(99.0, office, PlannedDowntime.EXCLUDED),
        outages, monday, saturday).get();
    // 09:00-17:00 Berlin is 08:00-16:00 UTC. The patch takes 08:00-10:00 UTC; the crash adds 10:00-10:30.
    assertThat(excluded.plannedDowntime()).isEqualTo(Duration.ofHours(2));
    assertThat(excluded.unplannedDowntime()).isEqualTo(Duration.ofMinutes(30));
    assertThat(excluded.agreedServiceTime()).isEqualTo(Duration.ofHours(40 - 2));
    assertThat(excluded.downtime()).isEqualTo(Duration.ofMinutes(30));
    assertThat(excluded.outages()).isEqualTo(1);
    AvailabilityReport counted = Availability.measure(new AvailabilityTarget(99.0, office, PlannedDowntime.COUNTED),
        outages, monday, saturday).get();
    assertThat(counted.agreedServiceTime()).isEqualTo(Duration.ofHours(40));
    assertThat(counted.downtime()).isEqualTo(Duration.ofMinutes(150));
  }

  @Test
  void theBudgetAlarmsWhenItWillRunOutBeforeThePeriodEnds() {
    Instant mid = Instant.parse("2026-12-16T12:00:00Z");
    List<Outage> half = List.of(Outage.unplanned("a", Instant.parse("2026-12-05T00:00:00Z"),
        Instant.parse("2026-12-05T00:30:00Z")));
    // 30 minutes in half the month: an hour by its end, against a budget of 44 minutes 38 seconds.
    BudgetAlarm alarm = Availability.budget(THREE_NINES, half, DEC, JAN, mid).get().get();
    assertThat(alarm.used()).isEqualTo(Duration.ofMinutes(30));
    assertThat(alarm.budget()).isEqualTo(Duration.ofSeconds(2678));
    assertThat(alarm.projected()).isEqualTo(Duration.ofHours(1));
    assertThat(alarm.burnRate()).isGreaterThan(1.0);
    // Ten minutes in the same time would end at twenty: no alarm. An unplanned outage after the time of measuring
    // is not known yet.
    List<Outage> little = List.of(
        Outage.unplanned("b", Instant.parse("2026-12-05T00:00:00Z"), Instant.parse("2026-12-05T00:10:00Z")),
        Outage.unplanned("later", Instant.parse("2026-12-20T00:00:00Z"), Instant.parse("2026-12-21T00:00:00Z")));
    assertThat(Availability.budget(THREE_NINES, little, DEC, JAN, mid).get().isEmpty()).isTrue();
  }

  @Test
  void badPeriodsAreRefusedNamingTheField() {
    assertThat(Availability.measure(THREE_NINES, List.empty(), JAN, DEC).getLeft().violations().head().field())
        .isEqualTo("to");
    assertThat(Availability.measure(THREE_NINES, List.empty(), DEC, DEC).getLeft().code())
        .isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(Availability.budget(THREE_NINES, List.empty(), DEC, JAN, JAN.plusSeconds(1)).getLeft().violations()
        .head().field()).isEqualTo("at");
    assertThat(Availability.measure(THREE_NINES, List.empty(), Instant.parse("1000-01-01T00:00:00Z"), DEC)
        .getLeft().violations().head().field()).isEqualTo("from");
    assertThatThrownBy(() -> Outage.unplanned("x", JAN, DEC)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AvailabilityTarget.of(0, BusinessCalendar.alwaysOpen()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("percent");
    AvailabilityReport none = Availability.measure(AvailabilityTarget.of(99.9, BusinessCalendar.builder(
        ZoneId.of("UTC")).weekdays(DailyHours.of("09:00", "17:00")).build()), List.empty(),
        Instant.parse("2026-12-12T00:00:00Z"), Instant.parse("2026-12-14T00:00:00Z")).get();
    assertThat(none.availability().isEmpty()).isTrue();
    assertThat(none.met()).isTrue();
  }
  @Test
  void aHundredPercentTargetHasNoBudgetSoAnyDowntimeAlarms() {
    AvailabilityTarget all = AvailabilityTarget.of(100, BusinessCalendar.alwaysOpen());
    Instant mid = Instant.parse("2026-12-16T12:00:00Z");
    BudgetAlarm alarm = Availability.budget(all, List.of(Outage.unplanned("a", Instant.parse("2026-12-05T00:00:00Z"),
        Instant.parse("2026-12-05T00:00:01Z"))), DEC, JAN, mid).get().get();
    assertThat(alarm.budget()).isEqualTo(Duration.ZERO);
    assertThat(alarm.burnRate()).isEqualTo(Double.POSITIVE_INFINITY);
    // Half the budget used in half the period: on track, no alarm.
    Instant half = Instant.parse("2026-12-16T12:00:00Z");
    assertThat(Availability.budget(THREE_NINES, List.of(Outage.unplanned("b", DEC, DEC.plusSeconds(1339))),
        DEC, JAN, half).get().isEmpty()).isTrue();
    BudgetAlarm over = Availability.budget(THREE_NINES, List.of(Outage.unplanned("c", DEC, DEC.plusSeconds(1400))),
        DEC, JAN, half).get().get();
    assertThat(over.burnRate()).isEqualTo((1400.0 / 2678) / (1339200.0 / 2678400));
  }

  @Test
  void anOutageInsideAnotherKeepsTheEpisodeOpenUntilTheLongerEndsAndMeansDivideByTheEpisodes() {
    Instant ten = Instant.parse("2026-12-03T10:00:00Z");
    var report = Availability.measure(THREE_NINES, List.of(
        Outage.unplanned("INC-1", ten, ten.plus(Duration.ofHours(2))),
        Outage.unplanned("INC-2", ten.plus(Duration.ofMinutes(30)), ten.plus(Duration.ofMinutes(60))),
        Outage.unplanned("INC-3", ten.plus(Duration.ofMinutes(90)), ten.plus(Duration.ofMinutes(105))),
        Outage.unplanned("INC-4", ten.plus(Duration.ofHours(5)), ten.plus(Duration.ofHours(6)))), DEC, JAN).get();
    assertThat(report.outages()).isEqualTo(2);
    assertThat(report.unplannedDowntime()).isEqualTo(Duration.ofHours(3));
    assertThat(report.mtrs()).contains(Duration.ofMinutes(90));
    assertThat(report.mtbsi()).contains(Duration.ofDays(31).dividedBy(2));
  }
}
