package io.itsm4j.core.monitoring;

import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.internal.Checks;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * An alert as the correlator holds it: the events of one dedup key, folded. Immutable snapshot.
 *
 * @param dedupKey what makes its events one alert
 * @param source the tool that sent its first event
 * @param check what is checked
 * @param configurationItem the item it is about
 * @param severity the severity of its latest firing event
 * @param status where it stands
 * @param firstSeen its first event's time
 * @param lastSeen its latest event's time
 * @param count how many events it folded (repeats included, duplicates and late events not)
 * @param group the group (incident) it belongs to, if it was grouped
 * @param suppressedBy the window that suppressed it, while it is suppressed
 * @param quiet whether it was resolved by the quiet period rather than by its source
 */
public record Alert(String dedupKey, String source, String check, ConfigurationItemId configurationItem,
    AlertSeverity severity, AlertStatus status, Instant firstSeen, Instant lastSeen, long count,
    Option<String> group, Option<Suppression> suppressedBy, boolean quiet) {
  /**
   * Checks that no argument is null.
   *
   * @throws NullPointerException if an argument is null
   */
  public Alert {
    Checks.notNull(dedupKey, "dedupKey");
    Checks.notNull(source, "source");
    Checks.notNull(check, "check");
    Checks.notNull(configurationItem, "configurationItem");
    Checks.notNull(severity, "severity");
    Checks.notNull(status, "status");
    Checks.notNull(firstSeen, "firstSeen");
    Checks.notNull(lastSeen, "lastSeen");
    Checks.notNull(group, "group");
    Checks.notNull(suppressedBy, "suppressedBy");
  }
}
