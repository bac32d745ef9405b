package io.itsm4j.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The stored JSON of one family of events, written once for all of them: {@code "type"} and {@code "v"} (the type's
 * schema version) first, then the event's components; upcasters per type that read older schema versions. The
 * families ({@link TicketEventJson}, {@link CatalogueEventJson}) give the mapper, the base type and the noun used
 * in messages. Immutable and thread-safe.
 *
 * @param <E> the family's base type
 */
final class VersionedJson<E> {
  private final ObjectMapper mapper;
  private final Class<E> base;
  private final Function<E, String> typeOf;
  private final String noun;
  private final Map<String, Seq<UnaryOperator<ObjectNode>>> upcasters;

  VersionedJson(ObjectMapper mapper, Class<E> base, Function<E, String> typeOf, String noun) {
    this(mapper, base, typeOf, noun, LinkedHashMap.empty());
  }

  private VersionedJson(ObjectMapper mapper, Class<E> base, Function<E, String> typeOf, String noun,
      Map<String, Seq<UnaryOperator<ObjectNode>>> upcasters) {
    this.mapper = mapper;
    this.base = base;
    this.typeOf = typeOf;
    this.noun = noun;
    this.upcasters = upcasters;
  }

  int version(String type) {
    Objects.requireNonNull(type, "type");
    return 1 + upcasters.get(type).map(Seq::size).getOrElse(0);
  }

  VersionedJson<E> withUpcaster(String type, int from, UnaryOperator<ObjectNode> upcaster) {
    Objects.requireNonNull(upcaster, "upcaster");
    int current = version(type);
    if (from != current) {
      throw new IllegalArgumentException("the next upcaster of " + type + " reads version " + current + ", not "
          + from);
    }
    return new VersionedJson<>(mapper, base, typeOf, noun,
        upcasters.put(type, upcasters.get(type).getOrElse(Vector.empty()).append(upcaster)));
  }

  String encode(E event) {
    Objects.requireNonNull(event, "event");
    String type = typeOf.apply(event);
    ObjectNode body = mapper.valueToTree(event);
    ObjectNode out = mapper.createObjectNode();
    out.put("type", type);
    out.put("v", version(type));
    body.remove("type");
    out.setAll(body);
    try {
      return mapper.writeValueAsString(out);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a " + noun + " could not be written as JSON", e);
    }
  }

  E decode(String json) {
    Objects.requireNonNull(json, "json");
    JsonNode tree;
    try {
      tree = mapper.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("a stored " + noun + " is not JSON: " + e.getOriginalMessage(), e);
    }
    if (!(tree instanceof ObjectNode node) || !node.path("type").isTextual() || !node.path("v").isInt()) {
      throw new IllegalArgumentException("a stored " + noun + " must be an object with \"type\" and \"v\"");
    }
    String type = node.get("type").asText();
    int stored = node.remove("v").asInt();
    int current = version(type);
    if (stored < 1 || stored > current) {
      throw new IllegalArgumentException("event " + type + " is stored in schema version " + stored
          + "; this form reads versions 1 to " + current);
    }
    for (UnaryOperator<ObjectNode> up : upcasters.get(type).getOrElse(Vector.empty()).drop(stored - 1)) {
      node = up.apply(node);
    }
    try {
      return mapper.treeToValue(node, base);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      throw new IllegalArgumentException("stored event " + type + " does not fit its schema: "
          + (e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()), e);
    }
  }
}
