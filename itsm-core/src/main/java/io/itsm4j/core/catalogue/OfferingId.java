package io.itsm4j.core.catalogue;

import io.itsm4j.core.internal.Checks;

/**
 * An offering of a service, such as Gold or Silver support.
 *
 * @param value 1-64 letters, digits or {@code . _ : -}
 */
public record OfferingId(String value) implements Comparable<OfferingId> {
  /**
   * Validates the identifier.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not such an identifier
   */
  public OfferingId {
    Checks.id(value, "offering");
  }

  /** Shorthand for {@code new OfferingId(value)}; same errors. */
  public static OfferingId of(String value) {
    return new OfferingId(value);
  }

  @Override
  public int compareTo(OfferingId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
