package io.itsm4j.core.port;

import io.itsm4j.core.ticket.CommandRejected;
import io.itsm4j.core.ticket.TicketEvent;
import io.vavr.collection.Seq;

/**
 * Receives what the service desk did: the events of every accepted command, and every refused command. Audit
 * trails, e-mail, chat and SLA timers hang off this port.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li><b>Threading</b>: called from many threads at once, on the thread that ran the command, after the events
 *       are stored. Keep it quick or hand the work to a queue.
 *   <li><b>Delivery</b>: at most once per accepted command from the in-memory service desk; a host that needs
 *       at-least-once delivery stores an outbox with its events (see the JDBC adapter).
 *   <li><b>Errors</b>: an exception thrown here does not undo the stored events; the service desk reports it in
 *       {@link io.itsm4j.core.desk.CommandResult#notificationFailure()}.
 *   <li><b>Nullness</b>: arguments are never {@code null}.
 * </ul>
 */
@FunctionalInterface
public interface NotificationSink {

  /** The events one accepted command appended, in sequence order; never empty. */
  void published(Seq<TicketEvent> events);

  /** A command was refused. Does nothing unless overridden. */
  default void rejected(CommandRejected rejection) {}

  /** A sink that ignores everything. */
  static NotificationSink none() {
    return events -> {};
  }
}
