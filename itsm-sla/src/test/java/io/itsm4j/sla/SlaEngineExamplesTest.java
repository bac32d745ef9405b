package io.itsm4j.sla;

import static io.itsm4j.core.workflow.StateCategory.ACTIVE;
import static io.itsm4j.core.workflow.StateCategory.CANCELLED;
import static io.itsm4j.core.workflow.StateCategory.CLOSED;
import static io.itsm4j.core.workflow.StateCategory.ON_HOLD;
import static io.itsm4j.core.workflow.StateCategory.RESOLVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketKind;
import io.itsm4j.core.ticket.TicketSubject;
import io.itsm4j.sla.calendar.BusinessCalendar;
import io.itsm4j.sla.calendar.DailyHours;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Service level clocks replayed from ticket histories, scenario by scenario. */
class SlaEngineExamplesTest {
  static final SlaDefinition RESOLUTION = SlaDefinition.resolution()
      .id(SlaId.of("resolution"))
      .goals(HashMap.of(Priority.P1, Duration.ofHours(4), Priority.P2, Duration.ofHours(8), Priority.P3,
          Duration.ofHours(24)))
      .build();
  static final SlaDefinition FIRST_RESPONSE = SlaDefinition.firstResponse()
      .id(SlaId.of("first-response"))
      .goals(HashMap.of(Priority.P1, Duration.ofMinutes(15), Priority.P2, Duration.ofMinutes(30)))
      .build();

  static Instant at(String time) {
    return Instant.parse("2024-06-10T" + time + ":00Z");
  }

  static SlaStatus only(Seq<SlaStatus> statuses) {
    assertThat(statuses).hasSize(1);
    return statuses.head();
  }

  static SlaStatus resolution(TicketHistory h, Instant asOf) {
    return only(SlaEngine.status(List.of(RESOLUTION), h.events(), asOf));
  }

  @Nested
  class Clock {
    @Test
    void a_ticket_resolved_within_its_goal_meets_it() {
      TicketHistory h = TicketHistory.opened("INC-1", at("09:00"), Priority.P1).move(at("09:30"), ACTIVE)
          .move(at("11:00"), RESOLVED);
      SlaStatus s = resolution(h, at("18:00"));
      assertThat(s.state()).isEqualTo(SlaState.MET);
      assertThat(s.elapsed()).isEqualTo(Duration.ofHours(2));
      assertThat(s.percentage()).isEqualTo(50.0);
      assertThat(s.due()).isEmpty();
      assertThat(s.endedAt()).contains(at("11:00"));
      assertThat(s.cycle()).isEqualTo(1);
      assertThat(s.isBreached()).isFalse();
    }

    @Test
    void a_running_clock_has_a_due_time_and_becomes_overdue_after_it() {
      TicketHistory h = TicketHistory.opened("INC-1", at("09:00"), Priority.P1).move(at("09:30"), ACTIVE);
      SlaStatus early = resolution(h, at("10:00"));
      assertThat(early.state()).isEqualTo(SlaState.RUNNING);
      assertThat(early.remaining()).isEqualTo(Duration.ofHours(3));
      assertThat(early.due()).contains(at("13:00"));
      assertThat(early.breachedAt()).isEmpty();

      SlaStatus late = resolution(h, at("14:00"));
      assertThat(late.state()).isEqualTo(SlaState.RUNNING);
      assertThat(late.isBreached()).isTrue();
      assertThat(late.breachedAt()).contains(at("13:00"));
      assertThat(late.remaining()).isEqualTo(Duration.ofHours(-1));
      assertThat(late.percentage()).isEqualTo(125.0);

      SlaStatus stopped = resolution(h.move(at("15:00"), RESOLVED), at("16:00"));
      assertThat(stopped.state()).isEqualTo(SlaState.BREACHED);
      assertThat(stopped.breachedAt()).contains(at("13:00"));
    }

    @Test
    void a_goal_reached_exactly_at_the_stop_is_met() {
      TicketHistory h = TicketHistory.opened("INC-1", at("09:00"), Priority.P1).move(at("13:00"), RESOLVED);
      assertThat(resolution(h, at("13:00")).state()).isEqualTo(SlaState.MET);
    }

    @Test
    void the_clock_does_not_count_while_waiting_for_the_customer() {
      TicketHistory h = TicketHistory.opened("INC-1", at("09:00"), Priority.P1).move(at("10:00"), ON_HOLD);
      SlaStatus paused = resolution(h, at("12:00"));
      assertThat(paused.state()).isEqualTo(SlaState.PAUSED);
      assertThat(paused.elapsed()).isEqualTo(Duration.ofHours(1));
      assertThat(paused.due()).isEmpty();

      SlaStatus resumed = resolution(h.move(at("12:00"), ACTIVE), at("12:30"));
      assertThat(resumed.state()).isEqualTo(SlaState.RUNNING);
      assertThat(resumed.elapsed()).isEqualTo(Duration.ofMinutes(90));
      assertThat(resumed.due()).contains(at("15:00"));
    }

    @Test
    void a_priority_change_while_paused_recomputes_from_the_original_start_and_keeps_the_pause() {
      TicketHistory h = TicketHistory.opened("INC-1", at("09:00"), Priority.P3).move(at("10:00"), ON_HOLD)
          .priority(at("11:00"), Priority.P1).move(at("12:00"), ACTIVE);
      SlaStatus s = resolution(h, at("12:00"));
      assertThat(s.priority()).isEqualTo(Priority.P1);
      assertThat(s.goal()).isEqualTo(Duration.ofHours(4));
      assertThat(s.startedAt()).isEqualTo(at("09:00"));
      assertThat(s.elapsed()).isEqualTo(Duration.ofHours(1));
      // 09:00 + 4 h of goal + 2 h on hold.
      assertThat(s.due()).contains(at("15:00"));
    }

    @Test
    void a_lower_priority_gives_more_time_from_the_same_start() {
      TicketHistory h = TicketHistory.opened("INC-1", at("09:00"), Priority.P1).priority(at("10:00"), Priority.P2);
      assertThat(resolution(h, at("10:00")).due()).contains(at("17:00"));
    }

    @Test
    void a_reopened_ticket_starts_a_new_cycle_and_keeps_the_first() {
      TicketHistory h = TicketHistory.opened("INC-1", at("09:00"), Priority.P1).move(at("11:00"), RESOLVED)
          .move(at("12:00"), ACTIVE);
      Seq<SlaStatus> statuses = SlaEngine.status(List.of(RESOLUTION), h.events(), at("13:00"));
      assertThat(statuses).extracting(SlaStatus::cycle, SlaStatus::state)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(1, SlaState.MET),
              org.assertj.core.groups.Tuple.tuple(2, SlaState.RUNNING));
      assertThat(statuses.get(1).startedAt()).isEqualTo(at("12:00"));
      assertThat(statuses.get(1).due()).contains(at("16:00"));
    }

    @Test
    void a_cancelled_ticket_cancels_its_clock() {
      TicketHistory h = TicketHistory.opened("INC-1", at("09:00"), Priority.P1).move(at("10:00"), CANCELLED);
      SlaStatus s = resolution(h, at("18:00"));
      assertThat(s.state()).isEqualTo(SlaState.CANCELLED);
      assertThat(s.elapsed()).isEqualTo(Duration.ofHours(1));
      assertThat(SlaEngine.crossings(List.of(RESOLUTION), h.events(), at("18:00"))).isEmpty();
    }

    @Test
    void closing_from_on_hold_stops_the_clock_and_closes_the_pause() {
      TicketHistory h = TicketHistory.opened("INC-1", at("09:00"), Priority.P1).move(at("10:00"), ON_HOLD)
          .move(at("16:00"), CLOSED);
      SlaStatus s = resolution(h, at("18:00"));
      assertThat(s.state()).isEqualTo(SlaState.MET);
      assertThat(s.elapsed()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void the_status_at_a_past_instant_is_the_same_function_with_an_earlier_as_of() {
      TicketHistory h = TicketHistory.opened("INC-1", at("09:00"), Priority.P1).move(at("10:00"), ON_HOLD)
          .move(at("11:00"), ACTIVE).move(at("12:00"), RESOLVED);
      SlaStatus past = resolution(h, at("10:30"));
      assertThat(past.state()).isEqualTo(SlaState.PAUSED);
      assertThat(past.elapsed()).isEqualTo(Duration.ofHours(1));
      assertThat(SlaEngine.status(List.of(RESOLUTION), h.events(), at("08:00"))).isEmpty();
    }

    @Test
    void business_hours_apply_to_the_goal() {
      ZoneId berlin = ZoneId.of("Europe/Berlin");
      SlaDefinition office = SlaDefinition.builder().from(RESOLUTION)
          .calendar(BusinessCalendar.builder(berlin).weekdays(DailyHours.of("09:00", "12:00"),
              DailyHours.of("13:00", "17:00")).build())
          .build();
      Instant friday = LocalDateTime.parse("2024-06-14T16:00").atZone(berlin).toInstant();
      TicketHistory h = TicketHistory.opened("INC-1", friday, Priority.P2);
      SlaStatus s = only(SlaEngine.status(List.of(office), h.events(), friday.plusSeconds(60)));
      assertThat(s.due()).contains(LocalDateTime.parse("2024-06-17T17:00").atZone(berlin).toInstant());
    }
  }

  @Nested
  class Definitions {
    @Test
    void first_response_stops_at_an_agent_comment_not_at_a_caller_comment() {
      TicketHistory h = TicketHistory.opened("INC-1", at("09:00"), Priority.P1).comment(at("09:05"), true)
          .comment(at("09:10"), false);
      SlaStatus s = only(SlaEngine.status(List.of(FIRST_RESPONSE), h.events(), at("10:00")));
      assertThat(s.metric()).isEqualTo(SlaMetric.FIRST_RESPONSE);
      assertThat(s.state()).isEqualTo(SlaState.MET);
      assertThat(s.elapsed()).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void a_priority_without_a_goal_is_not_covered() {
      TicketHistory h = TicketHistory.opened("INC-1", at("09:00"), Priority.P4);
      assertThat(SlaEngine.status(List.of(FIRST_RESPONSE), h.events(), at("10:00"))).isEmpty();
      TicketHistory lowered = TicketHistory.opened("INC-2", at("09:00"), Priority.P1).priority(at("09:05"),
          Priority.P4);
      SlaStatus s = only(SlaEngine.status(List.of(FIRST_RESPONSE), lowered.events(), at("10:00")));
      assertThat(s.state()).isEqualTo(SlaState.CANCELLED);
      assertThat(s.priority()).isEqualTo(Priority.P1);
    }

    @Test
    void a_selector_picks_tickets_by_kind_and_service_and_drops_them_when_the_subject_changes() {
      SlaDefinition mailOnly = SlaDefinition.builder().from(RESOLUTION).id(SlaId.of("mail-ola"))
          .type(AgreementType.OLA)
          .appliesTo(TicketSelector.builder().kinds(HashSet.of(TicketKind.INCIDENT))
              .services(HashSet.of(ServiceId.of("mail"))).build())
          .build();
      TicketHistory mail = TicketHistory.opened("INC-1", at("09:00"), Priority.P1);
      assertThat(only(SlaEngine.status(List.of(mailOnly), mail.events(), at("10:00"))).type())
          .isEqualTo(AgreementType.OLA);
      TicketHistory web = TicketHistory.opened("INC-2", at("09:00"), Priority.P1, TicketKind.INCIDENT,
          TicketSubject.none().withService(ServiceId.of("web")));
      assertThat(SlaEngine.status(List.of(mailOnly), web.events(), at("10:00"))).isEmpty();
      mail.subject(at("09:30"), TicketSubject.none().withService(ServiceId.of("web")));
      assertThat(only(SlaEngine.status(List.of(mailOnly), mail.events(), at("10:00"))).state())
          .isEqualTo(SlaState.CANCELLED);
    }

    @Test
    void a_retroactive_start_counts_from_creation_or_a_chosen_event() {
      SlaDefinition fromCreation = SlaDefinition.builder().from(RESOLUTION).id(SlaId.of("assigned-retro"))
          .start(SlaCondition.assigned()).retroactiveStart(RetroactiveStart.fromTicketCreation()).build();
      SlaDefinition fromActive = SlaDefinition.builder().from(fromCreation).id(SlaId.of("active-retro"))
          .retroactiveStart(RetroactiveStart.fromLast(SlaCondition.entersCategory(ACTIVE))).build();
      SlaDefinition atAssignment = SlaDefinition.builder().from(fromCreation).id(SlaId.of("at-assignment"))
          .retroactiveStart(RetroactiveStart.none()).build();
      TicketHistory h = TicketHistory.opened("INC-1", at("09:00"), Priority.P1).move(at("09:20"), ON_HOLD)
          .move(at("09:40"), ACTIVE).assign(at("10:00"), "network");
      Seq<SlaStatus> s = SlaEngine.status(List.of(fromCreation, fromActive, atAssignment), h.events(), at("11:00"));
      assertThat(s.map(SlaStatus::startedAt)).containsExactly(at("09:00"), at("09:40"), at("10:00"));
      // The hold before the assignment is replayed: 20 minutes do not count.
      assertThat(s.map(SlaStatus::elapsed)).containsExactly(Duration.ofMinutes(100), Duration.ofMinutes(80),
          Duration.ofMinutes(60));
      assertThat(s.head().group()).contains(io.itsm4j.core.GroupId.of("network"));
    }

    @Test
    void invalid_definitions_fail_at_build_naming_the_attribute() {
      assertThatThrownBy(() -> SlaDefinition.builder().from(RESOLUTION).goals(HashMap.empty()).build())
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("goals");
      assertThatThrownBy(() -> SlaDefinition.builder().from(RESOLUTION)
          .goals(HashMap.of(Priority.P1, Duration.ZERO)).build())
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("goals.P1");
      assertThatThrownBy(() -> SlaDefinition.builder().from(RESOLUTION).thresholds(List.of(75, 50)).build())
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("thresholds");
      assertThatThrownBy(() -> SlaDefinition.builder().id(SlaId.of("x")).build())
          .isInstanceOf(IllegalStateException.class).hasMessageContaining("metric");
    }

    @Test
    void a_history_must_start_with_the_opening_and_be_of_one_ticket() {
      TicketHistory h = TicketHistory.opened("INC-1", at("09:00"), Priority.P1).move(at("10:00"), ACTIVE);
      assertThatThrownBy(() -> SlaEngine.status(List.of(RESOLUTION), h.events().tail(), at("11:00")))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must begin with an opened event");
      Seq<TicketEvent> mixed = h.events().appendAll(TicketHistory.opened("INC-2", at("09:00"), Priority.P1)
          .move(at("09:30"), ACTIVE).events().tail());
      assertThatThrownBy(() -> SlaEngine.status(List.of(RESOLUTION), mixed, at("11:00")))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("of one ticket");
      assertThat(SlaEngine.status(List.of(RESOLUTION), List.empty(), at("11:00"))).isEmpty();
    }
  }

  @Nested
  class Alarms {
    @Test
    void the_next_alarm_is_the_next_threshold_of_any_running_clock() {
      TicketHistory h = TicketHistory.opened("INC-1", at("09:00"), Priority.P1);
      Seq<SlaDefinition> both = List.of(RESOLUTION, FIRST_RESPONSE);
      assertThat(SlaEngine.nextAlarm(both, h.events(), at("09:00"))).contains(at("09:07").plusSeconds(30));
      assertThat(SlaEngine.nextAlarm(both, h.events(), at("09:20"))).contains(at("11:00"));
      assertThat(SlaEngine.nextAlarm(both, h.events(), at("11:00"))).contains(at("12:00"));
      assertThat(SlaEngine.nextAlarm(both, h.events(), at("13:30"))).isEmpty();
      h.move(at("09:05"), ON_HOLD);
      assertThat(SlaEngine.nextAlarm(List.of(RESOLUTION), h.events(), at("10:00"))).isEmpty();
    }

    @Test
    void crossings_say_when_each_threshold_was_reached() {
      TicketHistory h = TicketHistory.opened("INC-1", at("09:00"), Priority.P1).move(at("10:00"), ON_HOLD)
          .move(at("11:00"), ACTIVE);
      Seq<ThresholdCrossing> c = SlaEngine.crossings(List.of(RESOLUTION), h.events(), at("13:00"));
      assertThat(c).extracting(ThresholdCrossing::percent, ThresholdCrossing::at).containsExactly(
          org.assertj.core.groups.Tuple.tuple(50, at("12:00")),
          org.assertj.core.groups.Tuple.tuple(75, at("13:00")));
      SlaEvaluation all = SlaEngine.evaluate(List.of(RESOLUTION), h.events(), at("13:00"));
      assertThat(all.crossings()).isEqualTo(c);
      assertThat(all.nextAlarm()).contains(at("14:00"));
    }
  }
}
