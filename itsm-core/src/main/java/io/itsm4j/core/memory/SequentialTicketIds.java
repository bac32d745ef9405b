package io.itsm4j.core.memory;

import io.itsm4j.core.TenantId;
import io.itsm4j.core.port.TicketIdGenerator;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.TicketKind;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Numbers tickets per tenant and kind: {@code INC-000001}, {@code INC-000002}, {@code CHG-000001}, ...
 * Thread-safe, but unique within this JVM only: a host with several nodes uses a database sequence instead.
 */
public final class SequentialTicketIds implements TicketIdGenerator {
  private final ConcurrentHashMap<String, AtomicLong> counters = new ConcurrentHashMap<>();

  /** Counters starting at 1. */
  public SequentialTicketIds() {}

  @Override
  public TicketId next(TenantId tenant, TicketKind kind) {
    long n = counters.computeIfAbsent(tenant.value() + "/" + kind, k -> new AtomicLong()).incrementAndGet();
    return TicketId.of(String.format(java.util.Locale.ROOT, "%s-%06d", kind.prefix(), n));
  }
}
