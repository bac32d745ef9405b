package io.itsm4j.audit.port;

import io.itsm4j.audit.trail.AuditEntry;
import io.itsm4j.audit.trail.Checkpoint;
import io.itsm4j.core.TenantId;
import io.vavr.collection.Seq;

/**
 * Where audit chains live: one append-only chain of {@link AuditEntry entries} per tenant. The store keeps what it
 * is given; the hashes are computed by {@link io.itsm4j.audit.trail.AuditChain} and checked by its
 * {@code verify}, so a store needs no cryptography.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li><b>Threading</b>: called from many threads (and host nodes) at once; every method is thread-safe.
 *   <li><b>Linear chains</b>: {@link #append} is a compare-and-set on the tenant's head. It stores the entries only
 *       if the head is still {@code expectedHead}; of two appends racing from the same head exactly one succeeds,
 *       the other stores nothing and answers {@link AppendOutcome.HeadMoved}. So a chain never forks and never has
 *       a gap. (A relational store does this with a unique key on tenant and sequence.)
 *   <li><b>Atomicity</b>: an append stores all of its entries or none; a failed append leaves the chain as it was.
 *   <li><b>Fidelity</b>: entries come back exactly as stored, in sequence order.
 *   <li><b>Tenant isolation</b>: nothing stored for one tenant is visible through another tenant's id.
 *   <li><b>Nullness</b>: no argument or result is {@code null}.
 *   <li><b>Errors</b>: a failure of the underlying storage is thrown as an unchecked exception;
 *       {@link io.itsm4j.audit.application.AuditTrail} turns it into a
 *       {@link io.itsm4j.core.RejectionCode#PORT_FAILURE} rejection.
 * </ul>
 * The contract test kit {@code AbstractAuditStoreContractTest} in the {@code itsm-audit} test-jar checks all of
 * this.
 */
public interface AuditStore {

  /** The tenant's head: its newest entry as a checkpoint, or {@link Checkpoint#genesis} when it has none. */
  Checkpoint head(TenantId tenant);

  /**
   * Appends sealed entries to the tenant's chain if its head is still {@code expectedHead}.
   *
   * @param tenant the chain's tenant; every entry is of it
   * @param expectedHead the head the entries were sealed against
   * @param entries at least one entry, numbered from {@code expectedHead.sequence() + 1} on, the first linking to
   *     {@code expectedHead.hash()} and each next one to the hash of the one before
   * @return {@link AppendOutcome.Appended} with the new head, or {@link AppendOutcome.HeadMoved} (nothing stored)
   * @throws IllegalArgumentException if the entries are empty, of another tenant, misnumbered or not linked
   */
  AppendOutcome append(TenantId tenant, Checkpoint expectedHead, Seq<AuditEntry> entries);

  /**
   * The entries with sequence numbers {@code from} to {@code to}, both inclusive, in sequence order; fewer when the
   * chain is shorter.
   *
   * @throws IllegalArgumentException if {@code from} is less than 1 or greater than {@code to}
   */
  Seq<AuditEntry> entries(TenantId tenant, long from, long to);

  /** The tenant's entries that match {@code query}, in sequence order. */
  Seq<AuditEntry> query(TenantId tenant, AuditQuery query);

  /** Checks the batch a store is asked to append; for adapters, which must reject what this rejects. */
  static void checkBatch(TenantId tenant, Checkpoint expectedHead, Seq<AuditEntry> entries) {
    java.util.Objects.requireNonNull(tenant, "tenant must not be null");
    java.util.Objects.requireNonNull(expectedHead, "expectedHead must not be null");
    java.util.Objects.requireNonNull(entries, "entries must not be null");
    if (entries.isEmpty()) {
      throw new IllegalArgumentException("entries must not be empty");
    }
    if (!expectedHead.tenant().equals(tenant)) {
      throw new IllegalArgumentException("expectedHead is of tenant " + expectedHead.tenant() + ", not " + tenant);
    }
    long next = expectedHead.sequence() + 1;
    io.itsm4j.audit.trail.ChainHash previous = expectedHead.hash();
    for (AuditEntry e : entries) {
      if (!e.tenant().equals(tenant)) {
        throw new IllegalArgumentException("entry " + e.sequence() + " is of tenant " + e.tenant() + ", not " + tenant);
      }
      if (e.sequence() != next) {
        throw new IllegalArgumentException("entry sequence " + e.sequence() + " where " + next + " was expected");
      }
      if (!e.previousHash().equals(previous)) {
        throw new IllegalArgumentException("entry " + e.sequence() + " does not link to the hash before it");
      }
      previous = e.hash();
      next++;
    }
  }
}
