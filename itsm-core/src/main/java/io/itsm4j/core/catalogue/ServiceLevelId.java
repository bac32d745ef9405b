package io.itsm4j.core.catalogue;

import io.itsm4j.core.internal.Checks;

/**
 * A service level definition (SLA, OLA or underpinning contract) that applies to a service or offering. The
 * catalogue only names it; the SLA module resolves the id to the definition.
 *
 * @param value 1-64 letters, digits or {@code . _ : -}
 */
public record ServiceLevelId(String value) implements Comparable<ServiceLevelId> {
  /**
   * Validates the identifier.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not such an identifier
   */
  public ServiceLevelId {
    Checks.id(value, "serviceLevel");
  }

  /** Shorthand for {@code new ServiceLevelId(value)}; same errors. */
  public static ServiceLevelId of(String value) {
    return new ServiceLevelId(value);
  }

  @Override
  public int compareTo(ServiceLevelId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
