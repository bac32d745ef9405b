package io.itsm4j.core;

/**
 * Why a command was refused. Stable: hosts switch on these codes, so a code is never renamed or reused.
 *
 * <p>Each code is either a <b>business control</b> at work ({@link #isControl()}: input checks, required fields,
 * workflow rules and guards, authorisation, segregation of duties, freezes, collisions), which an audit counts as
 * evidence that controls operate, or a <b>technical outcome</b> (a version conflict, a duplicate, a missing record,
 * a failing port), which says nothing about controls.
 */
public enum RejectionCode {
  /** The input is malformed (too long, wrong form); {@link Rejection#violations()} names each field. */
  INVALID_INPUT,
  /** A field the workflow requires for this step is missing; the violations name it. */
  FIELD_REQUIRED,
  /** The workflow has no transition from the ticket's current state to the requested one. */
  TRANSITION_NOT_ALLOWED,
  /** A guard of the transition failed: a required role or a custom rule. */
  GUARD_FAILED,
  /** The ticket is closed or cancelled and its workflow allows nothing more of this kind. */
  TICKET_CLOSED,
  /** The access policy does not allow this actor to run this command. */
  NOT_AUTHORISED,
  /** Someone else changed the record since it was read; reload and try again. */
  VERSION_CONFLICT,
  /** The record does not exist in this tenant (a record of another tenant is reported the same way). */
  NOT_FOUND,
  /** A record with this id exists already. */
  ALREADY_EXISTS,
  /** The command would change nothing (e.g. setting the priority it already has). */
  NO_CHANGE,
  /** The idempotency key was used before for a different command. */
  IDEMPOTENCY_KEY_REUSED,
  /** The command is not allowed by a business rule of the domain; the message says which. */
  RULE_VIOLATED,
  /** A port (storage, directory) failed; {@link Rejection#cause()} holds its exception. Nothing was written. */
  PORT_FAILURE,
  /**
   * A change's planned window overlaps other changes on related configuration items; the message names them.
   * A host may accept the risk with {@code TicketCommand.OverrideCollisions} (a reason is recorded) and retry.
   */
  SCHEDULE_COLLISION;

  /**
   * Whether this refusal is a business control at work (input and required-field checks, workflow transitions and
   * guards, closed tickets, authorisation, business rules such as segregation of duties and freezes, schedule
   * collisions), rather than a technical outcome ({@link #VERSION_CONFLICT}, {@link #NOT_FOUND}, {@link
   * #ALREADY_EXISTS}, {@link #NO_CHANGE}, {@link #IDEMPOTENCY_KEY_REUSED}, {@link #PORT_FAILURE}).
   */
  public boolean isControl() {
    return switch (this) {
      case INVALID_INPUT, FIELD_REQUIRED, TRANSITION_NOT_ALLOWED, GUARD_FAILED, TICKET_CLOSED, NOT_AUTHORISED,
          RULE_VIOLATED, SCHEDULE_COLLISION -> true;
      case VERSION_CONFLICT, NOT_FOUND, ALREADY_EXISTS, NO_CHANGE, IDEMPOTENCY_KEY_REUSED, PORT_FAILURE -> false;
    };
  }
}
