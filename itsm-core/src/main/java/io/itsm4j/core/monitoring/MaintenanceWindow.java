package io.itsm4j.core.monitoring;

import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.internal.Checks;
import io.itsm4j.core.ticket.ChangeWindow;
import io.vavr.collection.Set;
import java.time.Instant;

/**
 * A declared maintenance window: alerts on its items inside it are suppressed, not turned into incidents.
 * Immutable.
 *
 * @param id the window's identifier, an identifier
 * @param window from (inclusive) to (exclusive)
 * @param items the configuration items under maintenance, at least one
 */
public record MaintenanceWindow(String id, ChangeWindow window, Set<ConfigurationItemId> items) {
  /**
   * Validates the arguments.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code id} is not an identifier or {@code items} is empty
   */
  public MaintenanceWindow {
    Checks.id(id, "id");
    Checks.notNull(window, "window");
    Checks.notNull(items, "items");
    if (items.isEmpty()) {
      throw new IllegalArgumentException("items must not be empty");
    }
  }

  /** Whether {@code item} is under maintenance at {@code at}. */
  public boolean covers(ConfigurationItemId item, Instant at) {
    return !at.isBefore(window.start()) && at.isBefore(window.end()) && items.contains(item);
  }
}
