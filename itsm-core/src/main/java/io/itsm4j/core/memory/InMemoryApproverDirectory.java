package io.itsm4j.core.memory;

import io.itsm4j.core.ActorId;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.internal.Checks;
import io.itsm4j.core.port.ApproverDirectory;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Set;
import java.util.concurrent.ConcurrentHashMap;

/** An {@link ApproverDirectory} in memory. Thread-safe: readers see a whole group update or none of it. */
public final class InMemoryApproverDirectory implements ApproverDirectory {
  private final ConcurrentHashMap<Tuple2<TenantId, GroupId>, Set<ActorId>> groups = new ConcurrentHashMap<>();

  /** An empty directory. */
  public InMemoryApproverDirectory() {}

  /**
   * Sets the members of a group, replacing earlier ones.
   *
   * @return this directory
   * @throws NullPointerException if an argument is null
   */
  public InMemoryApproverDirectory group(TenantId tenant, GroupId group, ActorId... members) {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(group, "group");
    groups.put(Tuple.of(tenant, group), LinkedHashSet.of(Checks.notNull(members, "members")));
    return this;
  }

  @Override
  public Set<ActorId> members(TenantId tenant, GroupId group) {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(group, "group");
    return groups.getOrDefault(Tuple.of(tenant, group), LinkedHashSet.empty());
  }
}
