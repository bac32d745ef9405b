package io.itsm4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.Actor;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.catalogue.Catalogue;
import io.itsm4j.core.catalogue.CatalogueCommand;
import io.itsm4j.core.catalogue.CatalogueDecider;
import io.itsm4j.core.catalogue.CatalogueEvent;
import io.itsm4j.core.catalogue.ConfigurationItem;
import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.application.CatalogueResult;
import io.itsm4j.core.application.CatalogueService;
import io.vavr.collection.HashMap;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Eight threads change one tenant's catalogue on PostgreSQL at once, each through a catalogue service of its own
 * (as eight application nodes would), so their appends conflict: every conflict stores nothing and is retried
 * under the same key, every accepted command's events are stored exactly once, a client resending an accepted
 * command gets the first outcome back and appends nothing, and the history is numbered without a gap and
 * replays to the catalogue every node reads.
 */
class PostgresCatalogueConcurrencyTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Actor MANAGER = Actor.of("catalogue-manager", "catalogue-manager");

  @Test
  void conflictingAppendsFromEightThreadsLoseAndDuplicateNothing() throws Exception {
    PooledDataSource db = TestDatabases.postgresSchema(10);
    JdbcCatalogueStore store = new JdbcCatalogueStore(db);
    int threads = 8;
    int perThread = 20;
    ConcurrentHashMap<String, CatalogueResult> accepted = new ConcurrentHashMap<>();
    ConcurrentHashMap<String, CatalogueResult> resent = new ConcurrentHashMap<>();
    java.util.Set<RejectionCode> refusals = ConcurrentHashMap.newKeySet();
    AtomicInteger conflicts = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      java.util.List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        CatalogueService node = CatalogueService.builder().store(store).build();
        futures.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < perThread; i++) {
            String key = "t" + thread + "-" + i;
            String ci = "ci-" + thread + "-" + (i / 2);
            // Every second command renames the item the one before registered, so it depends on what is stored.
            CatalogueCommand command = i % 2 == 0
                ? new CatalogueCommand.RegisterCi(ConfigurationItem.of(ci, "CI " + ci, "server"))
                : new CatalogueCommand.UpdateCi(ConfigurationItem.of(ci, "Renamed " + ci, "server"));
            Either<Rejection, CatalogueResult> outcome = node.execute(ACME, MANAGER, key, command);
            while (outcome.isLeft()) {
              refusals.add(outcome.getLeft().code());
              if (outcome.getLeft().code() != RejectionCode.VERSION_CONFLICT) {
                throw new AssertionError(key + " refused: " + outcome.getLeft());
              }
              conflicts.incrementAndGet();
              outcome = node.execute(ACME, MANAGER, key, command);
            }
            accepted.put(key, outcome.get());
            if (i % 5 == 4) {
              resent.put(key, node.execute(ACME, MANAGER, key, command).get());
            }
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : futures) {
        f.get(180, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(refusals).containsOnly(RejectionCode.VERSION_CONFLICT);
    assertThat(conflicts.get()).as("the threads really did collide").isPositive();
    assertThat(accepted).hasSize(threads * perThread);
    assertThat(accepted.values()).allSatisfy(r -> assertThat(r.replayed()).isFalse());
    assertThat(resent).hasSize(threads * perThread / 5).allSatisfy((key, r) -> {
      assertThat(r.replayed()).isTrue();
      assertThat(r.events()).containsExactlyElementsOf(accepted.get(key).events());
    });

    Seq<CatalogueEvent> history = store.load(ACME, 0);
    assertThat(history.map(CatalogueEvent::version))
        .containsExactlyElementsOf(Vector.rangeClosed(1L, (long) history.size()));
    assertThat(store.version(ACME)).isEqualTo(history.size());
    // Every accepted command's events exactly once, in one run, and nothing of anything else.
    HashMap<String, CatalogueResult> all = HashMap.ofAll(accepted);
    var byCommand = history.groupBy(e -> e.header().commandId());
    assertThat(byCommand.keySet()).containsExactlyInAnyOrderElementsOf(all.keySet());
    for (String key : all.keySet()) {
      Seq<CatalogueEvent> stored = byCommand.get(key).get();
      assertThat(stored).as("events of %s", key).containsExactlyElementsOf(all.get(key).get().events());
      assertThat(stored.last().version() - stored.head().version()).isEqualTo(stored.size() - 1);
      assertThat(store.findCommand(ACME, key).get().events()).containsExactlyElementsOf(stored);
    }
    assertThat(history.size()).isEqualTo(all.values().map(r -> r.events().size()).sum().intValue());

    Catalogue replayed = CatalogueDecider.replay(ACME, history);
    Catalogue read = CatalogueService.builder().store(new JdbcCatalogueStore(db)).build().catalogue(ACME).get();
    assertThat(read.version()).isEqualTo(history.size());
    assertThat(read.configurationItems()).isEqualTo(replayed.configurationItems());
    assertThat(read.configurationItems()).hasSize(threads * perThread / 2);
    assertThat(read.configurationItems().values().map(ConfigurationItem::name))
        .allSatisfy(name -> assertThat(name).startsWith("Renamed "));
    assertThat(read.configurationItems().keySet()).contains(ConfigurationItemId.of("ci-7-9"));
  }
}
