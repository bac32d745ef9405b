package io.itsm4j.audit.trail;

/** Whether what an audit entry records was done or refused. */
public enum Outcome {
  /** The change was made; {@link AuditDraft#after()} holds the new values. */
  APPLIED,
  /** The request was refused and changed nothing; {@link AuditDraft#reason()} says why. */
  REJECTED
}
