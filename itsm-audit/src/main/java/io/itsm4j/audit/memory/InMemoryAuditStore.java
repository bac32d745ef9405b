package io.itsm4j.audit.memory;

import io.itsm4j.audit.internal.Require;
import io.itsm4j.audit.port.AppendOutcome;
import io.itsm4j.audit.port.AuditQuery;
import io.itsm4j.audit.port.AuditStore;
import io.itsm4j.audit.trail.AuditEntry;
import io.itsm4j.audit.trail.Checkpoint;
import io.itsm4j.core.TenantId;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An {@link AuditStore} in memory; fulfils the whole port contract.
 *
 * <p>Each tenant's chain is a persistent vector published through a volatile field: readers take no lock and see
 * a whole append or none of it. Appends to one tenant are serialised on that tenant, and the head comparison and
 * the write are one step under that lock; tenants do not contend. Nothing survives a restart.
 */
public final class InMemoryAuditStore implements AuditStore {
  private final ConcurrentHashMap<TenantId, Chain> chains = new ConcurrentHashMap<>();

  /** An empty store. */
  public InMemoryAuditStore() {}

  @Override
  public Checkpoint head(TenantId tenant) {
    Require.notNull(tenant, "tenant");
    Chain c = chains.get(tenant);
    return c == null ? Checkpoint.genesis(tenant) : c.head(tenant);
  }

  @Override
  public AppendOutcome append(TenantId tenant, Checkpoint expectedHead, Seq<AuditEntry> entries) {
    AuditStore.checkBatch(tenant, expectedHead, entries);
    Chain c = chains.computeIfAbsent(tenant, t -> new Chain());
    synchronized (c) {
      Checkpoint actual = c.head(tenant);
      if (!actual.equals(expectedHead)) {
        return new AppendOutcome.HeadMoved(actual);
      }
      // One entry is the usual batch; Vector.appendAll would walk it through a generic conversion first.
      c.entries = entries.size() == 1 ? c.entries.append(entries.head()) : c.entries.appendAll(entries);
      return new AppendOutcome.Appended(c.entries.last().checkpoint());
    }
  }

  @Override
  public Seq<AuditEntry> entries(TenantId tenant, long from, long to) {
    Require.notNull(tenant, "tenant");
    if (from < 1 || from > to) {
      throw new IllegalArgumentException("range must satisfy 1 <= from <= to, got " + from + ".." + to);
    }
    Chain c = chains.get(tenant);
    if (c == null) {
      return Vector.empty();
    }
    Vector<AuditEntry> all = c.entries;
    if (from > all.size()) {
      return Vector.empty();
    }
    return all.subSequence((int) (from - 1), (int) Math.min(to, all.size()));
  }

  @Override
  public Seq<AuditEntry> query(TenantId tenant, AuditQuery query) {
    Require.notNull(tenant, "tenant");
    Require.notNull(query, "query");
    Chain c = chains.get(tenant);
    return c == null ? Vector.empty() : c.entries.filter(query::matches);
  }

  private static final class Chain {
    volatile Vector<AuditEntry> entries = Vector.empty();

    Checkpoint head(TenantId tenant) {
      Vector<AuditEntry> e = entries;
      return e.isEmpty() ? Checkpoint.genesis(tenant) : e.last().checkpoint();
    }
  }
}
