package io.itsm4j.core.internal;

/**
 * The rules of the library's text policy (docs/text-policy.md), JDK only so every package may use them. Not API:
 * hosts use {@code io.itsm4j.core.TextPolicy}, which delegates here.
 *
 * <p>Why these rules: whatever a command may carry must be kept byte for byte by every store (UTF-8 cannot hold an
 * unpaired surrogate; databases replace it), must be recorded by the audit trail (whose hash runs over UTF-8), and
 * must not forge a line of a log or a report (line breaks, ANSI escapes, bidi overrides in a one-line text).
 */
public final class Text {
  /** How many code points of an offending input a message shows at most. */
  public static final int SHOWN_MAX = 200;

  private Text() {}

  /**
   * Why {@code value} is not well-formed one-line ({@code multiLine} false) or multi-line text, or {@code null}
   * if it is. The reason names the first offending character by its position in code points.
   */
  public static String problem(String value, boolean multiLine) {
    int position = 0;
    for (int i = 0; i < value.length(); position++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
          i += 2;
          continue;
        }
        return "has an unpaired surrogate " + hex(c) + " at position " + position;
      }
      if (Character.isLowSurrogate(c)) {
        return "has an unpaired surrogate " + hex(c) + " at position " + position;
      }
      String refused = refusal(c, multiLine);
      if (refused != null) {
        return "has " + refused + " " + hex(c) + " at position " + position;
      }
      i++;
    }
    return null;
  }

  /** Whether {@code value} has no unpaired surrogate: UTF-8 (and so every store and every hash) can hold it. */
  public static boolean wellFormed(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /** What kind of character {@code c} is if the policy refuses it in the form, else {@code null}. */
  private static String refusal(char c, boolean multiLine) {
    if (c < 0x20 || c == 0x7F) {
      if (multiLine && (c == '\n' || c == '\t')) {
        return null;
      }
      return c == '\n' || c == '\r' ? "a line break" : "a control character";
    }
    if (c >= 0x80 && c <= 0x9F) {
      return "a control character";
    }
    if (c == '\u2028' || c == '\u2029') {
      return "a line break";
    }
    if (!multiLine && isBidiControl(c)) {
      return "a bidirectional override";
    }
    return null;
  }

  /** Embeddings, overrides and isolates: they reorder what a reader sees, so a one-line text may not hold them. */
  private static boolean isBidiControl(char c) {
    return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }

  /**
   * Whether {@code value} shows nothing: empty, or only white space (Java's white space and every Unicode space
   * separator, so no-break spaces too) and zero-width characters (U+200B-U+200D, U+2060, U+FEFF).
   */
  public static boolean isBlank(String value) {
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      boolean invisible = Character.isWhitespace(cp) || Character.isSpaceChar(cp)
          || (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF;
      if (!invisible) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /** The length in code points; an unpaired surrogate counts as one. */
  public static int length(String value) {
    return value.codePointCount(0, value.length());
  }

  /**
   * {@code value} cut to at most {@code max} code points, the last of them an ellipsis when cut. Never splits a
   * surrogate pair, so well-formed text stays well-formed.
   *
   * @throws IllegalArgumentException if {@code max} is less than 1
   */
  public static String truncate(String value, int max) {
    if (max < 1) {
      throw new IllegalArgumentException("max must be at least 1, got " + max);
    }
    if (value.length() <= max || length(value) <= max) {
      return value;
    }
    return value.substring(0, value.offsetByCodePoints(0, max - 1)) + "…";
  }

  /**
   * A value as an error message shows it: at most {@link #SHOWN_MAX} code points, every character the one-line
   * policy refuses written as {@code \}{@code u} and four hex digits, and the whole length in code points when
   * cut, e.g. {@code abc… (1048576 characters)}. The result is always well-formed one-line text, so a message can go into a
   * log line or an audit entry as it is.
   */
  public static String shown(String value) {
    return shown(value, SHOWN_MAX);
  }

  /** Like {@link #shown(String)} with at most {@code max} code points of the value. */
  public static String shown(String value, int max) {
    int total = length(value);
    StringBuilder out = new StringBuilder(Math.min(value.length(), max) + 16);
    int taken = 0;
    for (int i = 0; i < value.length() && taken < max; taken++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        out.append(c).append(value.charAt(i + 1));
        i += 2;
        continue;
      }
      if (Character.isSurrogate(c) || refusal(c, false) != null) {
        out.append(escape(c));
      } else {
        out.append(c);
      }
      i++;
    }
    if (taken < total) {
      out.append("… (").append(total).append(" characters)");
    }
    return out.toString();
  }

  private static String escape(char c) {
    return String.format("\\u%04X", (int) c);
  }

  private static String hex(char c) {
    return String.format("U+%04X", (int) c);
  }
}
