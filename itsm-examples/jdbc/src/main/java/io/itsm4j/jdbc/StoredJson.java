package io.itsm4j.jdbc;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.KeyDeserializers;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.Serializers;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;

/**
 * The one Jackson mapping of the stored JSON: how the library's value types appear in the database, written once.
 *
 * <ul>
 *   <li><b>Identifiers</b> (records of one {@code String value}, such as {@code TenantId} or {@code TicketId}) are
 *       plain JSON strings, also as object keys;
 *   <li><b>Vavr</b>: {@code Option} is its value or {@code null}; {@code Seq}, {@code List}, {@code Vector} and the
 *       sets are arrays (read back in order, sorted sets sorted); {@code Map}s are objects, written in their order
 *       but not kept in it by PostgreSQL's {@code jsonb} (which orders an object's keys its own way): Vavr's map
 *       equality does not depend on order, and a form whose map order matters (the audit entry's) uses an array;
 *   <li><b>Time</b>: instants as ISO-8601 strings ({@code 2026-03-02T08:00:00Z});
 *   <li><b>Text</b> is stored as given, except the two code points PostgreSQL's {@code jsonb} cannot keep or this
 *       mapping uses to escape: U+0000 is written as U+FFFF U+0030 and U+FFFF as U+FFFF U+0031, and read back
 *       as they were. Text without them (all text the service desk accepts) is untouched, so SQL sees it as is;
 *   <li>records by their components, enums by name; unknown properties are refused, so a payload that does not
 *       match its schema version is an error, never silently half-read.
 * </ul>
 *
 * <p>Thread-safe. The canonical encoding the audit chain hashes is not this: JSON here may change between Jackson
 * versions, so the chain keeps its own (docs/audit.md).
 */
final class StoredJson {
  private static final char ESCAPE = '\uFFFF';

  private StoredJson() {}

  /** A mapper with the mapping; each caller configures type information on top. */
  static ObjectMapper mapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .addModule(new ValuesModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        // Only record components are the stored form (read from the records' fields); derived methods (isReopen,
        // type, ...) are not properties.
        .visibility(PropertyAccessor.GETTER, JsonAutoDetect.Visibility.NONE)
        .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
        .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
        .build();
  }

  /** Text as stored: U+0000 and U+FFFF escaped with U+FFFF. */
  static String escape(String text) {
    if (text.indexOf('\u0000') < 0 && text.indexOf(ESCAPE) < 0) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length() + 4);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u0000') {
        b.append(ESCAPE).append('0');
      } else if (c == ESCAPE) {
        b.append(ESCAPE).append('1');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /** Stored text back as it was given. */
  static String unescape(String stored) {
    if (stored.indexOf(ESCAPE) < 0) {
      return stored;
    }
    StringBuilder b = new StringBuilder(stored.length());
    for (int i = 0; i < stored.length(); i++) {
      char c = stored.charAt(i);
      if (c == ESCAPE && i + 1 < stored.length() && (stored.charAt(i + 1) == '0' || stored.charAt(i + 1) == '1')) {
        b.append(stored.charAt(++i) == '0' ? '\u0000' : ESCAPE);
      } else if (c == ESCAPE) {
        throw new IllegalArgumentException("a stored text holds U+FFFF not followed by 0 or 1");
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * How to read and build an identifier type: a record whose only component is {@code String value}. Looked up
   * once per class (every encoded event names several identifiers, so no reflection on each value).
   */
  private record Identifier(Constructor<?> constructor, Method accessor) {}

  private static final ClassValue<Option<Identifier>> IDENTIFIERS = new ClassValue<>() {
    @Override
    protected Option<Identifier> computeValue(Class<?> type) {
      if (!type.isRecord()) {
        return Option.none();
      }
      RecordComponent[] c = type.getRecordComponents();
      if (c.length != 1 || !c[0].getName().equals("value") || c[0].getType() != String.class) {
        return Option.none();
      }
      try {
        return Option.some(new Identifier(type.getDeclaredConstructor(String.class), c[0].getAccessor()));
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(type + " has no canonical constructor", e);
      }
    }
  };

  private static boolean isIdentifier(Class<?> type) {
    return IDENTIFIERS.get(type).isDefined();
  }

  /** The identifier of {@code type} for {@code value}, through its canonical constructor (which validates). */
  private static Object identifier(Class<?> type, String value) throws IOException {
    try {
      return IDENTIFIERS.get(type).get().constructor().newInstance(value);
    } catch (InvocationTargetException e) {
      throw new IOException(type.getSimpleName() + " refuses '" + value + "': " + e.getCause().getMessage(),
          e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IOException("cannot build " + type.getSimpleName(), e);
    }
  }

  private static String identifierValue(Object id) {
    try {
      return (String) IDENTIFIERS.get(id.getClass()).get().accessor().invoke(id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + id.getClass().getSimpleName(), e);
    }
  }

  /** A map key as stored. */
  private static String key(Object key) {
    if (key instanceof String s) {
      return escape(s);
    }
    if (key instanceof Enum<?> e) {
      return e.name();
    }
    if (isIdentifier(key.getClass())) {
      return identifierValue(key);
    }
    throw new IllegalArgumentException("no JSON key form for " + key.getClass().getName());
  }

  /** Identifiers, Vavr types and text, as the class documentation says. */
  private static final class ValuesModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    ValuesModule() {
      super("itsm4j-stored-json");
      addSerializer(String.class, new JsonSerializer<>() {
        @Override
        public void serialize(String value, JsonGenerator gen, SerializerProvider provider) throws IOException {
          gen.writeString(escape(value));
        }
      });
      addDeserializer(String.class, new JsonDeserializer<>() {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
          if (p.currentToken() != JsonToken.VALUE_STRING) {
            return (String) ctxt.handleUnexpectedToken(String.class, p);
          }
          return unescape(p.getText());
        }
      });
    }

    @Override
    public void setupModule(SetupContext context) {
      super.setupModule(context);
      context.addSerializers(new ValueSerializers());
      context.addDeserializers(new ValueDeserializers());
      context.addKeyDeserializers(new ValueKeyDeserializers());
    }
  }

  private static final class ValueSerializers extends Serializers.Base {
    @Override
    public JsonSerializer<?> findSerializer(SerializationConfig config, JavaType type, BeanDescription beanDesc) {
      Class<?> raw = type.getRawClass();
      if (isIdentifier(raw)) {
        return new JsonSerializer<>() {
          @Override
          public void serialize(Object value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(identifierValue(value));
          }
        };
      }
      if (Option.class.isAssignableFrom(raw)) {
        return new JsonSerializer<Option<?>>() {
          @Override
          public void serialize(Option<?> value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (value.isEmpty()) {
              gen.writeNull();
            } else {
              provider.defaultSerializeValue(value.get(), gen);
            }
          }
        };
      }
      if (Map.class.isAssignableFrom(raw)) {
        return new JsonSerializer<Map<?, ?>>() {
          @Override
          public void serialize(Map<?, ?> value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartObject();
            for (Tuple2<?, ?> kv : value) {
              gen.writeFieldName(key(kv._1));
              provider.defaultSerializeValue(kv._2, gen);
            }
            gen.writeEndObject();
          }
        };
      }
      if (io.vavr.collection.Traversable.class.isAssignableFrom(raw)) {
        return new JsonSerializer<io.vavr.collection.Traversable<?>>() {
          @Override
          public void serialize(io.vavr.collection.Traversable<?> value, JsonGenerator gen, SerializerProvider p)
              throws IOException {
            gen.writeStartArray();
            for (Object o : value) {
              p.defaultSerializeValue(o, gen);
            }
            gen.writeEndArray();
          }
        };
      }
      return null;
    }
  }

  private static final class ValueDeserializers extends Deserializers.Base {
    @Override
    public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
        BeanDescription beanDesc) {
      Class<?> raw = type.getRawClass();
      if (isIdentifier(raw)) {
        return new JsonDeserializer<>() {
          @Override
          public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
              return ctxt.handleUnexpectedToken(raw, p);
            }
            return identifier(raw, p.getText());
          }
        };
      }
      if (raw == Option.class) {
        JavaType content = type.containedTypeOrUnknown(0);
        return new JsonDeserializer<Option<?>>() {
          @Override
          public Option<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return Option.of(ctxt.readValue(p, content));
          }

          @Override
          public Option<?> getNullValue(DeserializationContext ctxt) {
            return Option.none();
          }
        };
      }
      if (Map.class.isAssignableFrom(raw)) {
        JavaType keyType = type.containedTypeOrUnknown(0);
        JavaType valueType = type.containedTypeOrUnknown(1);
        boolean hashed = raw == HashMap.class;
        return new JsonDeserializer<Map<?, ?>>() {
          @Override
          public Map<?, ?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
              return (Map<?, ?>) ctxt.handleUnexpectedToken(raw, p);
            }
            KeyDeserializer keys = ctxt.findKeyDeserializer(keyType, null);
            ArrayList<Tuple2<Object, Object>> entries = new ArrayList<>();
            for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
              Object k = keys.deserializeKey(name, ctxt);
              p.nextToken();
              entries.add(new Tuple2<>(k, ctxt.readValue(p, valueType)));
            }
            return hashed ? HashMap.ofEntries(entries) : LinkedHashMap.ofEntries(entries);
          }
        };
      }
      if (io.vavr.collection.Traversable.class.isAssignableFrom(raw)) {
        JavaType content = type.containedTypeOrUnknown(0);
        return new JsonDeserializer<Object>() {
          @Override
          @SuppressWarnings({"unchecked", "rawtypes"})
          public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.START_ARRAY) {
              return ctxt.handleUnexpectedToken(raw, p);
            }
            ArrayList<Object> items = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
              items.add(ctxt.readValue(p, content));
            }
            if (SortedSet.class.isAssignableFrom(raw)) {
              return TreeSet.ofAll((Comparator) Comparator.naturalOrder(), (Iterable) items);
            }
            if (raw == HashSet.class) {
              return HashSet.ofAll(items);
            }
            if (Set.class.isAssignableFrom(raw)) {
              return LinkedHashSet.ofAll(items);
            }
            if (raw == List.class) {
              return List.ofAll(items);
            }
            if (Seq.class.isAssignableFrom(raw) || raw == io.vavr.collection.Traversable.class) {
              return Vector.ofAll(items);
            }
            throw JsonMappingException.from(p, "no JSON form for " + raw.getName());
          }
        };
      }
      return null;
    }
  }

  private static final class ValueKeyDeserializers implements KeyDeserializers {
    @Override
    public KeyDeserializer findKeyDeserializer(JavaType type, DeserializationConfig config,
        BeanDescription beanDesc) {
      Class<?> raw = type.getRawClass();
      if (raw == String.class) {
        return new KeyDeserializer() {
          @Override
          public Object deserializeKey(String key, DeserializationContext ctxt) {
            return unescape(key);
          }
        };
      }
      if (isIdentifier(raw)) {
        return new KeyDeserializer() {
          @Override
          public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
            return identifier(raw, key);
          }
        };
      }
      return null;
    }
  }
}
