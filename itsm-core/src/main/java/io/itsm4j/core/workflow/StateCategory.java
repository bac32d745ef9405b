package io.itsm4j.core.workflow;

/**
 * What a workflow state means, whatever the vendor calls it. Service level clocks, metrics and reports speak in
 * categories, so they work on any workflow.
 */
public enum StateCategory {
  /** Logged, nobody has worked on it yet. */
  NEW,
  /** Being worked on. */
  ACTIVE,
  /** Waiting for someone outside the provider (caller, vendor, a change); service level clocks usually pause. */
  ON_HOLD,
  /** The provider considers it done; the customer may still reopen it. */
  RESOLVED,
  /** Done and final. */
  CLOSED,
  /** Withdrawn without being done. */
  CANCELLED;

  /** Whether this is a final category: {@link #CLOSED} or {@link #CANCELLED}. */
  public boolean isTerminal() {
    return this == CLOSED || this == CANCELLED;
  }

  /** Whether work is still owed: neither resolved nor terminal. */
  public boolean isOpen() {
    return this == NEW || this == ACTIVE || this == ON_HOLD;
  }
}
