package io.itsm4j.audit.programme;

import io.itsm4j.audit.internal.Require;

/**
 * A finding's identifier within its programme, e.g. {@code F-2026-012}.
 *
 * @param value 1-64 letters, digits or {@code . _ : -}
 */
public record FindingId(String value) implements Comparable<FindingId> {
  /**
   * Validates the identifier.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if it is not an identifier
   */
  public FindingId {
    Require.id(value, "findingId");
  }

  /** Shorthand for the constructor; same errors. */
  public static FindingId of(String value) {
    return new FindingId(value);
  }

  @Override
  public int compareTo(FindingId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
