package io.itsm4j.examples.simulation;

import io.itsm4j.core.Rejection;
import io.itsm4j.core.desk.CommandResult;
import io.itsm4j.core.desk.ServiceDesk;
import io.itsm4j.core.ticket.Ticket;
import io.vavr.collection.Seq;
import io.itsm4j.core.ticket.TicketCommand;
import io.vavr.control.Either;
import java.time.Instant;

/**
 * Watches a simulation run: every command with its outcome, and the end. The text summary is one observer;
 * service level clocks, the audit trail and the management-review report plug in the same way.
 *
 * <p>Called on the simulation's single thread, in simulated-time order; arguments are never {@code null}.
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
   * The simulated period is over.
   *
   * @param end the simulated end time
   * @param tickets every ticket of the simulated tenant as it ended
   * @param desk the service desk, for reading histories
   */
  default void finished(Instant end, Seq<Ticket> tickets, ServiceDesk desk) {}
}
