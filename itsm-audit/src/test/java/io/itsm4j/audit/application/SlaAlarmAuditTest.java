package io.itsm4j.audit.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itsm4j.audit.evidence.EvidenceKind;
import io.itsm4j.audit.memory.InMemoryAuditStore;
import io.itsm4j.audit.port.AuditQuery;
import io.itsm4j.audit.trail.AuditEntry;
import io.itsm4j.audit.trail.AuditValue;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.sla.SlaId;
import io.itsm4j.sla.ThresholdCrossing;
import io.vavr.collection.Seq;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** ISO/IEC 20000-1 8.3 and 9.1: service level warnings and breaches are records in the trail. */
class SlaAlarmAuditTest {
  private static final TenantId ACME = TenantId.of("acme");

  @Test
  void warnings_and_breaches_become_entries_counted_as_service_level_records() {
    InMemoryAuditStore store = new InMemoryAuditStore();
    AuditTrail trail = AuditTrail.builder().store(store).build();
    AuditingSlaAlarmSink sink = AuditingSlaAlarmSink.of(trail);
    Instant at = Instant.parse("2026-03-02T10:00:00Z");
    sink.crossed(new ThresholdCrossing(ACME, TicketId.of("INC-000001"), SlaId.of("resolution"), 1, 75, at));
    sink.crossed(new ThresholdCrossing(ACME, TicketId.of("INC-000001"), SlaId.of("resolution"), 1, 100,
        at.plusSeconds(600)));
    Seq<AuditEntry> entries = trail.query(ACME, AuditQuery.all()).get();
    assertThat(entries.map(AuditEntry::action)).containsExactly("sla.warning", "sla.breach");
    assertThat(entries.map(e -> e.record().toString())).containsOnly("sla/INC-000001");
    assertThat(entries.get(1).after().get("percent")).contains(AuditValue.text("100"));
    assertThat(entries.map(e -> e.correlation().get())).containsExactly("INC-000001/resolution/1/75",
        "INC-000001/resolution/1/100");
    assertThat(entries.map(AuditEntry::actor)).containsOnly(AuditingSlaAlarmSink.MONITOR);
    var counts = StoreEvidenceSource.empty().withAuditTrail(store).count(ACME, at.minusSeconds(1),
        at.plusSeconds(3600));
    assertThat(counts.find(c -> c.kind() == EvidenceKind.SERVICE_LEVEL_RECORDS).get().count()).isEqualTo(2);
  }

  @Test
  void a_failing_trail_makes_the_sink_throw_so_the_ledger_delivers_the_alarm_again() {
    InMemoryAuditStore real = new InMemoryAuditStore();
    // A store whose appends fail and whose reads work, as a full disk would behave.
    io.itsm4j.audit.port.AuditStore failing = (io.itsm4j.audit.port.AuditStore) java.lang.reflect.Proxy.newProxyInstance(
        getClass().getClassLoader(), new Class<?>[] {io.itsm4j.audit.port.AuditStore.class}, (proxy, method, args) -> {
          if (method.getName().equals("append")) {
            throw new IllegalStateException("disk full");
          }
          try {
            return method.invoke(real, args);
          } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
          }
        });
    AuditTrail broken = AuditTrail.builder().store(failing).build();
    assertThatThrownBy(() -> AuditingSlaAlarmSink.of(broken).crossed(new ThresholdCrossing(ACME,
        TicketId.of("INC-000001"), SlaId.of("resolution"), 1, 100, Instant.parse("2026-03-02T10:00:00Z"))))
        .isInstanceOf(AuditPortException.class);
  }
}
