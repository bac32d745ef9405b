package io.itsm4j.audit.port;

import io.itsm4j.core.TenantId;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Where the histories of audit programmes and corrective actions live: an append-only list of events per record,
 * partitioned by tenant, with the idempotency keys of the commands that appended them. The same shape as core's
 * ticket store.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li><b>Threading</b>: called from many threads at once; every method is thread-safe.
 *   <li><b>Idempotency</b>: an append records its {@link CommandKey} atomically with its events. The key is checked
 *       before the version: an append whose key is recorded already stores nothing and answers {@link
 *       AppendResult.DuplicateCommand} with what the first append recorded, also when two retries race. Keys are
 *       unique per tenant within one store.
 *   <li><b>Optimistic concurrency</b>: an append with a new key stores its events only if the record's history has
 *       exactly {@code expectedVersion} events, else it answers {@link AppendResult.VersionConflict}; of two appends
 *       racing at one version exactly one succeeds. No event is lost or stored twice.
 *   <li><b>Atomicity</b>: an append stores all of its events and its key, or nothing.
 *   <li><b>Fidelity</b>: events come back equal to what was appended, whatever text they hold.
 *   <li><b>Tenant isolation</b>: nothing stored for one tenant is visible through another tenant's id.
 *   <li><b>Nullness</b>: no argument or result is {@code null}.
 *   <li><b>Errors</b>: a storage failure is thrown as an unchecked exception and leaves nothing half-written; the
 *       services turn it into a {@link io.itsm4j.core.RejectionCode#PORT_FAILURE}.
 * </ul>
 *
 * @param <E> the event type
 */
public interface HistoryStore<E> {

  /** A record's events in order; empty if the tenant has no such record. */
  Seq<E> load(TenantId tenant, String recordId);

  /**
   * Appends events to a record's history, with the key of the command that decided them.
   *
   * @param expectedVersion how many events the history must hold now: 0 for a new record
   * @param command the command's idempotency key and fingerprint
   * @param events at least one event
   * @return what happened; nothing is stored unless {@link AppendResult.Appended}
   * @throws IllegalArgumentException if the events are empty or {@code expectedVersion} is negative
   */
  AppendResult<E> append(TenantId tenant, String recordId, long expectedVersion, CommandKey command, Seq<E> events);

  /** The command recorded under an idempotency key in the tenant, if any. */
  Option<RecordedCommand<E>> findCommand(TenantId tenant, String idempotencyKey);

  /** The ids of the tenant's records, in the order they were created. */
  Seq<String> ids(TenantId tenant);

  /**
   * Who asked for an append: the idempotency key and the canonical fingerprint of the command.
   *
   * @param idempotencyKey the key, 1-128 printable ASCII characters
   * @param fingerprint the command's fingerprint
   */
  record CommandKey(String idempotencyKey, String fingerprint) {
    /** Checks that no argument is null. */
    public CommandKey {
      Objects.requireNonNull(idempotencyKey, "idempotencyKey must not be null");
      Objects.requireNonNull(fingerprint, "fingerprint must not be null");
    }
  }

  /**
   * A command recorded with its events.
   *
   * @param recordId the record it appended to
   * @param fingerprint its fingerprint
   * @param events the events it appended
   */
  record RecordedCommand<E>(String recordId, String fingerprint, Seq<E> events) {
    /** Checks that no argument is null. */
    public RecordedCommand {
      Objects.requireNonNull(recordId, "recordId must not be null");
      Objects.requireNonNull(fingerprint, "fingerprint must not be null");
      Objects.requireNonNull(events, "events must not be null");
    }
  }

  /** What an {@link #append} did. */
  sealed interface AppendResult<E> {
    /**
     * The events and the key are stored.
     *
     * @param version the record's version after them
     */
    record Appended<E>(long version) implements AppendResult<E> {}

    /**
     * Nothing stored: the record is at another version.
     *
     * @param actualVersion the version it is at
     */
    record VersionConflict<E>(long actualVersion) implements AppendResult<E> {}

    /**
     * Nothing stored: the key is recorded already.
     *
     * @param previous what the first append with this key recorded
     */
    record DuplicateCommand<E>(RecordedCommand<E> previous) implements AppendResult<E> {
      /** Checks that no argument is null. */
      public DuplicateCommand {
        Objects.requireNonNull(previous, "previous must not be null");
      }
    }
  }
}
