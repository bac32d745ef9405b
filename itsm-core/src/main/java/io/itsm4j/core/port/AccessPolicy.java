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

  /**
   * Why the command may not run, or none if it may: the reason goes into the {@code NOT_AUTHORISED} rejection, so
   * a host (and an auditor) reads which rule refused. The default answers from {@link #permits} with a generic
   * reason; a policy with several rules overrides this to name the one that refused. It must agree with {@link
   * #permits}.
   *
   * @return none to permit, or a one-line reason to refuse
   */
  default Option<String> refusal(CommandContext context, TicketCommand command, Option<Ticket> ticket) {
    return permits(context, command, ticket) ? Option.none() : Option.some("actor " + context.actor().id()
        + " may not " + command.type() + " ticket " + context.ticketId());
  }

  /** A policy that permits everything; the host's own authentication is then the only gate. */
  static AccessPolicy permitAll() {
    return (context, command, ticket) -> true;
  }

  /**
   * A policy that permits actors holding {@code role} and refuses everyone else, saying which role is missing.
   *
   * @throws NullPointerException if {@code role} is null
   */
  static AccessPolicy requireRole(String role) {
    java.util.Objects.requireNonNull(role, "role must not be null");
    return new AccessPolicy() {
      @Override
      public boolean permits(CommandContext context, TicketCommand command, Option<Ticket> ticket) {
        return context.actor().hasRole(role);
      }

      @Override
      public Option<String> refusal(CommandContext context, TicketCommand command, Option<Ticket> ticket) {
        return permits(context, command, ticket) ? Option.none() : Option.some("actor " + context.actor().id()
            + " may not " + command.type() + " ticket " + context.ticketId() + ": the role " + role
            + " is required");
      }
    };
  }
}
