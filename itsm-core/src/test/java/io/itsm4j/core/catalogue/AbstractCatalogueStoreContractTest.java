package io.itsm4j.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itsm4j.core.ActorId;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.port.CatalogueAppendResult;
import io.itsm4j.core.port.CatalogueStore;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The {@link CatalogueStore} contract as a test kit: a host's adapter extends this class and returns a fresh,
 * empty store from {@link #newStore()}; every adapter in the project passes it.
 */
public abstract class AbstractCatalogueStoreContractTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final TenantId GLOBEX = TenantId.of("globex");

  /** A new, empty store. */
  protected abstract CatalogueStore newStore();

  private static CatalogueEvent ci(TenantId tenant, long version, String id) {
    return new CatalogueEvent.CiRegistered(new CatalogueEventHeader(tenant, version, Instant.parse(
        "2026-11-23T10:00:00Z").plusSeconds(version), ActorId.of("importer"), "cmd-" + version),
        ConfigurationItem.of(id, "CI " + id, "server"));
  }

  private static CatalogueStore.CommandKey key(String key) {
    return new CatalogueStore.CommandKey(key, "fp-" + key);
  }

  @Test
  void aTenantWithoutEventsIsAtVersionZero() {
    CatalogueStore store = newStore();
    assertThat(store.load(ACME, 0)).isEmpty();
    assertThat(store.version(ACME)).isZero();
    assertThat(store.findCommand(ACME, "k")).isEmpty();
  }

  @Test
  void appendedEventsAreLoadedInVersionOrderFromAnyVersion() {
    CatalogueStore store = newStore();
    Seq<CatalogueEvent> first = List.of(ci(ACME, 1, "a"), ci(ACME, 2, "b"));
    assertThat(store.append(ACME, 0, key("k1"), first)).isEqualTo(new CatalogueAppendResult.Appended(2));
    assertThat(store.append(ACME, 2, key("k2"), List.of(ci(ACME, 3, "c"))))
        .isEqualTo(new CatalogueAppendResult.Appended(3));
    assertThat(store.version(ACME)).isEqualTo(3);
    assertThat(store.load(ACME, 0).map(CatalogueEvent::version)).containsExactly(1L, 2L, 3L);
    assertThat(store.load(ACME, 2)).containsExactly(ci(ACME, 3, "c"));
    assertThat(store.load(ACME, 3)).isEmpty();
    assertThat(store.load(ACME, 7)).isEmpty();
    assertThat(store.findCommand(ACME, "k1").get().events()).containsExactlyElementsOf(first);
    assertThat(store.findCommand(ACME, "k1").get().fingerprint()).isEqualTo("fp-k1");
  }

  @Test
  void aStaleAppendIsAConflictAndStoresNothing() {
    CatalogueStore store = newStore();
    store.append(ACME, 0, key("k1"), List.of(ci(ACME, 1, "a")));
    assertThat(store.append(ACME, 0, key("k2"), List.of(ci(ACME, 1, "b"))))
        .isEqualTo(new CatalogueAppendResult.VersionConflict(1));
    assertThat(store.load(ACME, 0)).containsExactly(ci(ACME, 1, "a"));
    assertThat(store.findCommand(ACME, "k2")).isEmpty();
  }

  @Test
  void aReusedKeyStoresNothingAndAnswersWhatItStoredFirstBeforeLookingAtTheVersion() {
    CatalogueStore store = newStore();
    store.append(ACME, 0, key("k1"), List.of(ci(ACME, 1, "a")));
    CatalogueAppendResult again = store.append(ACME, 1, key("k1"), List.of(ci(ACME, 2, "b")));
    assertThat(again).isInstanceOfSatisfying(CatalogueAppendResult.DuplicateCommand.class,
        d -> assertThat(d.previous().events()).containsExactly(ci(ACME, 1, "a")));
    assertThat(store.version(ACME)).isEqualTo(1);
  }

  @Test
  void tenantsAreIsolated() {
    CatalogueStore store = newStore();
    store.append(ACME, 0, key("k1"), List.of(ci(ACME, 1, "a")));
    assertThat(store.load(GLOBEX, 0)).isEmpty();
    assertThat(store.findCommand(GLOBEX, "k1")).isEmpty();
    assertThat(store.append(GLOBEX, 0, key("k1"), List.of(ci(GLOBEX, 1, "a"))))
        .isEqualTo(new CatalogueAppendResult.Appended(1));
    assertThat(store.load(ACME, 0)).containsExactly(ci(ACME, 1, "a"));
  }

  @Test
  void malformedBatchesAreProgrammerErrors() {
    CatalogueStore store = newStore();
    assertThatThrownBy(() -> store.append(ACME, 0, key("k"), List.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.append(ACME, 0, key("k"), List.of(ci(ACME, 2, "a"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.append(ACME, 0, key("k"), List.of(ci(GLOBEX, 1, "a"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.load(ACME, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(store.version(ACME)).isZero();
  }

  @Test
  void ofTwoAppendsRacingAtTheSameVersionExactlyOneWins() throws Exception {
    for (int round = 0; round < 50; round++) {
      CatalogueStore store = newStore();
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        Future<CatalogueAppendResult> a = pool.submit(() -> {
          start.await();
          return store.append(ACME, 0, key("a"), List.of(ci(ACME, 1, "a")));
        });
        Future<CatalogueAppendResult> b = pool.submit(() -> {
          start.await();
          return store.append(ACME, 0, key("b"), List.of(ci(ACME, 1, "b")));
        });
        start.countDown();
        List<CatalogueAppendResult> results = List.of(a.get(10, TimeUnit.SECONDS), b.get(10, TimeUnit.SECONDS));
        assertThat(results.count(r -> r instanceof CatalogueAppendResult.Appended)).isEqualTo(1);
        assertThat(results.count(r -> r instanceof CatalogueAppendResult.VersionConflict)).isEqualTo(1);
        assertThat(store.load(ACME, 0)).hasSize(1);
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
