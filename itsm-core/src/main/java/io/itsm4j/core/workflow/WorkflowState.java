package io.itsm4j.core.workflow;

import io.itsm4j.core.internal.Checks;

/**
 * One state of a workflow.
 *
 * @param id the state's identifier within its workflow, e.g. {@code "in-progress"}
 * @param label the name people read, e.g. {@code "In Progress"}
 * @param category what the state means
 */
public record WorkflowState(String id, String label, StateCategory category) {
  /**
   * Validates the arguments.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code id} is not an identifier or {@code label} is blank
   */
  public WorkflowState {
    Checks.id(id, "id");
    Checks.notNull(label, "label");
    Checks.notNull(category, "category");
    if (label.isBlank()) {
      throw new IllegalArgumentException("label must not be blank");
    }
  }
}
