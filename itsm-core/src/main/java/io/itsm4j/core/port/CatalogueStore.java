package io.itsm4j.core.port;

import io.itsm4j.core.TenantId;
import io.itsm4j.core.catalogue.CatalogueEvent;
import io.itsm4j.core.internal.Checks;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * Where catalogue histories live: one append-only, versioned log of {@link CatalogueEvent}s per tenant.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li><b>Threading</b>: called from many threads at once; every method is thread-safe.
 *   <li><b>Atomicity</b>: {@link #append} stores all of its events and the idempotency key, or nothing.
 *   <li><b>Optimistic concurrency</b>: an append whose expected version is not the tenant's current catalogue
 *       version stores nothing and answers {@link CatalogueAppendResult.VersionConflict}; of two appends racing
 *       at the same version exactly one succeeds. A stale update is a conflict, never a lost update.
 *   <li><b>Idempotency</b>: an idempotency key is unique per tenant; an append reusing one stores nothing and
 *       answers {@link CatalogueAppendResult.DuplicateCommand} with what the key stored first. This is checked
 *       before the version.
 *   <li><b>Tenant isolation</b>: nothing stored for one tenant is visible through another tenant's id.
 *   <li><b>Nullness</b>: no argument or result is {@code null}.
 *   <li><b>Errors</b>: a failure of the underlying storage is thrown as an unchecked exception and leaves nothing
 *       half-written; the catalogue service turns it into a {@link io.itsm4j.core.RejectionCode#PORT_FAILURE}.
 * </ul>
 * The contract test kit {@code io.itsm4j.core.contract.AbstractCatalogueStoreContractTest} in the {@code itsm-core}
 * test-jar checks this; an adapter's test extends it.
 */
public interface CatalogueStore {

  /**
   * The events of a tenant's catalogue after a version, so a reader holding the catalogue at {@code afterVersion}
   * catches up without reading the whole history.
   *
   * @param afterVersion 0 for the whole history
   * @return the events numbered {@code afterVersion + 1} onwards, in version order; empty if there are none
   * @throws IllegalArgumentException if {@code afterVersion} is negative
   */
  Seq<CatalogueEvent> load(TenantId tenant, long afterVersion);

  /** The tenant's current catalogue version: 0 before its first event. */
  long version(TenantId tenant);

  /**
   * Appends a command's events to the tenant's catalogue.
   *
   * @param tenant the catalogue's tenant; every event has it
   * @param expectedVersion the version the command was decided on
   * @param command the command's idempotency key and fingerprint
   * @param events at least one event, numbered {@code expectedVersion + 1} onwards
   * @return what happened; on anything but {@link CatalogueAppendResult.Appended}, nothing was stored
   * @throws IllegalArgumentException if the events are empty, misnumbered, or for another tenant
   */
  CatalogueAppendResult append(TenantId tenant, long expectedVersion, CommandKey command,
      Seq<CatalogueEvent> events);

  /** What was stored under an idempotency key in this tenant's catalogue, if anything. */
  Option<RecordedCatalogueCommand> findCommand(TenantId tenant, String idempotencyKey);

  /**
   * Checks the batch a store is asked to append; for adapters to call first.
   *
   * @throws IllegalArgumentException if the batch is empty, misnumbered or for another tenant
   */
  static void checkBatch(TenantId tenant, long expectedVersion, Seq<CatalogueEvent> events) {
    if (expectedVersion < 0) {
      throw new IllegalArgumentException("expectedVersion must not be negative, got " + expectedVersion);
    }
    if (events.isEmpty()) {
      throw new IllegalArgumentException("events must not be empty");
    }
    long next = expectedVersion + 1;
    for (CatalogueEvent e : events) {
      if (!e.tenant().equals(tenant)) {
        throw new IllegalArgumentException("event " + e.version() + " is for tenant " + e.tenant() + ", not " + tenant);
      }
      if (e.version() != next) {
        throw new IllegalArgumentException("event version " + e.version() + " where " + next + " was expected");
      }
      next++;
    }
  }

  /**
   * An idempotency key with the fingerprint of the command sent under it.
   *
   * @param idempotencyKey the key
   * @param fingerprint the command's digest
   */
  record CommandKey(String idempotencyKey, String fingerprint) {
    /** Checks that no argument is null. */
    public CommandKey {
      Checks.notNull(idempotencyKey, "idempotencyKey");
      Checks.notNull(fingerprint, "fingerprint");
    }
  }
}
