package io.itsm4j.audit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itsm4j.audit.port.AppendOutcome;
import io.itsm4j.audit.port.AuditQuery;
import io.itsm4j.audit.port.AuditStore;
import io.itsm4j.audit.trail.AuditChain;
import io.itsm4j.audit.trail.AuditDraft;
import io.itsm4j.audit.trail.AuditEntry;
import io.itsm4j.audit.trail.AuditValue;
import io.itsm4j.audit.trail.Checkpoint;
import io.itsm4j.audit.trail.RecordRef;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.TenantId;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The {@link AuditStore} contract as tests. A host adapter extends this class, returns a fresh, empty store from
 * {@link #newStore()}, and passes every test.
 */
public abstract class AbstractAuditStoreContractTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final TenantId GLOBEX = TenantId.of("globex");
  private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

  private AuditStore store;

  /** A fresh, empty store. */
  protected abstract AuditStore newStore();

  @BeforeEach
  void setUp() {
    store = newStore();
  }

  private static AuditDraft draft(TenantId tenant, String actor, String action, String record, int minute) {
    return AuditDraft.builder().tenant(tenant).actor(ActorId.of(actor)).action(action)
        .record(RecordRef.of("ticket", record)).occurredAt(T0.plusSeconds(60L * minute))
        .after(LinkedHashMap.of("minute", AuditValue.text(String.valueOf(minute)))).build();
  }

  private Seq<AuditEntry> append(TenantId tenant, AuditDraft... drafts) {
    Checkpoint head = store.head(tenant);
    Seq<AuditEntry> sealed = AuditChain.seal(head, Vector.of(drafts));
    assertThat(store.append(tenant, head, sealed)).isEqualTo(new AppendOutcome.Appended(sealed.last().checkpoint()));
    return sealed;
  }

  @Test
  void anEmptyChainHasTheGenesisHead() {
    assertThat(store.head(ACME)).isEqualTo(Checkpoint.genesis(ACME));
    assertThat(store.entries(ACME, 1, 10)).isEmpty();
    assertThat(store.query(ACME, AuditQuery.all())).isEmpty();
  }

  @Test
  void entriesComeBackExactlyAsAppendedInSequenceOrder() {
    Seq<AuditEntry> first = append(ACME, draft(ACME, "alice", "ticket.opened", "INC-1", 0));
    Seq<AuditEntry> more = append(ACME, draft(ACME, "bob", "ticket.assigned", "INC-1", 1),
        draft(ACME, "bob", "ticket.state-changed", "INC-1", 2));
    Seq<AuditEntry> all = first.appendAll(more);
    assertThat(store.entries(ACME, 1, Long.MAX_VALUE)).containsExactlyElementsOf(all);
    assertThat(store.entries(ACME, 2, 2)).containsExactly(all.get(1));
    assertThat(store.entries(ACME, 3, 99)).containsExactly(all.get(2));
    assertThat(store.entries(ACME, 4, 99)).isEmpty();
    assertThat(store.head(ACME)).isEqualTo(all.last().checkpoint());
    assertThat(AuditChain.verify(ACME, store.entries(ACME, 1, Long.MAX_VALUE)).isIntact()).isTrue();
  }

  @Test
  void anAppendFromAStaleHeadStoresNothing() {
    Checkpoint genesis = store.head(ACME);
    Seq<AuditEntry> winner = AuditChain.seal(genesis, Vector.of(draft(ACME, "alice", "ticket.opened", "INC-1", 0)));
    Seq<AuditEntry> loser = AuditChain.seal(genesis, Vector.of(draft(ACME, "bob", "ticket.opened", "INC-2", 0)));
    assertThat(store.append(ACME, genesis, winner)).isInstanceOf(AppendOutcome.Appended.class);
    assertThat(store.append(ACME, genesis, loser)).isEqualTo(new AppendOutcome.HeadMoved(winner.last().checkpoint()));
    assertThat(store.entries(ACME, 1, Long.MAX_VALUE)).containsExactlyElementsOf(winner);
  }

  @Test
  void aMalformedBatchIsRefusedAndStoresNothing() {
    append(ACME, draft(ACME, "alice", "ticket.opened", "INC-1", 0));
    Checkpoint head = store.head(ACME);
    Seq<AuditEntry> good = AuditChain.seal(head, Vector.of(draft(ACME, "bob", "ticket.assigned", "INC-1", 1),
        draft(ACME, "bob", "ticket.assigned", "INC-1", 2)));
    Seq<AuditEntry> gap = List.of(good.get(1));
    Seq<AuditEntry> unlinked = good.update(1, AuditChain.seal(good.head().checkpoint(), good.get(1).draft()))
        .update(0, AuditChain.seal(Checkpoint.genesis(ACME), good.get(0).draft()));
    Seq<AuditEntry> foreign = AuditChain.seal(new Checkpoint(GLOBEX, head.sequence(), head.hash()),
        Vector.of(draft(GLOBEX, "bob", "ticket.assigned", "INC-1", 1)));
    assertThatThrownBy(() -> store.append(ACME, head, Vector.empty())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.append(ACME, head, gap)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.append(ACME, head, unlinked)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.append(ACME, head, foreign)).isInstanceOf(IllegalArgumentException.class);
    assertThat(store.head(ACME)).isEqualTo(head);
    assertThat(store.entries(ACME, 1, Long.MAX_VALUE)).hasSize(1);
  }

  @Test
  void queriesFindByRecordActorActionAndPeriod() {
    Seq<AuditEntry> e = append(ACME,
        draft(ACME, "alice", "ticket.opened", "INC-1", 0),
        draft(ACME, "bob", "ticket.opened", "INC-2", 5),
        draft(ACME, "bob", "ticket.state-changed", "INC-1", 10),
        draft(ACME, "carol", "service.retired", "INC-3", 15));
    assertThat(store.query(ACME, AuditQuery.byRecord(RecordRef.of("ticket", "INC-1")))).containsExactly(e.get(0), e.get(2));
    assertThat(store.query(ACME, AuditQuery.byActor(ActorId.of("bob")))).containsExactly(e.get(1), e.get(2));
    assertThat(store.query(ACME, AuditQuery.byAction("ticket.opened"))).containsExactly(e.get(0), e.get(1));
    assertThat(store.query(ACME, AuditQuery.byAction("ticket.*"))).containsExactly(e.get(0), e.get(1), e.get(2));
    assertThat(store.query(ACME, AuditQuery.inPeriod(T0.plusSeconds(300), T0.plusSeconds(900))))
        .as("from inclusive, until exclusive").containsExactly(e.get(1), e.get(2));
    assertThat(store.query(ACME, AuditQuery.byActor(ActorId.of("bob")).andAction("ticket.opened")))
        .containsExactly(e.get(1));
    assertThat(store.query(ACME, AuditQuery.byActor(ActorId.of("dave")))).isEmpty();
  }

  @Test
  void tenantsNeverSeeEachOthersChains() {
    append(ACME, draft(ACME, "alice", "ticket.opened", "INC-1", 0));
    append(GLOBEX, draft(GLOBEX, "alice", "ticket.opened", "INC-1", 0));
    assertThat(store.entries(ACME, 1, 99)).hasSize(1).allMatch(x -> x.tenant().equals(ACME));
    assertThat(store.query(GLOBEX, AuditQuery.all())).hasSize(1).allMatch(x -> x.tenant().equals(GLOBEX));
    assertThat(store.head(ACME).sequence()).isEqualTo(1);
    assertThat(store.head(TenantId.of("initech"))).isEqualTo(Checkpoint.genesis(TenantId.of("initech")));
  }

  @Test
  void ofAppendsRacingFromOneHeadExactlyOneWins() throws Exception {
    int writers = 8;
    append(ACME, draft(ACME, "alice", "ticket.opened", "INC-1", 0));
    Checkpoint head = store.head(ACME);
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      CountDownLatch start = new CountDownLatch(1);
      java.util.List<Future<AppendOutcome>> outcomes = new java.util.ArrayList<>();
      for (int w = 0; w < writers; w++) {
        Seq<AuditEntry> sealed = AuditChain.seal(head, Vector.of(draft(ACME, "w" + w, "ticket.assigned", "INC-1", w)));
        outcomes.add(pool.submit(() -> {
          start.await();
          return store.append(ACME, head, sealed);
        }));
      }
      start.countDown();
      int won = 0;
      for (Future<AppendOutcome> f : outcomes) {
        won += f.get(30, TimeUnit.SECONDS) instanceof AppendOutcome.Appended ? 1 : 0;
      }
      assertThat(won).isEqualTo(1);
      assertThat(store.entries(ACME, 1, 99)).hasSize(2);
    } finally {
      pool.shutdownNow();
    }
  }
}
