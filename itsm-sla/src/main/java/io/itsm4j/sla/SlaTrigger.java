package io.itsm4j.sla;

import io.itsm4j.core.ticket.TicketEvent;
import java.util.Objects;

/**
 * What a condition is tested on: one event of a ticket's history, with the ticket's facts before and after it.
 * For the opening event, {@code before} equals {@code after}.
 *
 * @param event the event
 * @param before the facts before the event
 * @param after the facts after the event
 */
public record SlaTrigger(TicketEvent event, TicketFacts before, TicketFacts after) {
  /** Checks that no argument is null. */
  public SlaTrigger {
    Objects.requireNonNull(event, "event must not be null");
    Objects.requireNonNull(before, "before must not be null");
    Objects.requireNonNull(after, "after must not be null");
  }
}
