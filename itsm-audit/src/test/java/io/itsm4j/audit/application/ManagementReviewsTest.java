package io.itsm4j.audit.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.audit.Clause;
import io.itsm4j.audit.evidence.EvidenceKind;
import io.itsm4j.audit.memory.InMemoryAuditStore;
import io.itsm4j.audit.review.ManagementReview;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.TenantId;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ManagementReviewsTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant UNTIL = Instant.parse("2026-07-01T00:00:00Z");
  private static final Instant HELD = Instant.parse("2026-07-08T10:00:00Z");

  @Test
  void a_review_is_kept_once_as_9_3_evidence_with_its_headlines() {
    InMemoryAuditStore store = new InMemoryAuditStore();
    AuditTrail trail = AuditTrail.builder().store(store).build();
    ManagementReview review = ManagementReview.of(ACME, FROM, UNTIL, LocalDate.parse("2026-07-03"))
        .withServiceLevels(Vector.of(new ManagementReview.TargetLine("incident resolution", Option.some(88.0),
            Option.some(90.0), 412)))
        .withTrends(Vector.of(ManagementReview.Trend.of("backlog", false, Vector.range(0, 6)
            .map(i -> LocalDate.parse("2026-01-01").plusMonths(i)), Vector.of(20.0, 21.0, 20.0, 19.0, 20.0, 60.0))));
    var entry = ManagementReviews.of(trail).record(ActorId.of("ceo"), review, HELD, "reviews/2026-h1.html").get();
    assertThat(entry.record().type()).isEqualTo(ManagementReviews.RECORD_TYPE);
    assertThat(entry.action()).isEqualTo("management-review-held");
    assertThat(entry.occurredAt()).isEqualTo(HELD);
    assertThat(entry.after().get("package").get().toString()).contains("reviews/2026-h1.html");
    assertThat(entry.after().get("missedTargets").get().toString()).contains("incident resolution");
    assertThat(ManagementReviews.of(trail).record(ActorId.of("ceo"), review, HELD.plusSeconds(60), "elsewhere").get())
        .isEqualTo(entry);

    var report = EvidenceReporter.of(StoreEvidenceSource.empty().withAuditTrail(store))
        .report(ACME, HELD.minusSeconds(1), HELD.plusSeconds(1)).get();
    var managementReview = report.clauses().find(c -> c.clause() == Clause.C9_3).get();
    assertThat(managementReview.records().map(c -> c.kind())).containsExactly(EvidenceKind.MANAGEMENT_REVIEWS);
    assertThat(managementReview.records().head().count()).isEqualTo(1);
  }
}
