package io.itsm4j.core.monitoring;

import io.itsm4j.core.internal.Checks;
import io.itsm4j.core.ticket.ChangeWindow;

/**
 * Why an alert opens no incident: its configuration item is inside an authorised change's implementation window or
 * a declared maintenance window. Immutable.
 *
 * @param kind a change or a maintenance window
 * @param reference the change ticket's id, or the maintenance window's id
 * @param window the window the alert fell into
 */
public record Suppression(Kind kind, String reference, ChangeWindow window) {
  /** What declared the window. */
  public enum Kind {
    /** A scheduled change's planned implementation window, over the items the change touches. */
    CHANGE,
    /** A maintenance window the host declared. */
    MAINTENANCE
  }

  /**
   * Checks that no argument is null.
   *
   * @throws NullPointerException if an argument is null
   */
  public Suppression {
    Checks.notNull(kind, "kind");
    Checks.notNull(reference, "reference");
    Checks.notNull(window, "window");
  }

  @Override
  public String toString() {
    return (kind == Kind.CHANGE ? "change " : "maintenance window ") + reference + " " + window;
  }
}
