package io.itsm4j.core.change;

import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.internal.Checks;
import io.itsm4j.core.ticket.ChangeWindow;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.TicketKind;
import io.vavr.collection.Set;
import io.vavr.control.Option;

/**
 * A change as the schedule sees it: which change, when, on which configuration items.
 *
 * @param change the change ticket
 * @param window its planned window
 * @param items the configuration items it touches
 */
public record PlannedChange(TicketId change, ChangeWindow window, Set<ConfigurationItemId> items) {
  /**
   * Checks that no argument is null.
   *
   * @throws NullPointerException if an argument is null
   */
  public PlannedChange {
    Checks.notNull(change, "change");
    Checks.notNull(window, "window");
    Checks.notNull(items, "items");
  }

  /** The plan of a change ticket: none if it is not a change or has no well-formed planned window. */
  public static Option<PlannedChange> of(Ticket ticket) {
    Checks.notNull(ticket, "ticket");
    if (ticket.kind() != TicketKind.CHANGE) {
      return Option.none();
    }
    return ticket.plannedWindow().map(w -> new PlannedChange(ticket.id(), w, ticket.subject().configurationItems()));
  }
}
