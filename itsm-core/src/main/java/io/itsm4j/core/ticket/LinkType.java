package io.itsm4j.core.ticket;

import io.vavr.collection.HashSet;
import io.vavr.collection.Set;

/**
 * How one ticket relates to another. A link is held by its source ticket; each type says which kinds of ticket
 * it may join, and the service desk checks that the target exists in the same tenant.
 */
public enum LinkType {
  /** An incident is (thought to be) caused by a problem. */
  CAUSED_BY_PROBLEM(TicketKind.INCIDENT, TicketKind.PROBLEM),
  /** A problem has this incident among its occurrences. */
  HAS_INCIDENT(TicketKind.PROBLEM, TicketKind.INCIDENT),
  /** A problem is documented as a known error by another problem record (its known-error record). */
  KNOWN_ERROR(TicketKind.PROBLEM, TicketKind.PROBLEM),
  /** A change fixes a problem. */
  FIXES_PROBLEM(TicketKind.CHANGE, TicketKind.PROBLEM),
  /** An incident was caused by a change. */
  CAUSED_BY_CHANGE(TicketKind.INCIDENT, TicketKind.CHANGE),
  /** A change caused this incident; recorded in the change's post-implementation review. */
  CAUSED_INCIDENT(TicketKind.CHANGE, TicketKind.INCIDENT),
  /** A major incident is the parent of this incident. */
  CHILD_OF(TicketKind.INCIDENT, TicketKind.INCIDENT),
  /** This major incident is the parent of that incident. */
  PARENT_OF(TicketKind.INCIDENT, TicketKind.INCIDENT),
  /** Any two tickets that are related in a way the other types do not name. */
  RELATED(TicketKind.values());

  private final Set<TicketKind> sources;
  private final Set<TicketKind> targets;

  LinkType(TicketKind source, TicketKind target) {
    this.sources = HashSet.of(source);
    this.targets = HashSet.of(target);
  }

  LinkType(TicketKind... any) {
    this.sources = HashSet.of(any);
    this.targets = HashSet.of(any);
  }

  /** Whether a ticket of kind {@code source} may hold a link of this type. */
  public boolean allowsSource(TicketKind source) {
    return sources.contains(source);
  }

  /** Whether a link of this type may point at a ticket of kind {@code target}. */
  public boolean allowsTarget(TicketKind target) {
    return targets.contains(target);
  }
}
