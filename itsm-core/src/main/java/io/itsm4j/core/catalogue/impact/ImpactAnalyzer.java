package io.itsm4j.core.catalogue.impact;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.catalogue.Catalogue;
import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.internal.Checks;
import io.vavr.control.Either;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Answers impact questions on catalogues, compiling each graph once. Compiled graphs are kept in a bounded cache
 * keyed by tenant and {@link Catalogue#graphVersion()}: a catalogue change that does not touch the graph (a
 * renamed service, a new request form, a CI's status) reuses the compiled graph; one that does compiles anew
 * on the next question.
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
    CompiledCatalogue c = cache.get(key, k -> compile(catalogue));
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

  /** How many graphs this analyzer has compiled so far; for monitoring and tests. */
  public long compilations() {
    return compilations.get();
  }

  private CompiledCatalogue compile(Catalogue catalogue) {
    compilations.incrementAndGet();
    return CompiledCatalogue.compile(catalogue);
  }

  private record Key(TenantId tenant, long graphVersion) {}
}
