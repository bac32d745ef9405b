package io.itsm4j.core.ticket;

/** The three types of change of ITIL change enablement; each has its own workflow. */
public enum ChangeType {
  /** Low risk, pre-authorised, from a template: skips assessment and authorisation. */
  STANDARD,
  /** Assessed and authorised before it is scheduled. */
  NORMAL,
  /** Must be done at once: skips assessment, is authorised by an emergency board, reviewed afterwards. */
  EMERGENCY
}
