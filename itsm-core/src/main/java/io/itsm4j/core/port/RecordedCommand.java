package io.itsm4j.core.port;

import io.itsm4j.core.internal.Checks;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketId;
import io.vavr.collection.Seq;

/**
 * What a store remembers of an accepted command, so that a retry under the same idempotency key appends nothing
 * twice and returns the first outcome.
 *
 * @param ticketId the ticket the command changed
 * @param fingerprint a digest of the command, to tell a retry from a different command reusing the key
 * @param events the events the command appended, in sequence order
 */
public record RecordedCommand(TicketId ticketId, String fingerprint, Seq<TicketEvent> events) {
  /**
   * Checks that no argument is null.
   *
   * @throws NullPointerException if an argument is null
   */
  public RecordedCommand {
    Checks.notNull(ticketId, "ticketId");
    Checks.notNull(fingerprint, "fingerprint");
    Checks.notNull(events, "events");
  }
}
