package io.itsm4j.audit.port;

import io.itsm4j.audit.evidence.EvidenceCount;
import io.itsm4j.core.TenantId;
import io.vavr.collection.Seq;
import java.time.Instant;

/**
 * Counts the records a host holds in itsm4j, by {@link io.itsm4j.audit.evidence.EvidenceKind}, for the evidence
 * report. A host with its own stores answers with its own queries (a {@code COUNT} per kind);
 * {@link io.itsm4j.audit.application.StoreEvidenceSource} answers from itsm4j's ports.
 *
 * <h2>Contract</h2>
 * Thread-safe; no argument or result is {@code null}. At most one count per kind; a kind left out counts as none.
 * A storage failure is thrown as an unchecked exception.
 */
@FunctionalInterface
public interface EvidenceSource {

  /** The counts of the tenant's records that happened in [{@code from}, {@code until}). */
  Seq<EvidenceCount> count(TenantId tenant, Instant from, Instant until);
}
