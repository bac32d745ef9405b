package io.itsm4j.monitoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.Violation;
import io.itsm4j.core.Violations;
import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.monitoring.MonitoringEvent;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Iterator;

/** What the payload readers share: parsing, the typed errors, and the rules for labels. Not API. */
final class Payloads {
  static final ObjectMapper JSON = new ObjectMapper();
  // RFC 3339 and ISO 8601 with an offset: "2015-07-17T08:42:58.315+0000" (PagerDuty's own example) as well as
  // "...Z" and "...+00:00".
  private static final DateTimeFormatter OFFSET_TIME = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
      .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
      .toFormatter();
  private static final int LABEL_NAME_MAX = 64;

  private Payloads() {}

  static Either<Rejection, JsonNode> parse(String payload) {
    if (payload == null) {
      return invalid(List.of(Violation.of("payload", Violation.REQUIRED, "the payload is missing")));
    }
    try {
      JsonNode root = JSON.readTree(payload);
      if (root == null || !root.isObject()) {
        return invalid(List.of(Violation.of("payload", Violation.INVALID, "the payload is not a JSON object")));
      }
      return Either.right(root);
    } catch (JsonProcessingException e) {
      // Not every parse error knows where it is (a bad surrogate is found while decoding text, for one).
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr();
      return invalid(List.of(Violation.of("payload", Violation.INVALID, "the payload is not JSON: "
          + io.itsm4j.core.TextPolicy.shown(String.valueOf(e.getOriginalMessage())) + where)));
    }
  }

  static <T> Either<Rejection, T> invalid(Seq<Violation> violations) {
    return Either.left(Rejection.invalid(RejectionCode.INVALID_INPUT, violations));
  }

  /** A text member, or none if absent or JSON null; a violation if present but not a string. */
  static Option<String> text(JsonNode node, String name, String path, java.util.List<Violation> out) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      return Option.none();
    }
    if (!v.isTextual()) {
      out.add(Violation.of(path, Violation.INVALID, path + " must be a string"));
      return Option.none();
    }
    return Option.some(v.textValue());
  }

  static Option<String> required(JsonNode node, String name, String path, java.util.List<Violation> out) {
    Option<String> v = text(node, name, path, out);
    if (v.isEmpty() && (node.get(name) == null || node.get(name).isNull())) {
      out.add(Violation.of(path, Violation.REQUIRED, path + " is required"));
    }
    return v;
  }

  static Option<Instant> time(String value, String path, java.util.List<Violation> out) {
    try {
      OffsetDateTime t = OffsetDateTime.parse(value, OFFSET_TIME);
      return Option.some(t.toInstant());
    } catch (DateTimeParseException e) {
      out.add(Violation.of(path, Violation.INVALID, path + " must be a time with an offset (RFC 3339), got '"
          + io.itsm4j.core.TextPolicy.shown(value) + "'"));
      return Option.none();
    }
  }

  static Option<ConfigurationItemId> item(String value, String path, java.util.List<Violation> out) {
    try {
      return Option.some(ConfigurationItemId.of(value));
    } catch (IllegalArgumentException e) {
      out.add(Violation.of(path, Violation.INVALID, path + " does not name a configuration item: "
          + e.getMessage()));
      return Option.none();
    }
  }

  /**
   * An object's members as labels: names made identifiers (characters other than letters, digits and
   * {@code . _ : -} become {@code _}, a leading one is prefixed with {@code x}, at most 64), values as text
   * (scalars as they print, objects and arrays as compact JSON). Members whose value is too long or not allowed
   * text are left out and listed in {@code dropped}.
   */
  static Map<String, String> labels(JsonNode object, java.util.List<String> dropped, String path) {
    Map<String, String> out = LinkedHashMap.empty();
    if (object == null || !object.isObject()) {
      return out;
    }
    for (Iterator<java.util.Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
      java.util.Map.Entry<String, JsonNode> e = it.next();
      String name = labelName(e.getKey());
      String value = e.getValue().isTextual() ? e.getValue().textValue() : e.getValue().toString();
      if (out.size() >= MonitoringEvent.LABELS_MAX
          || !Violations.text("v", value, MonitoringEvent.TEXT_MAX, false).isEmpty()) {
        dropped.add(path + "." + io.itsm4j.core.TextPolicy.shown(e.getKey()));
        continue;
      }
      out = out.put(name, value);
    }
    return out;
  }

  static String labelName(String raw) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < raw.length() && b.length() < LABEL_NAME_MAX; i++) {
      char c = raw.charAt(i);
      boolean ok = c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == ':' || c == '-');
      b.append(ok ? c : '_');
    }
    if (b.length() == 0 || !Character.isLetterOrDigit(b.charAt(0))) {
      b.insert(0, 'x');
      if (b.length() > LABEL_NAME_MAX) {
        b.setLength(LABEL_NAME_MAX);
      }
    }
    return b.toString();
  }

  /** A summary's first line, cut to the event's limit. */
  static String summary(String text) {
    int nl = text.indexOf('\n');
    String line = (nl < 0 ? text : text.substring(0, nl)).strip();
    return line.codePointCount(0, line.length()) <= MonitoringEvent.TEXT_MAX ? line
        : line.substring(0, line.offsetByCodePoints(0, MonitoringEvent.TEXT_MAX));
  }

  /** The event's own violations, each placed under the payload path it came from. */
  static void check(MonitoringEvent event, String path, java.util.List<Violation> out) {
    for (Violation v : event.violations()) {
      out.add(Violation.of(path + "(" + v.field() + ")", v.code(), v.message()));
    }
  }
}
