package io.itsm4j.core.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.catalogue.Catalogue;
import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.catalogue.impact.CompiledCatalogue;
import io.itsm4j.core.catalogue.impact.DependencyReport;
import io.itsm4j.core.catalogue.impact.ImpactReport;
import io.itsm4j.core.internal.Checks;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Answers impact questions on catalogues, compiling each graph once. Compiled graphs are kept in a bounded cache
 * keyed by tenant and {@link Catalogue#graphVersion()}:
 * <ul>
 *   <li>a catalogue change that does not touch the graph (a renamed service, a new request form, a CI's status)
 *       reuses the compiled graph;
 *   <li>relationships added or removed and customers changed since a cached graph of the same tenant are patched
 *       into a copy of it ({@link CompiledCatalogue#patchedTo}), which touches only arrays;
 *   <li>a new service or configuration item (it renumbers the nodes), or a long run of changes, compiles anew.
 * </ul>
 *
 * <p>The cache assumes one linear history per tenant, as a {@link io.itsm4j.core.port.CatalogueStore} keeps. As a
 * guard, a cached graph whose node or relationship count differs from the catalogue asked about is compiled
 * again.
 *
 * <p>Thread-safe; share one instance. Compilation runs on the calling thread (the cache starts no threads), and
 * two threads asking about the same new version compile it once.
 */
public final class ImpactAnalyzer {
  /** How many compiled graphs {@link #create()} keeps. */
  public static final int DEFAULT_CAPACITY = 16;

  private final Cache<Key, CompiledCatalogue> cache;
  private final AtomicLong compilations = new AtomicLong();
  private final AtomicLong patches = new AtomicLong();

  private ImpactAnalyzer(int capacity) {
    this.cache = Caffeine.newBuilder().maximumSize(capacity).executor(Runnable::run).build();
  }

  /** An analyzer keeping up to {@value #DEFAULT_CAPACITY} compiled graphs. */
  public static ImpactAnalyzer create() {
    return new ImpactAnalyzer(DEFAULT_CAPACITY);
  }

  /**
   * An analyzer keeping up to {@code capacity} compiled graphs (least recently used go first).
   *
   * @throws IllegalArgumentException if {@code capacity} is less than 1
   */
  public static ImpactAnalyzer withCapacity(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
    }
    return new ImpactAnalyzer(capacity);
  }

  /**
   * The compiled graph of a catalogue, from the cache or compiled now.
   *
   * @throws NullPointerException if {@code catalogue} is null
   */
  public CompiledCatalogue compiled(Catalogue catalogue) {
    Checks.notNull(catalogue, "catalogue");
    Key key = new Key(catalogue.tenant(), catalogue.graphVersion());
    CompiledCatalogue c = cache.getIfPresent(key);
    if (c == null) {
      Option<CompiledCatalogue> base = latestBefore(key);
      c = cache.get(key, k -> base.flatMap(b -> b.patchedTo(catalogue)).peek(p -> patches.incrementAndGet())
          .getOrElse(() -> compile(catalogue)));
    }
    if (c.nodeCount() != catalogue.services().size() + catalogue.configurationItems().size()
        || c.relationshipCount() != catalogue.relationships().size()) {
      c = compile(catalogue);
      cache.put(key, c);
    }
    return c;
  }

  /**
   * What an outage of the given items affects; see {@link CompiledCatalogue#outage(Iterable)}.
   *
   * @throws NullPointerException if an argument is null
   */
  public Either<Rejection, ImpactReport> outage(Catalogue catalogue, Iterable<ConfigurationItemId> failed) {
    Checks.notNull(failed, "failed");
    return compiled(catalogue).outage(failed);
  }

  /**
   * Everything a service depends on; see {@link CompiledCatalogue#dependencies(ServiceId)}.
   *
   * @throws NullPointerException if an argument is null
   */
  public Either<Rejection, DependencyReport> dependencies(Catalogue catalogue, ServiceId service) {
    Checks.notNull(service, "service");
    return compiled(catalogue).dependencies(service);
  }

  /** How many graphs this analyzer has compiled from scratch so far; for monitoring and tests. */
  public long compilations() {
    return compilations.get();
  }

  /** How many graphs this analyzer has patched from an earlier compiled graph so far; for monitoring and tests. */
  public long patches() {
    return patches.get();
  }

  /** The cached graph of the tenant with the highest graph version below the key's, if any. */
  private Option<CompiledCatalogue> latestBefore(Key key) {
    CompiledCatalogue best = null;
    for (CompiledCatalogue c : cache.asMap().values()) {
      if (c.tenant().equals(key.tenant()) && c.graphVersion() < key.graphVersion()
          && (best == null || c.graphVersion() > best.graphVersion())) {
        best = c;
      }
    }
    return Option.of(best);
  }

  private CompiledCatalogue compile(Catalogue catalogue) {
    compilations.incrementAndGet();
    return CompiledCatalogue.compile(catalogue);
  }

  private record Key(TenantId tenant, long graphVersion) {}
}
