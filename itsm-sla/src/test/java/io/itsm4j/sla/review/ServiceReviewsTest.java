package io.itsm4j.sla.review;

import static io.itsm4j.sla.review.ReviewFixtures.BANK;
import static io.itsm4j.sla.review.ReviewFixtures.EMAIL;
import static io.itsm4j.sla.review.ReviewFixtures.RETAIL;
import static io.itsm4j.sla.review.ReviewFixtures.status;
import static io.itsm4j.sla.review.ReviewFixtures.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itsm4j.core.ActorId;
import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.catalogue.Relationship;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.change.PlannedChange;
import io.itsm4j.core.ticket.ChangeWindow;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.TicketFields;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.TicketKind;
import io.itsm4j.core.workflow.StateCategory;
import io.itsm4j.sla.ComplianceFigures;
import io.itsm4j.sla.SlaId;
import io.itsm4j.sla.SlaState;
import io.itsm4j.sla.continuity.ContinuityPlan;
import io.itsm4j.sla.continuity.ContinuityRequirement;
import io.itsm4j.sla.continuity.Exercise;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class ServiceReviewsTest {
  private static final Instant FROM = Instant.parse("2026-07-01T00:00:00Z");
  private static final Instant UNTIL = Instant.parse("2026-10-01T00:00:00Z");
  private static final LocalDate TODAY = LocalDate.parse("2026-10-05");
  private static final ReviewAgreement AGREEMENT = new ReviewAgreement(RETAIL, EMAIL, Period.ofMonths(3),
      LocalDate.parse("2026-03-31"), 14, HashMap.of(SlaId.of("resolve"), 90.0, SlaId.of("respond"), 50.0));

  private static Instant at(String day) {
    return Instant.parse(day + "T10:00:00Z");
  }

  @Test
  void a_quarter_of_one_customer_is_compiled_from_what_the_host_holds() {
    var p1 = ticket("INC-1", TicketKind.INCIDENT, Priority.P1, Option.some(RETAIL), at("2026-08-03"),
        StateCategory.CLOSED, Option.some(at("2026-08-04")), TicketFields.RESOLUTION_CODE, "solved",
        TicketFields.RESOLUTION_NOTES, "disk full on mx-2");
    var p1Before = ticket("INC-0", TicketKind.INCIDENT, Priority.P1, Option.some(RETAIL), at("2026-06-03"),
        StateCategory.CLOSED, Option.some(at("2026-06-04")));
    var p1StillOpen = ticket("INC-5", TicketKind.INCIDENT, Priority.P1, Option.none(), at("2026-06-20"),
        StateCategory.ACTIVE, Option.none());
    var p3 = ticket("INC-2", TicketKind.INCIDENT, Priority.P3, Option.some(RETAIL), at("2026-09-10"),
        StateCategory.RESOLVED, Option.some(at("2026-10-02")));
    var otherCustomer = ticket("INC-3", TicketKind.INCIDENT, Priority.P1, Option.some(BANK), at("2026-08-03"),
        StateCategory.ACTIVE, Option.none());
    var request = ticket("REQ-1", TicketKind.SERVICE_REQUEST, Priority.P4, Option.none(), at("2026-07-02"),
        StateCategory.CLOSED, Option.some(at("2026-07-03")));
    var good = ticket("CHG-1", TicketKind.CHANGE, Priority.P3, Option.some(RETAIL), at("2026-07-10"),
        StateCategory.CLOSED, Option.some(at("2026-07-20")), TicketFields.CHANGE_OUTCOME,
        TicketFields.OUTCOME_SUCCESSFUL_WITH_ISSUES);
    var backedOut = ticket("CHG-2", TicketKind.CHANGE, Priority.P3, Option.some(RETAIL), at("2026-08-10"),
        StateCategory.CLOSED, Option.some(at("2026-08-20")), TicketFields.CHANGE_OUTCOME,
        TicketFields.OUTCOME_BACKED_OUT);
    var notReviewed = ticket("CHG-3", TicketKind.CHANGE, Priority.P3, Option.some(RETAIL), at("2026-08-10"),
        StateCategory.ACTIVE, Option.none());
    var lastQuarter = ticket("CHG-4", TicketKind.CHANGE, Priority.P3, Option.some(RETAIL), at("2026-05-10"),
        StateCategory.CLOSED, Option.some(at("2026-05-20")), TicketFields.CHANGE_OUTCOME, TicketFields.OUTCOME_FAILED);

    var statuses = Vector.of(
        status("INC-1", "resolve", SlaState.BREACHED, Option.some(RETAIL), at("2026-08-03"),
            Option.some(at("2026-08-03").plusSeconds(28_800)), Option.some(at("2026-08-04"))),
        status("INC-2", "resolve", SlaState.MET, Option.some(RETAIL), at("2026-09-10"), Option.none(),
            Option.some(at("2026-09-11"))),
        status("REQ-1", "resolve", SlaState.MET, Option.none(), at("2026-07-02"), Option.none(),
            Option.some(at("2026-07-03"))),
        status("INC-5", "respond", SlaState.MET, Option.none(), at("2026-06-20"), Option.none(),
            Option.some(at("2026-07-01"))),
        status("INC-3", "resolve", SlaState.BREACHED, Option.some(BANK), at("2026-08-03"),
            Option.some(at("2026-08-04")), Option.some(at("2026-08-05"))),
        status("INC-0", "resolve", SlaState.MET, Option.some(RETAIL), at("2026-06-03"), Option.none(),
            Option.some(at("2026-06-04"))));

    HeldReview march = new HeldReview(RETAIL, EMAIL, LocalDate.parse("2026-03-30"), FROM.minusSeconds(86_400L * 182),
        FROM.minusSeconds(86_400L * 91), Vector.of(ReviewAction.open("act-0", "old", ActorId.of("ann"),
            LocalDate.parse("2026-04-30"))), "");
    HeldReview june = new HeldReview(RETAIL, EMAIL, LocalDate.parse("2026-06-30"), FROM.minusSeconds(86_400L * 91),
        FROM, Vector.of(ReviewAction.open("act-1", "add a second MX", ActorId.of("ann"), LocalDate.parse("2026-09-01")),
            ReviewAction.open("act-2", "publish the runbook", ActorId.of("bob"), LocalDate.parse("2026-11-01")),
            ReviewAction.open("act-3", "archive policy", ActorId.of("bob"), LocalDate.parse("2026-08-01"))
                .withStatus(ActionStatus.DONE)), "");

    ServiceReview review = ServiceReviews.compile(AGREEMENT, FROM, UNTIL, TODAY, ReviewFacts.none()
        .withTickets(Vector.of(p1, p1Before, p1StillOpen, p3, otherCustomer, request, good, backedOut, notReviewed,
            lastQuarter))
        .withStatuses(statuses).withHeld(Vector.of(june, march)));

    assertThat(review.serviceLevels().map(ServiceReview.ServiceLevelLine::definition))
        .containsExactly(SlaId.of("resolve"), SlaId.of("respond"));
    var resolve = review.serviceLevels().head();
    assertThat(resolve.figures()).isEqualTo(new ComplianceFigures(2, 1, 0, 0));
    assertThat(resolve.target()).contains(90.0);
    assertThat(resolve.met()).contains(false);
    assertThat(review.serviceLevels().get(1).met()).contains(true);
    assertThat(review.targetsMet()).isFalse();

    assertThat(review.breaches()).hasSize(1);
    var breach = review.breaches().head();
    assertThat(breach.ticket()).isEqualTo(TicketId.of("INC-1"));
    assertThat(breach.breachedAt()).isEqualTo(at("2026-08-03").plusSeconds(28_800));
    assertThat(breach.title()).contains("title of INC-1");
    assertThat(breach.cause()).contains("solved: disk full on mx-2");

    assertThat(review.majorIncidents().map(m -> m.id().value())).containsExactly("INC-5", "INC-1");
    assertThat(review.majorIncidents().get(1).cause()).contains("solved: disk full on mx-2");
    assertThat(review.majorIncidents().head().cause()).isEmpty();

    assertThat(review.volumes()).containsExactly(
        new ServiceReview.Volume(TicketKind.INCIDENT, 2, 1, 1),
        new ServiceReview.Volume(TicketKind.SERVICE_REQUEST, 1, 1, 0),
        new ServiceReview.Volume(TicketKind.CHANGE, 3, 2, 1));

    assertThat(review.changes()).isEqualTo(new ServiceReview.ChangeFigures(2, 1, 1, 0,
        Vector.of(TicketId.of("CHG-2"))));
    assertThat(review.changes().successRate()).contains(50.0);

    assertThat(review.previousActions().map(ReviewAction::id)).containsExactly("act-1", "act-2", "act-3");
    assertThat(review.overdueActions().map(ReviewAction::id)).containsExactly("act-1");
    assertThat(review.schedule().lastHeld()).contains(LocalDate.parse("2026-06-30"));
    assertThat(review.schedule().nextDue()).isEqualTo(LocalDate.parse("2026-09-30"));
    assertThat(review.schedule().overdue()).isFalse();
    assertThat(review.availability()).isEmpty();
  }

  @Test
  void the_first_review_is_due_at_the_agreed_day_and_overdue_after_the_grace() {
    var due = AGREEMENT.due(Vector.empty(), LocalDate.parse("2026-04-14"));
    assertThat(due.nextDue()).isEqualTo(LocalDate.parse("2026-03-31"));
    assertThat(due.overdue()).isFalse();
    var late = AGREEMENT.due(Vector.empty(), LocalDate.parse("2026-04-15"));
    assertThat(late.overdue()).isTrue();
    assertThat(late.daysOverdue()).isEqualTo(15);
    var held = AGREEMENT.due(Vector.of(LocalDate.parse("2026-04-10")), LocalDate.parse("2026-04-15"));
    assertThat(held.nextDue()).isEqualTo(LocalDate.parse("2026-07-10"));
    assertThat(held.overdue()).isFalse();
    assertThat(held.daysOverdue()).isZero();
  }

  @Test
  void continuity_lines_show_the_latest_exercise_its_verdict_and_what_needs_a_review() {
    ConfigurationItemId db = ConfigurationItemId.of("db-1");
    var relationships = Vector.of(Relationship.dependsOn(EMAIL, db));
    ContinuityPlan plan = new ContinuityPlan("dr-email", Vector.of(EMAIL), ActorId.of("ann"), "site lost",
        Duration.ofDays(180), Instant.parse("2026-01-10T00:00:00Z"), Option.none());
    ContinuityPlan other = new ContinuityPlan("dr-crm", Vector.of(ServiceId.of("crm")), ActorId.of("ann"),
        "site lost", Duration.ofDays(180), Instant.parse("2026-01-10T00:00:00Z"), Option.none());
    var requirement = new ContinuityRequirement(EMAIL, ContinuityRequirement.Criticality.HIGH, Duration.ofHours(4),
        Duration.ofMinutes(15), Duration.ofHours(24));
    Exercise early = new Exercise("dr-email", Exercise.Kind.TABLETOP, Instant.parse("2026-02-01T00:00:00Z"),
        Vector.of(new Exercise.Outcome(EMAIL, Option.some(Duration.ofHours(2)), Option.some(Duration.ofMinutes(5)))),
        Vector.empty());
    Exercise late = new Exercise("dr-email", Exercise.Kind.FULL_FAILOVER, Instant.parse("2026-05-01T00:00:00Z"),
        Vector.of(new Exercise.Outcome(EMAIL, Option.some(Duration.ofHours(6)), Option.some(Duration.ofMinutes(5)))),
        Vector.empty());
    Exercise future = new Exercise("dr-email", Exercise.Kind.TABLETOP, Instant.parse("2027-05-01T00:00:00Z"),
        Vector.of(new Exercise.Outcome(EMAIL, Option.some(Duration.ofHours(1)), Option.some(Duration.ofMinutes(1)))),
        Vector.empty());
    var change = new PlannedChange(TicketId.of("CHG-9"), ChangeWindow.of(Instant.parse("2026-03-01T00:00:00Z"),
        Instant.parse("2026-03-01T02:00:00Z")), HashSet.of(db));
    var lines = ServiceReviews.continuity(EMAIL, Vector.of(other, plan), Vector.of(late, future, early),
        Vector.of(requirement), relationships, Vector.of(change), Instant.parse("2026-12-01T00:00:00Z"));
    assertThat(lines).hasSize(1);
    var line = lines.head();
    assertThat(line.plan()).isEqualTo("dr-email");
    assertThat(line.lastExercise()).contains(late);
    assertThat(line.lastPassed()).contains(false);
    assertThat(line.exerciseDue()).isEqualTo(Instant.parse("2026-05-01T00:00:00Z").plus(Duration.ofDays(180)));
    assertThat(line.exerciseOverdue()).isTrue();
    assertThat(line.reviewFor()).containsExactly(TicketId.of("CHG-9"));
    var before = ServiceReviews.continuity(EMAIL, Vector.of(plan), Vector.of(late, early), Vector.of(requirement),
        relationships, Vector.empty(), Instant.parse("2026-03-01T00:00:00Z")).head();
    assertThat(before.lastExercise()).contains(early);
    assertThat(before.lastPassed()).contains(true);
    assertThat(before.exerciseOverdue()).isFalse();
    assertThat(before.reviewFor()).isEmpty();
  }

  @Test
  void bad_agreements_actions_and_periods_are_refused_with_the_field_named() {
    assertThatThrownBy(() -> new ReviewAgreement(RETAIL, EMAIL, Period.ZERO, TODAY, 0, HashMap.empty()))
        .hasMessageContaining("cadence");
    assertThatThrownBy(() -> new ReviewAgreement(RETAIL, EMAIL, Period.of(0, 1, -1), TODAY, 0, HashMap.empty()))
        .hasMessageContaining("cadence");
    assertThatThrownBy(() -> new ReviewAgreement(RETAIL, EMAIL, Period.ofMonths(1), TODAY, -1, HashMap.empty()))
        .hasMessageContaining("graceDays");
    assertThatThrownBy(() -> new ReviewAgreement(RETAIL, EMAIL, Period.ofMonths(1), TODAY, 0,
        HashMap.of(SlaId.of("x"), 100.5))).hasMessageContaining("target of x");
    assertThatThrownBy(() -> new ReviewAgreement(RETAIL, EMAIL, Period.ofMonths(1), TODAY, 0,
        HashMap.of(SlaId.of("x"), 0.0))).hasMessageContaining("target of x");
    assertThatThrownBy(() -> ReviewAction.open("bad id", "x", ActorId.of("a"), TODAY)).hasMessageContaining("id");
    assertThatThrownBy(() -> ReviewAction.open("a", " \u200b", ActorId.of("a"), TODAY))
        .hasMessageContaining("description");
    assertThatThrownBy(() -> ReviewAction.open("a", "x\u0007", ActorId.of("a"), TODAY))
        .hasMessageContaining("description");
    assertThatThrownBy(() -> new HeldReview(RETAIL, EMAIL, TODAY, UNTIL, FROM, Vector.empty(), ""))
        .hasMessageContaining("before from");
    var a = ReviewAction.open("a", "x", ActorId.of("a"), TODAY);
    assertThatThrownBy(() -> new HeldReview(RETAIL, EMAIL, TODAY, FROM, UNTIL, Vector.of(a, a), ""))
        .hasMessageContaining("share an id");
    assertThatThrownBy(() -> new HeldReview(RETAIL, EMAIL, TODAY, FROM, UNTIL, Vector.empty(), "\u0000"))
        .hasMessageContaining("minutes");
    assertThatThrownBy(() -> ServiceReviews.compile(AGREEMENT, UNTIL, FROM, TODAY, ReviewFacts.none()))
        .hasMessageContaining("before from");
    assertThatThrownBy(() -> new ServiceReview.ChangeFigures(2, 1, 0, 0, Vector.empty()))
        .hasMessageContaining("inconsistent");
  }

  @Test
  void an_action_is_overdue_only_while_open_and_after_its_day() {
    var a = ReviewAction.open("a", "x", ActorId.of("a"), TODAY);
    assertThat(a.isOverdue(TODAY)).isFalse();
    assertThat(a.isOverdue(TODAY.plusDays(1))).isTrue();
    assertThat(a.withStatus(ActionStatus.DONE).isOverdue(TODAY.plusDays(1))).isFalse();
    assertThat(a.withStatus(ActionStatus.DROPPED).isOverdue(TODAY.plusDays(1))).isFalse();
  }

  @Test
  void verdicts_meet_a_target_reached_exactly_and_count_availability_and_emergency_changes() {
    ReviewAgreement exact = new ReviewAgreement(RETAIL, EMAIL, Period.ofMonths(3), LocalDate.parse("2026-03-31"), 0,
        HashMap.of(SlaId.of("resolve"), 50.0));
    var statuses = Vector.of(
        status("INC-1", "resolve", SlaState.MET, Option.some(RETAIL), at("2026-08-03"), Option.none(),
            Option.some(at("2026-08-04"))),
        status("INC-2", "resolve", SlaState.BREACHED, Option.some(RETAIL), at("2026-08-05"),
            Option.some(at("2026-08-05").plusSeconds(60)), Option.some(at("2026-08-06"))));
    var emergency = io.itsm4j.core.ticket.ImmutableTicket.copyOf(ticket("CHG-1", TicketKind.CHANGE, Priority.P2, Option.some(RETAIL),
        at("2026-07-10"), StateCategory.CLOSED, Option.some(at("2026-07-11")), TicketFields.CHANGE_OUTCOME,
        TicketFields.OUTCOME_SUCCESSFUL)).withChangeType(Option.some(io.itsm4j.core.ticket.ChangeType.EMERGENCY));
    var incidentWithOutcomeField = ticket("INC-9", TicketKind.INCIDENT, Priority.P3, Option.some(RETAIL),
        at("2026-07-10"), StateCategory.CLOSED, Option.some(at("2026-07-11")), TicketFields.CHANGE_OUTCOME,
        TicketFields.OUTCOME_FAILED, TicketFields.RESOLUTION_NOTES, "rebooted");
    var missed = io.itsm4j.sla.availability.Availability.measure(io.itsm4j.sla.availability.AvailabilityTarget.of(
        99.9, io.itsm4j.sla.calendar.BusinessCalendar.alwaysOpen()), Vector.of(
        io.itsm4j.sla.availability.Outage.unplanned("INC-1", at("2026-08-03"), at("2026-08-04"))), FROM, UNTIL).get();
    var met = io.itsm4j.sla.availability.Availability.measure(io.itsm4j.sla.availability.AvailabilityTarget.of(
        98.0, io.itsm4j.sla.calendar.BusinessCalendar.alwaysOpen()), Vector.of(
        io.itsm4j.sla.availability.Outage.unplanned("INC-1", at("2026-08-03"), at("2026-08-04"))), FROM, UNTIL).get();
    var facts = ReviewFacts.none().withTickets(Vector.of(emergency, incidentWithOutcomeField)).withStatuses(statuses);

    ServiceReview withMet = ServiceReviews.compile(exact, FROM, UNTIL, TODAY, facts.withAvailability(met));
    assertThat(withMet.serviceLevels().head().met()).contains(true);
    assertThat(withMet.targetsMet()).isTrue();
    assertThat(withMet.changes()).isEqualTo(new ServiceReview.ChangeFigures(1, 1, 0, 1, Vector.empty()));
    ServiceReview withMissed = ServiceReviews.compile(exact, FROM, UNTIL, TODAY, facts.withAvailability(missed));
    assertThat(withMissed.targetsMet()).isFalse();
    assertThat(withMissed.availability()).contains(missed);
  }

  @Test
  void a_cause_is_the_resolution_code_or_notes_whichever_there_is() {
    var notesOnly = ticket("INC-1", TicketKind.INCIDENT, Priority.P1, Option.some(RETAIL), at("2026-08-03"),
        StateCategory.CLOSED, Option.some(at("2026-08-04")), TicketFields.RESOLUTION_NOTES, "rebooted mx-2");
    var codeOnly = ticket("INC-2", TicketKind.INCIDENT, Priority.P1, Option.some(RETAIL), at("2026-08-05"),
        StateCategory.CLOSED, Option.some(at("2026-08-06")), TicketFields.RESOLUTION_CODE, "workaround");
    ServiceReview review = ServiceReviews.compile(AGREEMENT, FROM, UNTIL, TODAY,
        ReviewFacts.none().withTickets(Vector.of(codeOnly, notesOnly)));
    assertThat(review.majorIncidents().map(ServiceReview.MajorIncident::cause))
        .containsExactly(Option.some("rebooted mx-2"), Option.some("workaround"));
    assertThat(ServiceReviews.compile(AGREEMENT, FROM, UNTIL, TODAY, ReviewFacts.none().withTickets(Vector.of(codeOnly))
        .withMajorPriorities(Priority.P2)).majorIncidents()).isEmpty();
  }

  @Test
  void a_plan_exercised_more_recently_than_the_store_knows_keeps_its_own_date() {
    ContinuityPlan plan = new ContinuityPlan("dr-email", Vector.of(EMAIL), ActorId.of("ann"), "site lost",
        Duration.ofDays(180), Instant.parse("2026-01-10T00:00:00Z"), Option.some(Instant.parse("2026-09-01T00:00:00Z")));
    Exercise older = new Exercise("dr-email", Exercise.Kind.TABLETOP, Instant.parse("2026-02-01T00:00:00Z"),
        Vector.empty(), Vector.empty());
    var line = ServiceReviews.continuity(EMAIL, Vector.of(plan), Vector.of(older), Vector.empty(), Vector.empty(),
        Vector.empty(), Instant.parse("2026-12-01T00:00:00Z")).head();
    assertThat(line.exerciseDue()).isEqualTo(Instant.parse("2026-09-01T00:00:00Z").plus(Duration.ofDays(180)));
    assertThat(line.exerciseOverdue()).isFalse();
    assertThat(line.lastExercise()).contains(older);
  }

  @Test
  void texts_at_their_limits_are_taken_and_one_past_refused_and_no_grace_is_allowed() {
    String max = "x".repeat(ReviewAction.DESCRIPTION_MAX);
    assertThat(ReviewAction.open("a", max, ActorId.of("a"), TODAY).description()).isEqualTo(max);
    assertThatThrownBy(() -> ReviewAction.open("a", max + "x", ActorId.of("a"), TODAY))
        .hasMessageContaining("description");
    String minutes = "m".repeat(HeldReview.MINUTES_MAX);
    assertThat(new HeldReview(RETAIL, EMAIL, TODAY, FROM, UNTIL, Vector.empty(), minutes).minutes()).isEqualTo(minutes);
    assertThatThrownBy(() -> new HeldReview(RETAIL, EMAIL, TODAY, FROM, UNTIL, Vector.empty(), minutes + "m"))
        .hasMessageContaining("minutes");
    ReviewAgreement noGrace = new ReviewAgreement(RETAIL, EMAIL, Period.ofMonths(1), TODAY, 0,
        HashMap.of(SlaId.of("all"), 100.0));
    assertThat(noGrace.complianceTargets().get(SlaId.of("all"))).contains(100.0);
    assertThat(noGrace.due(Vector.empty(), TODAY).overdue()).isFalse();
    assertThat(noGrace.due(Vector.empty(), TODAY.plusDays(1)).overdue()).isTrue();
  }
}
