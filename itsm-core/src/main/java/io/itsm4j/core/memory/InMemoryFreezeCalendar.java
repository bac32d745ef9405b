package io.itsm4j.core.memory;

import io.itsm4j.core.TenantId;
import io.itsm4j.core.change.FreezeWindow;
import io.itsm4j.core.internal.Checks;
import io.itsm4j.core.port.FreezeCalendar;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link FreezeCalendar} in memory. Thread-safe. */
public final class InMemoryFreezeCalendar implements FreezeCalendar {
  private final ConcurrentHashMap<TenantId, Vector<FreezeWindow>> freezes = new ConcurrentHashMap<>();

  /** An empty calendar. */
  public InMemoryFreezeCalendar() {}

  /**
   * Declares a freeze window.
   *
   * @return this calendar
   * @throws NullPointerException if an argument is null
   */
  public InMemoryFreezeCalendar add(TenantId tenant, FreezeWindow freeze) {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(freeze, "freeze");
    freezes.merge(tenant, Vector.of(freeze), Vector::appendAll);
    return this;
  }

  @Override
  public Seq<FreezeWindow> freezes(TenantId tenant) {
    return freezes.getOrDefault(Checks.notNull(tenant, "tenant"), Vector.empty());
  }
}
