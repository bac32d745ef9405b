package io.itsm4j.core.monitoring;

import io.itsm4j.core.Violation;
import io.itsm4j.core.Violations;
import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.internal.Checks;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import java.time.Instant;

/**
 * One observation of a monitoring tool: a check on a configuration item is firing, or has stopped firing.
 *
 * <p>Events that share a {@code dedupKey} are the same alert (Alertmanager's fingerprint, PagerDuty's
 * {@code dedup_key}, a Zabbix problem's trigger); {@code eventId} tells one delivery from another, so a delivery
 * repeated by the tool is recognised. Immutable and thread-safe. The constructor checks only for {@code null};
 * {@link #violations()} lists what else is wrong, and {@link AlertCorrelator#accept} refuses an event with any.
 *
 * @param eventId the delivery's own id (1–{@value #ID_MAX} characters, one line)
 * @param source the tool or integration that sent it, an identifier (e.g. {@code alertmanager})
 * @param check what was checked (e.g. {@code DiskFull}), one line, not blank
 * @param configurationItem the configuration item the check is about
 * @param severity how bad the check says it is
 * @param dedupKey what makes repeated events one alert (1–{@value #ID_MAX} characters, one line)
 * @param status firing or resolved
 * @param at when the tool observed it
 * @param labels the tool's labels, as named fields (names are identifiers)
 * @param summary a one-line description, possibly empty
 */
public record MonitoringEvent(String eventId, String source, String check, ConfigurationItemId configurationItem,
    AlertSeverity severity, String dedupKey, Status status, Instant at, Map<String, String> labels, String summary) {
  /** The longest event id and dedup key. */
  public static final int ID_MAX = 200;
  /** The longest check name and summary. */
  public static final int TEXT_MAX = 1_000;
  /** The most labels an event may carry. */
  public static final int LABELS_MAX = 100;

  /** Whether the check is firing or has resolved. */
  public enum Status {
    /** The check is failing. */
    FIRING,
    /** The check passes again. */
    RESOLVED
  }

  /**
   * Checks that no argument is null.
   *
   * @throws NullPointerException if an argument is null
   */
  public MonitoringEvent {
    Checks.notNull(eventId, "eventId");
    Checks.notNull(source, "source");
    Checks.notNull(check, "check");
    Checks.notNull(configurationItem, "configurationItem");
    Checks.notNull(severity, "severity");
    Checks.notNull(dedupKey, "dedupKey");
    Checks.notNull(status, "status");
    Checks.notNull(at, "at");
    Checks.notNull(labels, "labels");
    Checks.notNull(summary, "summary");
  }

  /**
   * A firing event without labels or summary, its dedup key the source, check and item (as a tool without keys of
   * its own would have it).
   */
  public static MonitoringEvent firing(String eventId, String source, String check, ConfigurationItemId item,
      AlertSeverity severity, Instant at) {
    return new MonitoringEvent(eventId, source, check, item, severity, source + "/" + check + "/" + item.value(),
        Status.FIRING, at, LinkedHashMap.empty(), "");
  }

  /** This event, resolved: the same alert, another delivery. */
  public MonitoringEvent resolved(String newEventId, Instant when) {
    return new MonitoringEvent(newEventId, source, check, configurationItem, severity, dedupKey, Status.RESOLVED,
        when, labels, summary);
  }

  /** Whether the check is firing. */
  public boolean isFiring() {
    return status == Status.FIRING;
  }

  /**
   * What is wrong with this event, every problem at once: an id, key, check or summary that is blank where it may
   * not be, too long or not one line of allowed text, a source that is not an identifier, too many or malformed
   * labels.
   *
   * @return none for a well-formed event
   */
  public Seq<Violation> violations() {
    Seq<Violation> v = List.<Violation>empty()
        .appendAll(Violations.line("eventId", eventId, ID_MAX, true))
        .appendAll(Violations.line("dedupKey", dedupKey, ID_MAX, true))
        .appendAll(Violations.line("check", check, TEXT_MAX, true))
        .appendAll(Violations.line("summary", summary, TEXT_MAX, false));
    if (!Violations.isIdentifier(source)) {
      v = v.append(Violation.of("source", Violation.INVALID, "source must be an identifier (letters, digits, . _ : -)"));
    }
    if (labels.size() > LABELS_MAX) {
      return v.append(Violation.of("labels", Violation.TOO_LONG, "at most " + LABELS_MAX + " labels, got "
          + labels.size()));
    }
    return v.appendAll(Violations.fields("labels", labels, TEXT_MAX));
  }
}
