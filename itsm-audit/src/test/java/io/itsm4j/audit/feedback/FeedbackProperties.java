package io.itsm4j.audit.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.ActorId;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.catalogue.CustomerId;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.ticket.TicketId;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Survey results add up and state their denominators; complaints move only as their table allows. */
class FeedbackProperties {
  private static final Instant T0 = Instant.parse("2026-05-01T00:00:00Z");
  private static final TenantId ACME = TenantId.of("acme");

  /** A survey sent at a day offset, open for some days, answered after some hours with a score, or not. */
  record Plan(int sentDay, int openDays, int answerHours, int score) {}

  @Provide
  Arbitrary<List<Plan>> plans() {
    return Combinators.combine(Arbitraries.integers().between(0, 60), Arbitraries.integers().between(1, 10),
            Arbitraries.integers().between(-1, 300), Arbitraries.integers().between(1, 5))
        .as(Plan::new).list().ofMaxSize(60);
  }

  private static Vector<Survey> surveys(List<Plan> plans) {
    Vector<Survey> out = Vector.empty();
    int n = 0;
    for (Plan p : plans) {
      Instant sent = T0.plus(Duration.ofDays(p.sentDay()));
      Survey s = Survey.afterResolution("s-" + (++n), ACME, TicketId.of("INC-" + n), CustomerId.of("retail"),
          Option.some(ServiceId.of("email")), sent, p.openDays());
      if (p.answerHours() >= 0) {
        s = s.answer(new Survey.Response(p.score(), "", sent.plus(Duration.ofHours(p.answerHours())))).getOrElse(s);
      }
      out = out.append(s);
    }
    return out;
  }

  @Property(tries = 300)
  void results_add_up_and_every_rate_has_its_denominator(@ForAll("plans") List<Plan> plans,
      @ForAll @IntRange(min = 0, max = 80) int asOfDay, @ForAll @IntRange(min = 0, max = 30) int fromDay) {
    Vector<Survey> surveys = surveys(plans);
    Instant from = T0.plus(Duration.ofDays(fromDay));
    Instant until = from.plus(Duration.ofDays(30));
    Instant asOf = T0.plus(Duration.ofDays(asOfDay));
    SurveyResults r = SurveyResults.of(surveys, from, until, asOf);
    Vector<Survey> inPeriod = surveys.filter(s -> !s.sentAt().isBefore(from) && s.sentAt().isBefore(until));
    assertThat(r.sent()).isEqualTo(inPeriod.size());
    assertThat(r.answered() + r.expired() + r.pending()).isEqualTo(r.sent());
    long answered = inPeriod.count(s -> s.response().exists(a -> !a.at().isAfter(asOf)));
    assertThat(r.answered()).isEqualTo(answered);
    long happy = inPeriod.count(s -> s.response().exists(a -> !a.at().isAfter(asOf) && a.score() >= 4));
    assertThat(r.csat()).isEqualTo(answered == 0 ? Option.none() : Option.some(happy * 100.0 / answered));
    assertThat(r.responseRateDenominator()).isEqualTo(r.answered() + r.expired());
    long expired = inPeriod.count(s -> !s.response().exists(a -> !a.at().isAfter(asOf)) && asOf.isAfter(s.expiresAt()));
    assertThat(r.expired()).isEqualTo(expired);
    SurveyResults later = SurveyResults.of(surveys, from, until, asOf.plus(Duration.ofDays(20)));
    assertThat(later.pending()).isLessThanOrEqualTo(r.pending());
    assertThat(later.answered()).isGreaterThanOrEqualTo(r.answered());
  }

  /** The complaint's lifecycle as a table: from each status, the steps allowed and where they lead. */
  private static final Map<Complaint.Status, Map<String, Complaint.Status>> TABLE = Map.of(
      Complaint.Status.RECORDED, Map.of("investigate", Complaint.Status.INVESTIGATING, "withdraw",
          Complaint.Status.WITHDRAWN),
      Complaint.Status.INVESTIGATING, Map.of("propose", Complaint.Status.RESOLUTION_PROPOSED, "withdraw",
          Complaint.Status.WITHDRAWN),
      Complaint.Status.RESOLUTION_PROPOSED, Map.of("accept", Complaint.Status.ACCEPTED, "reject",
          Complaint.Status.INVESTIGATING, "withdraw", Complaint.Status.WITHDRAWN),
      Complaint.Status.ACCEPTED, Map.of("close", Complaint.Status.CLOSED, "withdraw", Complaint.Status.WITHDRAWN),
      Complaint.Status.CLOSED, Map.of(),
      Complaint.Status.WITHDRAWN, Map.of());

  @Property(tries = 300)
  void a_complaint_moves_exactly_as_its_table_allows_and_a_refusal_changes_nothing(
      @ForAll("steps") List<String> steps) {
    ActorId who = ActorId.of("desk");
    Instant at = T0;
    Complaint c = Complaint.record("CMP-1", ACME, ServiceId.of("email"), CustomerId.of("retail"), "slow mail", who, at);
    for (String step : steps) {
      at = at.plus(Duration.ofHours(1));
      var outcome = switch (step) {
        case "investigate" -> c.investigate(who, at, "looking");
        case "propose" -> c.proposeResolution(who, at, "more disk");
        case "accept" -> c.accept(who, at, "fine");
        case "reject" -> c.reject(who, at, "not enough");
        case "close" -> c.close(who, at, "done");
        default -> c.withdraw(who, at, "never mind");
      };
      Complaint.Status expected = TABLE.get(c.status()).get(step);
      if (expected == null) {
        assertThat(outcome.getLeft().code()).isEqualTo(RejectionCode.TRANSITION_NOT_ALLOWED);
      } else {
        Complaint next = outcome.get();
        assertThat(next.status()).isEqualTo(expected);
        assertThat(next.history().size()).isEqualTo(c.history().size() + 1);
        assertThat(next.resolution().isDefined()).isEqualTo(c.resolution().isDefined() || step.equals("propose"));
        c = next;
      }
    }
    assertThat(c.endedAt().isDefined()).isEqualTo(!c.status().isOpen());
    assertThat(c.history().head().status()).isEqualTo(Complaint.Status.RECORDED);
    assertThat(c.history().last().status()).isEqualTo(c.status());
  }

  @Provide
  Arbitrary<List<String>> steps() {
    return Arbitraries.of("investigate", "propose", "accept", "reject", "close", "withdraw").list().ofMaxSize(12);
  }
}
