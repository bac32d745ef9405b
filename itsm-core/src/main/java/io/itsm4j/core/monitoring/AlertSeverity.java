package io.itsm4j.core.monitoring;

/**
 * How bad a monitoring check says things are, lowest first; the order is what escalation compares. Adapters map a
 * tool's own levels onto these (PagerDuty's {@code info}, {@code warning}, {@code error}, {@code critical};
 * Alertmanager's {@code severity} label; Zabbix's six levels).
 */
public enum AlertSeverity {
  /** Worth knowing, no action. */
  INFO,
  /** Something may go wrong. */
  WARNING,
  /** Something is wrong, with little effect on the service. */
  MINOR,
  /** The service is degraded. */
  MAJOR,
  /** The service is down or about to be. */
  CRITICAL;

  /** Whether this severity is above {@code other}. */
  public boolean isAbove(AlertSeverity other) {
    return compareTo(other) > 0;
  }
}
