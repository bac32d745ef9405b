package io.itsm4j.core.workflow;

import io.itsm4j.core.internal.Checks;
import io.vavr.collection.List;
import io.vavr.collection.Seq;

/**
 * A permitted move between two states of a workflow, with the guards it must pass.
 *
 * @param name an identifier naming the move, e.g. {@code "resolve"} or {@code "reopen"}
 * @param from the state it leaves
 * @param to the state it enters
 * @param trigger what fires it
 * @param guards the conditions, evaluated in the order documented on {@link Guard}
 * @param <T> the type of record the workflow governs
 */
public record Transition<T>(String name, String from, String to, Trigger trigger, Seq<Guard<T>> guards) {
  /**
   * Validates the arguments.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a name is not an identifier
   */
  public Transition {
    Checks.id(name, "name");
    Checks.id(from, "from");
    Checks.id(to, "to");
    Checks.notNull(trigger, "trigger");
    Checks.notNull(guards, "guards");
  }

  /** A manual transition with the given guards. */
  @SafeVarargs
  public static <T> Transition<T> of(String name, String from, String to, Guard<T>... guards) {
    return new Transition<>(name, from, to, Trigger.MANUAL, List.of(guards));
  }
}
