package io.itsm4j.sla.review;

import static io.itsm4j.sla.review.ReviewFixtures.BANK;
import static io.itsm4j.sla.review.ReviewFixtures.EMAIL;
import static io.itsm4j.sla.review.ReviewFixtures.RETAIL;
import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.catalogue.CustomerId;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketFields;
import io.itsm4j.core.ticket.TicketKind;
import io.itsm4j.core.workflow.StateCategory;
import io.itsm4j.sla.Compliance;
import io.itsm4j.sla.ComplianceFigures;
import io.itsm4j.sla.SlaId;
import io.itsm4j.sla.SlaState;
import io.itsm4j.sla.SlaStatus;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The rules of the review schedule and of what a review counts, over generated agreements, tickets and clocks. */
class ServiceReviewProperties {
  private static final Instant FROM = Instant.parse("2026-07-01T00:00:00Z");
  private static final Instant UNTIL = Instant.parse("2026-10-01T00:00:00Z");
  private static final LocalDate BASE = LocalDate.parse("2026-01-01");

  @Provide
  Arbitrary<ReviewAgreement> agreements() {
    Arbitrary<Period> cadences = Arbitraries.oneOf(Arbitraries.integers().between(1, 12).map(Period::ofMonths),
        Arbitraries.integers().between(1, 120).map(Period::ofDays));
    return Combinators.combine(cadences, Arbitraries.integers().between(0, 400), Arbitraries.integers().between(0, 30),
            Arbitraries.doubles().between(1, 100))
        .as((cadence, first, grace, target) -> new ReviewAgreement(RETAIL, EMAIL, cadence, BASE.plusDays(first), grace,
            HashMap.of(SlaId.of("resolve"), target)));
  }

  @Provide
  Arbitrary<java.util.List<LocalDate>> days() {
    return Arbitraries.integers().between(-100, 900).map(BASE::plusDays).list().ofMaxSize(6);
  }

  @Property(tries = 300)
  void a_review_held_today_is_never_overdue_today(@ForAll("agreements") ReviewAgreement agreement,
      @ForAll("days") java.util.List<LocalDate> held, @ForAll @IntRange(min = 0, max = 1200) int day) {
    LocalDate today = BASE.plusDays(day);
    var due = agreement.due(Vector.ofAll(held).append(today), today);
    assertThat(due.overdue()).isFalse();
    assertThat(due.daysOverdue()).isZero();
    assertThat(due.nextDue()).isAfter(today);
  }

  @Property(tries = 300)
  void once_overdue_a_schedule_stays_overdue_until_a_review_is_held(@ForAll("agreements") ReviewAgreement agreement,
      @ForAll("days") java.util.List<LocalDate> held, @ForAll @IntRange(min = 0, max = 1200) int day,
      @ForAll @IntRange(min = 0, max = 400) int later) {
    LocalDate today = BASE.plusDays(day);
    var now = agreement.due(Vector.ofAll(held), today);
    var then = agreement.due(Vector.ofAll(held), today.plusDays(later));
    assertThat(then.nextDue()).isEqualTo(now.nextDue());
    if (now.overdue()) {
      assertThat(then.overdue()).isTrue();
      assertThat(then.daysOverdue()).isEqualTo(now.daysOverdue() + later);
    }
    assertThat(now.overdue()).isEqualTo(now.daysOverdue() > agreement.graceDays());
    assertThat(agreement.due(Vector.ofAll(held).reverse(), today)).isEqualTo(now);
  }

  @Provide
  Arbitrary<java.util.List<Ticket>> tickets() {
    return ticket().list().ofMaxSize(40);
  }

  private static Arbitrary<Ticket> ticket() {
    Arbitrary<Option<CustomerId>> customers = Arbitraries.of(Option.some(RETAIL), Option.some(BANK), Option.none());
    Arbitrary<Instant> instants = Arbitraries.longs().between(-60, 150)
        .map(h -> FROM.minusSeconds(86_400L * 60).plusSeconds(h * 86_400L + 3_600));
    Arbitrary<String> outcomes = Arbitraries.of(TicketFields.OUTCOME_SUCCESSFUL, TicketFields.OUTCOME_FAILED,
        TicketFields.OUTCOME_BACKED_OUT, TicketFields.OUTCOME_SUCCESSFUL_WITH_ISSUES, "");
    return Combinators.combine(Arbitraries.integers().between(1, 1_000_000), Arbitraries.of(TicketKind.class),
            Arbitraries.of(Priority.class), customers, instants, Arbitraries.of(StateCategory.class),
            Arbitraries.integers().between(0, 60), outcomes)
        .as((n, kind, priority, customer, opened, category, days, outcome) -> {
          boolean done = category == StateCategory.RESOLVED || category == StateCategory.CLOSED;
          Option<Instant> resolved = done ? Option.some(opened.plusSeconds(86_400L * days)) : Option.none();
          return outcome.isEmpty() || kind != TicketKind.CHANGE
              ? ReviewFixtures.ticket("T-" + n, kind, priority, customer, opened, category, resolved)
              : ReviewFixtures.ticket("T-" + n, kind, priority, customer, opened, category, resolved,
                  TicketFields.CHANGE_OUTCOME, outcome);
        });
  }

  @Provide
  Arbitrary<java.util.List<SlaStatus>> statuses() {
    return status().list().ofMaxSize(40);
  }

  private static Arbitrary<SlaStatus> status() {
    Arbitrary<Option<CustomerId>> customers = Arbitraries.of(Option.some(RETAIL), Option.some(BANK), Option.none());
    return Combinators.combine(Arbitraries.integers().between(1, 50), Arbitraries.of("resolve", "respond"),
            Arbitraries.of(SlaState.class), customers, Arbitraries.longs().between(-40, 130),
            Arbitraries.integers().between(0, 3), Arbitraries.of(true, false))
        .as((n, definition, state, customer, day, length, breached) -> {
          Instant start = FROM.plusSeconds(86_400L * day);
          Instant end = start.plusSeconds(86_400L * length);
          boolean stopped = state == SlaState.MET || state == SlaState.BREACHED || state == SlaState.CANCELLED;
          Option<Instant> breachedAt = state == SlaState.BREACHED || (breached && state != SlaState.MET)
              ? Option.some(start.plusSeconds(3_600)) : Option.none();
          return ReviewFixtures.status("T-" + n, definition, state, customer, start, breachedAt,
              stopped ? Option.some(end) : Option.none());
        });
  }

  @Property(tries = 200)
  void a_review_counts_exactly_the_tickets_and_clocks_of_its_customer_and_service(
      @ForAll("tickets") java.util.List<Ticket> tickets, @ForAll("statuses") java.util.List<SlaStatus> statuses,
      @ForAll("agreements") ReviewAgreement agreement) {
    ServiceReview review = ServiceReviews.compile(agreement, FROM, UNTIL, LocalDate.parse("2026-10-05"),
        ReviewFacts.none().withTickets(tickets).withStatuses(statuses));
    List<Ticket> mine = List.ofAll(tickets).filter(t -> t.subject().customer().forAll(RETAIL::equals));
    List<SlaStatus> counted = List.ofAll(statuses).filter(s -> s.customer().forAll(RETAIL::equals)
        && !s.countedAt().isBefore(FROM) && s.countedAt().isBefore(UNTIL));

    assertThat(review.volumes().map(ServiceReview.Volume::opened).sum().longValue())
        .isEqualTo(mine.count(t -> !t.openedAt().isBefore(FROM) && t.openedAt().isBefore(UNTIL)));
    assertThat(review.volumes().map(ServiceReview.Volume::resolved).sum().longValue())
        .isEqualTo(mine.count(t -> t.resolvedAt().exists(r -> !r.isBefore(FROM) && r.isBefore(UNTIL))));
    assertThat(review.volumes().map(ServiceReview.Volume::kind).toJavaList()).isSorted();

    ComplianceFigures total = review.serviceLevels().foldLeft(ComplianceFigures.EMPTY,
        (sum, line) -> sum.plus(line.figures()));
    assertThat(total).isEqualTo(Compliance.total(counted));
    assertThat(review.breaches().size()).isEqualTo((int) total.breached());
    for (ServiceReview.ServiceLevelLine line : review.serviceLevels()) {
      assertThat(line.met()).isEqualTo(line.figures().percentMet()
          .flatMap(p -> line.target().map(t -> p >= t)));
    }
    assertThat(review.breaches().map(ServiceReview.Breach::breachedAt).toJavaList()).isSorted();

    ServiceReview.ChangeFigures changes = review.changes();
    assertThat(changes.successful() + changes.failed()).isEqualTo(changes.completed());
    assertThat(changes.completed()).isLessThanOrEqualTo(mine.count(t -> t.kind() == TicketKind.CHANGE));
    assertThat(review.majorIncidents()).allSatisfy(m -> assertThat(m.priority()).isEqualTo(Priority.P1));
    assertThat(review.majorIncidents().map(ServiceReview.MajorIncident::openedAt).toJavaList()).isSorted();
    assertThat(review.majorIncidents()).allSatisfy(m -> assertThat(m.openedAt()).isBefore(UNTIL));

    ServiceReview withoutOthers = ServiceReviews.compile(agreement, FROM, UNTIL, LocalDate.parse("2026-10-05"),
        ReviewFacts.none().withTickets(mine).withStatuses(List.ofAll(statuses)
            .filter(s -> s.customer().forAll(RETAIL::equals))));
    assertThat(withoutOthers).isEqualTo(review);
  }
}
