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
 *       {@link io.itsm4j.core.application.CommandResult#notificationFailure()}.
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

  /**
   * A sink that hands everything to each of {@code sinks} in order, e.g. an audit trail and a mail sender. A sink
   * that throws does not keep the later ones from hearing of the events: every sink is called, then the first
   * exception is rethrown with the later ones attached as suppressed.
   *
   * @throws NullPointerException if {@code sinks} or one of them is null
   */
  static NotificationSink fanOut(NotificationSink... sinks) {
    java.util.List<NotificationSink> all = java.util.List.of(sinks);
    return new NotificationSink() {
      @Override
      public void published(Seq<TicketEvent> events) {
        each(sink -> sink.published(events));
      }

      @Override
      public void rejected(CommandRejected rejection) {
        each(sink -> sink.rejected(rejection));
      }

      private void each(java.util.function.Consumer<NotificationSink> call) {
        RuntimeException first = null;
        for (NotificationSink sink : all) {
          try {
            call.accept(sink);
          } catch (RuntimeException e) {
            if (first == null) {
              first = e;
            } else {
              first.addSuppressed(e);
            }
          }
        }
        if (first != null) {
          throw first;
        }
      }
    };
  }
}
