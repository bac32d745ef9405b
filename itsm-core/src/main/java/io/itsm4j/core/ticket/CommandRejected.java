package io.itsm4j.core.ticket;

import io.itsm4j.core.Rejection;
import io.itsm4j.core.internal.Checks;

/**
 * A command that was refused, with everything an audit trail needs: who asked what of which ticket, when, and
 * why it was refused.
 *
 * @param context who, which tenant and ticket, when, under which key
 * @param command what was asked
 * @param rejection why it was refused
 */
public record CommandRejected(CommandContext context, TicketCommand command, Rejection rejection) {
  /**
   * Checks that no argument is null.
   *
   * @throws NullPointerException if an argument is null
   */
  public CommandRejected {
    Checks.notNull(context, "context");
    Checks.notNull(command, "command");
    Checks.notNull(rejection, "rejection");
  }
}
