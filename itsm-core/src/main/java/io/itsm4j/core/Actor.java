package io.itsm4j.core;

import io.itsm4j.core.internal.Checks;
import io.vavr.collection.HashSet;
import io.vavr.collection.Set;

/**
 * An authenticated actor as the host vouches for it: its id and the roles it holds. Workflow guards
 * ("only a change manager may authorise") and {@link io.itsm4j.core.port.AccessPolicy} read the roles.
 *
 * @param id who acts
 * @param roles the roles the host has granted, possibly empty; role names are identifiers
 */
public record Actor(ActorId id, Set<String> roles) {
  /**
   * Validates the arguments.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a role is not an identifier
   */
  public Actor {
    Checks.notNull(id, "id");
    Checks.notNull(roles, "roles");
    roles.forEach(r -> Checks.id(r, "role"));
  }

  /** An actor with the given roles; fails fast like the constructor. */
  public static Actor of(String id, String... roles) {
    return new Actor(ActorId.of(id), HashSet.of(roles));
  }

  /** Whether this actor holds {@code role}. */
  public boolean hasRole(String role) {
    return roles.contains(role);
  }
}
