package io.itsm4j.sla.availability;

/** What an agreement says about planned downtime inside its service hours. */
public enum PlannedDowntime {
  /** Planned downtime is left out of the agreed service time and of the downtime (the usual rule). */
  EXCLUDED,
  /** Planned downtime counts as downtime, like an outage. */
  COUNTED
}
