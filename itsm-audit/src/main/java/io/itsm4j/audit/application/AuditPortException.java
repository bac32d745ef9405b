package io.itsm4j.audit.application;

import io.itsm4j.audit.internal.Require;
import io.itsm4j.core.Rejection;

/**
 * A {@link Rejection} from the audit module, thrown where the calling interface can only throw: by
 * {@link AuditingNotificationSink} when an entry could not be recorded (the service desk then reports it in
 * {@link io.itsm4j.core.application.CommandResult#notificationFailure()}; the ticket's events are stored all the same,
 * nothing of the failed audit append is), and by {@link StoreEvidenceSource} when a store failed.
 */
public final class AuditPortException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What failed. */
  @SuppressWarnings("serial")
  private final Rejection rejection;

  /**
   * An exception carrying the rejection.
   *
   * @throws NullPointerException if {@code rejection} is null
   */
  public AuditPortException(Rejection rejection) {
    super("audit failure: " + Require.notNull(rejection, "rejection"), rejection.cause().getOrNull());
    this.rejection = rejection;
  }

  /** What failed. */
  public Rejection rejection() {
    return rejection;
  }
}
