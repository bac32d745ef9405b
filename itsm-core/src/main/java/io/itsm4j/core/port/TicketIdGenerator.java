package io.itsm4j.core.port;

import io.itsm4j.core.TenantId;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.TicketKind;

/**
 * Numbers new tickets. Thread-safe; must never hand out the same id twice within a tenant, across all host
 * nodes (a database sequence does this; the in-memory default does it within one JVM). An exception thrown here
 * is reported as a {@link io.itsm4j.core.RejectionCode#PORT_FAILURE}.
 */
@FunctionalInterface
public interface TicketIdGenerator {

  /** A fresh id for a new ticket of {@code kind} in {@code tenant}; never {@code null}. */
  TicketId next(TenantId tenant, TicketKind kind);
}
