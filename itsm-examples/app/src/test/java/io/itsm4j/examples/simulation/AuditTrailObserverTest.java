package io.itsm4j.examples.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.audit.memory.InMemoryAuditStore;
import io.itsm4j.audit.port.AppendOutcome;
import io.itsm4j.audit.port.AuditQuery;
import io.itsm4j.audit.port.AuditStore;
import io.itsm4j.audit.trail.AuditEntry;
import io.itsm4j.audit.trail.ChainBreak;
import io.itsm4j.audit.trail.Checkpoint;
import io.itsm4j.audit.trail.ImmutableAuditDraft;
import io.itsm4j.audit.trail.Outcome;
import io.itsm4j.audit.trail.Verification;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.TenantId;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The run's audit trail holds every stored event, every refusal and every service level crossing, verifies end to
 * end, and a single tampered or deleted entry in it is found and named.
 */
class AuditTrailObserverTest {
  private static final TamperableStore STORE = new TamperableStore();
  private static SmallRun run;

  @BeforeAll
  static void runThreeDays() {
    run = SmallRun.of(SmallRun.options(3, 3, 0.3), Path.of("target", "simulation-tests", "audit.md"), STORE);
  }

  @Test
  void everyEventRefusalAndServiceLevelCrossingIsInTheTrailAndTheChainVerifies() {
    AuditTrailObserver audit = run.reviewed().audit();
    SimulationSummary summary = run.reviewed().summary();
    Seq<AuditEntry> entries = audit.trail().query(ServiceDeskSimulation.TENANT, AuditQuery.all()).get();

    assertThat(entries.count(e -> e.action().startsWith("ticket.") && e.outcome() == Outcome.APPLIED))
        .isEqualTo(summary.eventsStored()).isEqualTo(run.histories().values().map(Seq::size).sum().longValue());
    assertThat(entries.count(e -> e.outcome() == Outcome.REJECTED)).isEqualTo(summary.commandsRefused()).isPositive();
    assertThat(entries.count(e -> e.action().startsWith("sla."))).isEqualTo(run.reviewed().serviceLevels().crossings()
        .size()).isPositive();

    Verification v = audit.verification().get().get();
    assertThat(v.isIntact()).isTrue();
    assertThat(((Verification.Intact) v).entriesChecked()).isEqualTo(entries.size());
    assertThat(audit.summary()).startsWith("audit trail: chain verified, intact (")
        .contains(String.format(java.util.Locale.ROOT, "%,d entries", entries.size()));
    assertThat(run.reviewed().render()).contains(audit.summary());
  }

  @Test
  void aChangedEntryIsFoundAndNamed() {
    long target = run.reviewed().audit().entries() / 2;
    STORE.tamper(entries -> entries.map(e -> e.sequence() != target ? e : new AuditEntry(e.formatVersion(),
        e.sequence(), ImmutableAuditDraft.copyOf(e.draft()).withActor(ActorId.of("mallory")), e.previousHash(),
        e.hash())));
    try {
      Verification v = run.reviewed().audit().verify().get();

      assertThat(v).isInstanceOf(Verification.Broken.class);
      ChainBreak at = ((Verification.Broken) v).at();
      assertThat(at.kind()).isEqualTo(ChainBreak.Kind.CHANGED);
      assertThat(at.sequence()).isEqualTo(target);
      assertThat(AuditTrailObserver.describe(run.reviewed().audit().verify())).startsWith("audit trail: chain BROKEN")
          .contains(Long.toString(target));
    } finally {
      STORE.tamper(UnaryOperator.identity());
    }
    assertThat(run.reviewed().audit().verify().get().isIntact()).as("untampered again").isTrue();
  }

  @Test
  void aDeletedEntryIsFoundAndNamed() {
    long target = run.reviewed().audit().entries() / 3;
    STORE.tamper(entries -> entries.filter(e -> e.sequence() != target));
    try {
      ChainBreak at = ((Verification.Broken) run.reviewed().audit().verify().get()).at();

      assertThat(at.kind()).isEqualTo(ChainBreak.Kind.MISSING);
      assertThat(at.sequence()).isEqualTo(target);
    } finally {
      STORE.tamper(UnaryOperator.identity());
    }
  }

  /** An in-memory store whose reads an attacker with write access to the database can alter. */
  private static final class TamperableStore implements AuditStore {
    private final InMemoryAuditStore store = new InMemoryAuditStore();
    private volatile UnaryOperator<Seq<AuditEntry>> tamper = UnaryOperator.identity();

    void tamper(UnaryOperator<Seq<AuditEntry>> value) {
      tamper = value;
    }

    @Override
    public Checkpoint head(TenantId tenant) {
      return store.head(tenant);
    }

    @Override
    public AppendOutcome append(TenantId tenant, Checkpoint expectedHead, Seq<AuditEntry> entries) {
      return store.append(tenant, expectedHead, entries);
    }

    @Override
    public Seq<AuditEntry> entries(TenantId tenant, long from, long to) {
      return tamper.apply(Vector.ofAll(store.entries(tenant, from, to)));
    }

    @Override
    public Seq<AuditEntry> query(TenantId tenant, AuditQuery query) {
      return tamper.apply(Vector.ofAll(store.query(tenant, query)));
    }
  }
}
