package io.itsm4j.core.port;

import io.itsm4j.core.ticket.CommandContext;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketCommand;
import io.vavr.control.Option;

/**
 * Decides whether an actor may run a command on a ticket. Checked by the service desk before the command is
 * decided; a refusal is a {@link io.itsm4j.core.RejectionCode#NOT_AUTHORISED} rejection. Workflow guards
 * (roles on transitions) apply after it, on top.
 *
 * <h2>Contract</h2>
 * Thread-safe and quick; called for every command. No argument is {@code null}. An exception thrown here is
 * reported as a {@link io.itsm4j.core.RejectionCode#PORT_FAILURE}, and the command is not run.
 */
@FunctionalInterface
public interface AccessPolicy {

  /**
   * Whether the command may run.
   *
   * @param context who asks, in which tenant, for which ticket
   * @param command what is asked
   * @param ticket the ticket as it is; none when it is being opened (or does not exist)
   */
  boolean permits(CommandContext context, TicketCommand command, Option<Ticket> ticket);

  /** A policy that permits everything; the host's own authentication is then the only gate. */
  static AccessPolicy permitAll() {
    return (context, command, ticket) -> true;
  }

  /** A policy that permits actors holding {@code role} and refuses everyone else. */
  static AccessPolicy requireRole(String role) {
    return (context, command, ticket) -> context.actor().hasRole(role);
  }
}
