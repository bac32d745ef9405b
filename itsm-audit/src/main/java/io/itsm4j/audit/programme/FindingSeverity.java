package io.itsm4j.audit.programme;

/** How serious a finding of an internal audit is. */
public enum FindingSeverity {
  /** A requirement is not met at all, or the failure puts the service management system's outcomes in doubt. */
  MAJOR_NONCONFORMITY,
  /** A requirement is partly not met, without doubt about the system's outcomes. */
  MINOR_NONCONFORMITY,
  /** Not a nonconformity (yet): something that could become one. */
  OBSERVATION,
  /** A way to do better; input to continual improvement (10.2). */
  OPPORTUNITY_FOR_IMPROVEMENT;

  /** Whether the finding is a nonconformity, which needs a corrective action (10.1). */
  public boolean isNonconformity() {
    return this == MAJOR_NONCONFORMITY || this == MINOR_NONCONFORMITY;
  }
}
