package io.itsm4j.audit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.audit.feedback.Complaint;
import io.itsm4j.audit.feedback.Survey;
import io.itsm4j.audit.improvement.Improvement;
import io.itsm4j.audit.improvement.Source;
import io.itsm4j.audit.improvement.Target;
import io.itsm4j.audit.port.VersionedStore;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.catalogue.CustomerId;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.ticket.TicketId;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link VersionedStore}, for each value type itsm-audit keeps that way (surveys, complaints,
 * improvement register entries): a value saved at version 1 and read back equal (its every field, text in any script
 * included), updated only from the version read, listed by id, tenants apart, one winner among racing saves. A host
 * adapter extends it and gives a fresh, empty store of each type.
 */
public abstract class AbstractVersionedStoreContractTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final TenantId GLOBEX = TenantId.of("globex");
  private static final Instant T0 = Instant.parse("2026-05-04T09:00:00Z");
  private static final ActorId OWNER = ActorId.of("owner");

  /** A fresh, empty store of surveys. */
  protected abstract VersionedStore<Survey> surveys();

  /** A fresh, empty store of complaints. */
  protected abstract VersionedStore<Complaint> complaints();

  /** A fresh, empty store of improvement register entries. */
  protected abstract VersionedStore<Improvement> improvements();

  private static Survey survey(int i) {
    Survey s = Survey.afterResolution("s-" + i, ACME, TicketId.of("INC-" + i), CustomerId.of("retail"),
        Option.some(ServiceId.of("email")), T0, 7);
    return i % 2 == 0 ? s : s.answer(new Survey.Response(1 + i % 5, "ünï 日本 " + i + "\nsecond line",
        T0.plusSeconds(60))).get();
  }

  private static Complaint complaint(int i) {
    Complaint c = Complaint.record("CMP-" + i, ACME, ServiceId.of("email"), CustomerId.of("retail"),
        "Mail was down ünï " + i, OWNER, T0);
    return i % 2 == 0 ? c : c.investigate(OWNER, T0.plusSeconds(60), "looking").get()
        .proposeResolution(OWNER, T0.plusSeconds(120), "second MX").get();
  }

  private static Improvement improvement(int i) {
    Improvement m = Improvement.identify("CSI-" + i, ACME, "Faster P2 " + i, new Source(Source.Kind.TREND_SIGNAL,
        "ttr p2"), "fewer breaches", 1 + i % 4, OWNER, Option.some(new Target("P2 median hours", 10, 6)), T0);
    return i % 2 == 0 ? m : m.approve(T0.plusSeconds(60)).get().start(T0.plusSeconds(120)).get()
        .implemented(T0.plusSeconds(180)).get().measured(5.5, T0.plusSeconds(240)).get();
  }

  @Test
  void surveys_keep_their_versions_and_tenants() throws Exception {
    check(surveys(), AbstractVersionedStoreContractTest::survey);
  }

  @Test
  void complaints_keep_their_versions_and_tenants() throws Exception {
    check(complaints(), AbstractVersionedStoreContractTest::complaint);
  }

  @Test
  void improvements_keep_their_versions_and_tenants() throws Exception {
    check(improvements(), AbstractVersionedStoreContractTest::improvement);
  }

  private static <T> void check(VersionedStore<T> store, IntFunction<T> value) throws Exception {
    assertThat(store.save(ACME, "b", value.apply(1), 0).get()).isEqualTo(1L);
    assertThat(store.save(ACME, "a", value.apply(2), 0).get()).isEqualTo(1L);
    assertThat(store.find(ACME, "b").get()).isEqualTo(new VersionedStore.Stored<>(value.apply(1), 1));
    assertThat(store.save(ACME, "b", value.apply(3), 1).get()).isEqualTo(2L);
    assertThat(store.find(ACME, "b").get().value()).isEqualTo(value.apply(3));
    assertThat(store.save(ACME, "b", value.apply(4), 1).getLeft().code()).isEqualTo(RejectionCode.VERSION_CONFLICT);
    assertThat(store.save(ACME, "c", value.apply(4), 1).getLeft().code()).isEqualTo(RejectionCode.VERSION_CONFLICT);
    assertThat(store.save(ACME, "a", value.apply(4), 0).getLeft().code()).isEqualTo(RejectionCode.VERSION_CONFLICT);
    assertThat(store.find(ACME, "b").get()).isEqualTo(new VersionedStore.Stored<>(value.apply(3), 2));
    assertThat(store.find(ACME, "c")).isEmpty();
    assertThat(store.all(ACME).map(s -> s.version())).containsExactly(1L, 2L);
    assertThat(store.all(ACME).head().value()).isEqualTo(value.apply(2));

    assertThat(store.find(GLOBEX, "b")).isEmpty();
    assertThat(store.all(GLOBEX)).isEmpty();
    assertThat(store.save(GLOBEX, "b", value.apply(5), 0).get()).isEqualTo(1L);
    assertThat(store.find(ACME, "b").get().version()).isEqualTo(2L);

    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        T v = value.apply(10 + i);
        results.add(pool.submit(() -> {
          start.await();
          return store.save(ACME, "b", v, 2).isRight();
        }));
      }
      start.countDown();
      int wins = 0;
      for (Future<Boolean> r : results) {
        wins += r.get(30, TimeUnit.SECONDS) ? 1 : 0;
      }
      assertThat(wins).isEqualTo(1);
      assertThat(store.find(ACME, "b").get().version()).isEqualTo(3L);
    } finally {
      pool.shutdownNow();
    }
  }
}
