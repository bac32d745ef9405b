package io.itsm4j.audit.memory;

import io.itsm4j.audit.internal.Require;
import io.itsm4j.audit.port.HistoryStore;
import io.itsm4j.core.TenantId;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
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
  public AppendResult<E> append(TenantId tenant, String recordId, long expectedVersion, CommandKey command,
      Seq<E> events) {
    Require.notNull(tenant, "tenant");
    Require.notNull(recordId, "recordId");
    Require.notNull(command, "command");
    Require.notNull(events, "events");
    Require.notNegative(expectedVersion, "expectedVersion");
    if (events.isEmpty()) {
      throw new IllegalArgumentException("events must not be empty");
    }
    events.forEach(e -> Require.notNull(e, "event"));
    Partition<E> p = tenants.computeIfAbsent(tenant, t -> new Partition<>());
    synchronized (p) {
      RecordedCommand<E> earlier = p.commands.get(command.idempotencyKey());
      if (earlier != null) {
        return new AppendResult.DuplicateCommand<>(earlier);
      }
      Vector<E> history = p.histories.getOrDefault(recordId, Vector.empty());
      if (history.size() != expectedVersion) {
        return new AppendResult.VersionConflict<>(history.size());
      }
      if (history.isEmpty()) {
        p.order = p.order.append(recordId);
      }
      Vector<E> after = history.appendAll(events);
      p.histories.put(recordId, after);
      p.commands.put(command.idempotencyKey(), new RecordedCommand<>(recordId, command.fingerprint(),
          events.toVector()));
      return new AppendResult.Appended<>(after.size());
    }
  }

  @Override
  public Option<RecordedCommand<E>> findCommand(TenantId tenant, String idempotencyKey) {
    Require.notNull(tenant, "tenant");
    Require.notNull(idempotencyKey, "idempotencyKey");
    Partition<E> p = tenants.get(tenant);
    return p == null ? Option.none() : Option.of(p.commands.get(idempotencyKey));
  }

  @Override
  public Seq<String> ids(TenantId tenant) {
    Require.notNull(tenant, "tenant");
    Partition<E> p = tenants.get(tenant);
    return p == null ? Vector.empty() : p.order;
  }

  private static final class Partition<E> {
    final ConcurrentHashMap<String, Vector<E>> histories = new ConcurrentHashMap<>();
    final ConcurrentHashMap<String, RecordedCommand<E>> commands = new ConcurrentHashMap<>();
    volatile Vector<String> order = Vector.empty();
  }
}
