package io.itsm4j.audit.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itsm4j.audit.trend.ControlChart;
import io.itsm4j.core.TenantId;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ManagementReviewTest {
  private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant UNTIL = Instant.parse("2026-07-01T00:00:00Z");

  private static Vector<LocalDate> months(int n) {
    return Vector.range(0, n).map(i -> LocalDate.parse("2026-01-01").plusMonths(i));
  }

  @Test
  void the_package_names_its_signalled_trends_and_missed_targets() {
    var calm = ManagementReview.Trend.of("calm", true, months(4), Vector.of(5.0, 6.0, 5.0, 6.0));
    var jump = new ManagementReview.Trend("jump", false, months(4), ControlChart.of(Vector.of(5.0, 6.0, 5.0, 30.0),
        3));
    var review = ManagementReview.of(TenantId.of("acme"), FROM, UNTIL, LocalDate.parse("2026-07-02"))
        .withTrends(Vector.of(calm, jump))
        .withServiceLevels(Vector.of(new ManagementReview.TargetLine("met", Option.some(90.0), Option.some(90.0), 10),
            new ManagementReview.TargetLine("missed", Option.some(89.9), Option.some(90.0), 10),
            new ManagementReview.TargetLine("no target", Option.some(50.0), Option.none(), 10)))
        .withAvailability(Vector.of(new ManagementReview.TargetLine("down", Option.none(), Option.some(99.0), 0)));
    assertThat(review.trendsWithSignals()).containsExactly(jump);
    assertThat(review.missedTargets().map(ManagementReview.TargetLine::name)).containsExactly("missed");
    assertThat(calm.lastChange().get().improved()).isTrue();
    assertThat(jump.lastChange().get().worsened()).isTrue();
    assertThat(ManagementReview.Trend.of("two", true, months(2), Vector.of(1.0, 2.0)).lastChange().get().change())
        .isEqualTo(1.0);
    assertThat(new ManagementReview.ExerciseResult("p", "tabletop", FROM, Vector.empty()).passed()).isTrue();
    assertThat(new ManagementReview.ExerciseResult("p", "tabletop", FROM, Vector.of("x")).passed()).isFalse();
  }

  @Test
  void malformed_inputs_are_refused() {
    assertThatThrownBy(() -> ManagementReview.Trend.of("t", true, months(3), Vector.of(1.0, 2.0)))
        .hasMessageContaining("one period per value");
    assertThatThrownBy(() -> new ManagementReview.AuditResults(-1, 0, 0, 0)).hasMessageContaining("negative");
    assertThatThrownBy(() -> new ManagementReview.AuditResults(0, -1, 0, 0)).hasMessageContaining("negative");
    assertThatThrownBy(() -> new ManagementReview.AuditResults(0, 0, -1, 0)).hasMessageContaining("negative");
    assertThatThrownBy(() -> new ManagementReview.AuditResults(0, 0, 0, -1)).hasMessageContaining("negative");
    assertThat(new ManagementReview.AuditResults(0, 0, 0, 0).audits()).isZero();
    assertThatThrownBy(() -> new ManagementReview.TargetLine("x", Option.none(), Option.none(), -1))
        .hasMessageContaining("denominator");
    assertThatThrownBy(() -> ManagementReview.of(TenantId.of("acme"), UNTIL, FROM, LocalDate.parse("2026-07-02")))
        .hasMessageContaining("before");
    assertThatThrownBy(() -> ManagementReview.of(TenantId.of("acme"), FROM, UNTIL, LocalDate.parse("2026-07-02"))
        .withSystemChanges(Vector.of(" "))).hasMessageContaining("systemChanges");
  }
}
