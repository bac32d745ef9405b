package io.itsm4j.audit.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.ticket.TicketEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsValuesTest {

  @Test
  void durations_add_exactly_and_refuse_what_cannot_be() {
    Durations d = Durations.NONE.plus(30).plus(10).plus(20);
    assertThat(d).isEqualTo(new Durations(3, 60, 10, 30));
    assertThat(d.mean()).contains(Duration.ofSeconds(20));
    assertThat(d.min()).contains(Duration.ofSeconds(10));
    assertThat(d.max()).contains(Duration.ofSeconds(30));
    assertThat(d.sum()).isEqualTo(Duration.ofMinutes(1));
    assertThat(d.plus(Durations.NONE)).isEqualTo(d);
    assertThat(Durations.NONE.plus(d)).isEqualTo(d);
    assertThat(d.plus(new Durations(1, 5, 5, 5))).isEqualTo(new Durations(4, 65, 5, 30));
    assertThat(Durations.NONE.mean()).isEmpty();
    assertThat(Durations.NONE.min()).isEmpty();
    assertThat(Durations.NONE.max()).isEmpty();
    assertThatThrownBy(() -> d.plus(-1)).hasMessageContaining("negative");
    assertThatThrownBy(() -> new Durations(-1, 0, 0, 0)).hasMessageContaining("inconsistent");
    assertThatThrownBy(() -> new Durations(1, 0, 5, 4)).hasMessageContaining("inconsistent");
    assertThat(new Durations(0, 0, 0, 0)).isEqualTo(Durations.NONE);
  }

  @Test
  void figures_give_their_rates_with_no_rate_for_an_empty_denominator() {
    Figures f = new Figures(10, 9, 8, 6, 2, 4, 3, 5, 4, 1, 2, 1, 2, 1, 1, 9, 3, 8, 6, Durations.NONE, Durations.NONE,
        Durations.NONE, Durations.NONE, Durations.NONE, Durations.NONE);
    assertThat(f.firstContactRate()).contains(75.0);
    assertThat(f.reopenRate()).contains(25.0);
    assertThat(f.reassignmentsPerTicket()).contains(0.5);
    assertThat(f.changeSuccessRate()).contains(80.0);
    assertThat(f.changeFailureRate()).contains(20.0);
    assertThat(f.emergencyChangeRate()).contains(40.0);
    assertThat(Figures.NONE.firstContactRate()).isEmpty();
    assertThat(Figures.NONE.reassignmentsPerTicket()).isEmpty();
    assertThat(Figures.NONE.changeSuccessRate()).isEmpty();
    assertThat(Figures.NONE.emergencyChangeRate()).isEmpty();
    assertThat(f.slaCompliance()).contains(75.0);
    assertThat(f.slaOutcomes()).isEqualTo(12);
    assertThat(f.csat()).contains(75.0);
    assertThat(Figures.NONE.slaCompliance()).isEmpty();
    assertThat(Figures.NONE.csat()).isEmpty();
    for (int i = 0; i < 19; i++) {
      long[] c = new long[19];
      c[i] = -1;
      assertThatThrownBy(() -> new Figures(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10],
          c[11], c[12], c[13], c[14], c[15], c[16], c[17], c[18], Durations.NONE, Durations.NONE, Durations.NONE,
          Durations.NONE, Durations.NONE, Durations.NONE))
          .hasMessageContaining("negative");
    }
    assertThatThrownBy(() -> new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, Durations.NONE,
        Durations.NONE, Durations.NONE, Durations.NONE, Durations.NONE, Durations.NONE))
        .hasMessageContaining("must not exceed scored");
    assertThat(f.plus(f).incidentsLinkedToKnownErrors()).isEqualTo(2);
    assertThat(f.plus(f).slaBreached()).isEqualTo(6);
    assertThat(f.plus(f).satisfied()).isEqualTo(12);
  }

  @Test
  void a_distribution_answers_within_its_precision_and_merges() {
    var h = Distribution.newHistogram();
    for (long v : new long[] {10, 20, 30, 40, 1000}) {
      h.recordValue(v);
    }
    Distribution d = Distribution.of(h, 1100);
    assertThat(d.count()).isEqualTo(5);
    assertThat(d.mean()).contains(Duration.ofSeconds(220));
    assertThat(d.median().get().getSeconds()).isEqualTo(30);
    assertThat(Distribution.equivalent(d.max().get().getSeconds(), 1000)).isTrue();
    assertThat(d.min()).contains(Duration.ofSeconds(10));
    assertThat(d.percentile(100).get().getSeconds()).isBetween(1000L, 1010L);
    assertThat(d.p90().get()).isEqualTo(d.percentile(90).get());
    assertThat(d.p99().get()).isEqualTo(d.percentile(99).get());
    Distribution twice = d.plus(d);
    assertThat(twice.count()).isEqualTo(10);
    assertThat(twice.sum()).isEqualTo(Duration.ofSeconds(2200));
    assertThat(d.plus(Distribution.EMPTY)).isSameAs(d);
    assertThat(Distribution.EMPTY.plus(d)).isSameAs(d);
    assertThat(Distribution.of(Distribution.newHistogram(), 0)).isSameAs(Distribution.EMPTY);
    assertThat(d).isEqualTo(Distribution.of(h, 1100)).hasSameHashCodeAs(Distribution.of(h, 1100))
        .isNotEqualTo(Distribution.of(h, 1101));
    assertThat(d.toString()).startsWith("n=5, mean PT3M40S, median PT30S");
    assertThat(Distribution.EMPTY.toString()).isEqualTo("no values");
    assertThat(Distribution.EMPTY.mean()).isEmpty();
    assertThat(Distribution.EMPTY.min()).isEmpty();
    assertThat(Distribution.EMPTY.max()).isEmpty();
    assertThat(Distribution.EMPTY.median()).isEmpty();
    assertThatThrownBy(() -> d.percentile(0)).hasMessageContaining("percent");
    assertThatThrownBy(() -> d.percentile(100.5)).hasMessageContaining("percent");
    assertThat(Distribution.equivalent(1000, 1500)).isFalse();
  }

  @Test
  void late_events_and_times_are_refused_and_strangers_ignored() {
    ServiceMetrics m = ServiceMetrics.create(MetricsConfig.monthly(ZoneOffset.UTC));
    List<List<TicketEvent>> histories = GeneratedHistories.histories(3, 5);
    List<TicketEvent> stream = GeneratedHistories.stream(histories);
    stream.forEach(m::accept);
    Instant latest = stream.get(stream.size() - 1).occurredAt();
    assertThat(m.advanceTo(latest.minusSeconds(1)).getLeft().violations().head().field()).isEqualTo("now");
    assertThat(m.accept(stream.get(0)).getLeft().code()).isEqualTo(RejectionCode.INVALID_INPUT);
    MetricsReport before = m.report();
    assertThat(m.advanceTo(latest).get()).isTrue();
    assertThat(m.report()).isEqualTo(before);
    // An opening seen twice, and the events of a ticket whose opening the stream never held, are ignored.
    ServiceMetrics fresh = ServiceMetrics.create(MetricsConfig.monthly(ZoneOffset.UTC));
    TicketEvent opened = histories.get(0).get(0);
    assertThat(fresh.accept(opened).get()).isTrue();
    assertThat(fresh.accept(opened).get()).isFalse();
    List<TicketEvent> other = histories.get(1);
    if (other.size() > 1 && !other.get(1).occurredAt().isBefore(opened.occurredAt())) {
      assertThat(fresh.accept(other.get(1)).get()).isFalse();
      assertThat(fresh.report().ignored()).isEqualTo(2);
    } else {
      assertThat(fresh.report().ignored()).isEqualTo(1);
    }
    assertThat(fresh.tracked()).isEqualTo(1);
    assertThatThrownBy(() -> new MetricsConfig(ZoneOffset.UTC, PeriodUnit.DAY, Duration.ZERO,
        io.vavr.control.Option.none())).hasMessageContaining("reopenWindow");
  }

  @Test
  void follow_ups_are_checked_refused_when_late_and_read_from_answered_ticket_surveys() {
    var acme = io.itsm4j.core.TenantId.of("acme");
    var ticket = io.itsm4j.core.ticket.TicketId.of("INC-1");
    Instant t0 = Instant.parse("2026-03-02T09:00:00Z");
    assertThatThrownBy(() -> new FollowUp.Satisfaction(acme, ticket, 0, t0)).hasMessageContaining("score");
    assertThatThrownBy(() -> new FollowUp.Satisfaction(acme, ticket, 6, t0)).hasMessageContaining("score");
    assertThat(new FollowUp.Satisfaction(acme, ticket, 4, t0).satisfied()).isTrue();
    assertThat(new FollowUp.Satisfaction(acme, ticket, 3, t0).satisfied()).isFalse();
    assertThatThrownBy(() -> new FollowUp.SlaOutcome(acme, ticket, " ", t0, true)).hasMessageContaining("agreement");
    assertThatThrownBy(() -> new FollowUp.SlaOutcome(acme, null, "resolution", t0, true))
        .isInstanceOf(NullPointerException.class);

    var survey = io.itsm4j.audit.feedback.Survey.afterResolution("s-1", acme, ticket,
        io.itsm4j.core.catalogue.CustomerId.of("retail"), io.vavr.control.Option.none(), t0, 7);
    assertThat(FollowUp.Satisfaction.of(survey)).isEmpty();
    var answered = survey.answer(new io.itsm4j.audit.feedback.Survey.Response(5, "", t0.plusSeconds(60))).get();
    assertThat(FollowUp.Satisfaction.of(answered)).contains(new FollowUp.Satisfaction(acme, ticket, 5,
        t0.plusSeconds(60)));

    ServiceMetrics m = ServiceMetrics.create(MetricsConfig.monthly(ZoneOffset.UTC));
    assertThat(m.accept(new FollowUp.SlaOutcome(acme, ticket, "resolution", t0, true)).get()).isFalse();
    var late = m.accept(new FollowUp.Satisfaction(acme, ticket, 5, t0.minusSeconds(1))).getLeft();
    assertThat(late.code()).isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(late.violations().head().field()).isEqualTo("at");
    assertThat(m.report().ignored()).isEqualTo(1);
    assertThatThrownBy(() -> MetricsConfig.monthly(ZoneOffset.UTC).withFollowUpWindow(Duration.ofSeconds(-1)))
        .hasMessageContaining("followUpWindow");
    assertThat(MetricsConfig.monthly(ZoneOffset.UTC).followUpWindow())
        .isEqualTo(MetricsConfig.DEFAULT_FOLLOW_UP_WINDOW);
  }

  private static TicketEvent opened(String id, io.itsm4j.core.ticket.Priority priority, Instant at) {
    return new TicketEvent.Opened(new io.itsm4j.core.ticket.EventHeader(io.itsm4j.core.ticket.TicketId.of(id),
        io.itsm4j.core.TenantId.of("acme"), 1, at, io.itsm4j.core.ActorId.of("a"), "c"),
        io.itsm4j.core.ticket.TicketKind.INCIDENT, io.vavr.control.Option.none(), "incident", "t", "",
        io.itsm4j.core.ticket.Impact.LOW, io.itsm4j.core.ticket.Urgency.LOW, priority, "active",
        io.itsm4j.core.workflow.StateCategory.ACTIVE, io.vavr.collection.LinkedHashMap.empty(),
        io.itsm4j.core.ticket.TicketSubject.none(), io.itsm4j.core.ActorId.of("a"));
  }

  private static TicketEvent closed(String id, Instant at) {
    return new TicketEvent.StateChanged(new io.itsm4j.core.ticket.EventHeader(io.itsm4j.core.ticket.TicketId.of(id),
        io.itsm4j.core.TenantId.of("acme"), 2, at, io.itsm4j.core.ActorId.of("a"), "c"), "close", "active",
        io.itsm4j.core.workflow.StateCategory.ACTIVE, "closed", io.itsm4j.core.workflow.StateCategory.CLOSED,
        io.vavr.collection.LinkedHashMap.empty(), 1);
  }

  @Test
  void an_id_closed_twice_is_followed_as_its_latest_ticket_until_the_window_ends_even_without_events() {
    var acme = io.itsm4j.core.TenantId.of("acme");
    var ticket = io.itsm4j.core.ticket.TicketId.of("INC-1");
    Instant t0 = Instant.parse("2026-03-02T09:00:00Z");
    ServiceMetrics m = ServiceMetrics.create(MetricsConfig.monthly(ZoneOffset.UTC)
        .withFollowUpWindow(Duration.ofDays(2)));
    m.accept(opened("INC-1", io.itsm4j.core.ticket.Priority.P4, t0));
    m.accept(closed("INC-1", t0.plusSeconds(60)));
    // The id is used again, by a P1, which closes within the first one's window.
    m.accept(opened("INC-1", io.itsm4j.core.ticket.Priority.P1, t0.plusSeconds(120)));
    m.accept(closed("INC-1", t0.plusSeconds(180)));
    assertThat(m.followed()).isEqualTo(2);
    assertThat(m.accept(new FollowUp.Satisfaction(acme, ticket, 5, t0.plusSeconds(240))).get()).isTrue();
    var byPriority = m.report().by(sl -> io.vavr.control.Option.some(sl.priority()));
    assertThat(byPriority.get(io.itsm4j.core.ticket.Priority.P1).get().scored()).isEqualTo(1);
    assertThat(byPriority.get(io.itsm4j.core.ticket.Priority.P4).get().scored()).isZero();
    // The first ticket's window ends first; the id is still followed as the second one.
    assertThat(m.advanceTo(t0.plusSeconds(60).plus(Duration.ofDays(2)).plusSeconds(1)).get()).isTrue();
    assertThat(m.followed()).isEqualTo(1);
    assertThat(m.accept(new FollowUp.SlaOutcome(acme, ticket, "resolution",
        t0.plusSeconds(180).plus(Duration.ofDays(2)), false)).get()).isTrue();
    // Moving time on alone ends the window: nothing is followed, and a late follow-up is ignored.
    assertThat(m.advanceTo(t0.plus(Duration.ofDays(3))).get()).isTrue();
    assertThat(m.followed()).isZero();
    assertThat(m.accept(new FollowUp.Satisfaction(acme, ticket, 2, t0.plus(Duration.ofDays(3)))).get()).isFalse();
    assertThat(m.report().total().slaBreached()).isEqualTo(1);
    assertThat(m.report().total().scored()).isEqualTo(1);
  }

  @Test
  void periods_start_and_follow_in_the_zone() {
    var day = java.time.LocalDate.parse("2026-03-18");
    assertThat(PeriodUnit.DAY.startOf(day)).isEqualTo(day);
    assertThat(PeriodUnit.WEEK.startOf(day)).isEqualTo(java.time.LocalDate.parse("2026-03-16"));
    assertThat(PeriodUnit.MONTH.startOf(day)).isEqualTo(java.time.LocalDate.parse("2026-03-01"));
    assertThat(PeriodUnit.DAY.next(day)).isEqualTo(day.plusDays(1));
    assertThat(PeriodUnit.WEEK.next(java.time.LocalDate.parse("2026-03-16"))).isEqualTo(java.time.LocalDate.parse(
        "2026-03-23"));
    assertThat(PeriodUnit.MONTH.next(java.time.LocalDate.parse("2026-03-01"))).isEqualTo(java.time.LocalDate.parse(
        "2026-04-01"));
  }

  @Test
  void each_dimension_reads_its_attribute_of_a_slice() {
    Slice s = new Slice(io.itsm4j.core.TenantId.of("acme"), java.time.LocalDate.parse("2026-03-01"),
        io.itsm4j.core.ticket.TicketKind.CHANGE, io.itsm4j.core.ticket.Priority.P2,
        io.vavr.control.Option.some(io.itsm4j.core.catalogue.ServiceId.of("email")),
        io.vavr.control.Option.some(io.itsm4j.core.catalogue.OfferingId.of("mailbox")),
        io.vavr.control.Option.some(io.itsm4j.core.catalogue.CustomerId.of("retail")),
        io.vavr.control.Option.some(io.itsm4j.core.GroupId.of("desk")));
    assertThat(java.util.Arrays.stream(Dimension.values()).map(d -> d.valueOf(s)).toList())
        .containsExactly("all", "acme", "CHANGE", "P2", "email", "mailbox", "retail", "desk");
    Slice bare = new Slice(s.tenant(), s.period(), s.kind(), s.priority(), io.vavr.control.Option.none(),
        io.vavr.control.Option.none(), io.vavr.control.Option.none(), io.vavr.control.Option.none());
    assertThat(Dimension.SERVICE.valueOf(bare)).isEqualTo(Dimension.NONE);
    assertThat(Dimension.OFFERING.valueOf(bare)).isEqualTo(Dimension.NONE);
    assertThat(Dimension.CUSTOMER.valueOf(bare)).isEqualTo(Dimension.NONE);
    assertThat(Dimension.GROUP.valueOf(bare)).isEqualTo(Dimension.NONE);
  }
}
