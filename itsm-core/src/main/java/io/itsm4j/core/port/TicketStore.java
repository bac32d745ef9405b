package io.itsm4j.core.port;

import io.itsm4j.core.TenantId;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.view.TicketView;
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

  /**
   * Whether this store can keep ticket views of {@code views} in the same transaction as the events they come from,
   * through {@link #append(TenantId, TicketId, long, CommandKey, Seq, TicketView)}. The service desk asks once, when
   * it is built; when the answer is true, a host reads its own writes in the view store the moment a command returns,
   * and a view is never stale after a crash between the two writes. The default answers false (the desk then puts
   * each view in {@code views} right after the append); {@code JdbcTicketStore} answers true for a {@code
   * JdbcTicketViewStore} on the same data source.
   *
   * @param views the view store the desk keeps views in
   * @return true only if the six-argument append writes into {@code views}
   */
  default boolean keepsViewsOf(TicketViewStore views) {
    return false;
  }

  /**
   * Appends a command's events as {@link #append(TenantId, TicketId, long, CommandKey, Seq)} does and, atomically
   * with them, keeps {@code view} (the ticket's view after the events) in the view store this store {@linkplain
   * #keepsViewsOf keeps views of}, under that store's rule: the newest version wins. On anything but {@link
   * AppendResult.Appended} neither the events nor the view were stored; a view that cannot be written fails the
   * whole append (the caller sees the storage failure, nothing is half-written).
   *
   * @param view the view after the events: its tenant, id and version are the append's
   * @return what happened
   * @throws IllegalArgumentException as the five-argument append, or if the view is not the one after the events
   * @throws UnsupportedOperationException if this store keeps no views (the default)
   */
  default AppendResult append(TenantId tenant, TicketId ticketId, long expectedVersion, CommandKey command,
      Seq<TicketEvent> events, TicketView view) {
    throw new UnsupportedOperationException(getClass().getName() + " keeps no views with its events");
  }

  /**
   * Checks that {@code view} is the view an append's events leave: of the same tenant and ticket, at the version
   * the events reach. For implementations of the six-argument {@link #append}.
   *
   * @throws IllegalArgumentException if it is not
   */
  static void checkView(TenantId tenant, TicketId ticketId, long expectedVersion, Seq<TicketEvent> events,
      TicketView view) {
    if (!view.tenant().equals(tenant) || !view.id().equals(ticketId)
        || view.version() != expectedVersion + events.size()) {
      throw new IllegalArgumentException("the view of " + view.tenant() + "/" + view.id() + " at version "
          + view.version() + " is not the one " + events.size() + " events leave on " + tenant + "/" + ticketId
          + " at version " + expectedVersion);
    }
  }

  /** What was stored under an idempotency key in this tenant, if anything. */
  Option<RecordedCommand> findCommand(TenantId tenant, String idempotencyKey);

  /**
   * What a command needs to know before it is decided, in one call: whether its idempotency key was recorded in
   * the tenant and, if it was not, the history of the ticket it addresses. The service desk calls this once per
   * command; a store on a remote database overrides it to answer both in one round trip.
   *
   * <p>The default asks {@link #findCommand} and then, only if the key is new, {@link #load}: an implementation
   * must answer exactly that (as of some moment during the call), which the contract test kit checks.
   *
   * @param tenant the tenant
   * @param idempotencyKey the command's key
   * @param ticketId the ticket the command addresses
   * @return the recorded command with an empty history, or no command with the ticket's history
   */
  default CommandLookup lookUp(TenantId tenant, String idempotencyKey, TicketId ticketId) {
    Option<RecordedCommand> recorded = findCommand(tenant, idempotencyKey);
    return recorded.isDefined() ? new CommandLookup(recorded, io.vavr.collection.Vector.empty())
        : new CommandLookup(recorded, load(tenant, ticketId));
  }

  /**
   * What {@link #lookUp} found.
   *
   * @param recorded the command stored under the key, if any
   * @param history the addressed ticket's events if no command was recorded under the key; empty otherwise
   */
  record CommandLookup(Option<RecordedCommand> recorded, Seq<TicketEvent> history) {
    /** Checks that no argument is null, and that a recorded command comes without a history. */
    public CommandLookup {
      java.util.Objects.requireNonNull(recorded, "recorded");
      java.util.Objects.requireNonNull(history, "history");
      if (recorded.isDefined() && !history.isEmpty()) {
        throw new IllegalArgumentException("a recorded command comes without a history");
      }
    }
  }

  /**
   * A history of the ticket this store holds in memory, if any: what it last read or appended. It may be behind the
   * stored history (another process appended since) but is always a prefix of it. The service desk decides a command
   * on it without a round trip and lets {@link #append}'s version and key checks catch a stale one, reading
   * afresh then; a store on a remote database offers it to save a round trip per command. The default holds none;
   * the contract test kit checks the prefix rule.
   *
   * @return the history held, or none (never an empty history)
   */
  default Option<Seq<TicketEvent>> recentHistory(TenantId tenant, TicketId ticketId) {
    return Option.none();
  }

  /**
   * The histories of several tickets of a tenant in one call, for a rebuild or a report over many tickets: a store
   * on a remote database overrides it to read them in a round trip instead of one per ticket. Each history is what
   * {@link #load} answers for the ticket (as of some moment during the call).
   *
   * @param ticketIds the tickets, in any order; an id named twice is read once
   * @return each ticket's events in sequence order, keyed by id in the order of {@code ticketIds}; a ticket with no
   *     events in the tenant is left out
   */
  default io.vavr.collection.Map<TicketId, Seq<TicketEvent>> loadAll(TenantId tenant, Seq<TicketId> ticketIds) {
    io.vavr.collection.Map<TicketId, Seq<TicketEvent>> out = io.vavr.collection.LinkedHashMap.empty();
    for (TicketId id : ticketIds.distinct()) {
      Seq<TicketEvent> history = load(tenant, id);
      if (!history.isEmpty()) {
        out = out.put(id, history);
      }
    }
    return out;
  }

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
