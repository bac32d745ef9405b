package io.itsm4j.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.audit.metrics.Figures;
import io.itsm4j.audit.metrics.FollowUp;
import io.itsm4j.audit.metrics.MetricsConfig;
import io.itsm4j.audit.metrics.MetricsReport;
import io.itsm4j.audit.metrics.ServiceMetrics;
import io.itsm4j.core.Actor;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.application.ServiceDesk;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.Urgency;
import io.itsm4j.sla.calendar.BusinessCalendar;
import io.itsm4j.sla.calendar.DailyHours;
import io.itsm4j.sla.calendar.WeeklyCalendar;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** docs/improvement.md's code, run: the fold over a desk's stored events. */
class ImprovementPageTest {

  @Test
  void the_metrics_fold_reads_a_desks_history_and_reports_the_month() {
    TenantId acme = TenantId.of("acme");
    Instant[] now = {Instant.parse("2026-03-02T09:00:00Z")};
    ServiceDesk desk = ServiceDesk.builder().clock(() -> now[0]).build();
    Actor agent = Actor.of("alice", "agent");
    TicketId id = desk.open(acme, agent, "k1", TicketCommand.Open.incident("VPN down", Impact.HIGH, Urgency.HIGH))
        .get().ticket().id();
    now[0] = now[0].plus(Duration.ofHours(2));
    desk.execute(acme, agent, id, "k2", TicketCommand.ChangeState.to("in-progress")).get();
    Seq<TicketEvent> events = desk.history(acme, id).get();
    WeeklyCalendar officeHours = BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
        .hours(DailyHours.of("08:00", "18:00"), DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY).build();
    Instant endOfMonth = Instant.parse("2026-03-31T22:00:00Z");
    Instant countedAt = now[0].plus(Duration.ofMinutes(30));   // an SLA clock settles
    boolean met = true;
    Instant answeredAt = now[0].plus(Duration.ofHours(1));     // the caller scores the ticket

    ServiceMetrics metrics = ServiceMetrics.create(MetricsConfig.monthly(ZoneId.of("Europe/Berlin"))
        .withReopenWindow(Duration.ofDays(7))
        .withBusinessTime(officeHours::elapsed));   // itsm-sla's BusinessCalendar, or any clock
    events.forEach(metrics::accept);                // Either<Rejection, Boolean>: a late event is refused
    // among them, in time order, what is counted about a ticket but is not one of its events:
    metrics.accept(new FollowUp.SlaOutcome(acme, id, "resolution", countedAt, met)); // from itsm-sla's SlaStatus
    metrics.accept(new FollowUp.Satisfaction(acme, id, 5, answeredAt));             // or Satisfaction.of(survey)
    metrics.advanceTo(endOfMonth);                   // closes the periods that ended (their backlog)
    MetricsReport report = metrics.report();         // a snapshot; folding goes on
    Figures march = report.by(s -> Option.some(s.period())).get(LocalDate.parse("2026-03-01")).get();

    assertThat(march.opened()).isEqualTo(1);
    assertThat(march.acknowledged()).isEqualTo(1);
    assertThat(march.timeToAcknowledge().mean()).contains(Duration.ofHours(2));
    // 22:00 UTC on 31 March is midnight in Berlin: March has ended there, and the incident is its backlog.
    assertThat(march.backlog()).isEqualTo(1);
    assertThat(march.slaCompliance()).contains(100.0);
    assertThat(march.slaOutcomes()).isEqualTo(1);
    assertThat(march.csat()).contains(100.0);
    assertThat(march.backlogAge().max()).contains(Duration.between(Instant.parse("2026-03-02T09:00:00Z"), endOfMonth));
  }
}
