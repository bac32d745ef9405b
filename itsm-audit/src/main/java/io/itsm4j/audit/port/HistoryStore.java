package io.itsm4j.audit.port;

import io.itsm4j.core.TenantId;
import io.vavr.collection.Seq;

/**
 * Where the histories of audit programmes and corrective actions live: an append-only list of events per record,
 * partitioned by tenant. The same shape as core's ticket store, without idempotency keys.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li><b>Threading</b>: called from many threads at once; every method is thread-safe.
 *   <li><b>Optimistic concurrency</b>: {@link #append} stores its events only if the record's history has exactly
 *       {@code expectedVersion} events; of two appends racing at one version exactly one succeeds. No event is lost
 *       or stored twice.
 *   <li><b>Atomicity</b>: an append stores all of its events or none.
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
   * Appends events to a record's history.
   *
   * @param expectedVersion how many events the history must hold now: 0 for a new record
   * @param events at least one event
   * @return true if stored; false (nothing stored) if the history has another length
   * @throws IllegalArgumentException if the events are empty or {@code expectedVersion} is negative
   */
  boolean append(TenantId tenant, String recordId, long expectedVersion, Seq<E> events);

  /** The ids of the tenant's records, in the order they were created. */
  Seq<String> ids(TenantId tenant);
}
