package io.itsm4j.core.workflow;

/** What fires a transition. */
public enum Trigger {
  /** Someone asks for it with a state-change command. */
  MANUAL,
  /**
   * The caller (the person the record is for) adds a comment; the engine takes the transition by itself, e.g.
   * back from On Hold to In Progress. At most one such transition may leave a state.
   */
  CALLER_UPDATE
}
