package io.itsm4j.audit.corrective;

/**
 * Where a corrective action stands (ISO/IEC 20000-1 10.1: react to the nonconformity, find its cause, act, review
 * the effectiveness of what was done). A failed effectiveness check sends the action back to {@link #RAISED}.
 */
public enum CorrectiveActionState {
  /** A nonconformity is recorded and needs a corrective action. */
  RAISED,
  /** Its root cause is analysed and recorded. */
  ROOT_CAUSE_ANALYSED,
  /** Actions are planned, each with an owner and a due date. */
  ACTIONS_PLANNED,
  /** The planned actions are done. */
  IMPLEMENTED,
  /** Someone independent of the work checked that it removed the cause. */
  EFFECTIVENESS_VERIFIED,
  /** Done; nothing more can change. */
  CLOSED
}
