package io.itsm4j.core.catalogue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The type of a request form field: what text a value must be. Values travel as text (ticket fields are text),
 * so each type is a syntax.
 */
public enum FieldType {
  /** Any text. */
  TEXT,
  /** A whole number, optionally signed, such as {@code -12}; at most 18 digits. */
  INTEGER,
  /**
   * A decimal number such as {@code 12.50} or {@code -3}, optionally signed: 1-30 digits, optionally a point and
   * 1-30 more digits; no exponent, no grouping.
   */
  DECIMAL,
  /** {@code true} or {@code false}, in lower case. */
  BOOLEAN,
  /** An ISO-8601 calendar date such as {@code 2026-11-23}. */
  DATE;

  private static final Pattern INTEGER_SYNTAX = Pattern.compile("[+-]?[0-9]{1,18}");
  private static final Pattern DECIMAL_SYNTAX = Pattern.compile("[+-]?[0-9]{1,30}(\\.[0-9]{1,30})?");

  /** Whether {@code value} is of this type. Never throws for a non-null value. */
  public boolean accepts(String value) {
    return switch (this) {
      case TEXT -> true;
      case INTEGER -> INTEGER_SYNTAX.matcher(value).matches();
      case DECIMAL -> DECIMAL_SYNTAX.matcher(value).matches() && parsesAsDecimal(value);
      case BOOLEAN -> value.equals("true") || value.equals("false");
      case DATE -> isDate(value);
    };
  }

  /** What a person should type, for messages: "a whole number", "a date (yyyy-mm-dd)". */
  public String describe() {
    return switch (this) {
      case TEXT -> "text";
      case INTEGER -> "a whole number";
      case DECIMAL -> "a decimal number";
      case BOOLEAN -> "true or false";
      case DATE -> "a date (yyyy-mm-dd)";
    };
  }

  private static boolean parsesAsDecimal(String value) {
    try {
      new BigDecimal(value);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean isDate(String value) {
    try {
      LocalDate.parse(value);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
