package io.itsm4j.core.workflow;

import io.itsm4j.core.Actor;
import io.itsm4j.core.internal.Checks;
import io.vavr.collection.Map;

/**
 * What a guard sees when a transition is attempted.
 *
 * @param subject the record in its state before the transition (a ticket, a corrective action, ...)
 * @param actor who asks
 * @param from the current state
 * @param to the requested state
 * @param fields the record's fields with the command's fields laid over them
 * @param <T> the type of record the workflow governs
 */
public record TransitionRequest<T>(T subject, Actor actor, WorkflowState from, WorkflowState to,
    Map<String, String> fields) {
  /**
   * Checks that no argument is null.
   *
   * @throws NullPointerException if an argument is null
   */
  public TransitionRequest {
    Checks.notNull(subject, "subject");
    Checks.notNull(actor, "actor");
    Checks.notNull(from, "from");
    Checks.notNull(to, "to");
    Checks.notNull(fields, "fields");
  }
}
