package io.itsm4j.sla;

/**
 * Where one cycle of a service level clock stands. An overdue clock that still runs stays {@link #RUNNING} or
 * {@link #PAUSED}; {@link SlaStatus#breachedAt()} says it is overdue. {@link #MET} and {@link #BREACHED} are the
 * outcomes of a stopped clock.
 */
public enum SlaState {
  /** The clock runs. */
  RUNNING,
  /** The clock is paused (waiting for the customer, a supplier, a change). */
  PAUSED,
  /** The clock stopped within its goal. */
  MET,
  /** The clock stopped after its goal. */
  BREACHED,
  /** The clock was cancelled, or the ticket no longer matches the definition; it counts neither way. */
  CANCELLED;

  /** Whether the clock still counts or may count again: {@link #RUNNING} or {@link #PAUSED}. */
  public boolean isActive() {
    return this == RUNNING || this == PAUSED;
  }
}
