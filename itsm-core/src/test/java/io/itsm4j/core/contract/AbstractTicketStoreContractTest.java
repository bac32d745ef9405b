package io.itsm4j.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itsm4j.core.TenantId;
import io.itsm4j.core.port.AppendResult;
import io.itsm4j.core.port.RecordedCommand;
import io.itsm4j.core.port.TicketStore;
import io.itsm4j.core.port.TicketStore.CommandKey;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketId;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
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
 * The contract of {@link TicketStore}, as its documentation states it, for any implementation: extend this
 * class, implement {@link #newStore()}, and run it with JUnit 5 and jqwik (both engines on the test class path).
 *
 * <p>What it proves: appends store all or nothing; a stale expected version is a conflict and stores nothing;
 * of appends racing at one version exactly one wins and no event is ever lost or stored twice; an idempotency key
 * is unique per tenant, is checked before the version, and a duplicate answers with the first command's record;
 * histories come back in sequence order; nothing crosses tenants; malformed batches are refused with an {@link
 * IllegalArgumentException} and store nothing; readers never see half an append. A jqwik action chain runs random
 * append sequences against a simple map-based model of the contract.
 *
 * <p>Each test asks for a fresh store; stores are not closed by the kit, so {@link #newStore()} should hand out
 * something cheap (a new in-memory database, a new schema) and clean up by itself.
 */
public abstract class AbstractTicketStoreContractTest {
  /** Tenant used by the single-tenant tests. */
  protected static final TenantId ACME = TenantId.of("acme");
  /** A second tenant, for isolation. */
  protected static final TenantId GLOBEX = TenantId.of("globex");
  private static final TicketId INC1 = TicketId.of("INC-000001");
  private static final TicketId INC2 = TicketId.of("INC-000002");

  /**
   * A new, empty store, not shared with any earlier call. Called once per test and once per property try, from
   * the test thread.
   */
  protected abstract TicketStore newStore();

  /** Threads in the race tests; a store with a small connection pool may lower it, but not below 2. */
  protected int racingThreads() {
    return 8;
  }

  private static CommandKey key(String k) {
    return new CommandKey(k, "fp-" + k);
  }

  // ---- basics and ordering ------------------------------------------------------------------------------------

  @Test
  void anEmptyStoreKnowsNothing() {
    TicketStore store = newStore();
    assertThat(store.load(ACME, INC1)).isEmpty();
    assertThat(store.findCommand(ACME, "k1").isEmpty()).isTrue();
    assertThat(store.ticketIds(ACME)).isEmpty();
  }

  @Test
  void appendedEventsComeBackInSequenceOrder() {
    TicketStore store = newStore();
    Seq<TicketEvent> first = TestEvents.batch(ACME, INC1, 1, 3, "k1");
    Seq<TicketEvent> second = TestEvents.batch(ACME, INC1, 4, 2, "k2");

    assertThat(store.append(ACME, INC1, 0, key("k1"), first)).isEqualTo(new AppendResult.Appended(3));
    assertThat(store.append(ACME, INC1, 3, key("k2"), second)).isEqualTo(new AppendResult.Appended(5));

    assertThat(store.load(ACME, INC1)).containsExactlyElementsOf(first.appendAll(second));
    assertThat(store.load(ACME, INC1).map(TicketEvent::sequence)).containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(store.ticketIds(ACME)).containsExactly(INC1);
  }

  /**
   * Events of every type with awkward content (line breaks, separators, NUL and other control characters,
   * non-ASCII, extreme instants) come back equal, and so does the command that stored them.
   */
  @Property(tries = 30)
  void everyEventTypeSurvivesTheRoundTrip(@ForAll("anyBatches") Seq<TicketEvent> events) {
    TicketStore store = newStore();
    assertThat(store.append(ACME, INC1, 0, key("k1"), events)).isEqualTo(new AppendResult.Appended(events.size()));
    assertThat(store.load(ACME, INC1)).containsExactlyElementsOf(events);
    assertThat(store.findCommand(ACME, "k1").get().events()).containsExactlyElementsOf(events);
  }

  @Provide
  Arbitrary<Seq<TicketEvent>> anyBatches() {
    return TestEvents.anyBatch(ACME, INC1, 1, 8);
  }

  @Test
  void ticketIdsListsEveryTicketOfTheTenantOnce() {
    TicketStore store = newStore();
    store.append(ACME, INC1, 0, key("k1"), TestEvents.batch(ACME, INC1, 1, 1, "k1"));
    store.append(ACME, INC1, 1, key("k2"), TestEvents.batch(ACME, INC1, 2, 1, "k2"));
    store.append(ACME, INC2, 0, key("k3"), TestEvents.batch(ACME, INC2, 1, 2, "k3"));
    assertThat(store.ticketIds(ACME)).containsExactlyInAnyOrder(INC1, INC2);
  }

  @Test
  void loadAllAnswersWhatLoadAnswersForEachTicketOfTheTenant() {
    TicketStore store = newStore();
    Seq<TicketEvent> one = TestEvents.batch(ACME, INC1, 1, 3, "k1");
    Seq<TicketEvent> two = TestEvents.batch(ACME, INC2, 1, 2, "k2");
    store.append(ACME, INC1, 0, key("k1"), one);
    store.append(ACME, INC2, 0, key("k2"), two);
    store.append(GLOBEX, TicketId.of("INC-000003"), 0, key("k3"),
        TestEvents.batch(GLOBEX, TicketId.of("INC-000003"), 1, 1, "k3"));
    var all = store.loadAll(ACME, io.vavr.collection.Vector.of(INC2, TicketId.of("INC-000003"), INC1, INC2,
        TicketId.of("INC-999999")));
    // Another tenant's ticket and an unknown one are left out; a repeated id read once; the order is the ids'.
    assertThat(all.keySet().toJavaList()).containsExactly(INC2, INC1);
    assertThat(all.get(INC1).get()).containsExactlyElementsOf(one);
    assertThat(all.get(INC2).get()).containsExactlyElementsOf(two);
    assertThat(store.loadAll(ACME, io.vavr.collection.Vector.empty())).isEmpty();
    // Many tickets at once: as many as a rebuild asks for in one call, each history whole and in order.
    io.vavr.collection.Vector<TicketId> many = io.vavr.collection.Vector.range(10, 710)
        .map(n -> TicketId.of("INC-" + n));
    for (TicketId id : many) {
      store.append(ACME, id, 0, key("m" + id.value()), TestEvents.batch(ACME, id, 1, 1 + id.value().length() % 3,
          "m" + id.value()));
    }
    var loaded = store.loadAll(ACME, many.reverse());
    assertThat(loaded.keySet().toJavaList()).containsExactlyElementsOf(many.reverse());
    for (TicketId id : many) {
      assertThat(loaded.get(id).get()).containsExactlyElementsOf(store.load(ACME, id));
    }
  }

  // ---- optimistic concurrency ---------------------------------------------------------------------------------

  @Test
  void aStaleExpectedVersionIsAConflictAndStoresNothing() {
    TicketStore store = newStore();
    store.append(ACME, INC1, 0, key("k1"), TestEvents.batch(ACME, INC1, 1, 2, "k1"));

    assertThat(store.append(ACME, INC1, 1, key("k2"), TestEvents.batch(ACME, INC1, 2, 1, "k2")))
        .isEqualTo(new AppendResult.VersionConflict(2));
    assertThat(store.append(ACME, INC1, 0, key("k3"), TestEvents.batch(ACME, INC1, 1, 1, "k3")))
        .isEqualTo(new AppendResult.VersionConflict(2));
    assertThat(store.append(ACME, INC1, 5, key("k4"), TestEvents.batch(ACME, INC1, 6, 1, "k4")))
        .isEqualTo(new AppendResult.VersionConflict(2));

    assertThat(store.load(ACME, INC1).map(TicketEvent::sequence)).containsExactly(1L, 2L);
    assertThat(store.findCommand(ACME, "k2").isEmpty()).isTrue();
    assertThat(store.findCommand(ACME, "k3").isEmpty()).isTrue();
    assertThat(store.findCommand(ACME, "k4").isEmpty()).isTrue();
  }

  @Test
  void appendingToAMissingTicketAtAVersionAboveZeroIsAConflict() {
    TicketStore store = newStore();
    assertThat(store.append(ACME, INC1, 1, key("k1"), TestEvents.batch(ACME, INC1, 2, 1, "k1")))
        .isEqualTo(new AppendResult.VersionConflict(0));
    assertThat(store.load(ACME, INC1)).isEmpty();
    assertThat(store.ticketIds(ACME)).isEmpty();
  }

  @Test
  void ofAppendsRacingAtTheSameVersionExactlyOneWins() throws Exception {
    TicketStore store = newStore();
    store.append(ACME, INC1, 0, key("open"), TestEvents.batch(ACME, INC1, 1, 1, "open"));
    int threads = racingThreads();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long version = 1;
      for (int round = 0; round < 10; round++) {
        long v = version;
        int r = round;
        java.util.List<Callable<AppendResult>> racers = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        for (int t = 0; t < threads; t++) {
          String k = "r" + r + "-t" + t;
          Seq<TicketEvent> batch = TestEvents.batch(ACME, INC1, v + 1, 1 + t % 3, k);
          racers.add(() -> {
            start.await();
            return store.append(ACME, INC1, v, key(k), batch);
          });
        }
        java.util.List<Future<AppendResult>> futures = new ArrayList<>();
        for (Callable<AppendResult> c : racers) {
          futures.add(pool.submit(c));
        }
        start.countDown();
        java.util.List<AppendResult> results = new ArrayList<>();
        for (Future<AppendResult> f : futures) {
          results.add(f.get(60, TimeUnit.SECONDS));
        }
        java.util.List<Integer> winners = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          if (results.get(t) instanceof AppendResult.Appended) {
            winners.add(t);
          } else {
            assertThat(results.get(t)).isInstanceOf(AppendResult.VersionConflict.class);
            assertThat(store.findCommand(ACME, "r" + r + "-t" + t).isEmpty()).isTrue();
          }
        }
        assertThat(winners).as("winners of round %d", r).hasSize(1);
        int w = winners.get(0);
        long after = v + 1 + w % 3;
        assertThat(results.get(w)).isEqualTo(new AppendResult.Appended(after));
        Seq<TicketEvent> history = store.load(ACME, INC1);
        assertThat(history.map(TicketEvent::sequence)).containsExactlyElementsOf(Vector.rangeClosed(1L, after));
        assertThat(history.drop((int) v).map(e -> e.header().commandId()).distinct())
            .containsExactly("r" + r + "-t" + w);
        version = after;
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void writersThatRetryOnConflictLoseNoEvent() throws Exception {
    TicketStore store = newStore();
    store.append(ACME, INC1, 0, key("open"), TestEvents.batch(ACME, INC1, 1, 1, "open"));
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
              long v = store.load(ACME, INC1).size();
              AppendResult r = store.append(ACME, INC1, v, key(k), TestEvents.batch(ACME, INC1, v + 1, 1, k));
              if (r instanceof AppendResult.Appended) {
                break;
              }
              assertThat(r).isInstanceOf(AppendResult.VersionConflict.class);
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
    Seq<TicketEvent> history = store.load(ACME, INC1);
    assertThat(history).hasSize(1 + threads * perThread);
    assertThat(history.map(TicketEvent::sequence)).containsExactlyElementsOf(Vector.rangeClosed(1L, history.size()));
    assertThat(history.map(e -> e.header().commandId()).distinct()).hasSize(1 + threads * perThread);
  }

  // ---- idempotency --------------------------------------------------------------------------------------------

  @Test
  void aReusedKeyStoresNothingAndAnswersWithTheFirstCommand() {
    TicketStore store = newStore();
    Seq<TicketEvent> first = TestEvents.batch(ACME, INC1, 1, 2, "k1");
    store.append(ACME, INC1, 0, key("k1"), first);
    RecordedCommand recorded = new RecordedCommand(INC1, "fp-k1", first);

    assertThat(store.findCommand(ACME, "k1")).isEqualTo(Option.some(recorded));
    // Same key at the right version, on another ticket, with another fingerprint: always the first command.
    assertThat(store.append(ACME, INC1, 2, key("k1"), TestEvents.batch(ACME, INC1, 3, 1, "k1")))
        .isEqualTo(new AppendResult.DuplicateCommand(recorded));
    assertThat(store.append(ACME, INC2, 0, new CommandKey("k1", "other"), TestEvents.batch(ACME, INC2, 1, 1, "k1")))
        .isEqualTo(new AppendResult.DuplicateCommand(recorded));
    assertThat(store.load(ACME, INC1)).containsExactlyElementsOf(first);
    assertThat(store.load(ACME, INC2)).isEmpty();
  }

  @Test
  void theKeyIsCheckedBeforeTheVersion() {
    TicketStore store = newStore();
    Seq<TicketEvent> first = TestEvents.batch(ACME, INC1, 1, 1, "k1");
    store.append(ACME, INC1, 0, key("k1"), first);
    store.append(ACME, INC1, 1, key("k2"), TestEvents.batch(ACME, INC1, 2, 1, "k2"));

    // A retry of the first command after another one got in: stale version, but the key wins.
    assertThat(store.append(ACME, INC1, 0, key("k1"), first))
        .isEqualTo(new AppendResult.DuplicateCommand(new RecordedCommand(INC1, "fp-k1", first)));
  }

  @Test
  void keysAreUniquePerTenantNotAcrossTenants() {
    TicketStore store = newStore();
    assertThat(store.append(ACME, INC1, 0, key("k1"), TestEvents.batch(ACME, INC1, 1, 1, "k1")))
        .isEqualTo(new AppendResult.Appended(1));
    assertThat(store.append(GLOBEX, INC1, 0, key("k1"), TestEvents.batch(GLOBEX, INC1, 1, 2, "k1")))
        .isEqualTo(new AppendResult.Appended(2));
    assertThat(store.findCommand(ACME, "k1").get().events()).hasSize(1);
    assertThat(store.findCommand(GLOBEX, "k1").get().events()).hasSize(2);
  }

  @Test
  void ofAppendsRacingUnderOneKeyExactlyOneWinsAndTheOthersSeeIt() throws Exception {
    TicketStore store = newStore();
    int threads = racingThreads();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      java.util.List<Future<AppendResult>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        TicketId ticket = TicketId.of("INC-10000" + t);
        futures.add(pool.submit(() -> {
          start.await();
          return store.append(ACME, ticket, 0, key("same"), TestEvents.batch(ACME, ticket, 1, 1, "same"));
        }));
      }
      start.countDown();
      java.util.List<AppendResult> results = new ArrayList<>();
      for (Future<AppendResult> f : futures) {
        results.add(f.get(60, TimeUnit.SECONDS));
      }
      assertThat(results).filteredOn(r -> r instanceof AppendResult.Appended).hasSize(1);
      RecordedCommand recorded = store.findCommand(ACME, "same").get();
      assertThat(results).filteredOn(r -> !(r instanceof AppendResult.Appended))
          .hasSize(threads - 1)
          .allSatisfy(r -> assertThat(r).isEqualTo(new AppendResult.DuplicateCommand(recorded)));
      assertThat(store.ticketIds(ACME)).containsExactly(recorded.ticketId());
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Retries of one command race on one ticket at its current version. The key is checked before the version, so
   * whichever retry wins, every other one is a duplicate answered with the winner's events: never a conflict,
   * which a store reading the key before the version answers when the winner commits between its two reads.
   */
  @Test
  void retriesOfOneCommandOnOneTicketAreDuplicatesNeverConflicts() throws Exception {
    TicketStore store = newStore();
    TicketId ticket = TicketId.of("INC-200000");
    int threads = Math.max(racingThreads(), 3);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      long version = 0;
      for (int round = 0; round < 12; round++) {
        long v = version;
        String retried = "retry-" + round;
        CountDownLatch start = new CountDownLatch(1);
        java.util.List<Future<AppendResult>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          Seq<TicketEvent> batch = TestEvents.batch(ACME, ticket, v + 1, 1 + t % 3, retried);
          futures.add(pool.submit(() -> {
            start.await();
            return store.append(ACME, ticket, v, key(retried), batch);
          }));
        }
        start.countDown();
        java.util.List<AppendResult> results = new ArrayList<>();
        for (Future<AppendResult> f : futures) {
          results.add(f.get(60, TimeUnit.SECONDS));
        }
        assertThat(results).as("round %d", round)
            .filteredOn(r -> r instanceof AppendResult.Appended).hasSize(1);
        RecordedCommand recorded = store.findCommand(ACME, retried).get();
        assertThat(results).as("round %d", round)
            .filteredOn(r -> !(r instanceof AppendResult.Appended))
            .hasSize(threads - 1)
            .allSatisfy(r -> assertThat(r).isEqualTo(new AppendResult.DuplicateCommand(recorded)));
        assertThat(store.load(ACME, ticket).drop((int) v)).containsExactlyElementsOf(recorded.events());
        version = v + recorded.events().size();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  // ---- tenant isolation ---------------------------------------------------------------------------------------

  @Test
  void nothingIsVisibleThroughAnotherTenant() {
    TicketStore store = newStore();
    Seq<TicketEvent> acme = TestEvents.batch(ACME, INC1, 1, 2, "k1");
    store.append(ACME, INC1, 0, key("k1"), acme);

    assertThat(store.load(GLOBEX, INC1)).isEmpty();
    assertThat(store.findCommand(GLOBEX, "k1").isEmpty()).isTrue();
    assertThat(store.ticketIds(GLOBEX)).isEmpty();
    // The same ticket id in another tenant is another ticket, starting at version 0.
    assertThat(store.append(GLOBEX, INC1, 2, key("k2"), TestEvents.batch(GLOBEX, INC1, 3, 1, "k2")))
        .isEqualTo(new AppendResult.VersionConflict(0));
    Seq<TicketEvent> globex = TestEvents.batch(GLOBEX, INC1, 1, 1, "k2");
    assertThat(store.append(GLOBEX, INC1, 0, key("k2"), globex)).isEqualTo(new AppendResult.Appended(1));
    assertThat(store.load(ACME, INC1)).containsExactlyElementsOf(acme);
    assertThat(store.load(GLOBEX, INC1)).containsExactlyElementsOf(globex);
  }

  // ---- malformed batches --------------------------------------------------------------------------------------

  @Test
  void malformedBatchesAreRefusedAndStoreNothing() {
    TicketStore store = newStore();
    store.append(ACME, INC1, 0, key("k0"), TestEvents.batch(ACME, INC1, 1, 1, "k0"));
    Seq<TicketEvent> before = store.load(ACME, INC1);
    List<Tuple2<String, Runnable>> malformed = List.of(
        Tuple.of("empty", () -> store.append(ACME, INC1, 1, key("k1"), Vector.empty())),
        Tuple.of("gap", () -> store.append(ACME, INC1, 1, key("k1"), TestEvents.batch(ACME, INC1, 3, 1, "k1"))),
        Tuple.of("repeat", () -> store.append(ACME, INC1, 1, key("k1"), TestEvents.batch(ACME, INC1, 1, 1, "k1"))),
        Tuple.of("hole inside", () -> store.append(ACME, INC1, 1, key("k1"),
            Vector.of(TestEvents.note(ACME, INC1, 2, "k1"), TestEvents.note(ACME, INC1, 4, "k1")))),
        Tuple.of("other ticket", () -> store.append(ACME, INC1, 1, key("k1"),
            Vector.of(TestEvents.note(ACME, INC1, 2, "k1"), TestEvents.note(ACME, INC2, 3, "k1")))),
        Tuple.of("other tenant", () -> store.append(ACME, INC1, 1, key("k1"),
            TestEvents.batch(GLOBEX, INC1, 2, 1, "k1"))),
        Tuple.of("negative version", () -> store.append(ACME, INC1, -1, key("k1"),
            TestEvents.batch(ACME, INC1, 1, 1, "k1"))));
    for (Tuple2<String, Runnable> m : malformed) {
      assertThatThrownBy(m._2::run).as(m._1).isInstanceOf(IllegalArgumentException.class);
      assertThat(store.load(ACME, INC1)).as(m._1).containsExactlyElementsOf(before);
      assertThat(store.load(ACME, INC2)).as(m._1).isEmpty();
      assertThat(store.load(GLOBEX, INC1)).as(m._1).isEmpty();
      assertThat(store.findCommand(ACME, "k1").isEmpty()).as(m._1).isTrue();
    }
    // The key stays free for a well-formed command.
    assertThat(store.append(ACME, INC1, 1, key("k1"), TestEvents.batch(ACME, INC1, 2, 1, "k1")))
        .isEqualTo(new AppendResult.Appended(2));
  }

  @Test
  void nullArgumentsFailFast() {
    TicketStore store = newStore();
    Seq<TicketEvent> batch = TestEvents.batch(ACME, INC1, 1, 1, "k1");
    assertThatThrownBy(() -> store.load(null, INC1)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> store.load(ACME, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> store.append(ACME, INC1, 0, null, batch)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> store.append(ACME, INC1, 0, key("k1"), null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> store.findCommand(ACME, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> store.ticketIds(null)).isInstanceOf(NullPointerException.class);
    assertThat(store.load(ACME, INC1)).isEmpty();
  }

  // ---- atomicity as readers see it ----------------------------------------------------------------------------

  @Test
  void readersNeverSeeHalfAnAppend() throws Exception {
    TicketStore store = newStore();
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
            Seq<TicketEvent> h = store.load(ACME, INC1);
            if (h.size() % batch != 0
                || !h.map(TicketEvent::sequence).equals(Vector.rangeClosed(1L, (long) h.size()))) {
              torn.add("saw " + h.map(TicketEvent::sequence));
            }
            if (store.findCommand(ACME, "k" + (h.size() / batch)).isEmpty() && !h.isEmpty()) {
              torn.add("key of a visible append missing at version " + h.size());
            }
          }
        }));
      }
      Future<?> writer = pool.submit(() -> {
        for (int i = 0; i < appends; i++) {
          long v = (long) i * batch;
          store.append(ACME, INC1, v, key("k" + (i + 1)), TestEvents.batch(ACME, INC1, v + 1, batch, "k" + (i + 1)));
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
    assertThat(store.load(ACME, INC1)).hasSize(batch * appends);
  }

  // ---- random append sequences against a model ----------------------------------------------------------------

  /**
   * Random sequences of appends (right and stale versions, fresh and reused keys, two tenants, three tickets,
   * and malformed batches) give the same answers as a simple model, and leave the same histories and commands;
   * {@link TicketStore#lookUp} answers what {@code findCommand} and {@code load} do, and a recent history held is a
   * prefix of the stored one.
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
    private static final List<TicketId> TICKETS = List.of(INC1, INC2, TicketId.of("CHG-000001"));
    final TicketStore store;
    Map<Tuple2<TenantId, TicketId>, Seq<TicketEvent>> histories = HashMap.empty();
    Map<Tuple2<TenantId, String>, RecordedCommand> commands = HashMap.empty();
    int keys;

    ModelledStore(TicketStore store) {
      this.store = store;
    }

    Seq<TicketEvent> history(TenantId tenant, TicketId ticket) {
      return histories.get(Tuple.of(tenant, ticket)).getOrElse(Vector.empty());
    }

    AppendResult expected(TenantId tenant, TicketId ticket, long version, CommandKey key, Seq<TicketEvent> events) {
      Option<RecordedCommand> earlier = commands.get(Tuple.of(tenant, key.idempotencyKey()));
      if (earlier.isDefined()) {
        return new AppendResult.DuplicateCommand(earlier.get());
      }
      Seq<TicketEvent> h = history(tenant, ticket);
      if (h.size() != version) {
        return new AppendResult.VersionConflict(h.size());
      }
      histories = histories.put(Tuple.of(tenant, ticket), h.appendAll(events));
      commands = commands.put(Tuple.of(tenant, key.idempotencyKey()),
          new RecordedCommand(ticket, key.fingerprint(), events));
      return new AppendResult.Appended(version + events.size());
    }

    void checkEverything() {
      for (TenantId tenant : TENANTS) {
        for (TicketId ticket : TICKETS) {
          assertThat(store.load(tenant, ticket)).as("history of %s/%s", tenant, ticket)
              .containsExactlyElementsOf(history(tenant, ticket));
          Seq<TicketEvent> stored = history(tenant, ticket);
          store.recentHistory(tenant, ticket).forEach(h -> assertThat(h).as("recent history of %s/%s", tenant,
              ticket).isNotEmpty().isEqualTo(stored.take(h.size())));
          TicketStore.CommandLookup fresh = store.lookUp(tenant, "never-used", ticket);
          assertThat(fresh.recorded().isEmpty()).as("look-up of a new key in %s", tenant).isTrue();
          assertThat(fresh.history()).as("look-up of %s/%s", tenant, ticket)
              .containsExactlyElementsOf(history(tenant, ticket));
        }
        TenantId t = tenant;
        assertThat(HashSet.ofAll(store.ticketIds(tenant)))
            .isEqualTo(HashSet.ofAll(histories.keySet().filter(k -> k._1.equals(t)).map(k -> k._2)));
      }
      for (Tuple2<Tuple2<TenantId, String>, RecordedCommand> c : commands) {
        assertThat(store.findCommand(c._1._1, c._1._2)).as("command %s", c._1).isEqualTo(Option.some(c._2));
        for (TicketId ticket : TICKETS) {
          assertThat(store.lookUp(c._1._1, c._1._2, ticket))
              .as("look-up of command %s addressing %s", c._1, ticket)
              .isEqualTo(new TicketStore.CommandLookup(Option.some(c._2), Vector.empty()));
        }
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
      Arbitrary<TicketId> tickets = Arbitraries.of(ModelledStore.TICKETS.asJava());
      Arbitrary<Integer> versionShift = Arbitraries.frequency(
          net.jqwik.api.Tuple.of(8, 0), net.jqwik.api.Tuple.of(1, -1), net.jqwik.api.Tuple.of(1, 1));
      java.util.List<String> used = new ArrayList<>(state.commands.keySet().map(k -> k._2).toJavaList());
      Collections.sort(used);
      Arbitrary<Option<String>> reuse = used.isEmpty() ? Arbitraries.just(Option.none())
          : Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, Arbitraries.just(Option.<String>none())),
              net.jqwik.api.Tuple.of(1, Arbitraries.of(used).map(Option::some)));
      return Combinators.combine(tenants, tickets, versionShift, reuse, Arbitraries.integers().between(1, 3))
          .as((tenant, ticket, shift, reused, size) -> Transformer.mutate(
              "append " + size + " to " + tenant + "/" + ticket + " shift " + shift + reused.map(k -> " reusing " + k)
                  .getOrElse(""),
              s -> {
                long version = Math.max(0, s.history(tenant, ticket).size() + shift);
                String k = reused.getOrElse(() -> "key-" + (++s.keys));
                CommandKey key = new CommandKey(k, "fp-" + k + "-" + size);
                Seq<TicketEvent> events = TestEvents.batch(tenant, ticket, version + 1, size, k);
                AppendResult actual = s.store.append(tenant, ticket, version, key, events);
                AppendResult expected = s.expected(tenant, ticket, version, key, events);
                assertThat(actual).isEqualTo(expected);
                assertThat(s.store.load(tenant, ticket)).containsExactlyElementsOf(s.history(tenant, ticket));
              }));
    }
  }

  private static final class MalformedAppendAction implements Action.Independent<ModelledStore> {
    @Override
    public Arbitrary<Transformer<ModelledStore>> transformer() {
      return Arbitraries.of("empty", "misnumbered", "other tenant").map(kind -> Transformer.mutate(
          "malformed append: " + kind, s -> {
            long version = s.history(ACME, INC1).size();
            String k = "bad-" + (++s.keys);
            Seq<TicketEvent> events = switch (kind) {
              case "empty" -> Vector.empty();
              case "misnumbered" -> TestEvents.batch(ACME, INC1, version + 2, 1, k);
              default -> TestEvents.batch(GLOBEX, INC1, version + 1, 1, k);
            };
            assertThatThrownBy(() -> s.store.append(ACME, INC1, version, new CommandKey(k, "fp"), events))
                .isInstanceOf(IllegalArgumentException.class);
            assertThat(s.store.load(ACME, INC1)).containsExactlyElementsOf(s.history(ACME, INC1));
            assertThat(s.store.findCommand(ACME, k).isEmpty()).isTrue();
          }));
    }
  }
}
