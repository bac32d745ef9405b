package io.itsm4j.audit.programme;

import io.itsm4j.audit.internal.Require;

/**
 * A service management process the audit programme knows, e.g. {@code incident-management}.
 *
 * @param value 1-64 letters, digits or {@code . _ : -}
 */
public record ProcessId(String value) implements Comparable<ProcessId> {
  /**
   * Validates the identifier.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if it is not an identifier
   */
  public ProcessId {
    Require.id(value, "process");
  }

  /** Shorthand for the constructor; same errors. */
  public static ProcessId of(String value) {
    return new ProcessId(value);
  }

  @Override
  public int compareTo(ProcessId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
