package io.itsm4j.core.internal;

import io.itsm4j.core.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Small validation helpers shared by the modules. Not API: hosts must not depend on this package.
 */
public final class Checks {
  /** Identifiers: letters, digits and {@code . _ : -}, 1 to 64 characters. */
  public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:\\-]{0,63}");

  private Checks() {}

  /** Fails fast (tier 1) when {@code value} is null, naming the argument. */
  public static <T> T notNull(T value, String name) {
    return Objects.requireNonNull(value, () -> name + " must not be null");
  }

  /** Fails fast when {@code value} is not an identifier ({@link #ID}), naming the argument. */
  public static String id(String value, String name) {
    notNull(value, name);
    if (!ID.matcher(value).matches()) {
      throw new IllegalArgumentException(
          name + " must be 1-64 letters, digits or . _ : - (starting with a letter or digit), got '"
              + abbreviate(value) + "'");
    }
    return value;
  }

  /** Shortens a value for an error message, so a 1 MB input never ends up in a log line. */
  public static String abbreviate(String value) {
    return value.length() <= 40 ? value : value.substring(0, 37) + "...";
  }

  /** A violation when {@code value} is blank or longer than {@code max} characters, else none. */
  public static Seq<Violation> text(String field, String value, int max, boolean required) {
    if (required && value.isBlank()) {
      return List.of(Violation.of(field, Violation.REQUIRED, field + " must not be blank"));
    }
    if (value.length() > max) {
      return List.of(
          Violation.of(field, Violation.TOO_LONG, field + " must be at most " + max + " characters, got " + value.length()));
    }
    return List.empty();
  }

  /** Violations for a map of free-form fields: keys must be identifiers, values at most {@code maxValue} long. */
  public static Seq<Violation> fields(String field, Map<String, String> fields, int maxValue) {
    return fields.toList().flatMap(kv -> {
      if (!ID.matcher(kv._1).matches()) {
        return List.of(Violation.of(field + "." + abbreviate(kv._1), Violation.INVALID,
            "field names must be identifiers (letters, digits, . _ : -)"));
      }
      return text(field + "." + kv._1, kv._2, maxValue, false);
    });
  }
}
