package io.itsm4j.core.internal;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Fail-fast argument checks shared by the itsm4j modules. Not API: hosts must not depend on this package.
 * It depends on the JDK only, so every itsm4j package may use it without a package cycle.
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
}
