package io.itsm4j.audit.memory;

import io.itsm4j.audit.port.VersionedStore;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link VersionedStore} in memory: per tenant, an immutable map replaced atomically, so a version check and its
 * write are one step. Thread-safe; lost when the process ends.
 *
 * @param <T> the values kept
 */
public final class InMemoryVersionedStore<T> implements VersionedStore<T> {
  private final ConcurrentHashMap<TenantId, TreeMap<String, Stored<T>>> tenants = new ConcurrentHashMap<>();

  /** An empty store. */
  public InMemoryVersionedStore() {}

  @Override
  public Either<Rejection, Long> save(TenantId tenant, String id, T value, long expectedVersion) {
    Objects.requireNonNull(tenant, "tenant must not be null");
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(value, "value must not be null");
    long[] written = {-1};
    long[] found = {0};
    tenants.compute(tenant, (t, current) -> {
      TreeMap<String, Stored<T>> values = current == null ? TreeMap.empty() : current;
      long now = values.get(id).map(Stored::version).getOrElse(0L);
      found[0] = now;
      if (now != expectedVersion) {
        return current;
      }
      written[0] = now + 1;
      return values.put(id, new Stored<>(value, now + 1));
    });
    return written[0] < 0
        ? Either.left(Rejection.of(RejectionCode.VERSION_CONFLICT, id + " is at version " + found[0] + ", not "
            + expectedVersion))
        : Either.right(written[0]);
  }

  @Override
  public Option<Stored<T>> find(TenantId tenant, String id) {
    Objects.requireNonNull(id, "id must not be null");
    return values(tenant).get(id);
  }

  @Override
  public Seq<Stored<T>> all(TenantId tenant) {
    return values(tenant).values().toVector();
  }

  private TreeMap<String, Stored<T>> values(TenantId tenant) {
    TreeMap<String, Stored<T>> values = tenants.get(Objects.requireNonNull(tenant, "tenant must not be null"));
    return values == null ? TreeMap.empty() : values;
  }
}
