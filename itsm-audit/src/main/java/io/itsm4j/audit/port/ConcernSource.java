package io.itsm4j.audit.port;

import io.itsm4j.audit.evidence.Concern;
import io.itsm4j.core.TenantId;
import io.vavr.collection.Seq;
import java.time.Instant;

/**
 * Finds what needs attention in a tenant's records as of an instant, for the evidence report ({@link
 * io.itsm4j.audit.application.OperationalConcerns} looks at continuity plans and service reviews).
 *
 * <h2>Contract</h2>
 * Thread-safe; no argument or result is {@code null}. A storage failure is thrown as an unchecked exception.
 */
@FunctionalInterface
public interface ConcernSource {

  /** What needs attention in the tenant's records at {@code asOf}. */
  Seq<Concern> concerns(TenantId tenant, Instant asOf);
}
