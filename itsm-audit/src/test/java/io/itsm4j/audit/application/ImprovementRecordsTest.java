package io.itsm4j.audit.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.audit.Clause;
import io.itsm4j.audit.corrective.CorrectiveActionId;
import io.itsm4j.audit.evidence.EvidenceKind;
import io.itsm4j.audit.improvement.Improvement;
import io.itsm4j.audit.improvement.Source;
import io.itsm4j.audit.improvement.Target;
import io.itsm4j.audit.memory.InMemoryAuditStore;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.TenantId;
import io.vavr.control.Option;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ImprovementRecordsTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Instant T0 = Instant.parse("2026-05-04T09:00:00Z");

  @Test
  void each_step_of_an_entry_is_audited_once_and_counted_under_10_2() {
    InMemoryAuditStore store = new InMemoryAuditStore();
    AuditTrail trail = AuditTrail.builder().store(store).build();
    ImprovementRecords records = ImprovementRecords.of(trail);
    ActorId owner = ActorId.of("owner");
    Improvement identified = Improvement.identify("CSI-1", ACME, "Second MX", new Source(Source.Kind.COMPLAINT,
        "CMP-1"), "no more mail outages", 1, owner, Option.some(new Target("mail outages a month", 2, 0)), T0)
        .linkedTo(CorrectiveActionId.of("CA-7"), T0);
    var first = records.record(owner, identified).get();
    assertThat(first.action()).isEqualTo("improvement-identified");
    assertThat(first.after().get("correctiveAction").get().toString()).contains("CA-7");
    assertThat(records.record(owner, identified).get()).isEqualTo(first);
    Improvement measured = identified.approve(T0.plusSeconds(60)).get().start(T0.plusSeconds(120)).get()
        .implemented(T0.plusSeconds(180)).get().measured(0, T0.plusSeconds(240)).get();
    var last = records.record(owner, measured).get();
    assertThat(last.action()).isEqualTo("improvement-measured");
    assertThat(last.occurredAt()).isEqualTo(T0.plusSeconds(240));
    assertThat(last.after().get("goalReached").get().toString()).contains("true");

    var report = EvidenceReporter.of(StoreEvidenceSource.empty().withAuditTrail(store))
        .report(ACME, T0, T0.plusSeconds(3600)).get();
    var improvement = report.clauses().find(c -> c.clause() == Clause.C10_2).get();
    assertThat(improvement.records().find(c -> c.kind() == EvidenceKind.IMPROVEMENT_RECORDS).get().count())
        .isEqualTo(2);
  }
}
