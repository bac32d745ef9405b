package io.itsm4j.core.contract;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Classes of hostile strings for a host's and the project's input tests: each class a name and one representative
 * probe. A probe sent into a text slot must be either refused with a typed error naming the slot, or stored, read
 * back equal and audited (docs/text-policy.md). {@link #mixed(int)} generates strings built from all of them.
 */
public final class HostileStrings {
  /** Separators and metacharacters of every text form the project writes or a host is likely to. */
  private static final String SEPARATORS = ",;:=()[]{}<>|\\/\"'`&%#@!?*+^$~";

  private HostileStrings() {}

  /** The classes, by name, in a fixed order; 30 of them. */
  public static Map<String, String> classes() {
    return LinkedHashMap.<String, String>empty()
        .put("unpaired-high-surrogate", "a\uD800b")
        .put("unpaired-low-surrogate", "a\uDC00b")
        .put("trailing-high-surrogate", "abc\uD83D")
        .put("reversed-surrogate-pair", "a\uDE00\uD83Db")
        .put("nul", "a\u0000b")
        .put("c0-escape-ansi", "Mail is down\u001B[2J\u001B[31mred")
        .put("c0-bell-backspace", "a\u0007\u0008b")
        .put("del", "a\u007Fb")
        .put("c1-control", "a\u0085b\u009Bc")
        .put("carriage-return", "line 1\r\nline 2")
        .put("line-feed", "line 1\nFAKE LOG LINE: admin approved")
        .put("tab", "col 1\tcol 2")
        .put("line-separator", "a\u2028b")
        .put("paragraph-separator", "a\u2029b")
        .put("bidi-override", "invoice\u202Efdp.exe")
        .put("bidi-isolate", "a\u2066b\u2069c")
        .put("zero-width", "a\u200B\u200C\u200D\uFEFFb")
        .put("combining-sequence", "e\u0301\u0302\u0303\u0304\u0305")
        .put("emoji-zwj-sequence", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66")
        .put("astral-plane", "\uD835\uDD04\uD835\uDD05 \uD83D\uDE00")
        .put("whitespace-only", " \u00A0\u2003 ")
        .put("empty", "")
        .put("separators", SEPARATORS)
        .put("key-value-lookalike", "1), (b, 2; description=b\nkey=value")
        .put("quotes", "'\"`\u2018\u2019\u201C\u201D")
        .put("backslashes", "\\\\n\\u0000\\")
        .put("sql-metacharacters", "'; DROP TABLE itsm_ticket_event; --")
        .put("html-metacharacters", "<script>alert('x')</script>&amp;")
        .put("replacement-lookalike", "x?\uFFFD")
        .put("one-megabyte", "x".repeat(1 << 20));
  }

  /**
   * Strings of up to {@code maxLength} UTF-16 units made of the hostile classes' characters, plain letters and
   * spaces, so that generated input meets every rule of the policy and its boundaries.
   */
  public static Arbitrary<String> mixed(int maxLength) {
    StringBuilder pool = new StringBuilder("abcXYZ 09");
    classes().values().filter(v -> v.length() < 100).forEach(pool::append);
    char[] chars = pool.toString().toCharArray();
    return Arbitraries.strings().withChars(chars).ofMaxLength(maxLength);
  }
}
