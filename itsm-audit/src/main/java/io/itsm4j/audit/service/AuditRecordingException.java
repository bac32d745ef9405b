package io.itsm4j.audit.service;

import io.itsm4j.audit.internal.Require;
import io.itsm4j.core.Rejection;

/**
 * Thrown by {@link AuditingNotificationSink} when an audit entry could not be recorded, so that the service desk
 * reports it in {@link io.itsm4j.core.desk.CommandResult#notificationFailure()} instead of it passing unnoticed.
 * The ticket's events are stored all the same; nothing of the failed audit append is.
 */
public final class AuditRecordingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why recording failed. */
  @SuppressWarnings("serial")
  private final Rejection rejection;

  /**
   * An exception carrying the rejection.
   *
   * @throws NullPointerException if {@code rejection} is null
   */
  public AuditRecordingException(Rejection rejection) {
    super("audit entry not recorded: " + Require.notNull(rejection, "rejection"), rejection.cause().getOrNull());
    this.rejection = rejection;
  }

  /** Why recording failed. */
  public Rejection rejection() {
    return rejection;
  }
}
