package io.itsm4j.core;

import io.itsm4j.core.internal.Checks;

/**
 * One problem with user input (tier 2 of the error model): which field, what kind of problem, and a message a
 * person can read. Validation returns every violation at once, never just the first.
 *
 * @param field the path of the offending field, e.g. {@code "title"} or {@code "fields.resolution.code"}
 * @param code a stable code a host can switch on, e.g. {@link #REQUIRED}
 * @param message a human-readable explanation
 */
public record Violation(String field, String code, String message) {
  /** A required value is missing or blank. */
  public static final String REQUIRED = "REQUIRED";
  /** A text is longer than allowed. */
  public static final String TOO_LONG = "TOO_LONG";
  /** A value has the wrong form or is not among the allowed ones. */
  public static final String INVALID = "INVALID";
  /** A value names something that does not exist. */
  public static final String UNKNOWN = "UNKNOWN";
  /** A value is given twice where it must be unique. */
  public static final String DUPLICATE = "DUPLICATE";

  /**
   * Checks that no argument is null.
   *
   * @throws NullPointerException if an argument is null
   */
  public Violation {
    Checks.notNull(field, "field");
    Checks.notNull(code, "code");
    Checks.notNull(message, "message");
  }

  /** Shorthand for the constructor. */
  public static Violation of(String field, String code, String message) {
    return new Violation(field, code, message);
  }

  @Override
  public String toString() {
    return field + ": " + message + " [" + code + "]";
  }
}
