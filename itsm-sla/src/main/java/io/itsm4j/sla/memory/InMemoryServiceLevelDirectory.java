package io.itsm4j.sla.memory;

import io.itsm4j.core.TenantId;
import io.itsm4j.core.catalogue.CustomerId;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.catalogue.ServiceLevelId;
import io.itsm4j.sla.SlaDefinition;
import io.itsm4j.sla.SlaId;
import io.itsm4j.sla.port.ServiceLevelDirectory;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link ServiceLevelDirectory} in memory: the embedded default. Levels and agreements are defined at start-up or
 * at any time later; a definition replaces the level's previous one.
 *
 * <p><b>Threading</b>: thread-safe; readers see a level's definitions and a tenant's agreements whole, before or
 * after a concurrent change. <b>Errors</b>: {@code null} arguments throw {@link NullPointerException}; a definition
 * whose id names a different definition of the tenant (under another level) throws {@link
 * IllegalArgumentException}, and the directory is left as it was.
 */
public final class InMemoryServiceLevelDirectory implements ServiceLevelDirectory {
  private final Map<TenantId, Tenant> tenants = new ConcurrentHashMap<>();

  /** An empty directory. */
  public InMemoryServiceLevelDirectory() {}

  /** One tenant's levels and agreements; replaced whole on every change (writers take turns), so readers need no lock. */
  private record Tenant(io.vavr.collection.Map<ServiceLevelId, Seq<SlaDefinition>> levels,
      io.vavr.collection.Map<Agreement, Set<ServiceLevelId>> agreements) {
    static final Tenant EMPTY = new Tenant(io.vavr.collection.LinkedHashMap.empty(),
        io.vavr.collection.HashMap.empty());
  }

  private record Agreement(CustomerId customer, ServiceId service) {}

  /**
   * Defines (or redefines) a service level of the tenant as these definitions.
   *
   * @return this directory
   * @throws NullPointerException if an argument or a definition is null
   * @throws IllegalArgumentException if two of the definitions share an id, or one's id names a different definition
   *     of another level of the tenant
   */
  public synchronized InMemoryServiceLevelDirectory define(TenantId tenant, ServiceLevelId level,
      Seq<SlaDefinition> definitions) {
    Objects.requireNonNull(tenant, "tenant must not be null");
    Objects.requireNonNull(level, "level must not be null");
    Objects.requireNonNull(definitions, "definitions must not be null");
    Tenant t = tenants.getOrDefault(tenant, Tenant.EMPTY);
    HashMap<SlaId, SlaDefinition> seen = new HashMap<>();
    for (SlaDefinition d : definitions) {
      Objects.requireNonNull(d, "a definition must not be null");
      if (seen.put(d.id(), d) != null) {
        throw new IllegalArgumentException("definitions of level " + level + ": the id " + d.id() + " appears twice");
      }
    }
    t.levels().forEach((other, defs) -> {
      if (!other.equals(level)) {
        for (SlaDefinition d : defs) {
          SlaDefinition mine = seen.get(d.id());
          if (mine != null && !mine.equals(d)) {
            throw new IllegalArgumentException("definitions of level " + level + ": the id " + d.id()
                + " names a different definition of level " + other + " in tenant " + tenant);
          }
        }
      }
    });
    tenants.put(tenant, new Tenant(t.levels().put(level, Vector.ofAll(definitions)), t.agreements()));
    return this;
  }

  /**
   * Defines a service level of the tenant as these definitions; see {@link #define(TenantId, ServiceLevelId, Seq)}.
   *
   * @return this directory
   */
  public InMemoryServiceLevelDirectory define(TenantId tenant, ServiceLevelId level, SlaDefinition... definitions) {
    Objects.requireNonNull(definitions, "definitions must not be null");
    return define(tenant, level, Vector.of(definitions));
  }

  /**
   * Records that the customer's agreement for the service adds these levels (replacing what it added before; none
   * removes the agreement). The levels need not be defined yet; the selector refuses to select an undefined one.
   *
   * @return this directory
   * @throws NullPointerException if an argument or a level is null
   */
  public synchronized InMemoryServiceLevelDirectory agree(TenantId tenant, CustomerId customer, ServiceId service,
      ServiceLevelId... levels) {
    Objects.requireNonNull(tenant, "tenant must not be null");
    Objects.requireNonNull(customer, "customer must not be null");
    Objects.requireNonNull(service, "service must not be null");
    Objects.requireNonNull(levels, "levels must not be null");
    Set<ServiceLevelId> set = LinkedHashSet.of(levels);
    set.forEach(l -> Objects.requireNonNull(l, "a level must not be null"));
    Tenant t = tenants.getOrDefault(tenant, Tenant.EMPTY);
    Agreement key = new Agreement(customer, service);
    tenants.put(tenant, new Tenant(t.levels(), set.isEmpty() ? t.agreements().remove(key)
        : t.agreements().put(key, set)));
    return this;
  }

  @Override
  public Option<Seq<SlaDefinition>> definitions(TenantId tenant, ServiceLevelId level) {
    Objects.requireNonNull(tenant, "tenant must not be null");
    Objects.requireNonNull(level, "level must not be null");
    return tenants.getOrDefault(tenant, Tenant.EMPTY).levels().get(level);
  }

  @Override
  public Set<ServiceLevelId> agreed(TenantId tenant, CustomerId customer, ServiceId service) {
    Objects.requireNonNull(tenant, "tenant must not be null");
    Objects.requireNonNull(customer, "customer must not be null");
    Objects.requireNonNull(service, "service must not be null");
    return tenants.getOrDefault(tenant, Tenant.EMPTY).agreements().get(new Agreement(customer, service))
        .getOrElse(LinkedHashSet.empty());
  }
}
