package io.itsm4j.sla.review;

/** Where an action agreed at a service review stands. */
public enum ActionStatus {
  /** Agreed, not done yet. */
  OPEN,
  /** Done. */
  DONE,
  /** Dropped by agreement, with the reason in the next review's minutes. */
  DROPPED;

  /** Whether the action still has to be done. */
  public boolean isOpen() {
    return this == OPEN;
  }
}
