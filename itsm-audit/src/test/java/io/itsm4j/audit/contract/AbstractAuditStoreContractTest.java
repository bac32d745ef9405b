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
import io.itsm4j.audit.trail.CanonicalEncoding;
import io.itsm4j.audit.trail.ChainHash;
import io.itsm4j.audit.trail.Checkpoint;
import io.itsm4j.audit.trail.RecordRef;
import io.itsm4j.audit.trail.Verification;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.TenantId;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
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
 * {@link #newStore()}, and passes every test. An adapter over durable storage also overrides {@link #reopen}, so that
 * what is read back comes from the storage and not from what the instance remembers.
 *
 * <p>The kit checks exact read-back of entries with every awkward content ({@link TestDrafts}), byte for byte in the
 * canonical encoding so that the chain verifies; the compare-and-set on the head (stale, forged and not-yet-reached
 * heads); atomic batches, also when several race from one head; no lost or doubled entry when many writers retry
 * until they are through; queries against the port's own {@link AuditQuery#matches} as the oracle; and tenant
 * isolation.
 */
public abstract class AbstractAuditStoreContractTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final TenantId GLOBEX = TenantId.of("globex");
  private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

  private AuditStore store;

  /** A fresh, empty store. */
  protected abstract AuditStore newStore();

  /**
   * Another store over the same storage as {@code store}, as a second node or a restarted host would have it. The
   * default returns {@code store} itself, which is right for a store that keeps nothing outside the instance.
   */
  protected AuditStore reopen(AuditStore store) {
    return store;
  }

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
  void entriesWithEveryAwkwardContentComeBackByteForByteAndTheChainVerifies() {
    Seq<AuditDraft> drafts = TestDrafts.awkward(ACME).appendAll(TestDrafts.sample(ACME, 40, 7));
    Seq<AuditEntry> sealed = append(ACME, drafts.take(3).toJavaArray(AuditDraft[]::new))
        .appendAll(append(ACME, drafts.drop(3).toJavaArray(AuditDraft[]::new)));
    AuditStore reader = reopen(store);
    Seq<AuditEntry> read = reader.entries(ACME, 1, Long.MAX_VALUE);
    assertThat(read).containsExactlyElementsOf(sealed);
    for (int i = 0; i < read.size(); i++) {
      AuditEntry back = read.get(i);
      AuditEntry original = sealed.get(i);
      assertThat(CanonicalEncoding.encode(back)).as("canonical bytes of %s", original).isEqualTo(CanonicalEncoding.encode(original));
      assertThat(AuditChain.recompute(back)).as("hash of %s", original).isEqualTo(original.hash());
      assertThat(back.before().keySet().toList()).as("before keys of %s in their order", original)
          .containsExactlyElementsOf(original.before().keySet().toList());
      assertThat(back.after().keySet().toList()).as("after keys of %s in their order", original)
          .containsExactlyElementsOf(original.after().keySet().toList());
    }
    assertThat(reader.head(ACME)).isEqualTo(sealed.last().checkpoint());
    assertThat(AuditChain.verify(read, Checkpoint.genesis(ACME), Vector.of(reader.head(ACME))))
        .isEqualTo(new Verification.Intact(sealed.last().checkpoint(), sealed.size()));
    assertThat(reader.query(ACME, AuditQuery.all())).containsExactlyElementsOf(sealed);
  }

  @Test
  void anAppendFromAForgedHeadStoresNothing() {
    Seq<AuditEntry> first = append(ACME, draft(ACME, "alice", "ticket.opened", "INC-1", 0));
    Checkpoint real = store.head(ACME);
    ChainHash otherHash = AuditChain.seal(Checkpoint.genesis(ACME), draft(ACME, "mallory", "ticket.opened", "INC-1", 0)).hash();
    Checkpoint forged = new Checkpoint(ACME, real.sequence(), otherHash);
    Seq<AuditEntry> sealed = AuditChain.seal(forged, Vector.of(draft(ACME, "mallory", "ticket.closed", "INC-1", 1)));
    assertThat(store.append(ACME, forged, sealed)).as("same sequence, another hash")
        .isEqualTo(new AppendOutcome.HeadMoved(real));
    assertThat(reopen(store).entries(ACME, 1, Long.MAX_VALUE)).containsExactlyElementsOf(first);
  }

  @Test
  void anAppendFromAHeadTheChainHasNotReachedStoresNothing() {
    Seq<AuditEntry> first = append(ACME, draft(ACME, "alice", "ticket.opened", "INC-1", 0));
    Checkpoint real = store.head(ACME);
    Checkpoint ahead = new Checkpoint(ACME, real.sequence() + 2, real.hash());
    Seq<AuditEntry> sealed = AuditChain.seal(ahead, Vector.of(draft(ACME, "bob", "ticket.closed", "INC-1", 1)));
    assertThat(store.append(ACME, ahead, sealed)).as("a head beyond the chain would leave a gap")
        .isEqualTo(new AppendOutcome.HeadMoved(real));
    Checkpoint genesisOfEmpty = Checkpoint.genesis(GLOBEX);
    Checkpoint aheadOfEmpty = new Checkpoint(GLOBEX, 1, real.hash());
    assertThat(store.append(GLOBEX, aheadOfEmpty, AuditChain.seal(aheadOfEmpty,
        Vector.of(draft(GLOBEX, "bob", "ticket.closed", "INC-1", 1))))).isEqualTo(new AppendOutcome.HeadMoved(genesisOfEmpty));
    AuditStore reader = reopen(store);
    assertThat(reader.entries(ACME, 1, Long.MAX_VALUE)).containsExactlyElementsOf(first);
    assertThat(reader.entries(GLOBEX, 1, Long.MAX_VALUE)).isEmpty();
    assertThat(reader.head(GLOBEX)).isEqualTo(genesisOfEmpty);
  }

  @Test
  void rangesOutsideTheChainAreEmptyAndMalformedRangesAreRefused() {
    Seq<AuditEntry> e = append(ACME, draft(ACME, "alice", "ticket.opened", "INC-1", 0),
        draft(ACME, "alice", "ticket.assigned", "INC-1", 1), draft(ACME, "alice", "ticket.closed", "INC-1", 2));
    assertThat(store.entries(ACME, 1, 1)).containsExactly(e.get(0));
    assertThat(store.entries(ACME, 2, 3)).containsExactly(e.get(1), e.get(2));
    assertThat(store.entries(ACME, 3, Long.MAX_VALUE)).containsExactly(e.get(2));
    assertThat(store.entries(ACME, Long.MAX_VALUE, Long.MAX_VALUE)).isEmpty();
    assertThatThrownBy(() -> store.entries(ACME, 0, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.entries(ACME, 3, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> store.entries(ACME, -1, -1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void actionPrefixesAndPeriodsMatchExactlyAsThePortDefinesThem() {
    Instant t = Instant.parse("2026-03-01T09:00:00.000000100Z");
    Seq<AuditEntry> e = append(ACME,
        at(draft(ACME, "alice", "ticket_x.opened", "INC-1", 0), t),
        at(draft(ACME, "alice", "ticketAx.opened", "INC-1", 0), t.plusNanos(1)),
        at(draft(ACME, "alice", "ticket_x", "INC-1", 0), t.plusNanos(2)),
        at(draft(ACME, "alice", "ticket_x.sub.deep", "INC-1", 0), Instant.MIN),
        at(draft(ACME, "alice", "other.opened", "INC-1", 0), Instant.MAX));
    assertThat(store.query(ACME, AuditQuery.byAction("ticket_x.*"))).as("'_' is no wildcard, and the dot counts")
        .containsExactly(e.get(0), e.get(3));
    assertThat(store.query(ACME, AuditQuery.byAction("ticket_x"))).containsExactly(e.get(2));
    assertThat(store.query(ACME, AuditQuery.byAction("ticket.*"))).isEmpty();
    assertThat(store.query(ACME, AuditQuery.inPeriod(t.plusNanos(1), t.plusNanos(2))))
        .as("nanoseconds count, from inclusive, until exclusive").containsExactly(e.get(1));
    assertThat(store.query(ACME, AuditQuery.inPeriod(Instant.MIN, Instant.MAX)))
        .containsExactly(e.get(0), e.get(1), e.get(2), e.get(3));
    assertThat(store.query(ACME, AuditQuery.inPeriod(Instant.MAX, Instant.MAX))).isEmpty();
    assertThat(store.query(ACME, AuditQuery.byRecord(RecordRef.of("service", "INC-1")))).as("the type counts").isEmpty();
  }

  @Test
  void everyQueryReturnsWhatThePortsOwnMatcherSelects() {
    Vector<AuditDraft> drafts = Vector.empty();
    String[] actors = {"ann", "ben", "a_n"};
    String[] actions = {"ticket.opened", "ticket.assigned", "service.retired", "ticket_opened"};
    RecordRef[] records = {RecordRef.of("ticket", "1"), RecordRef.of("ticket", "1 %"), RecordRef.of("service", "1")};
    for (int i = 0; i < 36; i++) {
      drafts = drafts.append(AuditDraft.builder().tenant(ACME).actor(ActorId.of(actors[i % 3]))
          .action(actions[(i / 3) % 4]).record(records[(i / 2) % 3]).occurredAt(T0.plusSeconds(60L * (i % 7)))
          .build());
    }
    append(GLOBEX, draft(GLOBEX, "ann", "ticket.opened", "1", 1));
    Seq<AuditEntry> all = append(ACME, drafts.toJavaArray(AuditDraft[]::new));
    AuditStore reader = reopen(store);
    int queries = 0;
    for (Option<ActorId> actor : List.of(Option.<ActorId>none(), Option.some(ActorId.of("ann")), Option.some(ActorId.of("a_n")))) {
      for (Option<String> action : List.of(Option.<String>none(), Option.some("ticket.opened"), Option.some("ticket.*"),
          Option.some("service.*"), Option.some("ticket_opened"))) {
        for (Option<RecordRef> record : List.of(Option.<RecordRef>none(), Option.some(records[0]), Option.some(records[1]),
            Option.some(records[2]))) {
          for (Option<int[]> period : List.of(Option.<int[]>none(), Option.some(new int[] {0, 7}),
              Option.some(new int[] {2, 5}), Option.some(new int[] {3, 3}))) {
            AuditQuery q = new AuditQuery(record, actor, action,
                period.map(p -> T0.plusSeconds(60L * p[0])), period.map(p -> T0.plusSeconds(60L * p[1])));
            assertThat(reader.query(ACME, q)).as("%s", q).containsExactlyElementsOf(all.filter(q::matches));
            queries++;
          }
        }
      }
    }
    assertThat(queries).isEqualTo(240);
  }

  @Test
  void aTenantsChainIsItsOwnWhateverTheOtherTenantsHold() {
    Seq<AuditEntry> acme = append(ACME, draft(ACME, "alice", "ticket.opened", "INC-1", 0),
        draft(ACME, "alice", "ticket.closed", "INC-1", 1));
    Seq<AuditEntry> globex = append(GLOBEX, draft(GLOBEX, "alice", "ticket.opened", "INC-1", 0));
    AuditStore reader = reopen(store);
    assertThat(reader.entries(GLOBEX, 1, 99)).containsExactlyElementsOf(globex);
    assertThat(reader.query(GLOBEX, AuditQuery.byRecord(RecordRef.of("ticket", "INC-1")).andActor(ActorId.of("alice"))))
        .containsExactlyElementsOf(globex);
    assertThat(reader.query(ACME, AuditQuery.byAction("ticket.*"))).containsExactlyElementsOf(acme);
    assertThat(reader.head(GLOBEX)).isEqualTo(globex.last().checkpoint());
    Checkpoint acmeHead = reader.head(ACME);
    assertThatThrownBy(() -> store.append(GLOBEX, acmeHead,
        AuditChain.seal(acmeHead, Vector.of(draft(ACME, "alice", "ticket.x", "INC-1", 2)))))
        .as("another tenant's head").isInstanceOf(IllegalArgumentException.class);
    assertThat(reader.entries(GLOBEX, 1, 99)).containsExactlyElementsOf(globex);
  }

  @Test
  void ofBatchesRacingFromOneHeadExactlyOneIsStoredWhole() throws Exception {
    int writers = 8;
    append(ACME, draft(ACME, "alice", "ticket.opened", "INC-1", 0));
    Checkpoint head = store.head(ACME);
    java.util.List<Seq<AuditEntry>> batches = new java.util.ArrayList<>();
    for (int w = 0; w < writers; w++) {
      Vector<AuditDraft> drafts = Vector.empty();
      for (int i = 0; i <= w % 3; i++) {
        drafts = drafts.append(draft(ACME, "w" + w, "ticket.assigned", "INC-" + w, i));
      }
      batches.add(AuditChain.seal(head, drafts));
    }
    java.util.List<AppendOutcome> outcomes = race(writers, w -> store.append(ACME, head, batches.get(w)));
    java.util.List<Integer> winners = new java.util.ArrayList<>();
    for (int w = 0; w < writers; w++) {
      if (outcomes.get(w) instanceof AppendOutcome.Appended) {
        winners.add(w);
      }
    }
    assertThat(winners).hasSize(1);
    Seq<AuditEntry> won = batches.get(winners.get(0));
    Checkpoint newHead = won.last().checkpoint();
    for (int w = 0; w < writers; w++) {
      assertThat(outcomes.get(w)).isEqualTo(w == winners.get(0)
          ? new AppendOutcome.Appended(newHead) : new AppendOutcome.HeadMoved(newHead));
    }
    AuditStore reader = reopen(store);
    assertThat(reader.entries(ACME, 2, 99)).as("the winner's batch, whole, and nothing else").containsExactlyElementsOf(won);
    assertThat(reader.head(ACME)).isEqualTo(newHead);
  }

  @Test
  void writersRetryingOnAMovedHeadLoseAndDoubleNothing() throws Exception {
    int writers = 8;
    int perWriter = 6;
    race(writers, w -> {
      for (int i = 0; i < perWriter; i++) {
        AuditDraft d = draft(ACME, "w" + w, "ticket.noted", "INC-" + w, i);
        while (true) {
          Checkpoint h = store.head(ACME);
          if (store.append(ACME, h, Vector.of(AuditChain.seal(h, d))) instanceof AppendOutcome.Appended) {
            break;
          }
        }
      }
      return w;
    });
    Seq<AuditEntry> chain = reopen(store).entries(ACME, 1, Long.MAX_VALUE);
    assertThat(chain).hasSize(writers * perWriter);
    assertThat(AuditChain.verify(chain, Checkpoint.genesis(ACME), Vector.of(store.head(ACME))).isIntact()).isTrue();
    for (int w = 0; w < writers; w++) {
      String actor = "w" + w;
      assertThat(chain.filter(e -> e.actor().value().equals(actor)).map(e -> e.after().get("minute").get().display()))
          .as("%s's entries, each once, in its order", actor)
          .containsExactlyElementsOf(List.range(0, perWriter).map(String::valueOf));
    }
  }

  @Test
  void appendsToDifferentTenantsDoNotContend() throws Exception {
    int writers = 6;
    java.util.List<AppendOutcome> outcomes = race(writers, w -> {
      TenantId tenant = TenantId.of("tenant-" + w);
      Checkpoint genesis = Checkpoint.genesis(tenant);
      return store.append(tenant, genesis, AuditChain.seal(genesis, Vector.of(draft(tenant, "a", "ticket.opened", "INC-1", w),
          draft(tenant, "a", "ticket.closed", "INC-1", w + 1))));
    });
    assertThat(outcomes).allMatch(o -> o instanceof AppendOutcome.Appended);
    AuditStore reader = reopen(store);
    for (int w = 0; w < writers; w++) {
      TenantId tenant = TenantId.of("tenant-" + w);
      assertThat(reader.entries(tenant, 1, 99)).hasSize(2).allMatch(e -> e.tenant().equals(tenant));
      assertThat(AuditChain.verify(tenant, reader.entries(tenant, 1, 99)).isIntact()).isTrue();
    }
  }

  private static AuditDraft at(AuditDraft d, Instant when) {
    return io.itsm4j.audit.trail.ImmutableAuditDraft.copyOf(d).withOccurredAt(when);
  }

  /** Runs {@code task} for writers 0..n-1 at once, from a common start, and returns their results in writer order. */
  private static <T> java.util.List<T> race(int writers, java.util.function.IntFunction<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    try {
      CountDownLatch ready = new CountDownLatch(writers);
      CountDownLatch start = new CountDownLatch(1);
      java.util.List<Future<T>> futures = new java.util.ArrayList<>();
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
      java.util.List<T> out = new java.util.ArrayList<>();
      for (Future<T> f : futures) {
        out.add(f.get(120, TimeUnit.SECONDS));
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }
}
