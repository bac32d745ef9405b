package io.itsm4j.core;

import io.itsm4j.core.internal.Checks;

/**
 * A group of people as the host's directory names it: an assignment group, a change advisory board.
 *
 * @param value 1-64 letters, digits or {@code . _ : -}
 */
public record GroupId(String value) implements Comparable<GroupId> {
  /**
   * Validates the identifier.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not such an identifier
   */
  public GroupId {
    Checks.id(value, "group");
  }

  /** Shorthand for {@code new GroupId(value)}; same errors. */
  public static GroupId of(String value) {
    return new GroupId(value);
  }

  @Override
  public int compareTo(GroupId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
