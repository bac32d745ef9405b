package io.itsm4j.core.change;

import io.itsm4j.core.internal.Checks;
import io.itsm4j.core.ticket.LinkType;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketFields;
import io.itsm4j.core.ticket.TicketId;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Set;
import io.vavr.control.Option;

/**
 * The post-implementation review of a change, read from its ticket: the outcome recorded when it was closed and
 * the incidents it caused (its {@link LinkType#CAUSED_INCIDENT} links). Change-success metrics read these.
 *
 * @param change the change
 * @param outcome the outcome, once recorded
 * @param causedIncidents incidents the change caused
 */
public record ChangeReview(TicketId change, Option<ChangeOutcome> outcome, Set<TicketId> causedIncidents) {
  /**
   * Checks that no argument is null.
   *
   * @throws NullPointerException if an argument is null
   */
  public ChangeReview {
    Checks.notNull(change, "change");
    Checks.notNull(outcome, "outcome");
    Checks.notNull(causedIncidents, "causedIncidents");
  }

  /** The review of a change ticket as it is now. */
  public static ChangeReview of(Ticket change) {
    Checks.notNull(change, "change");
    return new ChangeReview(change.id(),
        change.field(TicketFields.CHANGE_OUTCOME).flatMap(ChangeOutcome::fromValue),
        LinkedHashSet.ofAll(change.links().filter(l -> l.type() == LinkType.CAUSED_INCIDENT).map(l -> l.target())));
  }

  /** Whether the change succeeded without causing any incident. */
  public boolean isCleanSuccess() {
    return outcome.exists(ChangeOutcome::isSuccess) && causedIncidents.isEmpty();
  }
}
