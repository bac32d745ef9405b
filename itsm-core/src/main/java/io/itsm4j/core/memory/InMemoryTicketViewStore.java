package io.itsm4j.core.memory;

import io.itsm4j.core.TenantId;
import io.itsm4j.core.internal.Checks;
import io.itsm4j.core.port.TicketViewStore;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.view.PageKey;
import io.itsm4j.core.view.QueueCounts;
import io.itsm4j.core.view.QueueOrder;
import io.itsm4j.core.view.TicketQuery;
import io.itsm4j.core.view.TicketView;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Predicate;

/**
 * A {@link TicketViewStore} in memory: per tenant, the views by id and one sorted index per {@link QueueOrder}, so a
 * page is a seek to the key it starts after and a walk in order, never a sort of the tenant. Filters are checked on
 * the walk: a query that few views match walks further (docs/queues.md says which queries that is).
 *
 * <p>Thread-safe: a tenant's views are guarded by its own read-write lock, so readers of a tenant run together and a
 * put is seen whole or not at all; tenants do not wait for each other. Lost when the process ends.
 */
public final class InMemoryTicketViewStore implements TicketViewStore {
  private final ConcurrentHashMap<TenantId, Tenant> tenants = new ConcurrentHashMap<>();

  /** An empty store. */
  public InMemoryTicketViewStore() {}

  /** A tenant's views and indexes. */
  private static final class Tenant {
    final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    final Map<TicketId, TicketView> byId = new HashMap<>();
    final EnumMap<QueueOrder, TreeMap<PageKey, TicketView>> indexes = new EnumMap<>(QueueOrder.class);

    Tenant() {
      for (QueueOrder order : QueueOrder.values()) {
        indexes.put(order, new TreeMap<>(order.keys()));
      }
    }
  }

  @Override
  public void put(TicketView view) {
    Checks.notNull(view, "view");
    Tenant t = tenants.computeIfAbsent(view.tenant(), k -> new Tenant());
    t.lock.writeLock().lock();
    try {
      TicketView before = t.byId.get(view.id());
      if (before != null && before.version() >= view.version()) {
        return;
      }
      t.byId.put(view.id(), view);
      PageKey key = PageKey.of(view);
      PageKey old = before == null ? null : PageKey.of(before);
      for (var e : t.indexes.entrySet()) {
        TreeMap<PageKey, TicketView> index = e.getValue();
        // Most events leave a ticket where it sorts (a note moves it only in the last-update order): then the entry
        // keeps its place and takes the new view, one descent instead of a removal and an insertion.
        if (old != null && e.getKey().keys().compare(old, key) != 0) {
          index.remove(old);
        }
        index.put(key, view);
      }
    } finally {
      t.lock.writeLock().unlock();
    }
  }

  @Override
  public Option<TicketView> view(TenantId tenant, TicketId id) {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(id, "id");
    Tenant t = tenants.get(tenant);
    if (t == null) {
      return Option.none();
    }
    t.lock.readLock().lock();
    try {
      return Option.of(t.byId.get(id));
    } finally {
      t.lock.readLock().unlock();
    }
  }

  @Override
  public QueueCounts counts(TicketQuery query, Predicate<TicketView> visible) {
    Checks.notNull(query, "query");
    Checks.notNull(visible, "visible");
    Tenant t = tenants.get(query.tenant());
    if (t == null) {
      return QueueCounts.NONE;
    }
    t.lock.readLock().lock();
    try {
      // A pass over the tenant's views: counts have no order to seek in.
      QueueCounts out = QueueCounts.NONE;
      for (TicketView v : t.byId.values()) {
        if (query.matches(v) && visible.test(v)) {
          out = out.plus(v);
        }
      }
      return out;
    } finally {
      t.lock.readLock().unlock();
    }
  }

  @Override
  public Seq<TicketView> after(TicketQuery query, Option<PageKey> after, int limit, Predicate<TicketView> visible) {
    Checks.notNull(query, "query");
    Checks.notNull(after, "after");
    Checks.notNull(visible, "visible");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive, got " + limit);
    }
    Tenant t = tenants.get(query.tenant());
    if (t == null) {
      return Vector.empty();
    }
    t.lock.readLock().lock();
    try {
      TreeMap<PageKey, TicketView> index = t.indexes.get(query.order());
      Map<PageKey, TicketView> from = after.isDefined() ? index.tailMap(after.get(), false) : index;
      List<TicketView> out = new ArrayList<>(Math.min(limit, 64));
      for (TicketView v : from.values()) {
        if (query.matches(v) && visible.test(v)) {
          out.add(v);
          if (out.size() == limit) {
            break;
          }
        }
      }
      return Vector.ofAll(out);
    } finally {
      t.lock.readLock().unlock();
    }
  }
}
