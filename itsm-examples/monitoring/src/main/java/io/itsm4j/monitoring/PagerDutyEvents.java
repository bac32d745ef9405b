package io.itsm4j.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.Violation;
import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.monitoring.AlertSeverity;
import io.itsm4j.core.monitoring.MonitoringEvent;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Objects;

/**
 * Reads a PagerDuty Events API v2 event into a monitoring event.
 *
 * <ul>
 *   <li>{@code event_action}: {@code trigger} fires, {@code resolve} resolves, {@code acknowledge} is noted and
 *       gives no event (an acknowledgement changes no alert; the incident's people act on it in the desk);
 *   <li>dedup key: {@code dedup_key}; a trigger without one is keyed by its routing key, source, component and class
 *       (PagerDuty would make one up; the same trigger must key the same alert here); a resolve or acknowledge
 *       without one is refused;
 *   <li>time: {@code payload.timestamp} if given (ISO 8601 with an offset, {@code +0000} included), else the time
 *       the host received the event;
 *   <li>item: {@code payload.source}; check: {@code payload.class}, else {@code payload.component}, else
 *       {@code event}; severity: {@code critical}, {@code error} (major), {@code warning}, {@code info};
 *       summary: {@code payload.summary}; labels: {@code component}, {@code group}, {@code class} and the
 *       {@code custom_details}, names made identifiers ({@code free space} becomes {@code free_space}).
 * </ul>
 *
 * <p>A resolve needs no payload; its item is then {@code payload.source} if given, else {@value #UNKNOWN_ITEM}
 * (the correlator finds the alert by its dedup key). A malformed event is refused with {@code INVALID_INPUT},
 * every problem named by its path. Immutable and thread-safe.
 */
public final class PagerDutyEvents {
  /** The source of the events it reads. */
  public static final String SOURCE = "pagerduty";
  /** The item of a resolve that names no source. */
  public static final String UNKNOWN_ITEM = "pagerduty-unknown";

  private PagerDutyEvents() {}

  /** The reader. */
  public static PagerDutyEvents standard() {
    return new PagerDutyEvents();
  }

  /**
   * Reads one event.
   *
   * @param payload the request body, as text
   * @param receivedAt when the host received it: the event's time when it carries none
   * @return the event (none for an acknowledgement, with a note) or the rejection naming every problem
   * @throws NullPointerException if {@code receivedAt} is null
   */
  public Either<Rejection, PayloadRead> read(String payload, Instant receivedAt) {
    Objects.requireNonNull(receivedAt, "receivedAt must not be null");
    Either<Rejection, JsonNode> parsed = Payloads.parse(payload);
    if (parsed.isLeft()) {
      return Either.left(parsed.getLeft());
    }
    JsonNode root = parsed.get();
    java.util.List<Violation> problems = new ArrayList<>();
    java.util.List<String> notes = new ArrayList<>();
    Option<String> routingKey = Payloads.required(root, "routing_key", "routing_key", problems);
    Option<String> action = Payloads.required(root, "event_action", "event_action", problems);
    Option<String> dedup = Payloads.text(root, "dedup_key", "dedup_key", problems);
    if (action.isDefined() && !List.of("trigger", "acknowledge", "resolve").contains(action.get())) {
      problems.add(Violation.of("event_action", Violation.INVALID, "event_action must be trigger, acknowledge or "
          + "resolve, got '" + io.itsm4j.core.TextPolicy.shown(action.get()) + "'"));
      return Payloads.invalid(List.ofAll(problems));
    }
    boolean trigger = action.contains("trigger");
    if (!trigger && action.isDefined() && dedup.isEmpty()) {
      problems.add(Violation.of("dedup_key", Violation.REQUIRED, "a " + action.get() + " needs the dedup_key of "
          + "the alert it is about"));
    }
    JsonNode body = root.get("payload");
    if (body != null && !body.isNull() && !body.isObject()) {
      problems.add(Violation.of("payload", Violation.INVALID, "payload must be an object"));
      body = null;
    }
    if (trigger && (body == null || body.isNull())) {
      problems.add(Violation.of("payload", Violation.REQUIRED, "a trigger needs a payload"));
    }
    if (!problems.isEmpty()) {
      return Payloads.invalid(List.ofAll(problems));
    }
    if (action.contains("acknowledge")) {
      return Either.right(new PayloadRead(Vector.empty(), List.of("acknowledge of " + dedup.get()
          + ": an acknowledgement changes no alert")));
    }
    JsonNode p = body == null || body.isNull() ? Payloads.JSON.createObjectNode() : body;
    Option<String> summary = trigger ? Payloads.required(p, "summary", "payload.summary", problems)
        : Payloads.text(p, "summary", "payload.summary", problems);
    Option<String> source = trigger ? Payloads.required(p, "source", "payload.source", problems)
        : Payloads.text(p, "source", "payload.source", problems);
    Option<String> severity = trigger ? Payloads.required(p, "severity", "payload.severity", problems)
        : Payloads.text(p, "severity", "payload.severity", problems);
    Option<String> component = Payloads.text(p, "component", "payload.component", problems);
    Option<String> group = Payloads.text(p, "group", "payload.group", problems);
    Option<String> kind = Payloads.text(p, "class", "payload.class", problems);
    Option<Instant> time = Payloads.text(p, "timestamp", "payload.timestamp", problems)
        .flatMap(t -> Payloads.time(t, "payload.timestamp", problems));
    AlertSeverity level = AlertSeverity.INFO;
    if (severity.isDefined()) {
      Option<AlertSeverity> known = severity(severity.get());
      if (known.isEmpty()) {
        problems.add(Violation.of("payload.severity", Violation.INVALID, "payload.severity must be critical, error, "
            + "warning or info, got '" + io.itsm4j.core.TextPolicy.shown(severity.get()) + "'"));
      } else {
        level = known.get();
      }
    }
    Option<ConfigurationItemId> item = Payloads.item(source.getOrElse(UNKNOWN_ITEM), "payload.source", problems);
    if (!problems.isEmpty()) {
      return Payloads.invalid(List.ofAll(problems));
    }
    Map<String, String> labels = Payloads.labels(p.get("custom_details"), notes, "payload.custom_details");
    if (component.isDefined()) {
      labels = labels.put("component", component.get());
    }
    if (group.isDefined()) {
      labels = labels.put("group", group.get());
    }
    if (kind.isDefined()) {
      labels = labels.put("class", kind.get());
    }
    String key = dedup.getOrElse(() -> routingKey.get() + "/" + source.get() + "/" + component.getOrElse("")
        + "/" + kind.getOrElse(""));
    Instant at = time.getOrElse(receivedAt);
    MonitoringEvent event = new MonitoringEvent(key + "/" + action.get() + "/" + at, SOURCE,
        kind.orElse(component).getOrElse("event"), item.get(), level, key,
        trigger ? MonitoringEvent.Status.FIRING : MonitoringEvent.Status.RESOLVED, at, labels,
        Payloads.summary(summary.getOrElse("")));
    Payloads.check(event, "event", problems);
    if (!problems.isEmpty()) {
      return Payloads.invalid(List.ofAll(problems));
    }
    return Either.right(new PayloadRead(Vector.of(event), List.ofAll(notes)));
  }

  private static Option<AlertSeverity> severity(String value) {
    return switch (value) {
      case "critical" -> Option.some(AlertSeverity.CRITICAL);
      case "error" -> Option.some(AlertSeverity.MAJOR);
      case "warning" -> Option.some(AlertSeverity.WARNING);
      case "info" -> Option.some(AlertSeverity.INFO);
      default -> Option.none();
    };
  }
}
