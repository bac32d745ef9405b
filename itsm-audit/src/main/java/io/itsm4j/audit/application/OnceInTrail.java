package io.itsm4j.audit.application;

import io.itsm4j.audit.port.AuditQuery;
import io.itsm4j.audit.trail.AuditDraft;
import io.itsm4j.audit.trail.AuditEntry;
import io.itsm4j.audit.trail.RecordRef;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.TenantId;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Evidence written once: the trail appends whatever it is given, so the services that keep a record as evidence
 * (an exercise, an availability report, a management review, an improvement step) look for it first and return the
 * entry recorded before.
 */
final class OnceInTrail {
  private OnceInTrail() {}

  /**
   * The entry of {@code ref} that {@code same} accepts, recorded before; else {@code draft} recorded now.
   *
   * @return the earlier or new entry, or the trail's rejection
   */
  static Either<Rejection, AuditEntry> record(AuditTrail trail, TenantId tenant, RecordRef ref,
      Predicate<AuditEntry> same, Supplier<AuditDraft> draft) {
    Either<Rejection, Seq<AuditEntry>> earlier = trail.query(tenant, AuditQuery.byRecord(ref));
    if (earlier.isLeft()) {
      return Either.left(earlier.getLeft());
    }
    return earlier.get().find(same).<Either<Rejection, AuditEntry>>map(Either::right)
        .getOrElse(() -> trail.record(draft.get()));
  }
}
