package io.itsm4j.examples.simulation;

import io.itsm4j.core.Rejection;
import io.itsm4j.core.application.CommandResult;
import io.itsm4j.core.application.ServiceDesk;
import io.itsm4j.core.port.NotificationSink;
import io.itsm4j.core.port.TicketStore;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketCommand;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Instant;

/**
 * Watches a simulation run: every command with its outcome, the passing of simulated time, and the end. The text
 * summary ({@link SimulationSummary}), the service level clocks ({@link ServiceLevelObserver}), the audit trail
 * ({@link AuditTrailObserver}) and the management-review report ({@link ManagementReviewReport}) are observers.
 *
 * <p>The hooks are called in this order: {@link #deskSink} once while the simulation builds its service desk,
 * {@link #started} once, then {@link #advancedTo} and {@link #commandSent} as simulated time goes on, {@link
 * #progress} whenever a progress line is printed, {@link #advancedTo} with the end, {@link #finished}, and last
 * {@link #summary}. Observers are called in the order they were given, the text summary first.
 *
 * <p><b>Threading</b>: every hook is called on the simulation's single thread, in simulated-time order, except
 * the sink {@link #deskSink} returns, which the service desk calls on that same thread while it runs a command.
 * <b>Nullness</b>: arguments and results are never {@code null}. <b>Errors</b>: an exception thrown by a hook
 * ends the simulation with that exception.
 */
public interface SimulationObserver {

  /**
   * A command was sent.
   *
   * @param at the simulated time it was sent
   * @param command what was sent
   * @param outcome what the service desk answered
   */
  void commandSent(Instant at, TicketCommand command, Either<Rejection, CommandResult> outcome);

  /**
   * A sink the service desk itself calls after every stored command and every refusal, synchronously, before the
   * command's result is returned: for observers that must see exactly what the desk stored and refused, with the
   * refusal's context (who, which ticket). Called once, while the simulation builds its desk; the default is
   * {@link NotificationSink#none()}.
   *
   * @param tickets the desk's ticket store, for observers that read histories (it lives until {@link #finished}
   *     has returned)
   * @return the sink to add to the desk's notification sinks
   */
  default NotificationSink deskSink(TicketStore tickets) {
    return NotificationSink.none();
  }

  /**
   * The simulated period is about to begin.
   *
   * @param start the first simulated instant
   * @param end the end of the simulated period, exclusive
   */
  default void started(Instant start, Instant end) {}

  /**
   * Simulated time moved on to {@code now}: nothing else will happen before it. Called before the commands sent
   * at {@code now}, and with the end of the period before {@link #finished}; never with an earlier instant than
   * before.
   *
   * @param now the simulated time
   */
  default void advancedTo(Instant now) {}

  /**
   * What this observer adds to a progress line, e.g. {@code "4 SLA breaches so far"}; empty for nothing.
   *
   * @return a short fragment without line breaks
   */
  default String progress() {
    return "";
  }

  /**
   * The simulated period is over.
   *
   * @param end the simulated end time
   * @param tickets every ticket of the simulated tenant as it ended, by id
   * @param desk the service desk, for reading histories (its database is shut down after the last observer)
   */
  default void finished(Instant end, Seq<Ticket> tickets, ServiceDesk desk) {}

  /**
   * What this observer adds to the console summary at the end, one or more lines; empty for nothing.
   *
   * @return the lines, without a trailing line break
   */
  default String summary() {
    return "";
  }
}
