package io.itsm4j.core.catalogue;

import io.itsm4j.core.internal.Checks;

/**
 * A customer or consumer of services.
 *
 * @param value 1-64 letters, digits or {@code . _ : -}
 */
public record CustomerId(String value) implements Comparable<CustomerId> {
  /**
   * Validates the identifier.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not such an identifier
   */
  public CustomerId {
    Checks.id(value, "customer");
  }

  /** Shorthand for {@code new CustomerId(value)}; same errors. */
  public static CustomerId of(String value) {
    return new CustomerId(value);
  }

  @Override
  public int compareTo(CustomerId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
