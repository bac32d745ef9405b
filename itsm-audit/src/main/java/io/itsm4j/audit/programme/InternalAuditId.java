package io.itsm4j.audit.programme;

import io.itsm4j.audit.internal.Require;

/**
 * An internal audit's identifier within its programme, e.g. {@code IA-2026-03}.
 *
 * @param value 1-64 letters, digits or {@code . _ : -}
 */
public record InternalAuditId(String value) implements Comparable<InternalAuditId> {
  /**
   * Validates the identifier.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if it is not an identifier
   */
  public InternalAuditId {
    Require.id(value, "auditId");
  }

  /** Shorthand for the constructor; same errors. */
  public static InternalAuditId of(String value) {
    return new InternalAuditId(value);
  }

  @Override
  public int compareTo(InternalAuditId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
