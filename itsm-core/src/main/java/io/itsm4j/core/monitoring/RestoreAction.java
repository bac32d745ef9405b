package io.itsm4j.core.monitoring;

/** What restoring a group of alerts does to its incident. */
public enum RestoreAction {
  /** Resolve the incident: the source says the service is back. */
  RESOLVE_INCIDENT,
  /** Only note on the incident that its alerts went quiet; a person resolves it. */
  ADD_NOTE
}
