package io.itsm4j.audit.application;

import io.itsm4j.audit.internal.Require;
import io.itsm4j.audit.ticket.TicketAuditing;
import io.itsm4j.core.port.NotificationSink;
import io.itsm4j.core.port.TicketStore;
import io.itsm4j.core.ticket.CommandRejected;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketDecider;
import io.itsm4j.core.ticket.TicketEvent;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * A {@link NotificationSink} that records every accepted command's events and every refused command in an
 * {@link AuditTrail}. Wire it with {@code ServiceDesk.builder().notificationSink(sink)}; to notify others too,
 * wrap it in a sink that calls both.
 *
 * <p>With a {@link TicketStore} (the desk's own), the sink replays the ticket as it was before the command, so
 * every entry has exact before values; without one, before values are those the events carry themselves (the
 * state and priority moved from).
 *
 * <p>The events of one command become one atomic append. If recording fails, the sink throws an
 * {@link AuditPortException}: the service desk then reports it in
 * {@link io.itsm4j.core.application.CommandResult#notificationFailure()} (for a refused command it logs it). Thread-safe.
 */
public final class AuditingNotificationSink implements NotificationSink {
  private final AuditTrail trail;
  private final Option<TicketStore> history;

  private AuditingNotificationSink(AuditTrail trail, Option<TicketStore> history) {
    this.trail = trail;
    this.history = history;
  }

  /** A sink recording in {@code trail}, with before values from the events alone. */
  public static AuditingNotificationSink of(AuditTrail trail) {
    return new AuditingNotificationSink(Require.notNull(trail, "trail"), Option.none());
  }

  /** A sink recording in {@code trail}, with exact before values replayed from {@code tickets}. */
  public static AuditingNotificationSink withHistory(AuditTrail trail, TicketStore tickets) {
    return new AuditingNotificationSink(Require.notNull(trail, "trail"), Option.some(Require.notNull(tickets, "tickets")));
  }

  /**
   * Records the events of one accepted command.
   *
   * @throws AuditPortException if they could not be recorded (nothing of them was)
   */
  @Override
  public void published(Seq<TicketEvent> events) {
    Require.notNull(events, "events");
    if (events.isEmpty()) {
      return;
    }
    Option<Ticket> before;
    try {
      before = history.flatMap(store -> {
        TicketEvent first = events.head();
        Seq<TicketEvent> earlier = store.load(first.tenant(), first.ticketId()).filter(e -> e.sequence() < first.sequence());
        return TicketDecider.replay(earlier);
      });
    } catch (RuntimeException e) {
      throw new AuditPortException(io.itsm4j.core.Rejection.portFailure("load ticket history", e));
    }
    trail.recordAll(TicketAuditing.accepted(before, events)).getOrElseThrow(AuditPortException::new);
  }

  /**
   * Records a refused command.
   *
   * @throws AuditPortException if it could not be recorded
   */
  @Override
  public void rejected(CommandRejected rejection) {
    Require.notNull(rejection, "rejection");
    trail.record(TicketAuditing.refused(rejection)).getOrElseThrow(AuditPortException::new);
  }
}
