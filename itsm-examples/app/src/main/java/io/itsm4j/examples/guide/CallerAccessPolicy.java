package io.itsm4j.examples.guide;

import io.itsm4j.core.ticket.CommandContext;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.port.AccessPolicy;
import io.vavr.control.Option;

/**
 * The port implemented in "Implement a port" of docs/getting-started.md: agents may do anything; anyone else
 * may open a ticket for themselves and comment on, or reopen, tickets they are the caller of.
 *
 * <p>Thread-safe and stateless, as the {@link AccessPolicy} contract asks.
 */
public final class CallerAccessPolicy implements AccessPolicy {
  /** The role of service desk staff. */
  public static final String AGENT = "agent";

  /** The policy. */
  public CallerAccessPolicy() {}

  @Override
  public boolean permits(CommandContext context, TicketCommand command, Option<Ticket> ticket) {
    if (context.actor().hasRole(AGENT)) {
      return true;
    }
    boolean ownTicket = ticket.exists(t -> t.caller().equals(context.actor().id()));
    if (command instanceof TicketCommand.Open open) {
      return open.caller().forAll(c -> c.equals(context.actor().id()));
    }
    if (command instanceof TicketCommand.AddNote note) {
      return ownTicket && note.visibility() == io.itsm4j.core.ticket.NoteVisibility.COMMENT;
    }
    if (command instanceof TicketCommand.ChangeState change) {
      return ownTicket && change.to().equals("in-progress") && ticket.get().resolvedAt().isDefined();
    }
    return false;
  }
}
