package io.itsm4j.audit.corrective;

import io.itsm4j.audit.internal.Require;
import io.itsm4j.core.ActorId;
import java.time.Instant;

/**
 * One planned step of a corrective action.
 *
 * @param description what is to be done; non-blank, at most {@value #DESCRIPTION_MAX} characters
 * @param owner who is accountable for it
 * @param due when it must be done by
 */
public record PlannedAction(String description, ActorId owner, Instant due) {
  /** Longest description, in characters. */
  public static final int DESCRIPTION_MAX = 2000;

  /**
   * Checks that no argument is null (the description's content is checked by the decider, as user input).
   *
   * @throws NullPointerException if an argument is null
   */
  public PlannedAction {
    Require.notNull(description, "description");
    Require.notNull(owner, "owner");
    Require.notNull(due, "due");
  }

  /** Shorthand for the constructor. */
  public static PlannedAction of(String description, ActorId owner, Instant due) {
    return new PlannedAction(description, owner, due);
  }

  /** Whether this step is overdue at {@code asOf}: its due instant has passed. */
  public boolean isOverdue(Instant asOf) {
    return due.isBefore(Require.notNull(asOf, "asOf"));
  }
}
