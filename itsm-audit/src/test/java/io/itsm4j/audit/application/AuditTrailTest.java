package io.itsm4j.audit.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itsm4j.audit.memory.InMemoryAuditStore;
import io.itsm4j.audit.memory.InMemoryPersonalDataVault;
import io.itsm4j.audit.port.AppendOutcome;
import io.itsm4j.audit.port.AuditQuery;
import io.itsm4j.audit.port.AuditStore;
import io.itsm4j.audit.trail.AuditDraft;
import io.itsm4j.audit.trail.AuditEntry;
import io.itsm4j.audit.trail.AuditValue;
import io.itsm4j.audit.trail.ChainBreak;
import io.itsm4j.audit.trail.Checkpoint;
import io.itsm4j.audit.trail.PersonalDataPolicy;
import io.itsm4j.audit.trail.PersonalDataRef;
import io.itsm4j.audit.trail.RecordRef;
import io.itsm4j.audit.trail.Verification;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Recording through the trail: atomic failures, personal data kept apart, checkpoints exported and checked. */
class AuditTrailTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Instant T0 = Instant.parse("2026-04-01T08:00:00Z");

  private static AuditDraft draft(String record, String title) {
    return AuditDraft.builder().tenant(ACME).actor(ActorId.of("alice")).action("ticket.opened")
        .record(RecordRef.of(RecordRef.TICKET, record)).occurredAt(T0)
        .after(LinkedHashMap.of("title", AuditValue.text(title), "priority", AuditValue.text("P2"))).build();
  }

  /** A store whose appends fail on demand, and whose reads can hide the newest entries (a cut-off database). */
  static final class FaultyStore implements AuditStore {
    final InMemoryAuditStore inner = new InMemoryAuditStore();
    boolean failAppends;
    boolean alwaysMoved;
    int hideNewest;

    @Override
    public Checkpoint head(TenantId tenant) {
      return inner.head(tenant);
    }

    @Override
    public AppendOutcome append(TenantId tenant, Checkpoint expectedHead, Seq<AuditEntry> entries) {
      if (failAppends) {
        throw new IllegalStateException("disk full");
      }
      if (alwaysMoved) {
        return new AppendOutcome.HeadMoved(inner.head(tenant));
      }
      return inner.append(tenant, expectedHead, entries);
    }

    @Override
    public Seq<AuditEntry> entries(TenantId tenant, long from, long to) {
      return inner.entries(tenant, from, to).dropRight(hideNewest);
    }

    @Override
    public Seq<AuditEntry> query(TenantId tenant, AuditQuery query) {
      return inner.query(tenant, query);
    }
  }

  @Test
  void aFailedAppendLeavesTheChainAsItWasAndSaysWhy() {
    FaultyStore store = new FaultyStore();
    AuditTrail trail = AuditTrail.builder().store(store).build();
    trail.record(draft("INC-1", "Mail down")).get();
    Checkpoint before = trail.head(ACME).get();

    store.failAppends = true;
    var failed = trail.recordAll(Vector.of(draft("INC-2", "VPN down"), draft("INC-3", "Printer")));

    assertThat(failed.getLeft().code()).isEqualTo(RejectionCode.PORT_FAILURE);
    assertThat(failed.getLeft().cause().get()).hasMessage("disk full");
    assertThat(trail.head(ACME).get()).isEqualTo(before);
    store.failAppends = false;
    assertThat(trail.record(draft("INC-2", "VPN down")).get().sequence()).isEqualTo(2);
    assertThat(trail.verify(ACME).get().isIntact()).isTrue();
  }

  @Test
  void aChainThatKeepsMovingIsAConflictNotAnEndlessLoop() {
    FaultyStore store = new FaultyStore();
    store.alwaysMoved = true;
    AuditTrail trail = AuditTrail.builder().store(store).maxAttempts(5).build();
    assertThat(trail.record(draft("INC-1", "x")).getLeft().code()).isEqualTo(RejectionCode.VERSION_CONFLICT);
    assertThat(trail.head(ACME).get()).isEqualTo(Checkpoint.genesis(ACME));
  }

  @Test
  void personalValuesLiveInTheVaultAndTheirErasureLeavesTheChainIntact() {
    InMemoryPersonalDataVault vault = new InMemoryPersonalDataVault();
    AuditTrail trail = AuditTrail.builder().personalData(vault, PersonalDataPolicy.ticketText()).build();
    AuditEntry entry = trail.record(draft("INC-1", "Laptop of Jane Doe stolen")).get();

    AuditValue title = entry.after().get("title").get();
    assertThat(title).isInstanceOf(AuditValue.Personal.class);
    assertThat(entry.after().get("priority").get()).isEqualTo(AuditValue.text("P2"));
    PersonalDataRef ref = ((AuditValue.Personal) title).ref();
    assertThat(entry.personalDataRefs()).containsExactly(ref);
    assertThat(trail.reveal(ACME, ref).get()).contains("Laptop of Jane Doe stolen");
    assertThat(trail.reveal(TenantId.of("globex"), ref).get()).isEmpty();

    assertThat(vault.eraseRecord(ACME, RecordRef.of(RecordRef.TICKET, "INC-1"))).isEqualTo(1);

    assertThat(trail.reveal(ACME, ref).get()).isEmpty();
    assertThat(trail.verify(ACME).get()).isEqualTo(new Verification.Intact(entry.checkpoint(), 1));
    assertThat(trail.query(ACME, AuditQuery.all()).get().head()).isEqualTo(entry);
  }

  @Test
  void anExportedHeadRevealsEntriesCutOffTheEnd() {
    FaultyStore store = new FaultyStore();
    AuditTrail trail = AuditTrail.builder().store(store).build();
    for (int i = 1; i <= 10; i++) {
      trail.record(draft("INC-" + i, "t" + i)).get();
    }
    Seq<Checkpoint> exported = trail.checkpoints(ACME, 4).get();
    assertThat(exported.map(Checkpoint::sequence)).containsExactly(4L, 8L);
    Checkpoint head = trail.head(ACME).get();
    Checkpoint handedOver = Checkpoint.parse(head.export()).get();

    store.hideNewest = 3;

    assertThat(trail.verify(ACME).get().isIntact()).as("alone, a shorter chain looks whole").isTrue();
    Verification v = trail.verify(ACME, Checkpoint.genesis(ACME), exported.append(handedOver)).get();
    assertThat(((Verification.Broken) v).at().kind()).isEqualTo(ChainBreak.Kind.TRUNCATED);
    assertThat(((Verification.Broken) v).at().sequence()).isEqualTo(8);
    Verification fromCheckpoint = trail.verify(ACME, exported.head(), List.of(handedOver)).get();
    assertThat(((Verification.Broken) fromCheckpoint).at().sequence()).isEqualTo(8);
  }

  @Test
  void aCheckpointLineIsReadBackOrEveryProblemIsNamed() {
    Checkpoint cp = new Checkpoint(ACME, 42, io.itsm4j.audit.trail.ChainHash.ofHex("ab".repeat(32)));
    assertThat(cp.export()).isEqualTo("itsm4j-audit-checkpoint/1 acme 42 " + "ab".repeat(32));
    assertThat(Checkpoint.parse(cp.export()).get()).isEqualTo(cp);
    assertThat(Checkpoint.parse("itsm4j-audit-checkpoint/1 a!b -3 xyz").getLeft().violations().map(x -> x.field()))
        .containsExactly("tenant", "sequence", "hash");
    assertThat(Checkpoint.parse("something else").getLeft().violations().map(x -> x.field())).containsExactly("line");
  }

  @Test
  void aCheckpointOfAnotherTenantIsAProgrammerErrorNotASilentPass() {
    AuditTrail trail = AuditTrail.builder().build();
    trail.record(draft("INC-1", "x")).get();
    Checkpoint foreign = new Checkpoint(TenantId.of("globex"), 1, trail.head(ACME).get().hash());
    assertThatThrownBy(() -> trail.verify(ACME, Checkpoint.genesis(ACME), List.of(foreign)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not of tenant acme");
    assertThatThrownBy(() -> trail.verify(ACME, Checkpoint.genesis(TenantId.of("globex")), List.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void oneAppendHoldsOneTenantOnly() {
    AuditDraft other = io.itsm4j.audit.trail.ImmutableAuditDraft.copyOf(draft("INC-1", "x")).withTenant(TenantId.of("globex"));
    AuditTrail trail = AuditTrail.builder().build();
    assertThatThrownBy(() -> trail.recordAll(Vector.of(draft("INC-1", "x"), other)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one tenant");
    assertThat(trail.recordAll(Vector.empty()).get()).isEmpty();
    assertThat(trail.reveal(ACME, PersonalDataRef.of("pd-1")).get()).isEqualTo(Option.none());
  }
}
