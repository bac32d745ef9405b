package io.itsm4j.reports;

import io.itsm4j.audit.feedback.Complaint;
import io.itsm4j.audit.feedback.Survey;
import io.itsm4j.audit.feedback.SurveyResults;
import io.itsm4j.audit.improvement.Improvement;
import io.itsm4j.audit.improvement.ImprovementRegister;
import io.itsm4j.audit.improvement.Source;
import io.itsm4j.audit.improvement.Target;
import io.itsm4j.audit.review.ManagementReview;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.catalogue.CustomerId;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.ticket.TicketId;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/** A management review with one of everything, {@code text} in the free-text slots. */
final class ManagementReviews {
  static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
  static final Instant UNTIL = Instant.parse("2026-07-01T00:00:00Z");

  private ManagementReviews() {}

  static Vector<LocalDate> months(int n) {
    return Vector.range(0, n).map(i -> LocalDate.parse("2026-01-01").plusMonths(i));
  }

  static ManagementReview review(String text) {
    TenantId acme = TenantId.of("acme");
    ActorId owner = ActorId.of("owner");
    // Stable, then a jump in the last month: rule 1 fires on the last point.
    var ttr = ManagementReview.Trend.of("P2 time to resolve, median hours", false, months(6),
        Vector.of(8.0, 8.5, 7.9, 8.2, 8.1, 8.0));
    var ttrChart = new ManagementReview.Trend("Backlog over 30 days", false, months(6),
        io.itsm4j.audit.trend.ControlChart.of(Vector.of(20.0, 21.0, 19.0, 20.0, 21.0, 45.0), 5));
    var csat = ManagementReview.Trend.of("CSAT %", true, months(6), Vector.of(82.0, 85.0, 84.0, 86.0, 85.0, 87.0));
    Survey answered = Survey.afterResolution("s-1", acme, TicketId.of("INC-1"), CustomerId.of("retail"),
        Option.none(), FROM, 7).answer(new Survey.Response(5, "", FROM.plusSeconds(60))).get();
    Survey low = Survey.afterResolution("s-2", acme, TicketId.of("INC-2"), CustomerId.of("retail"), Option.none(),
        FROM, 7).answer(new Survey.Response(2, text, FROM.plusSeconds(60))).get();
    Complaint complaint = Complaint.record("CMP-1", acme, ServiceId.of("email"), CustomerId.of("retail"), text, owner,
        FROM.plus(Duration.ofDays(20)));
    Improvement open = Improvement.identify("CSI-1", acme, text, new Source(Source.Kind.COMPLAINT, "CMP-1"), text, 1,
        owner, Option.some(new Target("mail outages a month", 2, 0)), FROM.plus(Duration.ofDays(21)));
    Improvement done = Improvement.identify("CSI-2", acme, "Faster P2", new Source(Source.Kind.TREND_SIGNAL, "ttr"),
        "fewer breaches", 2, owner, Option.some(new Target("P2 median hours", 10, 8)), FROM).approve(FROM).get()
        .start(FROM).get().implemented(FROM).get().measured(7.5, FROM).get();
    return ManagementReview.of(acme, FROM, UNTIL, LocalDate.parse("2026-07-03"))
        .withTrends(Vector.of(ttr, ttrChart, csat))
        .withServiceLevels(Vector.of(new ManagementReview.TargetLine("incident resolution", Option.some(88.0),
            Option.some(90.0), 412), new ManagementReview.TargetLine("request fulfilment", Option.some(96.5),
            Option.some(95.0), 1_020)))
        .withAvailability(Vector.of(new ManagementReview.TargetLine("email availability", Option.some(99.95),
            Option.some(99.9), 15_724_800)))
        .withBacklog(months(6).map(m -> new ManagementReview.BacklogPoint(m, 40 + m.getMonthValue(),
            Option.some(Duration.ofHours(30)), Option.some(Duration.ofDays(9)))))
        .withSatisfaction(months(6).map(m -> new ManagementReview.SatisfactionPoint(m, SurveyResults.of(
            Vector.of(answered, low), FROM, UNTIL, UNTIL))))
        .withComplaints(Vector.of(complaint))
        .withAudits(new ManagementReview.AuditResults(2, 3, 5, 4))
        .withCorrectiveActions(Vector.of(new ManagementReview.OpenAction("CA-7", text, LocalDate.parse("2026-03-02"),
            true)))
        .withImprovements(ImprovementRegister.of(Vector.of(open, done)))
        .withExercises(Vector.of(new ManagementReview.ExerciseResult("dr-core", "full failover",
            Instant.parse("2026-04-15T10:00:00Z"), Vector.of("erp recovered in 6 h 40 min, RTO 4 h"))))
        .withSystemChanges(Vector.of("Problem management moved to the applications team", text));
  }
}
