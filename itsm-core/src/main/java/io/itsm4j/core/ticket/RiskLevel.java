package io.itsm4j.core.ticket;

/** How risky a change is, as its risk assessment found; with the change type it selects the approval policy. */
public enum RiskLevel {
  /** Routine; little can go wrong, or little harm if it does. */
  LOW,
  /** Some chance of disruption that the plan contains. */
  MEDIUM,
  /** Real chance of a visible outage or data loss. */
  HIGH,
  /** Could stop a critical service or break a legal duty. */
  VERY_HIGH
}
