package io.itsm4j.core.monitoring;

import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.change.PlannedChange;
import io.itsm4j.core.internal.Checks;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * The windows in which alerts are suppressed. Asked when an alert is raised or fires again, and for each firing
 * event of a suppressed or flapping alert (has its window ended?); never for a repeat of a firing alert.
 * Implementations must be thread-safe if shared, and must answer the same for the same arguments while a stream of
 * events is replayed (else a replay could decide otherwise). What they throw reaches the caller of
 * {@link AlertCorrelator#accept}, with nothing changed.
 */
@FunctionalInterface
public interface SuppressionWindows {
  /**
   * The window covering {@code item} at {@code at}, if any.
   *
   * @return none when the alert should be raised
   */
  Option<Suppression> covering(ConfigurationItemId item, Instant at);

  /** No windows: nothing is suppressed. */
  static SuppressionWindows none() {
    return (item, at) -> Option.none();
  }

  /**
   * The given changes' planned windows over the items they touch, then the maintenance windows; the first that
   * covers wins (changes first, so an alert is linked to the change that caused it). Pass the changes a host's
   * {@link io.itsm4j.core.port.ScheduledChanges} returns: scheduled or being implemented, so authorised.
   *
   * @throws NullPointerException if an argument is null
   */
  static SuppressionWindows of(Seq<PlannedChange> changes, Seq<MaintenanceWindow> maintenance) {
    Checks.notNull(changes, "changes");
    Checks.notNull(maintenance, "maintenance");
    return (item, at) -> {
      for (PlannedChange c : changes) {
        if (!at.isBefore(c.window().start()) && at.isBefore(c.window().end()) && c.items().contains(item)) {
          return Option.some(new Suppression(Suppression.Kind.CHANGE, c.change().value(), c.window()));
        }
      }
      for (MaintenanceWindow m : maintenance) {
        if (m.covers(item, at)) {
          return Option.some(new Suppression(Suppression.Kind.MAINTENANCE, m.id(), m.window()));
        }
      }
      return Option.none();
    };
  }
}
