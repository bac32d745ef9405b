package io.itsm4j.core.catalogue;

/** The operational status of a configuration item. Impact analysis ignores it: a planned CI can still be a cause. */
public enum CiStatus {
  /** Ordered or being built. */
  PLANNED,
  /** In operation. */
  ACTIVE,
  /** In operation, under planned maintenance. */
  MAINTENANCE,
  /** Out of operation; kept for history. */
  RETIRED
}
