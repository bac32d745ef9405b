package io.itsm4j.core.ticket;

import io.itsm4j.core.ActorId;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.internal.Checks;
import java.time.Instant;

/**
 * What every ticket event carries: which ticket, which tenant, its place in the ticket's history, when, who,
 * and the command that caused it.
 *
 * @param ticketId the ticket
 * @param tenant the ticket's tenant
 * @param sequence 1 for the event that opened the ticket, then one more for each event; equals the ticket's
 *     version after the event
 * @param occurredAt when the command was accepted
 * @param actor who sent the command
 * @param commandId the command's idempotency key; all events of one command share it
 */
public record EventHeader(TicketId ticketId, TenantId tenant, long sequence, Instant occurredAt, ActorId actor,
    String commandId) {
  /**
   * Validates the arguments.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code sequence} is less than 1 or {@code commandId} is blank
   */
  public EventHeader {
    Checks.notNull(ticketId, "ticketId");
    Checks.notNull(tenant, "tenant");
    Checks.notNull(occurredAt, "occurredAt");
    Checks.notNull(actor, "actor");
    Checks.notNull(commandId, "commandId");
    if (sequence < 1) {
      throw new IllegalArgumentException("sequence must be at least 1, got " + sequence);
    }
    if (commandId.isBlank()) {
      throw new IllegalArgumentException("commandId must not be blank");
    }
  }
}
