package io.itsm4j.audit.application;

import io.itsm4j.audit.catalogue.CatalogueAuditing;
import io.itsm4j.audit.internal.Require;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.catalogue.CatalogueCommand;
import io.itsm4j.core.catalogue.CatalogueContext;
import io.itsm4j.core.catalogue.CatalogueEvent;
import io.itsm4j.core.port.CatalogueListener;
import io.vavr.collection.Seq;

/**
 * A {@link CatalogueListener} that records every accepted catalogue command's events and every refused command in
 * an {@link AuditTrail} ({@link CatalogueAuditing}), so the evidence report's 8.2 has records without host glue.
 * Wire it with {@code CatalogueService.builder().listener(AuditingCatalogueListener.of(trail))}.
 *
 * <p>The events of one command become one atomic append. If recording fails, the listener throws an {@link
 * AuditPortException}: the catalogue service reports it in {@code CatalogueResult.notificationFailure()} (for a
 * refusal it logs it). Thread-safe.
 */
public final class AuditingCatalogueListener implements CatalogueListener {
  private final AuditTrail trail;

  private AuditingCatalogueListener(AuditTrail trail) {
    this.trail = trail;
  }

  /**
   * A listener recording in {@code trail}.
   *
   * @throws NullPointerException if {@code trail} is null
   */
  public static AuditingCatalogueListener of(AuditTrail trail) {
    return new AuditingCatalogueListener(Require.notNull(trail, "trail"));
  }

  /**
   * Records the events of one accepted command.
   *
   * @throws AuditPortException if they could not be recorded (nothing of them was)
   */
  @Override
  public void published(Seq<CatalogueEvent> events) {
    Require.notNull(events, "events");
    if (!events.isEmpty()) {
      trail.recordAll(CatalogueAuditing.accepted(events)).getOrElseThrow(AuditPortException::new);
    }
  }

  /**
   * Records a refused command.
   *
   * @throws AuditPortException if it could not be recorded
   */
  @Override
  public void rejected(CatalogueContext context, CatalogueCommand command, Rejection rejection) {
    trail.record(CatalogueAuditing.refused(Require.notNull(context, "context"), Require.notNull(command, "command"),
        Require.notNull(rejection, "rejection"))).getOrElseThrow(AuditPortException::new);
  }
}
