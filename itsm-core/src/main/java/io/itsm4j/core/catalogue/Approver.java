package io.itsm4j.core.catalogue;

import io.itsm4j.core.ActorId;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.internal.Checks;

/** Who must approve a request for a catalogue item before it is fulfilled. */
public sealed interface Approver {

  /**
   * Anyone holding a role, such as {@code "line-manager"}.
   *
   * @param role a role name (an identifier)
   */
  record Role(String role) implements Approver {
    /**
     * Validates the role name.
     *
     * @throws NullPointerException if {@code role} is null
     * @throws IllegalArgumentException if it is not an identifier
     */
    public Role {
      Checks.id(role, "role");
    }
  }

  /**
   * A member of a group, such as the procurement team.
   *
   * @param group the group
   */
  record Group(GroupId group) implements Approver {
    /** Checks that no argument is null. */
    public Group {
      Checks.notNull(group, "group");
    }
  }

  /**
   * One named person.
   *
   * @param person the person
   */
  record Person(ActorId person) implements Approver {
    /** Checks that no argument is null. */
    public Person {
      Checks.notNull(person, "person");
    }
  }

  /** Anyone holding {@code role}; fails fast like {@link Role}. */
  static Approver role(String role) {
    return new Role(role);
  }

  /** A member of {@code group}. */
  static Approver group(GroupId group) {
    return new Group(group);
  }

  /** The named person. */
  static Approver person(ActorId person) {
    return new Person(person);
  }
}
