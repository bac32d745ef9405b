package io.itsm4j.core.ticket;

/** Priority from P1 (critical) to P5 (planning); derived from impact and urgency by a {@link PriorityMatrix}. */
public enum Priority {
  /** Critical. */
  P1,
  /** High. */
  P2,
  /** Moderate. */
  P3,
  /** Low. */
  P4,
  /** Planning. */
  P5
}
