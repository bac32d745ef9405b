package io.itsm4j.audit.memory;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.audit.port.AuditQuery;
import io.itsm4j.audit.trail.AuditChain;
import io.itsm4j.audit.trail.AuditDraft;
import io.itsm4j.audit.trail.AuditEntry;
import io.itsm4j.audit.trail.Checkpoint;
import io.itsm4j.audit.trail.RecordRef;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.TenantId;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Queries of the in-memory store return exactly what a plain loop over the chain selects, in sequence order. */
class AuditQueryProperties {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final List<String> ACTORS = List.of("ann", "ben", "cat");
  private static final List<String> ACTIONS = List.of("ticket.opened", "ticket.assigned", "service.retired");
  private static final List<String> RECORDS = List.of("1", "2", "3");

  @Provide
  Arbitrary<Seq<AuditDraft>> histories() {
    return Combinators.combine(Arbitraries.of(ACTORS), Arbitraries.of(ACTIONS), Arbitraries.of(RECORDS),
        Arbitraries.integers().between(0, 20))
        .as((actor, action, record, minute) -> (AuditDraft) AuditDraft.builder().tenant(ACME).actor(ActorId.of(actor))
            .action(action).record(RecordRef.of("ticket", record)).occurredAt(T0.plusSeconds(60L * minute)).build())
        .list().ofMaxSize(40).map(Vector::ofAll);
  }

  @Provide
  Arbitrary<AuditQuery> queries() {
    Arbitrary<Option<String>> actor = Arbitraries.of(ACTORS).optional().map(Option::ofOptional);
    Arbitrary<Option<String>> action = Arbitraries.of("ticket.opened", "ticket.*", "service.retired", "service.*")
        .optional().map(Option::ofOptional);
    Arbitrary<Option<String>> record = Arbitraries.of(RECORDS).optional().map(Option::ofOptional);
    Arbitrary<Option<int[]>> period = Combinators.combine(Arbitraries.integers().between(0, 20),
        Arbitraries.integers().between(0, 20)).as((a, b) -> new int[] {Math.min(a, b), Math.max(a, b)})
        .optional().map(Option::ofOptional);
    return Combinators.combine(actor, action, record, period).as((ac, an, r, p) -> {
      AuditQuery q = AuditQuery.all();
      q = ac.isDefined() ? q.andActor(ActorId.of(ac.get())) : q;
      q = an.isDefined() ? q.andAction(an.get()) : q;
      q = r.isDefined() ? q.andRecord(RecordRef.of("ticket", r.get())) : q;
      q = p.isDefined() ? q.andPeriod(T0.plusSeconds(60L * p.get()[0]), T0.plusSeconds(60L * p.get()[1])) : q;
      return q;
    });
  }

  @Property(tries = 300)
  void aQueryReturnsExactlyWhatAPlainLoopSelects(@ForAll("histories") Seq<AuditDraft> drafts,
      @ForAll("queries") AuditQuery query) {
    InMemoryAuditStore store = new InMemoryAuditStore();
    if (!drafts.isEmpty()) {
      store.append(ACME, Checkpoint.genesis(ACME), AuditChain.seal(Checkpoint.genesis(ACME), drafts));
    }
    List<AuditEntry> expected = new ArrayList<>();
    for (AuditEntry e : store.entries(ACME, 1, Long.MAX_VALUE)) {
      boolean keep = true;
      if (query.actor().isDefined() && !e.actor().value().equals(query.actor().get().value())) {
        keep = false;
      }
      if (query.action().isDefined()) {
        String a = query.action().get();
        String prefix = a.substring(0, a.indexOf('.') + 1);
        keep &= a.endsWith("*") ? e.action().startsWith(prefix) : e.action().equals(a);
      }
      if (query.record().isDefined() && !e.record().id().equals(query.record().get().id())) {
        keep = false;
      }
      if (query.from().isDefined()) {
        long at = e.occurredAt().getEpochSecond();
        keep &= at >= query.from().get().getEpochSecond() && at < query.until().get().getEpochSecond();
      }
      if (keep) {
        expected.add(e);
      }
    }
    assertThat(store.query(ACME, query)).containsExactlyElementsOf(expected);
    assertThat(store.query(TenantId.of("globex"), query)).isEmpty();
  }
}
