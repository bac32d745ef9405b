package io.itsm4j.audit.internal;

import io.itsm4j.core.TextPolicy;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Fail-fast checks shared by the audit packages. Not API: hosts must not depend on this package. A few lines are
 * repeated from core's own helper on purpose, because this module uses core's public API only.
 */
public final class Require {
  /** Identifiers: letters, digits and {@code . _ : -}, 1 to 64 characters, starting with a letter or digit. */
  public static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:\\-]{0,63}");
  /** Keys of before/after maps: like identifiers but up to 128 characters (they nest, e.g. {@code fields.x}). */
  public static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:\\-]{0,127}");

  private Require() {}

  /** Fails fast when {@code value} is null, naming the argument. */
  public static <T> T notNull(T value, String name) {
    return Objects.requireNonNull(value, () -> name + " must not be null");
  }

  /** Fails fast when {@code value} is not an identifier ({@link #ID}), naming the argument. */
  public static String id(String value, String name) {
    return matches(value, ID, name, "1-64 letters, digits or . _ : - (starting with a letter or digit)");
  }

  /** Fails fast when {@code value} does not match {@code pattern}, naming the argument and the expected form. */
  public static String matches(String value, Pattern pattern, String name, String form) {
    notNull(value, name);
    if (!pattern.matcher(value).matches()) {
      throw new IllegalArgumentException(name + " must be " + form + ", got '" + abbreviate(value) + "'");
    }
    return value;
  }

  /**
   * Fails fast when {@code value} is blank, longer than {@code max} code points or not an allowed multi-line text
   * of the {@link TextPolicy} (line feeds and tabs, no other control character, no unpaired surrogate).
   */
  public static String text(String value, String name, int max) {
    notNull(value, name);
    if (TextPolicy.isBlank(value) || TextPolicy.length(value) > max || !TextPolicy.allows(value, TextPolicy.Form.MULTI_LINE)) {
      throw new IllegalArgumentException(name + " must be 1-" + max
          + " characters without control characters, got '" + abbreviate(value) + "'");
    }
    return value;
  }

  /**
   * Fails fast when {@code value} holds an unpaired surrogate: UTF-8 cannot encode one, so two different strings
   * would encode alike, and a hash over the encoding could not tell them apart.
   */
  public static String wellFormed(String value, String name) {
    notNull(value, name);
    if (!TextPolicy.isWellFormed(value)) {
      throw new IllegalArgumentException(name + " holds an unpaired surrogate: '" + abbreviate(value) + "'");
    }
    return value;
  }

  /** Fails fast when {@code value} is negative. */
  public static long notNegative(long value, String name) {
    if (value < 0) {
      throw new IllegalArgumentException(name + " must not be negative, got " + value);
    }
    return value;
  }

  /** A value as an error message shows it ({@link io.itsm4j.core.TextPolicy#shown(String)}). */
  public static String abbreviate(String value) {
    return TextPolicy.shown(value);
  }
}
