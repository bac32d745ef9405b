package io.itsm4j.audit.corrective;

import io.itsm4j.audit.internal.Require;

/**
 * A corrective action's identifier, unique within its tenant, e.g. {@code CA-2026-007}.
 *
 * @param value 1-64 letters, digits or {@code . _ : -}
 */
public record CorrectiveActionId(String value) implements Comparable<CorrectiveActionId> {
  /**
   * Validates the identifier.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if it is not an identifier
   */
  public CorrectiveActionId {
    Require.id(value, "correctiveActionId");
  }

  /** Shorthand for the constructor; same errors. */
  public static CorrectiveActionId of(String value) {
    return new CorrectiveActionId(value);
  }

  @Override
  public int compareTo(CorrectiveActionId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
