package io.itsm4j.core;

import io.itsm4j.core.internal.Checks;
import io.itsm4j.core.internal.Text;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;

/**
 * Checks for user input that return {@link Violation}s instead of throwing, so a caller can collect every
 * problem at once. itsm4j validates its own commands with these; hosts may use them for their forms to report
 * problems the same way. Stateless and thread-safe; no argument may be {@code null}.
 */
public final class Violations {
  private Violations() {}

  /**
   * Checks a multi-line text (a description, a note, a comment, a reason, a field value) against the {@link
   * TextPolicy}: line feeds and tabs allowed, no other control character, no unpaired surrogate.
   *
   * @param field the field name to report
   * @param value the text
   * @param max the longest allowed length, in code points
   * @param required whether a blank text is a violation
   * @return none, or one violation ({@link Violation#REQUIRED}, {@link Violation#TOO_LONG} or {@link
   *     Violation#INVALID})
   */
  public static Seq<Violation> text(String field, String value, int max, boolean required) {
    return check(field, value, max, required, true);
  }

  /**
   * Checks a one-line text (a title, a name, a label) against the {@link TextPolicy}: no line break, control
   * character, bidirectional override or unpaired surrogate.
   *
   * @param field the field name to report
   * @param value the text
   * @param max the longest allowed length, in code points
   * @param required whether a blank text is a violation
   * @return none, or one violation ({@link Violation#REQUIRED}, {@link Violation#TOO_LONG} or {@link
   *     Violation#INVALID})
   */
  public static Seq<Violation> line(String field, String value, int max, boolean required) {
    return check(field, value, max, required, false);
  }

  private static Seq<Violation> check(String field, String value, int max, boolean required, boolean multiLine) {
    Checks.notNull(field, "field");
    Checks.notNull(value, "value");
    String problem = Text.problem(value, multiLine);
    if (problem != null) {
      return List.of(Violation.of(field, Violation.INVALID, field + " " + problem));
    }
    if (required && Text.isBlank(value)) {
      return List.of(Violation.of(field, Violation.REQUIRED, field + " must not be blank"));
    }
    int length = Text.length(value);
    if (length > max) {
      return List.of(Violation.of(field, Violation.TOO_LONG,
          field + " must be at most " + max + " characters, got " + length));
    }
    return List.empty();
  }

  /**
   * Checks a map of named fields: names must be identifiers (letters, digits, {@code . _ : -}, at most 64),
   * values multi-line texts ({@link #text}) of at most {@code maxValue} code points.
   *
   * @param field the name of the map, prefixed to each reported field ({@code field.name})
   * @return every violation found, possibly none
   */
  public static Seq<Violation> fields(String field, Map<String, String> fields, int maxValue) {
    // A loop over the map itself: converting a Vavr map to a list goes through a lazy stream, which dominated the
    // cost of every command with fields.
    if (fields.isEmpty()) {
      // Iterating even an empty Vavr map builds an iterator; most commands carry no fields.
      return List.empty();
    }
    List<Violation> out = List.empty();
    for (io.vavr.Tuple2<String, String> kv : fields) {
      if (!Checks.isId(kv._1)) {
        out = out.prepend(Violation.of(field + "." + Checks.abbreviate(kv._1), Violation.INVALID,
            "field names must be identifiers (letters, digits, . _ : -)"));
      } else if (Text.problem(kv._2, true) != null || Text.length(kv._2) > maxValue) {
        // The reported name is built only for a value that fails: a valid field costs no string.
        out = out.prependAll(text(field + "." + kv._1, kv._2, maxValue, false).reverse());
      }
    }
    return out.reverse();
  }

  /** Whether {@code value} is an identifier: 1-64 letters, digits or {@code . _ : -}, starting with a letter or digit. */
  public static boolean isIdentifier(String value) {
    return Checks.isId(value);
  }
}
