package io.itsm4j.audit.bench;

import io.itsm4j.audit.memory.InMemoryAuditStore;
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
import io.vavr.control.Option;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of the audit chain on one thread: appending through {@link AuditTrail} into the in-memory store
 * (encode, SHA-256, compare-and-set append), sealing alone (encode and hash), and verifying a 10,000-entry chain.
 * Scores are entries per second.
 *
 * <p>Run: {@code ./mvnw -pl itsm-audit -am verify -DskipTests -Dbench=itsm-audit -Dbench.include=AuditChainBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AuditChainBenchmark {
  private static final TenantId ACME = TenantId.of("acme");
  private static final int CHAIN = 10_000;
  /** The trail starts afresh after this many appends, so the benchmark measures appending, not a growing heap. */
  private static final int RESET_EVERY = 1 << 18;

  private AuditDraft draft;
  private AuditTrail trail;
  private int appended;
  private Checkpoint head;
  private Seq<AuditEntry> chain;

  /** A typical entry: a ticket's state change with before and after, a correlation id, a reason. */
  @Setup
  public void setUp() {
    draft = AuditDraft.builder().tenant(ACME).actor(ActorId.of("agent-0042")).action("ticket.state-changed")
        .record(RecordRef.of(RecordRef.TICKET, "INC-004711")).occurredAt(Instant.parse("2026-06-01T10:15:30.123Z"))
        .before(LinkedHashMap.of("state", AuditValue.text("in-progress"), "category", AuditValue.text("ACTIVE")))
        .after(LinkedHashMap.of("state", AuditValue.text("resolved"), "category", AuditValue.text("RESOLVED"),
            "fields.resolution.code", AuditValue.text("solved"), "transition", AuditValue.text("resolve")))
        .reason(Option.some("Restarted the mail gateway")).correlation(Option.some("req-7f3a9c")).build();
    trail = AuditTrail.builder().store(new InMemoryAuditStore()).build();
    head = AuditChain.seal(Checkpoint.genesis(ACME), draft).checkpoint();
    chain = AuditChain.seal(Checkpoint.genesis(ACME), Vector.fill(CHAIN, () -> draft));
  }

  /** One entry recorded through the trail into the in-memory store. */
  @Benchmark
  public AuditEntry appendThroughTrail() {
    if (++appended == RESET_EVERY) {
      appended = 0;
      trail = AuditTrail.builder().store(new InMemoryAuditStore()).build();
    }
    return trail.record(draft).get();
  }

  /** One entry sealed (canonical encoding and SHA-256), without storage. */
  @Benchmark
  public AuditEntry sealOnly() {
    return AuditChain.seal(head, draft);
  }

  /** A 10,000-entry chain verified from genesis; the score counts entries. */
  @Benchmark
  @OperationsPerInvocation(CHAIN)
  public Verification verify() {
    return AuditChain.verify(ACME, chain);
  }
}
