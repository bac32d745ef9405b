package io.itsm4j.core.catalogue;

import io.itsm4j.core.internal.Checks;

/**
 * A service in the catalogue, business or technical.
 *
 * @param value 1-64 letters, digits or {@code . _ : -}
 */
public record ServiceId(String value) implements Comparable<ServiceId> {
  /**
   * Validates the identifier.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not such an identifier
   */
  public ServiceId {
    Checks.id(value, "service");
  }

  /** Shorthand for {@code new ServiceId(value)}; same errors. */
  public static ServiceId of(String value) {
    return new ServiceId(value);
  }

  @Override
  public int compareTo(ServiceId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
