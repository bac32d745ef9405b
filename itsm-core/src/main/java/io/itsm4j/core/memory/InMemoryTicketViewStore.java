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

  /**
   * Where a ticket's view lives, shared by the id map and every index: a put that leaves the ticket where it sorts in
   * an order touches nothing of that order's index (most events move a ticket only in the last-update order), so
   * keeping a view costs a tree descent or two per command, not one per order. Guarded by the tenant's lock.
   */
  private static final class Slot {
    TicketView view;
    PageKey key;

    Slot(TicketView view, PageKey key) {
      this.view = view;
      this.key = key;
    }
  }

  /** A tenant's views and indexes. */
  private static final class Tenant {
    final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    final Map<TicketId, Slot> byId = new HashMap<>();
    final EnumMap<QueueOrder, TreeMap<PageKey, Slot>> indexes = new EnumMap<>(QueueOrder.class);

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
      Slot slot = t.byId.get(view.id());
      PageKey key = PageKey.of(view);
      if (slot == null) {
        Slot added = new Slot(view, key);
        t.byId.put(view.id(), added);
        for (TreeMap<PageKey, Slot> index : t.indexes.values()) {
          index.put(key, added);
        }
        return;
      }
      if (slot.view.version() >= view.version()) {
        return;
      }
      PageKey old = slot.key;
      slot.view = view;
      slot.key = key;
      for (var e : t.indexes.entrySet()) {
        // The entry stays where it is when the order compares the keys equal: the slot already holds the new view.
        if (e.getKey().keys().compare(old, key) != 0) {
          TreeMap<PageKey, Slot> index = e.getValue();
          index.remove(old);
          index.put(key, slot);
        }
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
      Slot slot = t.byId.get(id);
      return slot == null ? Option.none() : Option.some(slot.view);
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
      for (Slot slot : t.byId.values()) {
        TicketView v = slot.view;
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
      TreeMap<PageKey, Slot> index = t.indexes.get(query.order());
      Map<PageKey, Slot> from = after.isDefined() ? index.tailMap(after.get(), false) : index;
      List<TicketView> out = new ArrayList<>(Math.min(limit, 64));
      for (Slot slot : from.values()) {
        TicketView v = slot.view;
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
