package io.itsm4j.core.port;

import io.itsm4j.core.TenantId;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketId;
import io.vavr.control.Option;

/**
 * Current states of tickets kept beside their histories, so that a command on a ticket with a long history costs
 * what one on a new ticket does: the service desk decides on a snapshot without reading or replaying the history,
 * and the store's append, which checks the version and the idempotency key atomically, catches a snapshot that is
 * behind (the desk then reads the history and decides again). A snapshot is never the truth, only a guess the
 * append verifies; losing one costs a replay, never a wrong answer.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li><b>Never ahead or different</b>: {@link #get} answers a state some {@link #offer} gave, for that tenant and
 *       ticket; the desk offers only states it read or stored, so a snapshot is the replay of a prefix of the stored
 *       history.
 *   <li><b>Newest wins</b>: of two offers for one ticket, the state with the higher version is kept, whatever order
 *       they arrive in from many threads.
 *   <li><b>May forget</b>: an implementation may hold only some tickets (a bounded cache) and forget any at any
 *       time.
 *   <li><b>Tenant isolation</b>: a snapshot of one tenant is never answered for another tenant's id.
 *   <li><b>Threading and nullness</b>: thread-safe; no argument or result is {@code null}. Failures are unchecked
 *       exceptions; the desk then takes the full path.
 * </ul>
 * The contract test kit {@code AbstractTicketSnapshotsContractTest} in the {@code itsm-core} test-jar checks this.
 */
public interface TicketSnapshots {

  /** The snapshot held for the ticket, if any. */
  Option<Ticket> get(TenantId tenant, TicketId ticketId);

  /** Offers a state of a ticket; kept unless a state of a higher version is held already. */
  void offer(Ticket ticket);

  /** Holds nothing: every command reads the history (or the store's recent history). */
  static TicketSnapshots none() {
    return new TicketSnapshots() {
      @Override
      public Option<Ticket> get(TenantId tenant, TicketId ticketId) {
        return Option.none();
      }

      @Override
      public void offer(Ticket ticket) {
        java.util.Objects.requireNonNull(ticket, "ticket");
      }
    };
  }
}
