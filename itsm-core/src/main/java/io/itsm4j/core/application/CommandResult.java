package io.itsm4j.core.application;

import io.itsm4j.core.internal.Checks;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketEvent;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * What an accepted command did.
 *
 * @param ticket the ticket after the command (for a retry: as it is now)
 * @param events the events the command appended
 * @param replayed true when this was a retry under an idempotency key already used for the same command:
 *     nothing new was appended, and {@code events} are the first attempt's
 * @param notificationFailure the exception the notification sink threw, if it did; the events are stored anyway
 */
public record CommandResult(Ticket ticket, Seq<TicketEvent> events, boolean replayed,
    Option<Throwable> notificationFailure) {
  /**
   * Checks that no argument is null.
   *
   * @throws NullPointerException if an argument is null
   */
  public CommandResult {
    Checks.notNull(ticket, "ticket");
    Checks.notNull(events, "events");
    Checks.notNull(notificationFailure, "notificationFailure");
  }
}
