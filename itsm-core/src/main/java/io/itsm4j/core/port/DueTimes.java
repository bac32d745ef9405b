package io.itsm4j.core.port;

import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.view.DueTime;
import io.vavr.collection.Seq;
import java.time.Instant;

/**
 * Computes the service level due times of a ticket for its view: core keeps them in {@link
 * io.itsm4j.core.view.TicketView#due()} and sorts and filters queues by them, without knowing calendars or goals.
 * itsm-sla's {@code SlaDueTimes} implements it from its SLA definitions; a host without SLAs gives none.
 *
 * <h2>Contract</h2>
 * Pure for a given history and instant: the same history gives the same due times. Thread-safe. No argument is
 * {@code null}; the result never is. An exception thrown here leaves the view without due times (logged), never a
 * command refused.
 */
@FunctionalInterface
public interface DueTimes {

  /**
   * The due times of the ticket whose whole history this is, as of {@code asOf} (the time of its latest event when
   * the desk keeps the view).
   */
  Seq<DueTime> of(Seq<TicketEvent> history, Instant asOf);

  /** No service level clocks: views carry no due times. */
  static DueTimes none() {
    return (history, asOf) -> io.vavr.collection.Vector.empty();
  }
}
