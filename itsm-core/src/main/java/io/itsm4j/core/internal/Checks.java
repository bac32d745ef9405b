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
  /**
   * Whether {@code value} matches {@link #ID}: 1-64 characters, letters or digits of ASCII, {@code . _ : -} after the
   * first. Written out because it runs on every field of every command; {@code ChecksProperties} holds it to the
   * pattern.
   */
  public static boolean isId(String value) {
    int n = value.length();
    if (n == 0 || n > 64 || !isAlnum(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      char c = value.charAt(i);
      if (!isAlnum(c) && c != '.' && c != '_' && c != ':' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  public static String id(String value, String name) {
    notNull(value, name);
    if (!isId(value)) {
      throw new IllegalArgumentException(
          name + " must be 1-64 letters, digits or . _ : - (starting with a letter or digit), got '"
              + abbreviate(value) + "'");
    }
    return value;
  }

  /**
   * Fails fast when {@code value} is not a key: 1 to {@code max} printable ASCII characters (U+0020-U+007E), not
   * blank. Keys are ASCII so that every store keeps them byte for byte and a column's width means the same in
   * characters, code points and bytes.
   */
  public static String key(String value, String name, int max) {
    notNull(value, name);
    boolean ok = !value.isBlank() && value.length() <= max;
    for (int i = 0; ok && i < value.length(); i++) {
      char c = value.charAt(i);
      ok = c >= 0x20 && c <= 0x7E;
    }
    if (!ok) {
      throw new IllegalArgumentException(name + " must be 1-" + max
          + " printable ASCII characters (U+0020-U+007E), not blank, got '" + abbreviate(value) + "'");
    }
    return value;
  }

  /**
   * A value as an error message shows it ({@link Text#shown(String)}): at most 200 code points with the whole
   * length when cut, so a 1 MB input never ends up in a log line, and never a line break or escape of its own.
   */
  public static String abbreviate(String value) {
    return Text.shown(value);
  }
}
