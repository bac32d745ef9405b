package io.itsm4j.core.monitoring;

/** Where an alert stands. */
public enum AlertStatus {
  /** Its check is failing; it counts against its group's incident. */
  FIRING,
  /** It changed state too often lately: it opens nothing and restores nothing until it settles. */
  FLAPPING,
  /** It fired inside a change or maintenance window and opens no incident; the window is recorded. */
  SUPPRESSED,
  /** Its check passes again, or it was quiet for the policy's period. */
  RESOLVED
}
