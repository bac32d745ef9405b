package io.itsm4j.core.catalogue;

import io.itsm4j.core.internal.Checks;

/**
 * A request catalogue item: something a user can order, such as a new laptop.
 *
 * @param value 1-64 letters, digits or {@code . _ : -}
 */
public record CatalogueItemId(String value) implements Comparable<CatalogueItemId> {
  /**
   * Validates the identifier.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not such an identifier
   */
  public CatalogueItemId {
    Checks.id(value, "catalogueItem");
  }

  /** Shorthand for {@code new CatalogueItemId(value)}; same errors. */
  public static CatalogueItemId of(String value) {
    return new CatalogueItemId(value);
  }

  @Override
  public int compareTo(CatalogueItemId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
