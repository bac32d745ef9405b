package io.itsm4j.audit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itsm4j.audit.port.HistoryStore;
import io.itsm4j.core.TenantId;
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
 * strings from {@link #newStore()}, and passes every test.
 */
public abstract class AbstractHistoryStoreContractTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final TenantId GLOBEX = TenantId.of("globex");

  private HistoryStore<String> store;

  /** A fresh, empty store. */
  protected abstract HistoryStore<String> newStore();

  @BeforeEach
  void setUp() {
    store = newStore();
  }

  @Test
  void historiesGrowOnlyAtTheExpectedVersion() {
    assertThat(store.load(ACME, "CA-1")).isEmpty();
    assertThat(store.append(ACME, "CA-1", 0, Vector.of("raised"))).isTrue();
    assertThat(store.append(ACME, "CA-1", 0, Vector.of("raised again"))).isFalse();
    assertThat(store.append(ACME, "CA-1", 2, Vector.of("too far"))).isFalse();
    assertThat(store.append(ACME, "CA-1", 1, Vector.of("analysed", "planned"))).isTrue();
    assertThat(store.load(ACME, "CA-1")).containsExactly("raised", "analysed", "planned");
  }

  @Test
  void idsComeInCreationOrderAndTenantsAreApart() {
    store.append(ACME, "CA-2", 0, Vector.of("a"));
    store.append(ACME, "CA-1", 0, Vector.of("b"));
    store.append(GLOBEX, "CA-9", 0, Vector.of("c"));
    assertThat(store.ids(ACME)).containsExactly("CA-2", "CA-1");
    assertThat(store.ids(GLOBEX)).containsExactly("CA-9");
    assertThat(store.load(GLOBEX, "CA-1")).isEmpty();
  }

  @Test
  void emptyBatchesAndNegativeVersionsAreProgrammerErrors() {
    assertThatThrownBy(() -> store.append(ACME, "CA-1", 0, Vector.empty())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.append(ACME, "CA-1", -1, Vector.of("x"))).isInstanceOf(IllegalArgumentException.class);
    assertThat(store.ids(ACME)).isEmpty();
  }

  @Test
  void ofAppendsRacingAtOneVersionExactlyOneWins() throws Exception {
    int writers = 8;
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Boolean>> outcomes = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        String event = "by-" + w;
        outcomes.add(pool.submit(() -> {
          start.await();
          return store.append(ACME, "CA-1", 0, Vector.of(event));
        }));
      }
      start.countDown();
      int won = 0;
      for (Future<Boolean> f : outcomes) {
        won += f.get(30, TimeUnit.SECONDS) ? 1 : 0;
      }
      assertThat(won).isEqualTo(1);
      assertThat(store.load(ACME, "CA-1")).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
  }
}
