package io.itsm4j.core.catalogue;

import io.itsm4j.core.internal.Checks;

/**
 * A configuration item (CI): a server, an application, a network link.
 *
 * @param value 1-64 letters, digits or {@code . _ : -}
 */
public record ConfigurationItemId(String value) implements Comparable<ConfigurationItemId> {
  /**
   * Validates the identifier.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not such an identifier
   */
  public ConfigurationItemId {
    Checks.id(value, "configurationItem");
  }

  /** Shorthand for {@code new ConfigurationItemId(value)}; same errors. */
  public static ConfigurationItemId of(String value) {
    return new ConfigurationItemId(value);
  }

  @Override
  public int compareTo(ConfigurationItemId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
