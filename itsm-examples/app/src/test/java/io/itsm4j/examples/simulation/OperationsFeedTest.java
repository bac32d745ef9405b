package io.itsm4j.examples.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.audit.Clause;
import io.itsm4j.audit.application.ContinuityRecords;
import io.itsm4j.core.application.MonitoringDesk;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketKind;
import io.itsm4j.sla.continuity.Exercise;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Operation and control in a simulated fortnight: monitoring's incidents are desk tickets, each service's availability
 * matches the incidents monitoring opened for it, and the continuity exercise's shortfall is a corrective action in
 * the audit trail and the report.
 */
class OperationsFeedTest {
  private static final SmallRun RUN = SmallRun.of(SmallRun.options(7, 14, 0.2),
      Path.of("target", "simulation-tests", "operations.md"));

  @Test
  void monitoring_opens_and_restores_incidents_through_the_desk() {
    OperationsFeed feed = RUN.reviewed().operations();
    assertThat(feed.events()).isPositive();
    assertThat(feed.incidents()).isPositive();
    assertThat(feed.restored()).isPositive().isLessThanOrEqualTo(feed.incidents());
    assertThat(feed.refused()).isZero();
    long byMonitoring = RUN.histories().values().count(h -> h.head() instanceof TicketEvent.Opened o
        && o.kind() == TicketKind.INCIDENT && o.fields().containsKey(MonitoringDesk.GROUP_FIELD));
    assertThat(byMonitoring).isEqualTo(feed.incidents());
  }

  @Test
  void every_service_has_its_availability_and_downtime_only_where_monitoring_saw_an_outage() {
    OperationsFeed feed = RUN.reviewed().operations();
    assertThat(feed.availability().keySet()).hasSize(8);
    for (var e : feed.availability()) {
      var a = e._2;
      assertThat(a.agreedServiceTime()).isEqualTo(Duration.ofDays(14));
      assertThat(a.availability().get()).isBetween(0.0, 100.0);
      assertThat(a.met()).isEqualTo(a.availability().get() >= OperationsFeed.TARGET_PERCENT);
      assertThat(a.downtime().isZero()).isEqualTo(a.outages() == 0);
    }
    assertThat(feed.availability().values().map(a -> a.outages()).sum().longValue()).isPositive();
  }

  @Test
  void the_exercise_falls_short_once_and_the_shortfall_is_a_corrective_action_in_the_trail_and_report() {
    ContinuityRecords.Recorded x = RUN.reviewed().operations().exercise().get();
    assertThat(x.shortfalls()).hasSize(1);
    assertThat(x.shortfalls().head().objective()).isEqualTo(Exercise.Objective.RTO);
    assertThat(x.actions()).hasSize(1);
    var evidence = RUN.reviewed().audit().evidence().get().get();
    var assurance = evidence.clauses().find(c -> c.clause() == Clause.C8_7).get();
    assertThat(assurance.hasRecords()).isTrue();
    String report = RUN.reviewed().report().text().get();
    assertThat(report).contains(ManagementReviewReport.SECTIONS.get(9), "| email | ", "1 shortfall(s)",
        "corrective action `" + x.actions().head().value() + "`");
    assertThat(RUN.reviewed().render()).contains("monitoring: ", "continuity exercise: 1 shortfall(s)");
  }

  @Test
  void the_months_management_review_is_a_page_and_9_3_evidence() throws java.io.IOException {
    ManagementReviewPage page = RUN.reviewed().page();
    var review = page.review().get();
    assertThat(review.trends()).hasSize(3);
    assertThat(review.trends()).allSatisfy(t -> assertThat(t.chart().values()).hasSize(14));
    assertThat(review.availability()).hasSize(8);
    assertThat(review.exercises()).hasSize(1);
    assertThat(review.correctiveActions()).hasSize(1);
    assertThat(review.improvements().get().open().size()).isEqualTo(review.trends()
        .count(t -> t.chart().latest().isDefined()));
    String html = java.nio.file.Files.readString(page.path());
    assertThat(html).contains("<h1>Management review: acme-it</h1>", "class=\"control-chart\"");
    var evidence = RUN.reviewed().audit().evidence().get().get();
    assertThat(evidence.clauses().find(c -> c.clause() == Clause.C9_3).get().hasRecords()).isTrue();
  }
}
