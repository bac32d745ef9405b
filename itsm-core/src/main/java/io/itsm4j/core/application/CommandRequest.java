package io.itsm4j.core.application;

import io.itsm4j.core.Actor;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.internal.Checks;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketId;
import io.vavr.control.Option;

/**
 * A command for the service desk, with who sends it, in which tenant, for which ticket, and under which
 * idempotency key.
 *
 * @param tenant the tenant the command runs in
 * @param actor who sends it
 * @param ticketId the ticket (for an open: the id the new ticket gets)
 * @param idempotencyKey unique per intended change; a retry reuses it. The desk checks its form
 * @param command what is asked
 * @param expectedVersion the ticket version the sender saw, if it wants the command refused
 *     ({@link io.itsm4j.core.RejectionCode#VERSION_CONFLICT}) when anyone changed the ticket since
 */
public record CommandRequest(TenantId tenant, Actor actor, TicketId ticketId, String idempotencyKey,
    TicketCommand command, Option<Long> expectedVersion) {
  /**
   * Checks that no argument is null.
   *
   * @throws NullPointerException if an argument is null
   */
  public CommandRequest {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(actor, "actor");
    Checks.notNull(ticketId, "ticketId");
    Checks.notNull(idempotencyKey, "idempotencyKey");
    Checks.notNull(command, "command");
    Checks.notNull(expectedVersion, "expectedVersion");
  }

  /** A request that runs on whatever version the ticket has. */
  public static CommandRequest of(TenantId tenant, Actor actor, TicketId ticketId, String idempotencyKey,
      TicketCommand command) {
    return new CommandRequest(tenant, actor, ticketId, idempotencyKey, command, Option.none());
  }

  /** This request, refused if the ticket is no longer at {@code version}. */
  public CommandRequest expectingVersion(long version) {
    return new CommandRequest(tenant, actor, ticketId, idempotencyKey, command, Option.some(version));
  }
}
