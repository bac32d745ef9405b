package io.itsm4j.core;

import io.itsm4j.core.internal.Checks;

/**
 * The tenant a record belongs to. Every ticket, catalogue entry and audit entry has exactly one, and nothing
 * is ever visible across tenants.
 *
 * @param value 1-64 letters, digits or {@code . _ : -}
 */
public record TenantId(String value) implements Comparable<TenantId> {
  /**
   * Validates the identifier.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not such an identifier
   */
  public TenantId {
    Checks.id(value, "tenant");
  }

  /** Shorthand for {@code new TenantId(value)}; same errors. */
  public static TenantId of(String value) {
    return new TenantId(value);
  }

  @Override
  public int compareTo(TenantId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
