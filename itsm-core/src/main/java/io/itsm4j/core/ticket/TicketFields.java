package io.itsm4j.core.ticket;

/**
 * Names of the fields the default workflows use, and the values they allow. Hosts may add fields of their own:
 * any identifier is a valid field name.
 */
public final class TicketFields {
  /** How a ticket was resolved, e.g. {@code "solved"}, {@code "workaround"}; required to resolve. */
  public static final String RESOLUTION_CODE = "resolution.code";
  /** What was done; required to resolve. */
  public static final String RESOLUTION_NOTES = "resolution.notes";
  /** Why a ticket is on hold; required to put it on hold, one of the {@code HOLD_*} values. */
  public static final String HOLD_REASON = "hold.reason";
  /** Why a ticket was cancelled; required to cancel. */
  public static final String CANCEL_REASON = "cancel.reason";
  /** Why a ticket was reopened; required to reopen. */
  public static final String REOPEN_REASON = "reopen.reason";
  /** The root cause a problem investigation found; required to record a known error. */
  public static final String ROOT_CAUSE = "root.cause";
  /** The workaround of a known error; required to record a known error. */
  public static final String WORKAROUND = "workaround";
  /** How a change went, one of the {@code OUTCOME_*} values; required to close a change after review. */
  public static final String CHANGE_OUTCOME = "change.outcome";
  /** Planned start of a change (ISO-8601 instant); required to schedule it. */
  public static final String PLANNED_START = "planned.start";
  /** Planned end of a change (ISO-8601 instant); required to schedule it. */
  public static final String PLANNED_END = "planned.end";
  /** The id of the standard change template a standard change is raised from. */
  public static final String CHANGE_TEMPLATE = "change.template";

  /** On hold until the caller answers. */
  public static final String HOLD_AWAITING_CALLER = "awaiting-caller";
  /** On hold until a change is implemented. */
  public static final String HOLD_AWAITING_CHANGE = "awaiting-change";
  /** On hold until a problem is solved. */
  public static final String HOLD_AWAITING_PROBLEM = "awaiting-problem";
  /** On hold until a vendor or supplier delivers. */
  public static final String HOLD_AWAITING_VENDOR = "awaiting-vendor";

  /** The change did what it should. */
  public static final String OUTCOME_SUCCESSFUL = "successful";
  /** The change is in, but caused issues. */
  public static final String OUTCOME_SUCCESSFUL_WITH_ISSUES = "successful-with-issues";
  /** The change failed. */
  public static final String OUTCOME_FAILED = "failed";
  /** The change was backed out. */
  public static final String OUTCOME_BACKED_OUT = "backed-out";

  private TicketFields() {}
}
