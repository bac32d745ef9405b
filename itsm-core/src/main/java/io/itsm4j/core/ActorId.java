package io.itsm4j.core;

import io.itsm4j.core.internal.Checks;

/**
 * Who did something: a person, a group account or a system integration, as the host names it.
 *
 * @param value 1-64 letters, digits or {@code . _ : -}
 */
public record ActorId(String value) implements Comparable<ActorId> {
  /**
   * Validates the identifier.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not such an identifier
   */
  public ActorId {
    Checks.id(value, "actor");
  }

  /** Shorthand for {@code new ActorId(value)}; same errors. */
  public static ActorId of(String value) {
    return new ActorId(value);
  }

  @Override
  public int compareTo(ActorId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
