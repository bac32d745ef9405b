package io.itsm4j.core.port;

import io.itsm4j.core.Rejection;
import io.itsm4j.core.ticket.CommandContext;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketCommand;
import io.vavr.control.Option;

/**
 * A business rule the service desk checks on every command after the {@link AccessPolicy} and before the
 * workflow decides: "no incident on a retired service", "no change scheduled in a freeze window". Rules that
 * need other records (the catalogue, a calendar) live here, because the ticket decider sees one ticket only.
 *
 * <h2>Contract</h2>
 * Thread-safe; called from many threads. No argument is {@code null}. Policies run in the order they were
 * registered and the first refusal wins. An exception thrown here is reported as a
 * {@link io.itsm4j.core.RejectionCode#PORT_FAILURE}, and the command is not run.
 */
@FunctionalInterface
public interface CommandPolicy {

  /**
   * Checks a command.
   *
   * @param context who asks, in which tenant, for which ticket, when
   * @param command what is asked
   * @param ticket the ticket as it is; none when it is being opened
   * @return none to let the command through, or why it is refused
   */
  Option<Rejection> check(CommandContext context, TicketCommand command, Option<Ticket> ticket);
}
