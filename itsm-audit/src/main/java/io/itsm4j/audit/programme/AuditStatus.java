package io.itsm4j.audit.programme;

/** Where an internal audit stands. */
public enum AuditStatus {
  /** In the programme, not yet begun. */
  PLANNED,
  /** Being carried out; findings are recorded now. */
  IN_PROGRESS,
  /** Done. */
  COMPLETED,
  /** Called off, with a reason. */
  CANCELLED;

  /** Whether the audit is over (completed or cancelled). */
  public boolean isOver() {
    return this == COMPLETED || this == CANCELLED;
  }
}
