package io.itsm4j.audit.application;

import io.itsm4j.audit.review.ManagementReview;
import io.itsm4j.audit.trail.AuditDraft;
import io.itsm4j.audit.trail.AuditEntry;
import io.itsm4j.audit.trail.AuditValue;
import io.itsm4j.audit.trail.RecordRef;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.Fingerprint;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.TenantId;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * Keeps a management review (ISO/IEC 20000-1 9.3) as evidence: a {@code management-review} record in the audit trail,
 * which the evidence report counts under 9.3, holding the review's period, when it was held, where its rendered
 * package is kept, and its headline figures (trends and their signals, missed targets, complaints, open corrective
 * actions and improvements, exercises that fell short). Once per tenant and period: recording the same review again
 * finds the first record. Thread-safe as its trail is.
 */
public final class ManagementReviews {
  /** The audit trail's record type of management reviews. */
  public static final String RECORD_TYPE = "management-review";

  private final AuditTrail trail;

  private ManagementReviews(AuditTrail trail) {
    this.trail = trail;
  }

  /**
   * Records into {@code trail}.
   *
   * @throws NullPointerException if {@code trail} is null
   */
  public static ManagementReviews of(AuditTrail trail) {
    return new ManagementReviews(Objects.requireNonNull(trail, "trail must not be null"));
  }

  /**
   * Records that {@code review} was held at {@code heldAt}, its package kept at {@code location}.
   *
   * @param location where the rendered package is kept (a path or a document reference): 1 to 500 characters
   * @return the audit entry (the earlier one if this tenant's review of the same period was recorded before), or
   *     the trail's rejection
   * @throws NullPointerException if an argument is null
   */
  public Either<Rejection, AuditEntry> record(ActorId actor, ManagementReview review, Instant heldAt,
      String location) {
    Objects.requireNonNull(actor, "actor must not be null");
    Objects.requireNonNull(review, "review must not be null");
    Objects.requireNonNull(heldAt, "heldAt must not be null");
    Objects.requireNonNull(location, "location must not be null");
    TenantId tenant = review.tenant();
    String key = Fingerprint.of(tenant.value(), review.from(), review.until()).substring(0, 40);
    RecordRef ref = RecordRef.of(RECORD_TYPE, "review-" + key);
    Map<String, String> after = LinkedHashMap.of(
        "from", review.from().toString(),
        "until", review.until().toString(),
        "package", location,
        "trends", String.valueOf(review.trends().size()),
        "trendsWithSignals", String.valueOf(review.trendsWithSignals().size()),
        "missedTargets", review.missedTargets().map(l -> l.name()).mkString(", "),
        "complaints", String.valueOf(review.complaints().size()),
        "openCorrectiveActions", String.valueOf(review.correctiveActions().size()),
        "openImprovements", String.valueOf(review.improvements().map(r -> r.open().size()).getOrElse(0)),
        "exercisesShort", String.valueOf(review.exercises().count(e -> !e.passed())));
    return OnceInTrail.record(trail, tenant, ref, e -> true, () -> AuditDraft.builder().tenant(tenant).actor(actor)
        .action("management-review-held").record(ref).occurredAt(heldAt).after(AuditValue.texts(after))
        .correlation(Option.some(RECORD_TYPE + ":" + key)).build());
  }
}
