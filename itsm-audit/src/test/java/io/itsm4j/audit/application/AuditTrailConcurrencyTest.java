package io.itsm4j.audit.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.audit.memory.InMemoryAuditStore;
import io.itsm4j.audit.port.AuditQuery;
import io.itsm4j.audit.trail.AuditChain;
import io.itsm4j.audit.trail.AuditDraft;
import io.itsm4j.audit.trail.AuditEntry;
import io.itsm4j.audit.trail.AuditValue;
import io.itsm4j.audit.trail.RecordRef;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.TenantId;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Many writers append at once; the chain stays linear (no fork), complete (no gap, nothing lost or doubled), every
 * batch stays together, and the result verifies. Once through one trail, once through several trails over one
 * store, as several host nodes would, where appends race and are retried.
 */
class AuditTrailConcurrencyTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final int WRITERS = 8;
  private static final int BATCHES = 300;

  @Test
  void writersSharingOneTrailLeaveOneLinearCompleteChain() throws Exception {
    InMemoryAuditStore store = new InMemoryAuditStore();
    AuditTrail trail = AuditTrail.builder().store(store).build();
    hammer(store, w -> trail);
  }

  @Test
  void writersOnSeveralNodesOverOneStoreLeaveOneLinearCompleteChain() throws Exception {
    InMemoryAuditStore store = new InMemoryAuditStore();
    List<AuditTrail> nodes = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      nodes.add(AuditTrail.builder().store(store).maxAttempts(10_000).build());
    }
    hammer(store, nodes::get);
  }

  private static void hammer(InMemoryAuditStore store, java.util.function.IntFunction<AuditTrail> trailOf)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> written = new ArrayList<>();
    try {
      for (int w = 0; w < WRITERS; w++) {
        int writer = w;
        written.add(pool.submit(() -> {
          start.await();
          int n = 0;
          for (int b = 0; b < BATCHES; b++) {
            int size = 1 + (b % 3);
            Vector<AuditDraft> batch = Vector.empty();
            for (int i = 0; i < size; i++) {
              batch = batch.append(draft(writer, b, i));
            }
            Seq<AuditEntry> sealed = trailOf.apply(writer).recordAll(batch).get();
            assertThat(sealed).hasSize(size);
            n += size;
          }
          return n;
        }));
      }
      start.countDown();
      int total = 0;
      for (Future<Integer> f : written) {
        total += f.get(120, TimeUnit.SECONDS);
      }
      Seq<AuditEntry> chain = store.entries(ACME, 1, Long.MAX_VALUE);
      assertThat(chain).hasSize(total);
      assertThat(chain.map(AuditEntry::sequence)).containsExactlyElementsOf(Vector.rangeClosed(1L, (long) total));
      assertThat(AuditChain.verify(ACME, chain).isIntact()).isTrue();
      Set<String> seen = new HashSet<>();
      chain.forEach(e -> assertThat(seen.add(e.actor() + "/" + e.record().id() + "/" + e.after().get("item").get())).as("written once").isTrue());
      for (int w = 0; w < WRITERS; w++) {
        for (int b = 0; b < BATCHES; b++) {
          Seq<Long> sequences = store.query(ACME, AuditQuery.byRecord(RecordRef.of("batch", w + "-" + b)))
              .map(AuditEntry::sequence);
          assertThat(sequences.last() - sequences.head()).as("batch %d-%d is contiguous", w, b)
              .isEqualTo(sequences.size() - 1);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static AuditDraft draft(int writer, int batch, int item) {
    return AuditDraft.builder().tenant(ACME).actor(ActorId.of("writer-" + writer))
        .action("test.appended").record(RecordRef.of("batch", writer + "-" + batch))
        .occurredAt(Instant.EPOCH.plusSeconds(batch)).after(LinkedHashMap.of("item", AuditValue.text("" + item)))
        .build();
  }
}
