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
 * Reads Prometheus Alertmanager's webhook (payload version 4) into monitoring events: one per alert of the
 * notification.
 *
 * <ul>
 *   <li>dedup key: the alert's {@code fingerprint}; event id: fingerprint, status and time, so Alertmanager's repeat
 *       of the same notification is a duplicate to the correlator;
 *   <li>status: the alert's own {@code status} ({@code firing} or {@code resolved}); time: {@code startsAt} when
 *       firing, {@code endsAt} when resolved;
 *   <li>check: the {@code alertname} label; item: the first of the item labels present ({@code ci},
 *       {@code instance}, {@code job} by default); severity: the {@code severity} label ({@code critical},
 *       {@code error}/{@code major}/{@code high}, {@code minor}, {@code warning}/{@code warn}, {@code info}/
 *       {@code none}/{@code low}; absent or other: warning);
 *   <li>summary: the first line of the {@code summary} annotation, else of {@code description}; labels: the alert's
 *       labels (see {@link PayloadRead#notes()} for any left out).
 * </ul>
 *
 * <p>A payload that is not JSON, not version 4, or whose alerts lack a required member or hold a malformed one is
 * refused with {@code INVALID_INPUT}, every problem named by its path ({@code alerts[2].startsAt}); none of its
 * alerts is read then. Immutable and thread-safe.
 */
public final class AlertmanagerWebhook {
  /** The source of the events it reads. */
  public static final String SOURCE = "alertmanager";
  private static final AlertmanagerWebhook STANDARD = new AlertmanagerWebhook(List.of("ci", "instance", "job"));

  private final List<String> itemLabels;

  private AlertmanagerWebhook(List<String> itemLabels) {
    this.itemLabels = itemLabels;
  }

  /** The reader with the default item labels: {@code ci}, {@code instance}, {@code job}. */
  public static AlertmanagerWebhook standard() {
    return STANDARD;
  }

  /**
   * This reader taking the item from other labels, the first present wins.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if none is given
   */
  public AlertmanagerWebhook withItemLabels(String... labels) {
    Objects.requireNonNull(labels, "labels must not be null");
    if (labels.length == 0) {
      throw new IllegalArgumentException("name at least one item label");
    }
    return new AlertmanagerWebhook(List.of(labels).map(l -> Objects.requireNonNull(l, "label must not be null")));
  }

  /**
   * Reads one webhook body.
   *
   * @param payload the request body, as text
   * @return its events and notes, or the rejection naming every problem
   */
  public Either<Rejection, PayloadRead> read(String payload) {
    Either<Rejection, JsonNode> parsed = Payloads.parse(payload);
    if (parsed.isLeft()) {
      return Either.left(parsed.getLeft());
    }
    JsonNode root = parsed.get();
    java.util.List<Violation> problems = new ArrayList<>();
    java.util.List<String> notes = new ArrayList<>();
    Option<String> version = Payloads.required(root, "version", "version", problems);
    if (version.isDefined() && !version.get().equals("4")) {
      problems.add(Violation.of("version", Violation.INVALID, "only version 4 of the webhook is read, got '"
          + io.itsm4j.core.TextPolicy.shown(version.get()) + "'"));
    }
    JsonNode alerts = root.get("alerts");
    if (alerts == null || !alerts.isArray()) {
      problems.add(Violation.of("alerts", Violation.REQUIRED, "alerts must be an array"));
      return Payloads.invalid(List.ofAll(problems));
    }
    Vector<MonitoringEvent> events = Vector.empty();
    for (int i = 0; i < alerts.size(); i++) {
      String at = "alerts[" + i + "]";
      JsonNode alert = alerts.get(i);
      if (!alert.isObject()) {
        problems.add(Violation.of(at, Violation.INVALID, at + " must be an object"));
        continue;
      }
      Option<MonitoringEvent> event = event(alert, at, problems, notes);
      if (event.isDefined()) {
        events = events.append(event.get());
      }
    }
    if (!problems.isEmpty()) {
      return Payloads.invalid(List.ofAll(problems));
    }
    return Either.right(new PayloadRead(events, List.ofAll(notes)));
  }

  private Option<MonitoringEvent> event(JsonNode alert, String at, java.util.List<Violation> problems,
      java.util.List<String> notes) {
    int before = problems.size();
    Option<String> status = Payloads.required(alert, "status", at + ".status", problems);
    Option<String> fingerprint = Payloads.required(alert, "fingerprint", at + ".fingerprint", problems);
    JsonNode labels = alert.get("labels");
    if (labels == null || !labels.isObject()) {
      problems.add(Violation.of(at + ".labels", Violation.REQUIRED, at + ".labels must be an object"));
      return Option.none();
    }
    Option<String> name = Payloads.required(labels, "alertname", at + ".labels.alertname", problems);
    boolean firing = status.contains("firing");
    if (status.isDefined() && !firing && !status.get().equals("resolved")) {
      problems.add(Violation.of(at + ".status", Violation.INVALID, at + ".status must be firing or resolved"));
    }
    String timeMember = firing ? "startsAt" : "endsAt";
    Option<Instant> when = Payloads.required(alert, timeMember, at + "." + timeMember, problems)
        .flatMap(t -> Payloads.time(t, at + "." + timeMember, problems));
    Option<ConfigurationItemId> item = Option.none();
    for (String label : itemLabels) {
      Option<String> value = Payloads.text(labels, label, at + ".labels." + label, problems);
      if (value.isDefined()) {
        item = Payloads.item(value.get(), at + ".labels." + label, problems);
        break;
      }
    }
    if (item.isEmpty() && problems.size() == before) {
      problems.add(Violation.of(at + ".labels", Violation.REQUIRED, "none of the item labels "
          + itemLabels.mkString(", ") + " is set"));
    }
    if (problems.size() > before) {
      return Option.none();
    }
    JsonNode annotations = alert.get("annotations");
    String summary = "";
    if (annotations != null && annotations.isObject()) {
      JsonNode s = annotations.hasNonNull("summary") ? annotations.get("summary") : annotations.get("description");
      summary = s != null && s.isTextual() ? Payloads.summary(s.textValue()) : "";
    }
    Map<String, String> kept = Payloads.labels(labels, notes, at + ".labels");
    MonitoringEvent event = new MonitoringEvent(fingerprint.get() + "/" + status.get() + "/" + when.get(), SOURCE,
        name.get(), item.get(), severity(labels.get("severity")), fingerprint.get(),
        firing ? MonitoringEvent.Status.FIRING : MonitoringEvent.Status.RESOLVED, when.get(), kept, summary);
    Payloads.check(event, at, problems);
    return problems.size() > before ? Option.none() : Option.some(event);
  }

  static AlertSeverity severity(JsonNode label) {
    String s = label != null && label.isTextual() ? label.textValue().toLowerCase(java.util.Locale.ROOT) : "";
    return switch (s) {
      case "critical", "fatal", "disaster" -> AlertSeverity.CRITICAL;
      case "error", "major", "high" -> AlertSeverity.MAJOR;
      case "minor", "average" -> AlertSeverity.MINOR;
      case "info", "information", "none", "low" -> AlertSeverity.INFO;
      default -> AlertSeverity.WARNING;
    };
  }
}
