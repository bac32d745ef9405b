package io.itsm4j.core.ticket;

import io.itsm4j.core.ActorId;
import io.itsm4j.core.internal.Checks;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Set;

/**
 * Who may never approve a change: at least its requester and its implementer, plus anyone the host's policy
 * names. The ticket decider applies it to every approval decision and to every later command, so that nobody
 * whose approval counts ever becomes excluded (see {@link TicketDecider}).
 *
 * <h2>Contract</h2>
 * A pure, thread-safe function of the ticket: no I/O, no clock; called from many threads. Never returns
 * {@code null}. What it returns must depend on the ticket alone, so that a replay decides the same.
 */
@FunctionalInterface
public interface SegregationOfDuties {

  /** The actors who may not approve {@code change} as it is now. */
  Set<ActorId> excluded(Ticket change);

  /**
   * The standard rule: the requester (the caller the change is for, and whoever opened it) and the implementer
   * (the assignee) may not approve.
   */
  static SegregationOfDuties standard() {
    return t -> {
      Set<ActorId> out = LinkedHashSet.of(t.caller(), t.openedBy());
      return t.assignee().map(out::add).getOrElse(out);
    };
  }

  /**
   * Excludes the actor named in a ticket field, e.g. a host field {@code change.owner}; a value that is not an
   * actor id is ignored.
   *
   * @throws IllegalArgumentException if {@code field} is not an identifier
   */
  static SegregationOfDuties actorInField(String field) {
    Checks.id(field, "field");
    return t -> t.field(field).filter(v -> io.itsm4j.core.Violations.isIdentifier(v))
        .map(v -> (Set<ActorId>) LinkedHashSet.of(ActorId.of(v))).getOrElse(LinkedHashSet.empty());
  }

  /** This rule and {@code other}: excludes whom either excludes. */
  default SegregationOfDuties and(SegregationOfDuties other) {
    Checks.notNull(other, "other");
    return t -> excluded(t).addAll(other.excluded(t));
  }
}
