package io.itsm4j.core.memory;

import io.itsm4j.core.TenantId;
import io.itsm4j.core.catalogue.CatalogueEvent;
import io.itsm4j.core.internal.Checks;
import io.itsm4j.core.port.CatalogueAppendResult;
import io.itsm4j.core.port.CatalogueStore;
import io.itsm4j.core.port.RecordedCatalogueCommand;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link CatalogueStore} in memory; fulfils the whole port contract.
 *
 * <p>Reads take no lock: each tenant's history and key table are persistent collections published together
 * through one volatile reference, so a reader sees a whole append or none of it. Appends are serialised per
 * tenant; tenants do not contend.
 */
public final class InMemoryCatalogueStore implements CatalogueStore {
  private final ConcurrentHashMap<TenantId, Partition> tenants = new ConcurrentHashMap<>();

  /** An empty store. */
  public InMemoryCatalogueStore() {}

  @Override
  public Seq<CatalogueEvent> load(TenantId tenant, long afterVersion) {
    Checks.notNull(tenant, "tenant");
    if (afterVersion < 0) {
      throw new IllegalArgumentException("afterVersion must not be negative, got " + afterVersion);
    }
    Partition p = tenants.get(tenant);
    if (p == null) {
      return Vector.empty();
    }
    Vector<CatalogueEvent> history = p.state.history;
    return afterVersion >= history.size() ? Vector.empty() : history.drop((int) afterVersion);
  }

  @Override
  public long version(TenantId tenant) {
    Checks.notNull(tenant, "tenant");
    Partition p = tenants.get(tenant);
    return p == null ? 0 : p.state.history.size();
  }

  @Override
  public CatalogueAppendResult append(TenantId tenant, long expectedVersion, CommandKey command,
      Seq<CatalogueEvent> events) {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(command, "command");
    Checks.notNull(events, "events");
    CatalogueStore.checkBatch(tenant, expectedVersion, events);
    Partition p = tenants.computeIfAbsent(tenant, t -> new Partition());
    synchronized (p) {
      State s = p.state;
      Option<RecordedCatalogueCommand> earlier = s.commands.get(command.idempotencyKey());
      if (earlier.isDefined()) {
        return new CatalogueAppendResult.DuplicateCommand(earlier.get());
      }
      if (s.history.size() != expectedVersion) {
        return new CatalogueAppendResult.VersionConflict(s.history.size());
      }
      p.state = new State(s.history.appendAll(events),
          s.commands.put(command.idempotencyKey(), new RecordedCatalogueCommand(command.fingerprint(), events.toVector())));
      return new CatalogueAppendResult.Appended(expectedVersion + events.size());
    }
  }

  @Override
  public Option<RecordedCatalogueCommand> findCommand(TenantId tenant, String idempotencyKey) {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(idempotencyKey, "idempotencyKey");
    Partition p = tenants.get(tenant);
    return p == null ? Option.none() : p.state.commands.get(idempotencyKey);
  }

  private record State(Vector<CatalogueEvent> history, Map<String, RecordedCatalogueCommand> commands) {}

  private static final class Partition {
    volatile State state = new State(Vector.empty(), HashMap.empty());
  }
}
