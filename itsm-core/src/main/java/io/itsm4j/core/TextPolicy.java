package io.itsm4j.core;

import io.itsm4j.core.internal.Checks;
import io.itsm4j.core.internal.Text;
import io.vavr.control.Option;

/**
 * The one text policy of itsm4j (docs/text-policy.md): what a text slot of a command may hold, so that whatever a
 * service accepts is kept byte for byte by every store and recorded by the audit trail, and no accepted text can
 * forge a log line or a report line.
 *
 * <ul>
 *   <li>Every text is well-formed Unicode: no unpaired UTF-16 surrogate (UTF-8 cannot encode one).
 *   <li>No C0 or C1 control character (U+0000-U+001F, U+007F-U+009F), no U+2028 or U+2029; a {@link
 *       Form#MULTI_LINE} text may hold line feed (U+000A) and tab (U+0009), and nothing else of these.
 *   <li>A {@link Form#LINE} text holds no bidirectional embedding, override or isolate (U+202A-U+202E,
 *       U+2066-U+2069), which would make a reader see it in another order than it is stored.
 *   <li>Lengths are counted in code points ({@link #length(String)}); a required text must not be blank ({@link
 *       #isBlank(String)}: white space and zero-width characters only).
 *   <li>Identifiers ({@link Violations#isIdentifier(String)}) are ASCII: letters, digits and {@code . _ : -}.
 * </ul>
 *
 * <p>The services check every text slot of a command with these rules and refuse a command that breaks them with
 * {@link RejectionCode#INVALID_INPUT}, a {@link Violation} naming the slot. Hosts may use the same checks for their
 * forms ({@link Violations#line}, {@link Violations#text}).
 *
 * <p>Stateless and thread-safe; no argument may be {@code null} ({@link NullPointerException} naming it).
 */
public final class TextPolicy {
  /** How many code points of an offending input an error message shows at most ({@value}). */
  public static final int SHOWN_MAX = Text.SHOWN_MAX;

  private TextPolicy() {}

  /** The two forms of free text. */
  public enum Form {
    /** A title, a name, a label, a key: one line of text. */
    LINE,
    /** A description, a note, a comment, a reason, a field value: lines separated by line feeds, tabs allowed. */
    MULTI_LINE
  }

  /**
   * Why {@code value} breaks the policy for {@code form}, naming the first offending character and its position
   * in code points, e.g. {@code "has a line break U+000A at position 12"}.
   *
   * @return none if the text is allowed
   */
  public static Option<String> problem(String value, Form form) {
    Checks.notNull(value, "value");
    Checks.notNull(form, "form");
    return Option.of(Text.problem(value, form == Form.MULTI_LINE));
  }

  /** Whether {@code value} is allowed in {@code form}. */
  public static boolean allows(String value, Form form) {
    return problem(value, form).isEmpty();
  }

  /** Whether {@code value} has no unpaired surrogate, so UTF-8, every store and every hash can hold it exactly. */
  public static boolean isWellFormed(String value) {
    return Text.wellFormed(Checks.notNull(value, "value"));
  }

  /**
   * Whether a text shows nothing, so a required slot refuses it: empty, or only white space (including no-break and
   * other Unicode spaces) and zero-width characters (U+200B-U+200D, U+2060, U+FEFF).
   */
  public static boolean isBlank(String value) {
    return Text.isBlank(Checks.notNull(value, "value"));
  }

  /** The length in code points (what the limits count); an unpaired surrogate counts as one. */
  public static int length(String value) {
    return Text.length(Checks.notNull(value, "value"));
  }

  /**
   * {@code value} cut to at most {@code max} code points, ending in an ellipsis ({@code …}) when cut. Never splits
   * a surrogate pair: an allowed text stays allowed.
   *
   * @throws IllegalArgumentException if {@code max} is less than 1
   */
  public static String truncate(String value, int max) {
    return Text.truncate(Checks.notNull(value, "value"), max);
  }

  /**
   * A value as an error message shows it: at most {@value #SHOWN_MAX} code points, every character a one-line
   * text may not hold written as {@code \}{@code u} and four hex digits, and the whole length when cut, e.g.
   * {@code "abc… (1048576 characters)"}. The result is always an allowed one-line text.
   */
  public static String shown(String value) {
    return Text.shown(Checks.notNull(value, "value"));
  }
}
