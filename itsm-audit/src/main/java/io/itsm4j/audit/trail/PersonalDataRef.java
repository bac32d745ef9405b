package io.itsm4j.audit.trail;

import io.itsm4j.audit.internal.Require;

/**
 * A stand-in for a personal value (a name, free text about a person) kept in an erasable
 * {@link io.itsm4j.audit.port.PersonalDataVault}. An audit entry holds the token, and its hash covers the token, so
 * erasing the value from the vault leaves the hash chain intact.
 *
 * <p>A token must not be derived from the value (no hash of it): otherwise anyone holding the chain could confirm a
 * guessed value. Vaults hand out random or sequential tokens.
 *
 * @param token 1-64 letters, digits or {@code . _ : -}
 */
public record PersonalDataRef(String token) implements Comparable<PersonalDataRef> {
  /**
   * Validates the token.
   *
   * @throws NullPointerException if {@code token} is null
   * @throws IllegalArgumentException if it is not an identifier
   */
  public PersonalDataRef {
    Require.id(token, "token");
  }

  /** Shorthand for the constructor; same errors. */
  public static PersonalDataRef of(String token) {
    return new PersonalDataRef(token);
  }

  @Override
  public int compareTo(PersonalDataRef other) {
    return token.compareTo(other.token);
  }

  @Override
  public String toString() {
    return token;
  }
}
