package io.itsm4j.audit.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itsm4j.audit.Clause;
import io.itsm4j.audit.evidence.ClauseEvidence;
import io.itsm4j.audit.evidence.Concern;
import io.itsm4j.audit.evidence.EvidenceReport;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.catalogue.CustomerId;
import io.itsm4j.core.catalogue.Relationship;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.change.PlannedChange;
import io.itsm4j.core.port.ScheduledChanges;
import io.itsm4j.core.ticket.ChangeWindow;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.sla.continuity.ContinuityPlan;
import io.itsm4j.sla.continuity.Exercise;
import io.itsm4j.sla.memory.InMemoryContinuityPlanStore;
import io.itsm4j.sla.memory.InMemoryServiceReviewStore;
import io.itsm4j.sla.review.HeldReview;
import io.itsm4j.sla.review.ReviewAction;
import io.itsm4j.sla.review.ReviewAgreement;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class OperationalConcernsTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final TenantId GLOBEX = TenantId.of("globex");
  private static final ServiceId EMAIL = ServiceId.of("email");
  private static final ServiceId CRM = ServiceId.of("crm");
  private static final CustomerId RETAIL = CustomerId.of("retail");
  private static final ConfigurationItemId DB = ConfigurationItemId.of("db-1");
  private static final Instant REVIEWED = Instant.parse("2026-01-10T00:00:00Z");
  private static final Instant AS_OF = Instant.parse("2026-12-01T00:00:00Z");

  private final InMemoryContinuityPlanStore plans = new InMemoryContinuityPlanStore();
  private final InMemoryServiceReviewStore reviews = new InMemoryServiceReviewStore();

  private static ContinuityPlan plan(String id, ServiceId service) {
    return new ContinuityPlan(id, Vector.of(service), ActorId.of("ann"), "site lost", Duration.ofDays(180), REVIEWED,
        Option.none());
  }

  private static Exercise exercise(String plan, String at) {
    return new Exercise(plan, Exercise.Kind.TABLETOP, Instant.parse(at), Vector.empty(), Vector.empty());
  }

  /** Lists the changes overlapping the window asked, as a store would. */
  private static ScheduledChanges scheduled(PlannedChange... changes) {
    return (tenant, window) -> Vector.of(changes).filter(c -> tenant.equals(ACME) && c.window().overlaps(window));
  }

  private OperationalConcerns concerns() {
    ReviewAgreement email = new ReviewAgreement(RETAIL, EMAIL, Period.ofMonths(3), LocalDate.parse("2026-03-31"), 14,
        HashMap.empty());
    ReviewAgreement crm = new ReviewAgreement(RETAIL, CRM, Period.ofMonths(3), LocalDate.parse("2026-03-31"), 14,
        HashMap.empty());
    return OperationalConcerns.of(plans, reviews)
        .agreements(t -> t.equals(ACME) ? Vector.of(email, crm) : Vector.empty())
        .relationships(t -> Vector.of(Relationship.dependsOn(EMAIL, DB)))
        .changes(scheduled(new PlannedChange(TicketId.of("CHG-7"), ChangeWindow.of(
            Instant.parse("2026-12-10T22:00:00Z"), Instant.parse("2026-12-10T23:00:00Z")), HashSet.of(DB)),
            new PlannedChange(TicketId.of("CHG-8"), ChangeWindow.of(Instant.parse("2027-06-10T22:00:00Z"),
                Instant.parse("2027-06-10T23:00:00Z")), HashSet.of(DB))));
  }

  @Test
  void overdue_exercises_plans_a_change_touches_overdue_reviews_and_actions_are_found() {
    plans.save(ACME, plan("dr-email", EMAIL), 0).get();
    plans.save(ACME, plan("dr-crm", CRM), 0).get();
    plans.recordExercise(ACME, exercise("dr-crm", "2026-09-01T00:00:00Z")).get();
    plans.recordExercise(ACME, exercise("dr-email", "2027-01-01T00:00:00Z")).get();
    reviews.record(ACME, new HeldReview(RETAIL, CRM, LocalDate.parse("2026-10-01"), REVIEWED, AS_OF,
        Vector.of(ReviewAction.open("act-1", "add a replica", ActorId.of("bob"), LocalDate.parse("2026-11-15")),
            ReviewAction.open("act-2", "runbook", ActorId.of("bob"), LocalDate.parse("2026-12-15"))), "")).get();

    var found = concerns().concerns(ACME, AS_OF);

    assertThat(found).containsExactly(
        new Concern(Clause.C8_7, "continuity plan dr-email", "exercise overdue since 2026-07-09T00:00:00Z; "
            + "never exercised"),
        new Concern(Clause.C8_7, "continuity plan dr-email", "needs a review: CHG-7 change what it covers since its "
            + "last review 2026-01-10T00:00:00Z"),
        new Concern(Clause.C8_3_3, "service review of email with retail", "due 2026-03-31, overdue by 245 days; "
            + "never held"),
        new Concern(Clause.C8_3_3, "action act-1 of the review of crm with retail on 2026-10-01",
            "open after its day 2026-11-15 (owner bob)"));
    assertThat(concerns().concerns(GLOBEX, AS_OF)).isEmpty();
  }

  @Test
  void the_day_is_taken_in_the_providers_zone() {
    reviews.record(ACME, new HeldReview(RETAIL, CRM, LocalDate.parse("2026-10-01"), REVIEWED, AS_OF,
        Vector.of(ReviewAction.open("act-1", "x", ActorId.of("bob"), LocalDate.parse("2026-11-30"))), "")).get();
    Instant lateEvening = Instant.parse("2026-11-30T23:30:00Z");
    assertThat(concerns().concerns(ACME, lateEvening).filter(c -> c.subject().startsWith("action"))).isEmpty();
    assertThat(concerns().zone(ZoneId.of("Europe/Berlin")).concerns(ACME, lateEvening)
        .filter(c -> c.subject().startsWith("action"))).hasSize(1);
  }

  @Test
  void the_evidence_report_files_concerns_under_their_clauses_and_shows_them() {
    plans.save(ACME, plan("dr-email", EMAIL), 0).get();
    EvidenceReport report = EvidenceReporter.of(StoreEvidenceSource.empty()).concerns(concerns())
        .report(ACME, Instant.parse("2026-11-01T00:00:00Z"), AS_OF).get();
    ClauseEvidence assurance = report.clauses().find(c -> c.clause() == Clause.C8_7).get();
    ClauseEvidence relationship = report.clauses().find(c -> c.clause() == Clause.C8_3).get();
    assertThat(assurance.concerns()).hasSize(2);
    assertThat(relationship.concerns()).hasSize(2);
    assertThat(report.concerns()).hasSize(4);
    assertThat(report.clauses().filter(c -> c.clause() != Clause.C8_7 && c.clause() != Clause.C8_3)
        .flatMap(ClauseEvidence::concerns)).isEmpty();
    String md = report.toMarkdown();
    assertThat(md).contains("| 8.7 | Service assurance | 0 | **no records**; **2 to look at** |");
    assertThat(md).contains("**Needs attention** (2):\n\n- continuity plan dr-email (8.7): exercise overdue since");
    assertThat(md).contains("- service review of email with retail (8.3.3): due 2026-03-31, overdue by 245 days");
    assertThat(report.toPlainText()).contains("  NEEDS ATTENTION: continuity plan dr-email (8.7): needs a review: CHG-7");
  }

  @Test
  void a_negative_horizon_is_refused() {
    assertThatThrownBy(() -> OperationalConcerns.of(plans, reviews).horizon(Duration.ofDays(-1)))
        .hasMessageContaining("horizon");
    assertThatThrownBy(() -> new Concern(Clause.C8_7, " ", "x")).hasMessageContaining("subject");
    assertThatThrownBy(() -> new Concern(Clause.C8_7, "x", "y\u0000")).hasMessageContaining("finding");
  }

  @Test
  void without_agreements_or_changes_only_exercises_are_looked_at_and_past_dates_are_named() {
    ContinuityPlan exercisedLongAgo = new ContinuityPlan("dr-old", Vector.of(EMAIL), ActorId.of("ann"), "site lost",
        Duration.ofDays(180), REVIEWED, Option.some(Instant.parse("2026-02-01T00:00:00Z")));
    plans.save(ACME, exercisedLongAgo, 0).get();
    plans.recordExercise(ACME, exercise("dr-old", "2026-01-20T00:00:00Z")).get();
    reviews.record(ACME, new HeldReview(RETAIL, EMAIL, LocalDate.parse("2026-04-01"), REVIEWED, AS_OF, Vector.empty(),
        "")).get();
    assertThat(OperationalConcerns.of(plans, reviews).concerns(ACME, AS_OF)).containsExactly(
        new Concern(Clause.C8_7, "continuity plan dr-old", "exercise overdue since 2026-07-31T00:00:00Z; last "
            + "exercised 2026-02-01T00:00:00Z"));
    assertThat(concerns().concerns(ACME, AS_OF).filter(c -> c.subject().startsWith("service review")))
        .containsExactly(new Concern(Clause.C8_3_3, "service review of email with retail",
            "due 2026-07-01, overdue by 153 days; last held 2026-04-01"), new Concern(Clause.C8_3_3,
            "service review of crm with retail", "due 2026-03-31, overdue by 245 days; never held"));
  }
}
