package io.itsm4j.core.contract;

/**
 * The text policy (docs/text-policy.md) written again the slow, obvious way, code point by code point, as the oracle
 * the properties compare the library against.
 */
public final class TextOracle {
  private TextOracle() {}

  /** Whether the policy allows {@code s} as one line ({@code multiLine} false) or as multi-line text. */
  public static boolean allowed(String s, boolean multiLine) {
    return s.codePoints().allMatch(cp -> allowed(cp, multiLine));
  }

  private static boolean allowed(int cp, boolean multiLine) {
    if (cp >= 0xD800 && cp <= 0xDFFF) {
      return false; // String.codePoints() yields an unpaired surrogate as itself
    }
    if (cp == '\n' || cp == '\t') {
      return multiLine;
    }
    if (cp <= 0x1F || (cp >= 0x7F && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029) {
      return false;
    }
    boolean bidi = (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    return multiLine || !bidi;
  }

  /** Whether a required text of at most {@code max} code points is valid. */
  public static boolean valid(String s, int max, boolean multiLine) {
    return allowed(s, multiLine) && !blank(s) && s.codePointCount(0, s.length()) <= max;
  }

  /** Whether {@code s} shows nothing: only white space, space separators and zero-width characters. */
  public static boolean blank(String s) {
    return s.codePoints().allMatch(cp -> Character.isWhitespace(cp)
        || Character.getType(cp) == Character.SPACE_SEPARATOR || cp == 0x200B || cp == 0x200C || cp == 0x200D
        || cp == 0x2060 || cp == 0xFEFF);
  }
}
