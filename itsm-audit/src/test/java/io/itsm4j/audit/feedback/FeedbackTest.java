package io.itsm4j.audit.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.junit.jupiter.api.Test;

class FeedbackTest {
  private static final Instant T0 = Instant.parse("2026-05-01T09:00:00Z");
  private static final TenantId ACME = TenantId.of("acme");

  private static Survey survey(String id) {
    return Survey.afterResolution(id, ACME, TicketId.of("INC-1"), CustomerId.of("retail"),
        Option.some(ServiceId.of("email")), T0, 7);
  }

  @Test
  void a_survey_is_answered_once_within_its_time_and_its_status_follows() {
    Survey s = survey("s-1");
    assertThat(s.status(T0)).isEqualTo(Survey.Status.PENDING);
    assertThat(s.status(T0.plus(Duration.ofDays(7)))).isEqualTo(Survey.Status.PENDING);
    assertThat(s.status(T0.plus(Duration.ofDays(7)).plusSeconds(1))).isEqualTo(Survey.Status.EXPIRED);
    Survey answered = s.answer(new Survey.Response(5, "quick, thanks", T0.plus(Duration.ofDays(7)))).get();
    assertThat(answered.status(T0.plus(Duration.ofDays(30)))).isEqualTo(Survey.Status.ANSWERED);
    assertThat(answered.status(T0.plus(Duration.ofDays(1)))).isEqualTo(Survey.Status.PENDING);
    assertThat(answered.answer(new Survey.Response(1, "", T0.plus(Duration.ofDays(2)))).getLeft().code())
        .isEqualTo(RejectionCode.RULE_VIOLATED);
    assertThat(s.answer(new Survey.Response(4, "", T0.plus(Duration.ofDays(8)))).getLeft().violations().head()
        .field()).isEqualTo("response");
    assertThat(s.answer(new Survey.Response(4, "", T0.minusSeconds(1))).isLeft()).isTrue();
  }

  @Test
  void csat_is_the_share_of_fours_and_fives_of_the_answers_and_the_response_rate_leaves_pending_out() {
    Instant day = T0.plus(Duration.ofDays(1));
    var surveys = Vector.of(
        survey("a").answer(new Survey.Response(5, "", day)).get(),
        survey("b").answer(new Survey.Response(4, "", day)).get(),
        survey("c").answer(new Survey.Response(2, "slow", day)).get(),
        survey("d"),
        Survey.afterResolution("e", ACME, TicketId.of("INC-2"), CustomerId.of("retail"), Option.none(),
            T0.plus(Duration.ofDays(5)), 7));
    SurveyResults r = SurveyResults.of(surveys, T0, T0.plus(Duration.ofDays(30)), T0.plus(Duration.ofDays(10)));
    assertThat(r.sent()).isEqualTo(5);
    assertThat(r.answered()).isEqualTo(3);
    assertThat(r.expired()).isEqualTo(1);
    assertThat(r.pending()).isEqualTo(1);
    assertThat(r.csat().get()).isEqualTo(200.0 / 3);
    assertThat(r.responseRate()).contains(75.0);
    assertThat(r.meanScore()).contains(11.0 / 3);
    assertThat(r.scores()).containsExactly(0, 1, 0, 1, 1);
    assertThat(r.toString()).isEqualTo("sent 5, answered 3, expired 1, pending 1, CSAT 66.7 % of 3");
    SurveyResults none = SurveyResults.of(Vector.empty(), T0, T0, T0);
    assertThat(none.csat()).isEmpty();
    assertThat(none.responseRate()).isEmpty();
    assertThat(none.meanScore()).isEmpty();
  }

  @Test
  void a_complaint_is_resolved_with_the_customers_acceptance_and_reports_how_long_it_took() {
    ActorId desk = ActorId.of("desk");
    Complaint c = Complaint.record("CMP-1", ACME, ServiceId.of("email"), CustomerId.of("retail"),
        "Mail was down twice this week", desk, T0);
    c = c.investigate(desk, T0.plusSeconds(3600), "checking the outages").get();
    c = c.proposeResolution(desk, T0.plusSeconds(7200), "second MX by Friday").get();
    c = c.reject(ActorId.of("retail-manager"), T0.plusSeconds(9000), "we need it sooner").get();
    assertThat(c.status()).isEqualTo(Complaint.Status.INVESTIGATING);
    assertThat(c.resolution()).contains("second MX by Friday");
    c = c.proposeResolution(desk, T0.plusSeconds(10_000), "second MX tonight").get();
    c = c.accept(ActorId.of("retail-manager"), T0.plusSeconds(11_000), "ok").get();
    assertThat(c.duration()).isEmpty();
    c = c.close(desk, T0.plusSeconds(12_000), "MX added").get();
    assertThat(c.resolution()).contains("second MX tonight");
    assertThat(c.duration()).contains(Duration.ofSeconds(12_000));
    assertThat(c.recordedAt()).isEqualTo(T0);
    assertThat(c.close(desk, T0.plusSeconds(13_000), "again").getLeft().code())
        .isEqualTo(RejectionCode.TRANSITION_NOT_ALLOWED);
    Complaint fresh = Complaint.record("CMP-2", ACME, ServiceId.of("email"), CustomerId.of("retail"), "x", desk, T0);
    assertThat(fresh.investigate(desk, T0.minusSeconds(1), "early").getLeft().violations().head().field())
        .isEqualTo("at");
    assertThat(fresh.investigate(desk, T0, " ").getLeft().violations().head().field()).isEqualTo("note");
  }

  @Test
  void bad_surveys_and_answers_are_refused() {
    assertThatThrownBy(() -> new Survey.Response(0, "", T0)).hasMessageContaining("score");
    assertThatThrownBy(() -> new Survey.Response(6, "", T0)).hasMessageContaining("score");
    assertThatThrownBy(() -> new Survey.Response(3, "bad\u0000", T0)).hasMessageContaining("comment");
    assertThatThrownBy(() -> new Survey("s", ACME, Survey.Kind.TRANSACTIONAL, Option.none(), CustomerId.of("c"),
        Option.none(), T0, T0.plusSeconds(1), Option.none())).hasMessageContaining("ticket");
    assertThatThrownBy(() -> new Survey("s", ACME, Survey.Kind.RELATIONSHIP, Option.none(), CustomerId.of("c"),
        Option.none(), T0, T0, Option.none())).hasMessageContaining("expires");
    assertThat(new Survey("s", ACME, Survey.Kind.RELATIONSHIP, Option.none(), CustomerId.of("c"), Option.none(), T0,
        T0.plusSeconds(1), Option.none()).kind()).isEqualTo(Survey.Kind.RELATIONSHIP);
    assertThat(new Survey.Response(4, "", T0).satisfied()).isTrue();
    assertThat(new Survey.Response(3, "", T0).satisfied()).isFalse();
  }

  @Test
  void results_that_do_not_add_up_are_refused_and_equal_results_are_equal() {
    assertThatThrownBy(() -> new SurveyResults(2, 1, 0, 0, 0, new long[] {1, 0, 0, 0, 0}))
        .hasMessageContaining("add up");
    assertThatThrownBy(() -> new SurveyResults(1, 1, 0, 0, 0, new long[] {0, 0, 0, 0, 0}))
        .hasMessageContaining("add up");
    assertThatThrownBy(() -> new SurveyResults(1, 1, 0, 0, 1, new long[] {1, 0, 0, 0, 0}))
        .hasMessageContaining("add up");
    assertThatThrownBy(() -> new SurveyResults(1, 1, 0, 0, 0, new long[] {1, 0, 0, 0}))
        .hasMessageContaining("add up");
    assertThatThrownBy(() -> new SurveyResults(1, 1, 0, 0, 2, new long[] {0, 0, 0, 0, 1}))
        .hasMessageContaining("add up");
    long[] scores = {0, 0, 0, 1, 1};
    SurveyResults r = new SurveyResults(3, 2, 1, 0, 2, scores);
    scores[0] = 7;
    assertThat(r.scores()).containsExactly(0, 0, 0, 1, 1);
    r.scores()[1] = 9;
    assertThat(r.scores()).containsExactly(0, 0, 0, 1, 1);
    assertThat(r).isEqualTo(new SurveyResults(3, 2, 1, 0, 2, new long[] {0, 0, 0, 1, 1}))
        .hasSameHashCodeAs(new SurveyResults(3, 2, 1, 0, 2, new long[] {0, 0, 0, 1, 1}))
        .isNotEqualTo(new SurveyResults(3, 2, 1, 0, 2, new long[] {0, 0, 0, 2, 0}))
        .isNotEqualTo(new SurveyResults(4, 2, 1, 1, 2, new long[] {0, 0, 0, 1, 1}));
    assertThat(r.meanScore()).contains(4.5);
    assertThat(r.responseRate().get()).isEqualTo(200.0 / 3);
  }
}
