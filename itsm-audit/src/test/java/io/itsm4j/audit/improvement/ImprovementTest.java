package io.itsm4j.audit.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itsm4j.audit.feedback.Complaint;
import io.itsm4j.audit.feedback.Survey;
import io.itsm4j.audit.trend.ControlChart;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.catalogue.CustomerId;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.ticket.TicketId;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ImprovementTest {
  private static final Instant T0 = Instant.parse("2026-01-05T00:00:00Z");
  private static final TenantId ACME = TenantId.of("acme");
  private static final ActorId OWNER = ActorId.of("owner");

  @Test
  void opportunities_come_from_signals_complaints_and_low_scores_with_their_source() {
    var chart = ControlChart.withLimits(Vector.of(0.0, 0.5, 3.5), 0, 1);
    Improvement fromSignal = Improvement.from(chart.latest().get(), "P2 resolution hours", "CSI-1", ACME, OWNER, T0);
    assertThat(fromSignal.source()).isEqualTo(new Source(Source.Kind.TREND_SIGNAL, "P2 resolution hours, point 2,"
        + " rule 1"));
    assertThat(fromSignal.priority()).isEqualTo(2);
    assertThat(fromSignal.expectedBenefit()).startsWith("rule 1 (one point beyond 3 sigma)");
    var eight = ControlChart.withLimits(Vector.fill(8, () -> 0.5), 0, 1).latest().get();
    assertThat(Improvement.from(eight, "m", "CSI-9", ACME, OWNER, T0).priority()).isEqualTo(3);

    Complaint complaint = Complaint.record("CMP-4", ACME, ServiceId.of("email"), CustomerId.of("retail"),
        "Mail was down twice", OWNER, T0);
    Improvement fromComplaint = Improvement.from(complaint, "CSI-2", OWNER, T0);
    assertThat(fromComplaint.source()).isEqualTo(new Source(Source.Kind.COMPLAINT, "CMP-4"));
    assertThat(fromComplaint.title()).isEqualTo("Act on complaint CMP-4 about email");

    Survey low = Survey.afterResolution("s-1", ACME, TicketId.of("INC-1"), CustomerId.of("retail"), Option.none(), T0, 7)
        .answer(new Survey.Response(2, "took a week", T0.plusSeconds(60))).get();
    assertThat(Improvement.from(low, "CSI-3", OWNER, T0).get().expectedBenefit()).isEqualTo("took a week");
    Survey silent = Survey.afterResolution("s-2", ACME, TicketId.of("INC-2"), CustomerId.of("retail"), Option.none(),
        T0, 7).answer(new Survey.Response(1, "", T0.plusSeconds(60))).get();
    assertThat(Improvement.from(silent, "CSI-4", OWNER, T0).get().expectedBenefit())
        .isEqualTo("the customer scored 1 of 5");
    Survey fine = Survey.afterResolution("s-3", ACME, TicketId.of("INC-3"), CustomerId.of("retail"), Option.none(),
        T0, 7).answer(new Survey.Response(3, "", T0.plusSeconds(60))).get();
    assertThat(Improvement.from(fine, "CSI-5", OWNER, T0)).isEmpty();
  }

  @Test
  void a_target_knows_its_direction_progress_and_whether_it_was_reached() {
    Target lower = new Target("P2 median hours", 10, 6);
    assertThat(lower.higherIsBetter()).isFalse();
    assertThat(lower.reached(6)).isTrue();
    assertThat(lower.reached(6.5)).isFalse();
    assertThat(lower.progress(8)).isEqualTo(50.0);
    Target higher = new Target("CSAT", 80, 90);
    assertThat(higher.reached(90)).isTrue();
    assertThat(higher.reached(89.9)).isFalse();
    assertThat(higher.progress(95)).isEqualTo(150.0);
    assertThatThrownBy(() -> new Target("x", 1, 1)).hasMessageContaining("moves");
    assertThatThrownBy(() -> new Target("x", Double.NaN, 1)).hasMessageContaining("finite");
  }

  @Test
  void bad_entries_are_refused() {
    assertThatThrownBy(() -> Improvement.identify("CSI-1", ACME, "t", new Source(Source.Kind.OTHER, "r"), "b", 5,
        OWNER, Option.none(), T0)).hasMessageContaining("priority");
    assertThatThrownBy(() -> Improvement.identify("CSI-1", ACME, " ", new Source(Source.Kind.OTHER, "r"), "b", 1,
        OWNER, Option.none(), T0)).hasMessageContaining("title");
    assertThatThrownBy(() -> new Source(Source.Kind.OTHER, "")).hasMessageContaining("reference");
    Improvement i = Improvement.identify("CSI-1", ACME, "t", new Source(Source.Kind.OTHER, "r"), "b", 1, OWNER,
        Option.some(new Target("m", 1, 2)), T0);
    var implemented = i.approve(T0).get().start(T0).get().implemented(T0).get();
    assertThat(implemented.measured(Double.NaN, T0).getLeft().violations().head().field()).isEqualTo("result");
    assertThat(implemented.approve(T0.minusSeconds(60)).isLeft()).isTrue();
    assertThat(implemented.measured(3, T0.minusSeconds(60)).get().updatedAt()).isEqualTo(T0);
  }

  @Test
  void open_statuses_and_reached_goals_are_counted_as_stated() {
    for (Improvement.Status st : Improvement.Status.values()) {
      assertThat(st.isOpen()).isEqualTo(st != Improvement.Status.CLOSED && st != Improvement.Status.REJECTED);
    }
    Improvement base = Improvement.identify("CSI-1", ACME, "t", new Source(Source.Kind.OTHER, "r"), "b", 1, OWNER,
        Option.some(new Target("m", 10, 6)), T0);
    Improvement reached = base.approve(T0).get().start(T0).get().implemented(T0).get().measured(6, T0).get();
    Improvement missed = Improvement.identify("CSI-2", ACME, "t", new Source(Source.Kind.OTHER, "r"), "b", 1, OWNER,
        Option.some(new Target("m", 10, 6)), T0).approve(T0).get().start(T0).get().implemented(T0).get()
        .measured(7, T0).get();
    Improvement closed = reached.close(T0).get();
    ImprovementRegister r = ImprovementRegister.of(Vector.of(reached, missed, closed));
    assertThat(r.goalsReached()).isEqualTo(2);
    assertThat(r.measured()).hasSize(3);
    assertThat(r.open().map(Improvement::id)).containsExactly("CSI-1", "CSI-2");
    assertThat(missed.goalReached()).contains(false);
    assertThat(reached.goalReached()).contains(true);
  }
}
