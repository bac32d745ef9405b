package io.itsm4j.audit.memory;

import io.itsm4j.audit.internal.Require;
import io.itsm4j.audit.port.HistoryStore;
import io.itsm4j.core.TenantId;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link HistoryStore} in memory; fulfils the port contract. Readers take no lock (histories are persistent
 * vectors); appends to one tenant are serialised on that tenant. Nothing survives a restart.
 *
 * @param <E> the event type
 */
public final class InMemoryHistoryStore<E> implements HistoryStore<E> {
  private final ConcurrentHashMap<TenantId, Partition<E>> tenants = new ConcurrentHashMap<>();

  /** An empty store. */
  public InMemoryHistoryStore() {}

  @Override
  public Seq<E> load(TenantId tenant, String recordId) {
    Require.notNull(tenant, "tenant");
    Require.notNull(recordId, "recordId");
    Partition<E> p = tenants.get(tenant);
    return p == null ? Vector.empty() : p.histories.getOrDefault(recordId, Vector.empty());
  }

  @Override
  public boolean append(TenantId tenant, String recordId, long expectedVersion, Seq<E> events) {
    Require.notNull(tenant, "tenant");
    Require.notNull(recordId, "recordId");
    Require.notNull(events, "events");
    Require.notNegative(expectedVersion, "expectedVersion");
    if (events.isEmpty()) {
      throw new IllegalArgumentException("events must not be empty");
    }
    Partition<E> p = tenants.computeIfAbsent(tenant, t -> new Partition<>());
    synchronized (p) {
      Vector<E> history = p.histories.getOrDefault(recordId, Vector.empty());
      if (history.size() != expectedVersion) {
        return false;
      }
      if (history.isEmpty()) {
        p.order = p.order.append(recordId);
      }
      p.histories.put(recordId, history.appendAll(events));
      return true;
    }
  }

  @Override
  public Seq<String> ids(TenantId tenant) {
    Require.notNull(tenant, "tenant");
    Partition<E> p = tenants.get(tenant);
    return p == null ? Vector.empty() : p.order;
  }

  private static final class Partition<E> {
    final ConcurrentHashMap<String, Vector<E>> histories = new ConcurrentHashMap<>();
    volatile Vector<String> order = Vector.empty();
  }
}
