package io.itsm4j.jdbc;

import io.itsm4j.core.TextPolicy;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.control.Option;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

/**
 * The line-oriented text that the audit codecs ({@link AuditEntryCodec}, {@link ProgrammeEventCodec}, {@link
 * CorrectiveActionEventCodec}) and {@link CatalogueEventCodec} share: a first line {@code <magic><version>[ <type>]},
 * then one {@code key=value} per line, values in {@link EventCodec#escape}'s form; a pair value ({@code
 * key=name=value}) has both parts escaped. One parser checks the first line, the final line break and the shape of
 * every line for all of them, so a fix to strictness or escaping lands once.
 *
 * <p>Two ways to read the lines: a {@link Reader} looks values up by key (unknown keys, repeated single-valued keys,
 * missing keys and bad escapes are errors naming the key); an {@link InOrder} reader takes them in the order they
 * were written, each read expecting its key at the next line, and names the line and the key in its errors. Either
 * way a damaged text is never read as another record.
 *
 * <p>Not API. Stateless and thread-safe (a writer or reader is used by one thread). Errors are {@link
 * IllegalArgumentException}s whose messages start with the name of what is read, e.g. "audit entry text".
 */
final class KeyValueText {
  private KeyValueText() {}

  /** Builds one text. */
  static final class Writer {
    private final StringBuilder out = new StringBuilder(256);

    /** A text whose first line is {@code firstLine}. */
    Writer(String firstLine) {
      out.append(firstLine).append('\n');
    }

    Writer put(String key, String value) {
      out.append(key).append('=').append(EventCodec.escape(value)).append('\n');
      return this;
    }

    Writer put(String key, Option<String> value) {
      value.forEach(v -> put(key, v));
      return this;
    }

    Writer putAll(String key, Iterable<String> values) {
      values.forEach(v -> put(key, v));
      return this;
    }

    Writer pair(String key, String name, String value) {
      out.append(key).append('=').append(EventCodec.escape(name)).append('=').append(EventCodec.escape(value))
          .append('\n');
      return this;
    }

    String text() {
      return out.toString();
    }
  }

  /** The parsed lines of one text: the type on the first line, and the values by key in the order they appeared. */
  static final class Reader {
    private final String what;
    private final String type;
    private final Map<String, List<String>> values = new HashMap<>();

    private Reader(String what, String type) {
      this.what = what;
      this.type = type;
    }

    /**
     * Parses {@code text}, whose first line must be {@code magic + version}, followed by a space and a type when
     * {@code typed}.
     *
     * @param what names the text in errors, e.g. "audit entry"
     * @param keys every key the text may hold
     * @param repeatable the keys that may appear more than once
     */
    static Reader parse(String what, String magic, int version, boolean typed, String text, Set<String> keys,
        Set<String> repeatable) {
      // Checked line by line as the lines are split, so the first fault of a text is the one reported.
      Set<String> seen = new HashSet<>();
      Lines lines = Lines.split(what, magic, version, typed, text, (key, line) -> {
        if (!keys.contains(key)) {
          throw new IllegalArgumentException(what + " text line " + line + " has the unknown key '"
              + abbreviate(key) + "'");
        }
        if (!seen.add(key) && !repeatable.contains(key)) {
          throw new IllegalArgumentException(what + " text has more than one '" + key + "' line");
        }
      });
      Reader r = new Reader(what, lines.type());
      for (int i = 0; i < lines.keys().size(); i++) {
        r.values.computeIfAbsent(lines.keys().get(i), k -> new ArrayList<>()).add(lines.values().get(i));
      }
      return r;
    }

    /**
     * Fails when the text holds a key outside {@code allowed}: a key another type of record has, which a lenient
     * reader would silently drop.
     */
    void allowOnly(Set<String> allowed) {
      for (String key : values.keySet()) {
        if (!allowed.contains(key)) {
          throw new IllegalArgumentException(what + " text of type '" + abbreviate(type) + "' has the key '" + key
              + "', which that type does not have");
        }
      }
    }

    /** The type named on the first line; empty for an untyped text. */
    String type() {
      return type;
    }

    Option<String> opt(String key) {
      List<String> all = values.get(key);
      return all == null ? Option.none() : Option.some(unescape(key, all.get(0)));
    }

    String one(String key) {
      return opt(key).getOrElseThrow(() -> new IllegalArgumentException(what + " text lacks '" + key + "'"));
    }

    List<String> many(String key) {
      List<String> out = new ArrayList<>();
      for (String raw : values.getOrDefault(key, List.of())) {
        out.add(unescape(key, raw));
      }
      return out;
    }

    /** The value of {@code key} parsed; a parser's {@link IllegalArgumentException} names the key. */
    <T> T parse(String key, Function<String, T> parser) {
      return parseValue(key, one(key), parser);
    }

    <T> Option<T> parseOpt(String key, Function<String, T> parser) {
      return opt(key).map(v -> parseValue(key, v, parser));
    }

    <T> List<T> parseMany(String key, Function<String, T> parser) {
      List<T> out = new ArrayList<>();
      for (String v : many(key)) {
        out.add(parseValue(key, v, parser));
      }
      return out;
    }

    /** The {@code name=value} pairs of {@code key}, in order; a name given twice is an error. */
    List<Tuple2<String, String>> pairs(String key) {
      List<Tuple2<String, String>> out = new ArrayList<>();
      java.util.Set<String> names = new java.util.HashSet<>();
      for (String raw : values.getOrDefault(key, List.of())) {
        int eq = raw.indexOf('=');
        if (eq < 0) {
          throw new IllegalArgumentException(what + " text has a '" + key + "' line without name=value");
        }
        String name = unescape(key, raw.substring(0, eq));
        if (!names.add(name)) {
          throw new IllegalArgumentException(what + " text has '" + key + "' " + abbreviate(name) + " twice");
        }
        out.add(Tuple.of(name, unescape(key, raw.substring(eq + 1))));
      }
      return out;
    }

    /** An error about the value of {@code key}. */
    IllegalArgumentException malformed(String key, String value, Throwable cause) {
      return new IllegalArgumentException(what + " text has a malformed '" + key + "': '" + abbreviate(value) + "'",
          cause);
    }

    private <T> T parseValue(String key, String v, Function<String, T> parser) {
      try {
        return parser.apply(v);
      } catch (IllegalArgumentException | DateTimeParseException | NullPointerException e) {
        throw malformed(key, v, e);
      }
    }

    private String unescape(String key, String value) {
      try {
        return EventCodec.unescape(value);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(what + " text has a badly escaped '" + key + "'", e);
      }
    }
  }

  /**
   * A text read in the order it was written: each read expects its key at the next line, so a key out of place,
   * missing, repeated where the format has one, or left over at the end is an error naming the line and the key.
   * For formats whose repeated groups are told apart only by their order (a field's label follows its name).
   */
  static final class InOrder {
    private final String subject;
    private final String type;
    private final List<String> keys;
    private final List<String> values;
    private int next;

    private InOrder(String what, Lines lines, boolean typed) {
      this.subject = typed ? what + " text of type '" + abbreviate(lines.type()) + "'" : what + " text";
      this.type = lines.type();
      this.keys = lines.keys();
      this.values = lines.values();
    }

    /**
     * Parses {@code text}, whose first line must be {@code magic + version}, followed by a space and a type when
     * {@code typed}.
     *
     * @param what names the text in errors, e.g. "catalogue event"
     */
    static InOrder parse(String what, String magic, int version, boolean typed, String text) {
      return new InOrder(what, Lines.split(what, magic, version, typed, text, (key, line) -> { }), typed);
    }

    /** The type named on the first line; empty for an untyped text. */
    String type() {
      return type;
    }

    /** The line number (1-based, counting the first line) of the next unread line. */
    int line() {
      return Lines.number(next);
    }

    /** Whether the next unread line has {@code key}. */
    boolean at(String key) {
      return next < keys.size() && keys.get(next).equals(key);
    }

    /** The unescaped value of the next line, which must have {@code key}. */
    String one(String key) {
      int line = line();
      return unescape(key, line, raw(key));
    }

    /** The value of the next line, which must have {@code key}, parsed; a parser's refusal names key and line. */
    <T> T parse(String key, Function<String, T> parser) {
      int line = line();
      String v = one(key);
      try {
        return parser.apply(v);
      } catch (IllegalArgumentException | DateTimeParseException | NullPointerException e) {
        throw new IllegalArgumentException(subject + " has a malformed '" + key + "' at line " + line + ": '"
            + abbreviate(v) + "'", e);
      }
    }

    /** The next line parsed if it has {@code key}; none, reading nothing, otherwise. */
    <T> Option<T> parseOpt(String key, Function<String, T> parser) {
      return at(key) ? Option.some(parse(key, parser)) : Option.none();
    }

    /** Every line under {@code key} from here on, each parsed. */
    <T> List<T> parseEach(String key, Function<String, T> parser) {
      List<T> out = new ArrayList<>();
      while (at(key)) {
        out.add(parse(key, parser));
      }
      return out;
    }

    /**
     * The {@code name=value} pairs of the lines under {@code key} from here on, in order; a name given twice is an
     * error.
     */
    List<Tuple2<String, String>> pairs(String key) {
      List<Tuple2<String, String>> out = new ArrayList<>();
      Set<String> names = new HashSet<>();
      while (at(key)) {
        int line = line();
        String raw = raw(key);
        int eq = raw.indexOf('=');
        if (eq < 0) {
          throw new IllegalArgumentException(subject + " has a '" + key + "' without name=value at line " + line);
        }
        String name = unescape(key, line, raw.substring(0, eq));
        if (!names.add(name)) {
          throw new IllegalArgumentException(subject + " has '" + key + "' " + abbreviate(name) + " twice, again at"
              + " line " + line);
        }
        out.add(Tuple.of(name, unescape(key, line, raw.substring(eq + 1))));
      }
      return out;
    }

    /**
     * Builds a value read from the lines starting at {@code line}, naming {@code what} it is and the line when its
     * constructor refuses them.
     */
    <T> T build(String what, int line, Supplier<T> builder) {
      try {
        return builder.get();
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new IllegalArgumentException(subject + " has an invalid " + what + " at line " + line + ": "
            + e.getMessage(), e);
      }
    }

    /** Fails unless every line has been read. */
    void end() {
      if (next < keys.size()) {
        throw new IllegalArgumentException(subject + " has an unexpected '" + abbreviate(keys.get(next))
            + "' at line " + line());
      }
    }

    private String raw(String key) {
      if (!at(key)) {
        String found = next < keys.size() ? "'" + abbreviate(keys.get(next)) + "'" : "the end of the text";
        throw new IllegalArgumentException(subject + " lacks '" + key + "' at line " + line() + ", found " + found);
      }
      return values.get(next++);
    }

    private String unescape(String key, int line, String value) {
      try {
        return EventCodec.unescape(value);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(subject + " has a malformed '" + key + "' at line " + line + ": "
            + e.getMessage(), e);
      }
    }
  }

  /** The checked lines of a text: the type on its first line, then the key and raw value of every other line. */
  private record Lines(String type, List<String> keys, List<String> values) {
    /** The line number (1-based, counting the first line) of the key=value line at {@code index}. */
    static int number(int index) {
      return index + 2;
    }

    /** Splits and checks {@code text}, handing each line's key and line number to {@code check} in order. */
    static Lines split(String what, String magic, int version, boolean typed, String text,
        ObjIntConsumer<String> check) {
      String[] lines = text.split("\n", -1);
      String first = lines[0];
      if (!first.startsWith(magic)) {
        throw new IllegalArgumentException("not an itsm4j " + what + ": first line is '" + abbreviate(first) + "'");
      }
      int space = first.indexOf(' ');
      String written = typed && space >= 0 ? first.substring(magic.length(), space) : first.substring(magic.length());
      if (!written.equals(Integer.toString(version))) {
        throw new IllegalArgumentException("unsupported " + what + " text version '" + abbreviate(written)
            + "'; this reader knows version " + version);
      }
      if (typed && space < 0) {
        throw new IllegalArgumentException(what + " text names no type on its first line");
      }
      if (!text.endsWith("\n")) {
        throw new IllegalArgumentException(what + " text is cut off: it does not end with a line break");
      }
      List<String> keys = new ArrayList<>(lines.length);
      List<String> values = new ArrayList<>(lines.length);
      for (int i = 1; i < lines.length - 1; i++) {
        String line = lines[i];
        int eq = line.indexOf('=');
        if (eq < 1) {
          throw new IllegalArgumentException(what + " text line " + (i + 1) + " is not key=value: '"
              + abbreviate(line) + "'");
        }
        String key = line.substring(0, eq);
        check.accept(key, i + 1);
        keys.add(key);
        values.add(line.substring(eq + 1));
      }
      return new Lines(typed ? first.substring(space + 1) : "", keys, values);
    }
  }

  /** {@code first} and every set of {@code more}, as one set. */
  static Set<String> union(Set<String> first, java.util.Collection<Set<String>> more) {
    java.util.Set<String> all = new java.util.HashSet<>(first);
    more.forEach(all::addAll);
    return Set.copyOf(all);
  }

  static String abbreviate(String s) {
    return TextPolicy.shown(s);
  }
}
