package io.itsm4j.core.catalogue;

import io.itsm4j.core.GroupId;
import io.itsm4j.core.internal.Checks;
import io.vavr.control.Option;

/**
 * A task that follows an approved request for a catalogue item, such as "image laptop" for the IT workshop.
 *
 * @param name what is to be done, not blank, at most {@value Service#NAME_MAX} characters (checked by the decider)
 * @param group the group that does it, if fixed
 */
public record FulfilmentTask(String name, Option<GroupId> group) {
  /**
   * Checks that no argument is null.
   *
   * @throws NullPointerException if an argument is null
   */
  public FulfilmentTask {
    Checks.notNull(name, "name");
    Checks.notNull(group, "group");
  }

  /** A task for a group. */
  public static FulfilmentTask of(String name, GroupId group) {
    return new FulfilmentTask(name, Option.some(group));
  }
}
