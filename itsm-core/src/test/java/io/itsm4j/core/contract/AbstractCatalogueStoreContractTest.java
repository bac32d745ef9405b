package io.itsm4j.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itsm4j.core.TenantId;
import io.itsm4j.core.catalogue.CatalogueEvent;
import io.itsm4j.core.port.CatalogueAppendResult;
import io.itsm4j.core.port.CatalogueStore;
import io.itsm4j.core.port.CatalogueStore.CommandKey;
import io.itsm4j.core.port.RecordedCatalogueCommand;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.Collections;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link CatalogueStore}, as its documentation states it, for any implementation: extend this
 * class, implement {@link #newStore()}, and run it with JUnit 5 and jqwik (both engines on the test class path).
 *
 * <p>What it proves: appends store all or nothing; {@code load(afterVersion)} gives exactly the events after the
 * version, in version order, and {@code version} the last one; every event type with awkward content comes back
 * equal; a stale expected version is a conflict naming the stored version and stores nothing; of appends racing
 * at one version exactly one wins, and writers retrying on conflicts lose and duplicate nothing; an idempotency
 * key is unique per tenant, is checked before the version (also when a retry races a conflicting append), and a
 * duplicate answers with the first command's record; nothing crosses tenants; malformed batches are refused with
 * an {@link IllegalArgumentException} and store nothing; readers never see half an append. A jqwik action chain
 * runs random append sequences against a simple model of the contract.
 *
 * <p>Each test asks for a fresh store; stores are not closed by the kit, so {@link #newStore()} should hand out
 * something cheap (a new in-memory database, a new schema) and clean up by itself.
 */
public abstract class AbstractCatalogueStoreContractTest {
  /** Tenant used by the single-tenant tests. */
  protected static final TenantId ACME = TenantId.of("acme");
  /** A second tenant, for isolation. */
  protected static final TenantId GLOBEX = TenantId.of("globex");

  /**
   * A new, empty store, not shared with any earlier call. Called once per test and once per property try, from
   * the test thread.
   */
  protected abstract CatalogueStore newStore();

  /** Threads in the race tests; a store with a small connection pool may lower it, but not below 2. */
  protected int racingThreads() {
    return 8;
  }

  private static CommandKey key(String k) {
    return new CommandKey(k, "fp-" + k);
  }

  private static Seq<CatalogueEvent> batch(TenantId tenant, long firstVersion, int size, String k) {
    return TestCatalogueEvents.batch(tenant, firstVersion, size, k);
  }

  // ---- basics and ordering ------------------------------------------------------------------------------------

  @Test
  void anEmptyStoreKnowsNothing() {
    CatalogueStore store = newStore();
    assertThat(store.load(ACME, 0)).isEmpty();
    assertThat(store.load(ACME, 5)).isEmpty();
    assertThat(store.version(ACME)).isZero();
    assertThat(store.findCommand(ACME, "k1").isEmpty()).isTrue();
  }

  @Test
  void appendedEventsComeBackInVersionOrderFromEveryVersion() {
    CatalogueStore store = newStore();
    Seq<CatalogueEvent> first = batch(ACME, 1, 3, "k1");
    Seq<CatalogueEvent> second = batch(ACME, 4, 2, "k2");

    assertThat(store.append(ACME, 0, key("k1"), first)).isEqualTo(new CatalogueAppendResult.Appended(3));
    assertThat(store.version(ACME)).isEqualTo(3);
    assertThat(store.append(ACME, 3, key("k2"), second)).isEqualTo(new CatalogueAppendResult.Appended(5));
    assertThat(store.version(ACME)).isEqualTo(5);

    Seq<CatalogueEvent> all = first.appendAll(second);
    assertThat(store.load(ACME, 0)).containsExactlyElementsOf(all);
    assertThat(store.load(ACME, 0).map(CatalogueEvent::version)).containsExactly(1L, 2L, 3L, 4L, 5L);
    for (int after = 0; after <= 7; after++) {
      assertThat(store.load(ACME, after)).as("after %d", after).containsExactlyElementsOf(all.drop(after));
    }
    assertThat(store.load(ACME, Long.MAX_VALUE)).isEmpty();
    assertThat(store.findCommand(ACME, "k1")).isEqualTo(Option.some(new RecordedCatalogueCommand("fp-k1", first)));
    assertThat(store.findCommand(ACME, "k2")).isEqualTo(Option.some(new RecordedCatalogueCommand("fp-k2", second)));
  }

  /**
   * Events of every type with awkward content (line breaks, separators, NUL and other control characters,
   * non-ASCII, extreme instants, empty and full collections) come back equal, from any version, and so does the
   * command that stored them.
   */
  @Property(tries = 30)
  void everyEventTypeSurvivesTheRoundTrip(@ForAll("anyBatches") Seq<CatalogueEvent> events,
      @ForAll("afterVersions") int after) {
    CatalogueStore store = newStore();
    assertThat(store.append(ACME, 0, key("k1"), events))
        .isEqualTo(new CatalogueAppendResult.Appended(events.size()));
    assertThat(store.load(ACME, 0)).containsExactlyElementsOf(events);
    assertThat(store.load(ACME, after)).containsExactlyElementsOf(events.drop(after));
    assertThat(store.version(ACME)).isEqualTo(events.size());
    assertThat(store.findCommand(ACME, "k1")).isEqualTo(Option.some(new RecordedCatalogueCommand("fp-k1", events)));
  }

  @Provide
  Arbitrary<Seq<CatalogueEvent>> anyBatches() {
    return TestCatalogueEvents.anyBatch(ACME, 1, 8);
  }

  @Provide
  Arbitrary<Integer> afterVersions() {
    return Arbitraries.integers().between(0, 9);
  }

  // ---- optimistic concurrency ---------------------------------------------------------------------------------

  @Test
  void aStaleExpectedVersionIsAConflictNamingTheStoredVersionAndStoresNothing() {
    CatalogueStore store = newStore();
    Seq<CatalogueEvent> first = batch(ACME, 1, 2, "k1");
    store.append(ACME, 0, key("k1"), first);

    assertThat(store.append(ACME, 1, key("k2"), batch(ACME, 2, 1, "k2")))
        .isEqualTo(new CatalogueAppendResult.VersionConflict(2));
    assertThat(store.append(ACME, 0, key("k3"), batch(ACME, 1, 1, "k3")))
        .isEqualTo(new CatalogueAppendResult.VersionConflict(2));
    assertThat(store.append(ACME, 5, key("k4"), batch(ACME, 6, 1, "k4")))
        .isEqualTo(new CatalogueAppendResult.VersionConflict(2));

    assertThat(store.load(ACME, 0)).containsExactlyElementsOf(first);
    assertThat(store.version(ACME)).isEqualTo(2);
    for (String k : List.of("k2", "k3", "k4")) {
      assertThat(store.findCommand(ACME, k).isEmpty()).as(k).isTrue();
    }
    // A conflict leaves the key free: the same command decided again goes through.
    assertThat(store.append(ACME, 2, key("k2"), batch(ACME, 3, 1, "k2")))
        .isEqualTo(new CatalogueAppendResult.Appended(3));
  }

  @Test
  void appendingToAnEmptyCatalogueAtAVersionAboveZeroIsAConflict() {
    CatalogueStore store = newStore();
    assertThat(store.append(ACME, 1, key("k1"), batch(ACME, 2, 1, "k1")))
        .isEqualTo(new CatalogueAppendResult.VersionConflict(0));
    assertThat(store.load(ACME, 0)).isEmpty();
    assertThat(store.version(ACME)).isZero();
    assertThat(store.findCommand(ACME, "k1").isEmpty()).isTrue();
  }

  @Test
  void ofAppendsRacingAtTheSameVersionExactlyOneWins() throws Exception {
    CatalogueStore store = newStore();
    store.append(ACME, 0, key("first"), batch(ACME, 1, 1, "first"));
    int threads = racingThreads();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long version = 1;
      for (int round = 0; round < 10; round++) {
        long v = version;
        int r = round;
        java.util.List<AppendRace> racers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          String k = "r" + r + "-t" + t;
          racers.add(new AppendRace(k, v, batch(ACME, v + 1, 1 + t % 3, k)));
        }
        java.util.List<CatalogueAppendResult> results = race(pool, store, racers);
        java.util.List<Integer> winners = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          if (results.get(t) instanceof CatalogueAppendResult.Appended) {
            winners.add(t);
          }
        }
        assertThat(winners).as("winners of round %d", r).hasSize(1);
        int w = winners.get(0);
        long after = v + 1 + w % 3;
        assertThat(results.get(w)).isEqualTo(new CatalogueAppendResult.Appended(after));
        for (int t = 0; t < threads; t++) {
          if (t != w) {
            assertThat(results.get(t)).as("loser %d of round %d", t, r)
                .isEqualTo(new CatalogueAppendResult.VersionConflict(after));
            assertThat(store.findCommand(ACME, racers.get(t).key).isEmpty()).isTrue();
          }
        }
        Seq<CatalogueEvent> history = store.load(ACME, 0);
        assertThat(history.map(CatalogueEvent::version)).containsExactlyElementsOf(Vector.rangeClosed(1L, after));
        assertThat(history.drop((int) v)).containsExactlyElementsOf(racers.get(w).events);
        assertThat(store.version(ACME)).isEqualTo(after);
        version = after;
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void writersThatRetryOnConflictLoseAndDuplicateNoEvent() throws Exception {
    CatalogueStore store = newStore();
    int threads = Math.min(racingThreads(), 4);
    int perThread = 10;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      java.util.List<Future<Integer>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          int conflicts = 0;
          for (int i = 0; i < perThread; i++) {
            String k = "t" + thread + "-" + i;
            while (true) {
              long v = store.version(ACME);
              CatalogueAppendResult r = store.append(ACME, v, key(k), batch(ACME, v + 1, 1 + i % 2, k));
              if (r instanceof CatalogueAppendResult.Appended) {
                break;
              }
              assertThat(r).isInstanceOf(CatalogueAppendResult.VersionConflict.class);
              conflicts++;
            }
          }
          return conflicts;
        }));
      }
      for (Future<Integer> f : futures) {
        f.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    Seq<CatalogueEvent> history = store.load(ACME, 0);
    int expected = threads * Vector.range(0, perThread).map(i -> 1 + i % 2).sum().intValue();
    assertThat(history).hasSize(expected);
    assertThat(history.map(CatalogueEvent::version)).containsExactlyElementsOf(Vector.rangeClosed(1L, expected));
    assertThat(store.version(ACME)).isEqualTo(expected);
    Map<String, Seq<CatalogueEvent>> byCommand = history.groupBy(e -> e.header().commandId()).mapValues(s -> s);
    assertThat(byCommand).hasSize(threads * perThread);
    for (Tuple2<String, Seq<CatalogueEvent>> c : byCommand) {
      assertThat(store.findCommand(ACME, c._1).get().events()).as(c._1).containsExactlyElementsOf(c._2);
    }
  }

  // ---- idempotency --------------------------------------------------------------------------------------------

  @Test
  void aReusedKeyStoresNothingAndAnswersWithTheFirstCommand() {
    CatalogueStore store = newStore();
    Seq<CatalogueEvent> first = batch(ACME, 1, 2, "k1");
    store.append(ACME, 0, key("k1"), first);
    RecordedCatalogueCommand recorded = new RecordedCatalogueCommand("fp-k1", first);

    assertThat(store.findCommand(ACME, "k1")).isEqualTo(Option.some(recorded));
    // Same key at the right version, with another fingerprint and other events: always the first command.
    assertThat(store.append(ACME, 2, key("k1"), batch(ACME, 3, 1, "k1")))
        .isEqualTo(new CatalogueAppendResult.DuplicateCommand(recorded));
    assertThat(store.append(ACME, 2, new CommandKey("k1", "other"), batch(ACME, 3, 3, "other")))
        .isEqualTo(new CatalogueAppendResult.DuplicateCommand(recorded));
    assertThat(store.load(ACME, 0)).containsExactlyElementsOf(first);
    assertThat(store.version(ACME)).isEqualTo(2);
    assertThat(store.findCommand(ACME, "k1")).isEqualTo(Option.some(recorded));
  }

  @Test
  void theKeyIsCheckedBeforeTheVersion() {
    CatalogueStore store = newStore();
    Seq<CatalogueEvent> first = batch(ACME, 1, 1, "k1");
    store.append(ACME, 0, key("k1"), first);
    store.append(ACME, 1, key("k2"), batch(ACME, 2, 1, "k2"));

    // A retry of the first command after another one got in: stale version, but the key wins.
    assertThat(store.append(ACME, 0, key("k1"), first))
        .isEqualTo(new CatalogueAppendResult.DuplicateCommand(new RecordedCatalogueCommand("fp-k1", first)));
    // And a retry at a version the store has not reached yet.
    assertThat(store.append(ACME, 9, key("k1"), batch(ACME, 10, 1, "k1")))
        .isEqualTo(new CatalogueAppendResult.DuplicateCommand(new RecordedCatalogueCommand("fp-k1", first)));
    assertThat(store.version(ACME)).isEqualTo(2);
  }

  @Test
  void keysAreUniquePerTenantNotAcrossTenants() {
    CatalogueStore store = newStore();
    assertThat(store.append(ACME, 0, key("k1"), batch(ACME, 1, 1, "k1")))
        .isEqualTo(new CatalogueAppendResult.Appended(1));
    assertThat(store.append(GLOBEX, 0, new CommandKey("k1", "fp-globex"), batch(GLOBEX, 1, 2, "k1")))
        .isEqualTo(new CatalogueAppendResult.Appended(2));
    assertThat(store.findCommand(ACME, "k1").get())
        .isEqualTo(new RecordedCatalogueCommand("fp-k1", batch(ACME, 1, 1, "k1")));
    assertThat(store.findCommand(GLOBEX, "k1").get())
        .isEqualTo(new RecordedCatalogueCommand("fp-globex", batch(GLOBEX, 1, 2, "k1")));
  }

  @Test
  void ofAppendsRacingUnderOneKeyExactlyOneWinsAndTheOthersSeeIt() throws Exception {
    CatalogueStore store = newStore();
    int threads = racingThreads();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      java.util.List<AppendRace> racers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        racers.add(new AppendRace("same", 0, batch(ACME, 1, 1 + t % 3, "same")));
      }
      java.util.List<CatalogueAppendResult> results = race(pool, store, racers);
      assertThat(results).filteredOn(r -> r instanceof CatalogueAppendResult.Appended).hasSize(1);
      RecordedCatalogueCommand recorded = store.findCommand(ACME, "same").get();
      assertThat(results).filteredOn(r -> !(r instanceof CatalogueAppendResult.Appended))
          .hasSize(threads - 1)
          .allSatisfy(r -> assertThat(r).isEqualTo(new CatalogueAppendResult.DuplicateCommand(recorded)));
      assertThat(store.load(ACME, 0)).containsExactlyElementsOf(recorded.events());
      assertThat(store.version(ACME)).isEqualTo(recorded.events().size());
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Retries of one command race other commands, some at the current version and some at a stale one. Whoever
   * wins, the answer to every other racer is fixed by the contract: a racer at the current version is a duplicate
   * if it shares the winner's key (the key is checked before the version, so it is never a conflict) and a
   * conflict naming the new version otherwise; a stale racer may be answered as of before the winner's append (a
   * conflict naming the old version) or after it (a duplicate or a conflict naming the new version), never
   * appended. In odd rounds only retries are at the current version, so a retry must win and every stale racer
   * races a duplicate key.
   */
  @Test
  void retriesRacingConflictingAppendsAreAnsweredAsTheContractSays() throws Exception {
    CatalogueStore store = newStore();
    store.append(ACME, 0, key("first"), batch(ACME, 1, 1, "first"));
    int threads = Math.max(racingThreads(), 3);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long version = 1;
      for (int round = 0; round < 12; round++) {
        long v = version;
        boolean onlyRetriesCurrent = round % 2 == 1;
        String retried = "retry-" + round;
        java.util.List<AppendRace> racers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          if (t == threads - 1) {
            racers.add(new AppendRace(retried, v - 1, batch(ACME, v, 1, retried)));
          } else if (t % 2 == 0) {
            racers.add(new AppendRace(retried, v, batch(ACME, v + 1, 1 + t % 3, retried)));
          } else {
            String k = "other-" + round + "-" + t;
            long expected = onlyRetriesCurrent ? v - 1 : v;
            racers.add(new AppendRace(k, expected, batch(ACME, expected + 1, 1, k)));
          }
        }
        java.util.List<CatalogueAppendResult> results = race(pool, store, racers);
        java.util.List<Integer> winners = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          if (results.get(t) instanceof CatalogueAppendResult.Appended) {
            winners.add(t);
          }
        }
        assertThat(winners).as("winners of round %d", round).hasSize(1);
        AppendRace winner = racers.get(winners.get(0));
        if (onlyRetriesCurrent) {
          assertThat(winner.key).isEqualTo(retried);
        }
        long after = v + winner.events.size();
        assertThat(store.load(ACME, v)).containsExactlyElementsOf(winner.events);
        assertThat(store.version(ACME)).isEqualTo(after);
        CatalogueAppendResult duplicate = new CatalogueAppendResult.DuplicateCommand(
            new RecordedCatalogueCommand("fp-" + winner.key, winner.events));
        CatalogueAppendResult before = new CatalogueAppendResult.VersionConflict(v);
        CatalogueAppendResult conflict = new CatalogueAppendResult.VersionConflict(after);
        for (int t = 0; t < threads; t++) {
          AppendRace racer = racers.get(t);
          CatalogueAppendResult result = results.get(t);
          boolean twin = racer.key.equals(winner.key);
          boolean current = racer.expectedVersion == v;
          String what = "racer " + t + " (" + racer.key + " at " + racer.expectedVersion + "), round " + round;
          if (racer == winner) {
            assertThat(result).as(what).isEqualTo(new CatalogueAppendResult.Appended(after));
          } else if (twin && current) {
            assertThat(result).as(what).isEqualTo(duplicate);
          } else if (twin) {
            assertThat(result).as(what).isIn(duplicate, before);
          } else if (current) {
            assertThat(result).as(what).isEqualTo(conflict);
          } else {
            assertThat(result).as(what).isIn(conflict, before);
          }
          if (!twin) {
            assertThat(store.findCommand(ACME, racer.key).isEmpty()).as(what).isTrue();
          }
        }
        version = after;
      }
    } finally {
      pool.shutdownNow();
    }
  }

  // ---- tenant isolation ---------------------------------------------------------------------------------------

  @Test
  void nothingIsVisibleThroughAnotherTenant() {
    CatalogueStore store = newStore();
    Seq<CatalogueEvent> acme = batch(ACME, 1, 2, "k1");
    store.append(ACME, 0, key("k1"), acme);

    assertThat(store.load(GLOBEX, 0)).isEmpty();
    assertThat(store.version(GLOBEX)).isZero();
    assertThat(store.findCommand(GLOBEX, "k1").isEmpty()).isTrue();
    // Another tenant's catalogue starts at version 0, whatever the first tenant's is.
    assertThat(store.append(GLOBEX, 2, key("k2"), batch(GLOBEX, 3, 1, "k2")))
        .isEqualTo(new CatalogueAppendResult.VersionConflict(0));
    Seq<CatalogueEvent> globex = batch(GLOBEX, 1, 1, "k2");
    assertThat(store.append(GLOBEX, 0, key("k2"), globex)).isEqualTo(new CatalogueAppendResult.Appended(1));
    assertThat(store.load(ACME, 0)).containsExactlyElementsOf(acme);
    assertThat(store.load(GLOBEX, 0)).containsExactlyElementsOf(globex);
    assertThat(store.version(ACME)).isEqualTo(2);
    assertThat(store.version(GLOBEX)).isEqualTo(1);
    assertThat(store.findCommand(ACME, "k2").isEmpty()).isTrue();
  }

  // ---- malformed batches --------------------------------------------------------------------------------------

  @Test
  void malformedBatchesAreRefusedAndStoreNothing() {
    CatalogueStore store = newStore();
    store.append(ACME, 0, key("k0"), batch(ACME, 1, 1, "k0"));
    Seq<CatalogueEvent> before = store.load(ACME, 0);
    List<Tuple2<String, Runnable>> malformed = List.of(
        Tuple.of("empty", () -> store.append(ACME, 1, key("k1"), Vector.empty())),
        Tuple.of("gap", () -> store.append(ACME, 1, key("k1"), batch(ACME, 3, 1, "k1"))),
        Tuple.of("repeat", () -> store.append(ACME, 1, key("k1"), batch(ACME, 1, 1, "k1"))),
        Tuple.of("hole inside", () -> store.append(ACME, 1, key("k1"), Vector.of(
            TestCatalogueEvents.ciRegistered(ACME, 2, "k1"), TestCatalogueEvents.ciRegistered(ACME, 4, "k1")))),
        Tuple.of("other tenant", () -> store.append(ACME, 1, key("k1"), batch(GLOBEX, 2, 1, "k1"))),
        Tuple.of("other tenant inside", () -> store.append(ACME, 1, key("k1"), Vector.of(
            TestCatalogueEvents.ciRegistered(ACME, 2, "k1"), TestCatalogueEvents.ciRegistered(GLOBEX, 3, "k1")))),
        Tuple.of("negative version", () -> store.append(ACME, -1, key("k1"), batch(ACME, 1, 1, "k1"))),
        Tuple.of("negative load", () -> store.load(ACME, -1)));
    for (Tuple2<String, Runnable> m : malformed) {
      assertThatThrownBy(m._2::run).as(m._1).isInstanceOf(IllegalArgumentException.class);
      assertThat(store.load(ACME, 0)).as(m._1).containsExactlyElementsOf(before);
      assertThat(store.version(ACME)).as(m._1).isEqualTo(1);
      assertThat(store.load(GLOBEX, 0)).as(m._1).isEmpty();
      assertThat(store.findCommand(ACME, "k1").isEmpty()).as(m._1).isTrue();
    }
    // The key stays free for a well-formed command.
    assertThat(store.append(ACME, 1, key("k1"), batch(ACME, 2, 1, "k1")))
        .isEqualTo(new CatalogueAppendResult.Appended(2));
  }

  @Test
  void nullArgumentsFailFast() {
    CatalogueStore store = newStore();
    Seq<CatalogueEvent> batch = batch(ACME, 1, 1, "k1");
    assertThatThrownBy(() -> store.load(null, 0)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> store.version(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> store.append(null, 0, key("k1"), batch)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> store.append(ACME, 0, null, batch)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> store.append(ACME, 0, key("k1"), null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> store.findCommand(null, "k1")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> store.findCommand(ACME, null)).isInstanceOf(NullPointerException.class);
    assertThat(store.load(ACME, 0)).isEmpty();
  }

  // ---- atomicity as readers see it ----------------------------------------------------------------------------

  @Test
  void readersNeverSeeHalfAnAppend() throws Exception {
    CatalogueStore store = newStore();
    int batch = 3;
    int appends = 40;
    AtomicBoolean done = new AtomicBoolean();
    ConcurrentLinkedQueue<String> torn = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      java.util.List<Future<?>> readers = new ArrayList<>();
      for (int r = 0; r < 2; r++) {
        readers.add(pool.submit(() -> {
          while (!done.get()) {
            long version = store.version(ACME);
            if (version % batch != 0) {
              torn.add("version " + version);
            }
            Seq<CatalogueEvent> h = store.load(ACME, 0);
            if (h.size() % batch != 0 || h.size() < version
                || !h.map(CatalogueEvent::version).equals(Vector.rangeClosed(1L, (long) h.size()))) {
              torn.add("saw " + h.map(CatalogueEvent::version) + " after version " + version);
            }
            Seq<CatalogueEvent> tail = store.load(ACME, h.size());
            if (tail.size() % batch != 0) {
              torn.add("tail of " + tail.size() + " after " + h.size());
            }
            if (!h.isEmpty() && store.findCommand(ACME, "k" + (h.size() / batch)).isEmpty()) {
              torn.add("key of a visible append missing at version " + h.size());
            }
          }
        }));
      }
      Future<?> writer = pool.submit(() -> {
        for (int i = 0; i < appends; i++) {
          long v = (long) i * batch;
          store.append(ACME, v, key("k" + (i + 1)), batch(ACME, v + 1, batch, "k" + (i + 1)));
        }
        done.set(true);
      });
      writer.get(120, TimeUnit.SECONDS);
      for (Future<?> r : readers) {
        r.get(60, TimeUnit.SECONDS);
      }
    } finally {
      done.set(true);
      pool.shutdownNow();
    }
    assertThat(torn).isEmpty();
    assertThat(store.load(ACME, 0)).hasSize(batch * appends);
  }

  // ---- racing helpers -----------------------------------------------------------------------------------------

  /** One racer: an append of {@code events} at {@code expectedVersion} under {@code key}. */
  private record AppendRace(String key, long expectedVersion, Seq<CatalogueEvent> events) {}

  /** Runs the racers at once, one thread each, and gives their results in racer order. */
  private static java.util.List<CatalogueAppendResult> race(ExecutorService pool, CatalogueStore store,
      java.util.List<AppendRace> racers) throws Exception {
    CountDownLatch ready = new CountDownLatch(racers.size());
    CountDownLatch start = new CountDownLatch(1);
    java.util.List<Future<CatalogueAppendResult>> futures = new ArrayList<>();
    for (AppendRace racer : racers) {
      Callable<CatalogueAppendResult> call = () -> {
        ready.countDown();
        start.await();
        return store.append(ACME, racer.expectedVersion, key(racer.key), racer.events);
      };
      futures.add(pool.submit(call));
    }
    assertThat(ready.await(30, TimeUnit.SECONDS)).as("all racers ready").isTrue();
    start.countDown();
    java.util.List<CatalogueAppendResult> results = new ArrayList<>();
    for (Future<CatalogueAppendResult> f : futures) {
      results.add(f.get(60, TimeUnit.SECONDS));
    }
    return results;
  }

  // ---- random append sequences against a model ----------------------------------------------------------------

  /**
   * Random sequences of appends (right and stale versions, fresh and reused keys, two tenants) and malformed
   * batches give the same answers as a simple model, and leave the same histories, versions and commands, read
   * from every version.
   */
  @Property(tries = 40)
  void randomAppendSequencesBehaveLikeTheModel(@ForAll("appendChains") ActionChain<ModelledStore> chain) {
    ModelledStore end = chain.run();
    end.checkEverything();
  }

  @Provide
  Arbitrary<ActionChain<ModelledStore>> appendChains() {
    return ActionChain.<ModelledStore>startWith(() -> new ModelledStore(newStore()))
        .withAction(8, new AppendAction())
        .withAction(1, new MalformedAppendAction())
        .withMaxTransformations(25);
  }

  /** The store under test next to a model of what it should hold. */
  static final class ModelledStore {
    private static final List<TenantId> TENANTS = List.of(ACME, GLOBEX);
    final CatalogueStore store;
    Map<TenantId, Seq<CatalogueEvent>> histories = HashMap.empty();
    Map<Tuple2<TenantId, String>, RecordedCatalogueCommand> commands = HashMap.empty();
    int keys;

    ModelledStore(CatalogueStore store) {
      this.store = store;
    }

    Seq<CatalogueEvent> history(TenantId tenant) {
      return histories.get(tenant).getOrElse(Vector.empty());
    }

    CatalogueAppendResult expected(TenantId tenant, long version, CommandKey key, Seq<CatalogueEvent> events) {
      Option<RecordedCatalogueCommand> earlier = commands.get(Tuple.of(tenant, key.idempotencyKey()));
      if (earlier.isDefined()) {
        return new CatalogueAppendResult.DuplicateCommand(earlier.get());
      }
      Seq<CatalogueEvent> h = history(tenant);
      if (h.size() != version) {
        return new CatalogueAppendResult.VersionConflict(h.size());
      }
      histories = histories.put(tenant, h.appendAll(events));
      commands = commands.put(Tuple.of(tenant, key.idempotencyKey()),
          new RecordedCatalogueCommand(key.fingerprint(), events));
      return new CatalogueAppendResult.Appended(version + events.size());
    }

    void checkEverything() {
      for (TenantId tenant : TENANTS) {
        Seq<CatalogueEvent> h = history(tenant);
        assertThat(store.version(tenant)).as("version of %s", tenant).isEqualTo(h.size());
        for (int after = 0; after <= h.size() + 1; after++) {
          assertThat(store.load(tenant, after)).as("history of %s after %d", tenant, after)
              .containsExactlyElementsOf(h.drop(after));
        }
      }
      for (Tuple2<Tuple2<TenantId, String>, RecordedCatalogueCommand> c : commands) {
        assertThat(store.findCommand(c._1._1, c._1._2)).as("command %s", c._1).isEqualTo(Option.some(c._2));
        TenantId other = c._1._1.equals(ACME) ? GLOBEX : ACME;
        if (commands.get(Tuple.of(other, c._1._2)).isEmpty()) {
          assertThat(store.findCommand(other, c._1._2).isEmpty()).isTrue();
        }
      }
    }
  }

  private static final class AppendAction implements Action.Dependent<ModelledStore> {
    @Override
    public Arbitrary<Transformer<ModelledStore>> transformer(ModelledStore state) {
      Arbitrary<TenantId> tenants = Arbitraries.of(ModelledStore.TENANTS.asJava());
      Arbitrary<Integer> versionShift = Arbitraries.frequency(
          net.jqwik.api.Tuple.of(8, 0), net.jqwik.api.Tuple.of(1, -1), net.jqwik.api.Tuple.of(1, 1));
      java.util.List<String> used = new ArrayList<>(state.commands.keySet().map(k -> k._2).toJavaList());
      Collections.sort(used);
      Arbitrary<Option<String>> reuse = used.isEmpty() ? Arbitraries.just(Option.none())
          : Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, Arbitraries.just(Option.<String>none())),
              net.jqwik.api.Tuple.of(1, Arbitraries.of(used).map(Option::some)));
      return Combinators.combine(tenants, versionShift, reuse, Arbitraries.integers().between(1, 3))
          .as((tenant, shift, reused, size) -> Transformer.mutate(
              "append " + size + " to " + tenant + " shift " + shift + reused.map(k -> " reusing " + k).getOrElse(""),
              s -> {
                long version = Math.max(0, s.history(tenant).size() + shift);
                String k = reused.getOrElse(() -> "key-" + (++s.keys));
                CommandKey key = new CommandKey(k, "fp-" + k + "-" + size);
                Seq<CatalogueEvent> events = TestCatalogueEvents.batch(tenant, version + 1, size, k);
                CatalogueAppendResult actual = s.store.append(tenant, version, key, events);
                CatalogueAppendResult expected = s.expected(tenant, version, key, events);
                assertThat(actual).isEqualTo(expected);
                assertThat(s.store.version(tenant)).isEqualTo(s.history(tenant).size());
              }));
    }
  }

  private static final class MalformedAppendAction implements Action.Independent<ModelledStore> {
    @Override
    public Arbitrary<Transformer<ModelledStore>> transformer() {
      return Arbitraries.of("empty", "misnumbered", "other tenant").map(kind -> Transformer.mutate(
          "malformed append: " + kind, s -> {
            long version = s.history(ACME).size();
            String k = "bad-" + (++s.keys);
            Seq<CatalogueEvent> events = switch (kind) {
              case "empty" -> Vector.empty();
              case "misnumbered" -> TestCatalogueEvents.batch(ACME, version + 2, 1, k);
              default -> TestCatalogueEvents.batch(GLOBEX, version + 1, 1, k);
            };
            assertThatThrownBy(() -> s.store.append(ACME, version, new CommandKey(k, "fp"), events))
                .isInstanceOf(IllegalArgumentException.class);
            assertThat(s.store.load(ACME, 0)).containsExactlyElementsOf(s.history(ACME));
            assertThat(s.store.findCommand(ACME, k).isEmpty()).isTrue();
          }));
    }
  }
}
