package io.itsm4j.core.port;

import io.itsm4j.core.TenantId;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketId;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * Where ticket histories live: an append-only log per ticket, partitioned by tenant.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li><b>Threading</b>: called from many threads at once; every method is thread-safe.
 *   <li><b>Atomicity</b>: {@link #append} stores all of its events and the idempotency key, or nothing.
 *   <li><b>Optimistic concurrency</b>: an append whose expected version is not the ticket's current version
 *       stores nothing and answers {@link AppendResult.VersionConflict}; of two appends racing at the same
 *       version exactly one succeeds. No event is ever lost or stored twice.
 *   <li><b>Idempotency</b>: an idempotency key is unique per tenant; an append reusing one stores nothing and
 *       answers {@link AppendResult.DuplicateCommand} with what the key stored first. This is checked before
 *       the version.
 *   <li><b>Tenant isolation</b>: nothing stored for one tenant is visible through another tenant's id.
 *   <li><b>Nullness</b>: no argument or result is {@code null}.
 *   <li><b>Errors</b>: a failure of the underlying storage is thrown as an unchecked exception and leaves nothing
 *       half-written; the service desk turns it into a {@link io.itsm4j.core.RejectionCode#PORT_FAILURE}.
 * </ul>
 * The contract test kit {@code AbstractTicketStoreContractTest} in the {@code itsm-core} test-jar checks all of
 * this.
 */
public interface TicketStore {

  /**
   * A ticket's history.
   *
   * @return its events in sequence order (sequences 1, 2, 3, ...), or an empty sequence if the tenant has no
   *     such ticket
   */
  Seq<TicketEvent> load(TenantId tenant, TicketId ticketId);

  /**
   * Appends a command's events to a ticket's history.
   *
   * @param tenant the ticket's tenant; every event has it
   * @param ticketId the ticket; every event is for it
   * @param expectedVersion the version the command was decided on: 0 for a new ticket
   * @param command the command's idempotency key and fingerprint
   * @param events at least one event, numbered {@code expectedVersion + 1} onwards
   * @return what happened; on anything but {@link AppendResult.Appended}, nothing was stored
   * @throws IllegalArgumentException if the events are empty, misnumbered, or for another ticket or tenant
   */
  AppendResult append(TenantId tenant, TicketId ticketId, long expectedVersion, CommandKey command,
      Seq<TicketEvent> events);

  /** What was stored under an idempotency key in this tenant, if anything. */
  Option<RecordedCommand> findCommand(TenantId tenant, String idempotencyKey);

  /** The ids of the tenant's tickets, in no particular order. */
  Seq<TicketId> ticketIds(TenantId tenant);

  /**
   * An idempotency key with the fingerprint of the command sent under it.
   *
   * @param idempotencyKey the key
   * @param fingerprint the command's digest
   */
  record CommandKey(String idempotencyKey, String fingerprint) {
    /** Checks that no argument is null. */
    public CommandKey {
      java.util.Objects.requireNonNull(idempotencyKey, "idempotencyKey");
      java.util.Objects.requireNonNull(fingerprint, "fingerprint");
    }
  }
}
