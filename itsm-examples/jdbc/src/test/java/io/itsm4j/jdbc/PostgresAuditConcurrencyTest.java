package io.itsm4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.audit.port.AppendOutcome;
import io.itsm4j.audit.port.AuditQuery;
import io.itsm4j.audit.port.AuditStore;
import io.itsm4j.audit.application.AuditTrail;
import io.itsm4j.audit.trail.AuditChain;
import io.itsm4j.audit.trail.AuditDraft;
import io.itsm4j.audit.trail.AuditEntry;
import io.itsm4j.audit.trail.AuditValue;
import io.itsm4j.audit.trail.Checkpoint;
import io.itsm4j.audit.trail.RecordRef;
import io.itsm4j.audit.trail.Verification;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.TenantId;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Eight threads append to one tenant's audit chain on PostgreSQL, each through its own {@link AuditTrail} as eight
 * host nodes would, so that their appends race from the same heads and the losers seal again and retry. The chain
 * ends up linear and complete: every batch stored exactly once and whole, nothing of a lost race, and the module's
 * verifier finds it intact from genesis to the head.
 */
class PostgresAuditConcurrencyTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
  private static final int WRITERS = 8;
  private static final int BATCHES = 20;

  @Test
  void eightNodesAppendingAtRacingHeadsLoseAndDuplicateNothing() throws Exception {
    PooledDataSource db = TestDatabases.postgresSchema(10);
    CountingStore store = new CountingStore(new JdbcAuditStore(db));
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    List<Future<List<Seq<AuditEntry>>>> results = new ArrayList<>();
    try {
      CountDownLatch start = new CountDownLatch(1);
      for (int w = 0; w < WRITERS; w++) {
        int writer = w;
        AuditTrail node = AuditTrail.builder().store(store).maxAttempts(10_000).build();
        results.add(pool.submit(() -> {
          start.await();
          List<Seq<AuditEntry>> written = new ArrayList<>();
          for (int b = 0; b < BATCHES; b++) {
            Vector<AuditDraft> batch = Vector.empty();
            for (int i = 0; i <= (writer + b) % 3; i++) {
              batch = batch.append(draft(writer, b, i));
            }
            written.add(node.recordAll(batch).get());
          }
          return written;
        }));
      }
      start.countDown();
      List<Seq<AuditEntry>> batches = new ArrayList<>();
      for (Future<List<Seq<AuditEntry>>> f : results) {
        batches.addAll(f.get(180, TimeUnit.SECONDS));
      }

      assertThat(store.headMoved.get()).as("the appends really did race").isPositive();
      JdbcAuditStore reader = new JdbcAuditStore(db);
      Checkpoint head = reader.head(ACME);
      Seq<AuditEntry> chain = reader.entries(ACME, 1, Long.MAX_VALUE);
      int total = batches.stream().mapToInt(Seq::size).sum();
      assertThat(head.sequence()).isEqualTo(total);
      assertThat(chain.map(AuditEntry::sequence)).containsExactlyElementsOf(Vector.rangeClosed(1L, (long) total));
      for (Seq<AuditEntry> batch : batches) {
        long first = batch.head().sequence();
        assertThat(chain.subSequence((int) first - 1, (int) first - 1 + batch.size()))
            .as("batch stored whole and in place").containsExactlyElementsOf(batch);
      }
      assertThat(chain.map(e -> e.after().get("id").get().display()).distinct()).as("no draft stored twice")
          .hasSize(total);
      assertThat(store.appended.get()).as("one successful append per batch").isEqualTo(batches.size());
      assertThat(AuditChain.verify(chain, Checkpoint.genesis(ACME), Vector.of(head)))
          .isEqualTo(new Verification.Intact(head, total));
      AuditTrail auditor = AuditTrail.builder().store(reader).build();
      assertThat(auditor.verify(ACME).get()).isEqualTo(new Verification.Intact(head, total));
      assertThat(auditor.query(ACME, AuditQuery.byActor(ActorId.of("node-3"))).get())
          .hasSize(batches.stream().filter(b -> b.head().actor().value().equals("node-3")).mapToInt(Seq::size).sum());
    } finally {
      pool.shutdownNow();
    }
  }

  private static AuditDraft draft(int writer, int batch, int index) {
    return AuditDraft.builder().tenant(ACME).actor(ActorId.of("node-" + writer)).action("ticket.noted")
        .record(RecordRef.of("ticket", "INC-" + writer)).occurredAt(T0.plusSeconds(batch))
        .after(LinkedHashMap.of("id", AuditValue.text(writer + "/" + batch + "/" + index))).build();
  }

  /** Counts the outcomes of the appends that pass through it. */
  private static final class CountingStore implements AuditStore {
    private final AuditStore target;
    final AtomicInteger appended = new AtomicInteger();
    final AtomicInteger headMoved = new AtomicInteger();

    CountingStore(AuditStore target) {
      this.target = target;
    }

    @Override
    public Checkpoint head(TenantId tenant) {
      return target.head(tenant);
    }

    @Override
    public AppendOutcome append(TenantId tenant, Checkpoint expectedHead, Seq<AuditEntry> entries) {
      AppendOutcome outcome = target.append(tenant, expectedHead, entries);
      (outcome instanceof AppendOutcome.Appended ? appended : headMoved).incrementAndGet();
      return outcome;
    }

    @Override
    public Seq<AuditEntry> entries(TenantId tenant, long from, long to) {
      return target.entries(tenant, from, to);
    }

    @Override
    public Seq<AuditEntry> query(TenantId tenant, AuditQuery query) {
      return target.query(tenant, query);
    }
  }
}
