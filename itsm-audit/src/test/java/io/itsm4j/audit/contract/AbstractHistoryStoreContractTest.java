package io.itsm4j.audit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itsm4j.audit.port.HistoryStore;
import io.itsm4j.core.TenantId;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@link HistoryStore} contract as tests. A host adapter extends this class, returns a fresh, empty store of
 * strings from {@link #newStore()}, and passes every test. An adapter over durable storage also overrides {@link
 * #reopen}, so that what is read back comes from the storage and not from what the instance remembers.
 *
 * <p>The kit checks idempotency keys (a retry stores nothing and answers with the first append, the key checked
 * before the version, racing retries stored once, keys per tenant), optimistic appends (stale, future and racing versions), atomic batches also under a race, no
 * lost or doubled event when many writers retry until they are through, exact read-back of awkward text, creation
 * order of ids, and tenant isolation.
 */
public abstract class AbstractHistoryStoreContractTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final TenantId GLOBEX = TenantId.of("globex");

  private HistoryStore<String> store;

  /** A fresh, empty store. */
  protected abstract HistoryStore<String> newStore();

  /**
   * Another store over the same storage as {@code store}, as a second node or a restarted host would have it. The
   * default returns {@code store} itself, which is right for a store that keeps nothing outside the instance.
   */
  protected HistoryStore<String> reopen(HistoryStore<String> store) {
    return store;
  }

  @BeforeEach
  void setUp() {
    store = newStore();
  }

  private final java.util.concurrent.atomic.AtomicLong keys = new java.util.concurrent.atomic.AtomicLong();

  /** Appends under a key of its own; whether the events were stored. */
  private boolean append(TenantId tenant, String recordId, long expectedVersion, Seq<String> events) {
    return store.append(tenant, recordId, expectedVersion, key("k-" + keys.incrementAndGet()), events)
        instanceof HistoryStore.AppendResult.Appended<String>;
  }

  private static HistoryStore.CommandKey key(String key) {
    return new HistoryStore.CommandKey(key, "fp-" + key);
  }

  @Test
  void aRetryUnderTheSameKeyStoresNothingAndAnswersWithTheFirstAppend() {
    HistoryStore.CommandKey k = key("req-1");
    assertThat(store.append(ACME, "CA-1", 0, k, Vector.of("raised", "noted")))
        .isEqualTo(new HistoryStore.AppendResult.Appended<String>(2));
    HistoryStore.RecordedCommand<String> first = new HistoryStore.RecordedCommand<>("CA-1", "fp-req-1",
        Vector.of("raised", "noted"));
    // The key is checked before the version: a retry after the record moved on is a duplicate, not a conflict.
    assertThat(append(ACME, "CA-1", 2, Vector.of("analysed"))).isTrue();
    for (long version : new long[] {0, 3, 7}) {
      assertThat(store.append(ACME, "CA-1", version, k, Vector.of("again")))
          .isEqualTo(new HistoryStore.AppendResult.DuplicateCommand<>(first));
    }
    assertThat(store.append(ACME, "CA-2", 0, new HistoryStore.CommandKey("req-1", "other"), Vector.of("x")))
        .as("a key is unique per tenant, whatever record it names").isInstanceOf(
            HistoryStore.AppendResult.DuplicateCommand.class);
    HistoryStore<String> reader = reopen(store);
    assertThat(reader.load(ACME, "CA-1")).containsExactly("raised", "noted", "analysed");
    assertThat(reader.ids(ACME)).containsExactly("CA-1");
    assertThat(reader.findCommand(ACME, "req-1")).contains(first);
    assertThat(reader.findCommand(ACME, "req-2")).isEmpty();
    assertThat(reader.findCommand(GLOBEX, "req-1")).as("keys are per tenant").isEmpty();
    assertThat(store.append(GLOBEX, "CA-1", 0, k, Vector.of("g"))).isInstanceOf(
        HistoryStore.AppendResult.Appended.class);
  }

  @Test
  void aConflictNamesTheActualVersionAndRecordsNoKey() {
    assertThat(append(ACME, "CA-1", 0, Vector.of("a", "b"))).isTrue();
    assertThat(store.append(ACME, "CA-1", 1, key("late"), Vector.of("c")))
        .isEqualTo(new HistoryStore.AppendResult.VersionConflict<String>(2));
    assertThat(reopen(store).findCommand(ACME, "late")).isEmpty();
    assertThat(store.append(ACME, "CA-1", 2, key("late"), Vector.of("c")))
        .isEqualTo(new HistoryStore.AppendResult.Appended<String>(3));
  }

  @Test
  void ofRetriesOfOneCommandRacingExactlyOneIsStoredAndTheOthersAreDuplicates() throws Exception {
    int writers = 8;
    HistoryStore.CommandKey k = key("req-race");
    List<HistoryStore.AppendResult<String>> outcomes = race(writers,
        w -> store.append(ACME, "CA-1", 0, k, Vector.of("raised", "planned")));
    assertThat(outcomes.stream().filter(o -> o instanceof HistoryStore.AppendResult.Appended<String>).count())
        .isEqualTo(1);
    assertThat(outcomes.stream().filter(o -> o instanceof HistoryStore.AppendResult.DuplicateCommand<String>)
        .count()).isEqualTo(writers - 1);
    assertThat(reopen(store).load(ACME, "CA-1")).containsExactly("raised", "planned");
  }

  @Test
  void historiesGrowOnlyAtTheExpectedVersion() {
    assertThat(store.load(ACME, "CA-1")).isEmpty();
    assertThat(append(ACME, "CA-1", 0, Vector.of("raised"))).isTrue();
    assertThat(append(ACME, "CA-1", 0, Vector.of("raised again"))).isFalse();
    assertThat(append(ACME, "CA-1", 2, Vector.of("too far"))).isFalse();
    assertThat(append(ACME, "CA-1", 1, Vector.of("analysed", "planned"))).isTrue();
    assertThat(store.load(ACME, "CA-1")).containsExactly("raised", "analysed", "planned");
  }

  @Test
  void idsComeInCreationOrderAndTenantsAreApart() {
    append(ACME, "CA-2", 0, Vector.of("a"));
    append(ACME, "CA-1", 0, Vector.of("b"));
    append(GLOBEX, "CA-9", 0, Vector.of("c"));
    assertThat(store.ids(ACME)).containsExactly("CA-2", "CA-1");
    assertThat(store.ids(GLOBEX)).containsExactly("CA-9");
    assertThat(store.load(GLOBEX, "CA-1")).isEmpty();
  }

  @Test
  void emptyBatchesAndNegativeVersionsAreProgrammerErrors() {
    assertThatThrownBy(() -> append(ACME, "CA-1", 0, Vector.empty())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> append(ACME, "CA-1", -1, Vector.of("x"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.append(ACME, "CA-1", 0, null, Vector.of("x")))
        .isInstanceOf(NullPointerException.class);
    assertThat(store.ids(ACME)).isEmpty();
  }

  @Test
  void eventsComeBackExactlyWhateverTheirText() {
    java.util.List<String> awkward = new ArrayList<>(List.of("", "=", "a=b", "\\", "\\n", "\\e", "\\u0000",
        "line1\nline2", "\r\n", "\u0000nul", "line\u2028separator\u2029paragraph\u0085next", "😀 ünï 日本語",
        "'; drop table x; --", "%_%", " ", "x".repeat(20_000)));
    awkward.addAll(TestDrafts.sample(ACME, 30, 11).map(d -> d.reason().getOrElse("") + d.after()).toJavaList());
    assertThat(append(ACME, "CA-1", 0, Vector.ofAll(awkward.subList(0, 5)))).isTrue();
    assertThat(append(ACME, "CA-1", 5, Vector.ofAll(awkward.subList(5, awkward.size())))).isTrue();
    assertThat(reopen(store).load(ACME, "CA-1")).containsExactlyElementsOf(awkward);
  }

  @Test
  void recordIdsAreExactAndTenantsKeepTheirOwnVersions() {
    assertThat(append(ACME, "CA-1", 0, Vector.of("a1", "a2", "a3"))).isTrue();
    assertThat(append(ACME, "ca-1", 0, Vector.of("lower"))).as("ids are case-sensitive").isTrue();
    assertThat(append(ACME, "CA-10", 0, Vector.of("ten"))).isTrue();
    assertThat(append(GLOBEX, "CA-1", 0, Vector.of("g1"))).as("another tenant's CA-1 is new").isTrue();
    assertThat(append(GLOBEX, "CA-1", 3, Vector.of("g?"))).isFalse();
    HistoryStore<String> reader = reopen(store);
    assertThat(reader.load(ACME, "CA-1")).containsExactly("a1", "a2", "a3");
    assertThat(reader.load(ACME, "ca-1")).containsExactly("lower");
    assertThat(reader.load(GLOBEX, "CA-1")).containsExactly("g1");
    assertThat(reader.load(GLOBEX, "CA-10")).isEmpty();
    assertThat(reader.ids(ACME)).containsExactly("CA-1", "ca-1", "CA-10");
    assertThat(reader.ids(GLOBEX)).containsExactly("CA-1");
  }

  @Test
  void ofBatchesRacingAtOneVersionExactlyOneIsStoredWhole() throws Exception {
    int writers = 8;
    assertThat(append(ACME, "CA-1", 0, Vector.of("raised"))).isTrue();
    List<Vector<String>> batches = new ArrayList<>();
    for (int w = 0; w < writers; w++) {
      String prefix = "w" + w + "-";
      batches.add(Vector.range(0, 1 + w % 3).map(i -> prefix + i));
    }
    List<Boolean> outcomes = race(writers, w -> append(ACME, "CA-1", 1, batches.get(w)));
    assertThat(outcomes.stream().filter(b -> b).count()).isEqualTo(1);
    int winner = outcomes.indexOf(true);
    assertThat(reopen(store).load(ACME, "CA-1")).as("the winner's batch, whole, and nothing else")
        .containsExactlyElementsOf(Vector.of("raised").appendAll(batches.get(winner)));
  }

  @Test
  void ofRecordsCreatedInARaceEachIsCreatedOnce() throws Exception {
    int writers = 8;
    List<Boolean> outcomes = race(writers, w -> append(ACME, "CA-" + (w % 2), 0, Vector.of("by-" + w)));
    assertThat(outcomes.stream().filter(b -> b).count()).isEqualTo(2);
    assertThat(reopen(store).ids(ACME)).containsExactlyInAnyOrder("CA-0", "CA-1");
    assertThat(reopen(store).load(ACME, "CA-0")).hasSize(1);
    assertThat(reopen(store).load(ACME, "CA-1")).hasSize(1);
  }

  @Test
  void writersRetryingAtTheNewVersionLoseAndDoubleNothing() throws Exception {
    int writers = 8;
    int perWriter = 8;
    race(writers, w -> {
      for (int i = 0; i < perWriter; i++) {
        String event = "w" + w + "-" + i;
        while (!append(ACME, "CA-1", store.load(ACME, "CA-1").size(), Vector.of(event))) {
          Thread.onSpinWait();
        }
      }
      return w;
    });
    Seq<String> history = reopen(store).load(ACME, "CA-1");
    assertThat(history).hasSize(writers * perWriter).doesNotHaveDuplicates();
    for (int w = 0; w < writers; w++) {
      String prefix = "w" + w + "-";
      assertThat(history.filter(e -> e.startsWith(prefix))).as("writer %s's events in its order", w)
          .containsExactlyElementsOf(Vector.range(0, perWriter).map(i -> prefix + i));
    }
    assertThat(reopen(store).ids(ACME)).containsExactly("CA-1");
  }

  /** Runs {@code task} for writers 0..n-1 at once, from a common start, and returns their results in writer order. */
  private static <T> List<T> race(int writers, java.util.function.IntFunction<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      CountDownLatch ready = new CountDownLatch(writers);
      CountDownLatch start = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        int writer = w;
        futures.add(pool.submit(() -> {
          ready.countDown();
          start.await();
          return task.apply(writer);
        }));
      }
      ready.await(30, TimeUnit.SECONDS);
      start.countDown();
      List<T> out = new ArrayList<>();
      for (Future<T> f : futures) {
        out.add(f.get(120, TimeUnit.SECONDS));
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }
}
