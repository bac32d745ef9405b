package io.itsm4j.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * The stored JSON of a value kept whole (a survey, a continuity plan, a held review...), not as a history of events:
 * {@code {"v":1, ...}} with the record's components in {@link StoredJson}'s mapping, {@code v} being the form's
 * schema version, so a later release can tell rows written now. Thread-safe.
 */
final class WholeValueJson {
  private static final int FORM_VERSION = 1;
  private static final ObjectMapper MAPPER = StoredJson.mapper();

  private WholeValueJson() {}

  static String encode(Object value) {
    Objects.requireNonNull(value, "value");
    String body;
    try {
      // Written once and the form's version put in front, rather than built as a tree and written again: a ticket
      // view is encoded with every command that keeps it, and the tree doubled the cost.
      body = MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a " + value.getClass().getSimpleName() + " could not be written as JSON", e);
    }
    if (body.length() < 2 || body.charAt(0) != '{') {
      throw new IllegalStateException("a " + value.getClass().getSimpleName() + " is not written as a JSON object");
    }
    return "{\"v\":" + FORM_VERSION + (body.equals("{}") ? "}" : "," + body.substring(1));
  }

  /**
   * The value a row holds.
   *
   * @throws IllegalArgumentException if the text is not this form, or does not fit {@code type}
   */
  static <T> T decode(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    try {
      JsonNode tree = MAPPER.readTree(json);
      if (!(tree instanceof ObjectNode node) || !node.path("v").isInt() || node.get("v").asInt() != FORM_VERSION) {
        throw new IllegalArgumentException("it must be an object with \"v\": " + FORM_VERSION);
      }
      node.remove("v");
      return MAPPER.treeToValue(node, type);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e.getOriginalMessage(), e);
    }
  }
}
