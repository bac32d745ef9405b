package io.itsm4j.sla;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The identifier of a service level definition, e.g. {@code "resolution-gold"}.
 *
 * @param value 1-64 letters, digits or {@code . _ : -}
 */
public record SlaId(String value) implements Comparable<SlaId> {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:\\-]{0,63}");

  /**
   * Validates the identifier.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not such an identifier
   */
  public SlaId {
    Objects.requireNonNull(value, "sla id must not be null");
    if (!ID.matcher(value).matches()) {
      throw new IllegalArgumentException("sla id must be 1-64 letters, digits or . _ : -, got '" + value + "'");
    }
  }

  /** Shorthand for the constructor; same errors. */
  public static SlaId of(String value) {
    return new SlaId(value);
  }

  @Override
  public int compareTo(SlaId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
