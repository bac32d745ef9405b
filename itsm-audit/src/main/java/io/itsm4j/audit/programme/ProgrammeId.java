package io.itsm4j.audit.programme;

import io.itsm4j.audit.internal.Require;

/**
 * An audit programme's identifier within its tenant, e.g. {@code programme-2026}.
 *
 * @param value 1-64 letters, digits or {@code . _ : -}
 */
public record ProgrammeId(String value) implements Comparable<ProgrammeId> {
  /**
   * Validates the identifier.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if it is not an identifier
   */
  public ProgrammeId {
    Require.id(value, "programmeId");
  }

  /** Shorthand for the constructor; same errors. */
  public static ProgrammeId of(String value) {
    return new ProgrammeId(value);
  }

  @Override
  public int compareTo(ProgrammeId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
