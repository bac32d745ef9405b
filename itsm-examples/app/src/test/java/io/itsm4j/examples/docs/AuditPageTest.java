package io.itsm4j.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.audit.application.AuditProgrammes;
import io.itsm4j.audit.application.AuditTrail;
import io.itsm4j.audit.application.AuditingCatalogueListener;
import io.itsm4j.audit.application.AuditingNotificationSink;
import io.itsm4j.audit.application.AuditingSlaAlarmSink;
import io.itsm4j.audit.application.CorrectiveActions;
import io.itsm4j.audit.memory.InMemoryAuditStore;
import io.itsm4j.audit.memory.InMemoryPersonalDataVault;
import io.itsm4j.audit.port.AuditQuery;
import io.itsm4j.audit.trail.AuditDraft;
import io.itsm4j.audit.trail.AuditValue;
import io.itsm4j.audit.trail.PersonalDataPolicy;
import io.itsm4j.audit.trail.RecordRef;
import io.itsm4j.core.Actor;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.application.CatalogueService;
import io.itsm4j.core.application.ServiceDesk;
import io.itsm4j.core.catalogue.CatalogueCommand;
import io.itsm4j.core.catalogue.ConfigurationItem;
import io.itsm4j.core.memory.InMemoryTicketStore;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.Urgency;
import io.itsm4j.sla.memory.InMemoryServiceLevelDirectory;
import io.itsm4j.sla.memory.InMemorySlaAlarmLedger;
import io.itsm4j.sla.monitor.SlaMonitor;
import io.itsm4j.sla.monitor.SlaSelector;
import io.vavr.collection.LinkedHashMap;
import io.vavr.control.Option;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The code of docs/audit.md, run: each block with every name it uses defined, and what it promises checked. */
class AuditPageTest {
  private static final TenantId ACME = TenantId.of("acme");

  @Test
  void wiring_it_to_the_service_desk() {
    InMemoryTicketStore tickets = new InMemoryTicketStore();
    InMemoryPersonalDataVault vault = new InMemoryPersonalDataVault();   // or the host's own PersonalDataVault
    AuditTrail trail = AuditTrail.builder()
        .store(new InMemoryAuditStore())                         // or the host's own AuditStore
        .personalData(vault, PersonalDataPolicy.ticketText())    // optional, see "Personal data"
        .build();
    ServiceDesk desk = ServiceDesk.builder()
        .ticketStore(tickets)
        .notificationSink(AuditingNotificationSink.withHistory(trail, tickets))
        .build();

    desk.open(ACME, Actor.of("alice", "agent"), "k1", TicketCommand.Open.incident("Printer", Impact.LOW, Urgency.LOW))
        .get();
    assertThat(trail.query(ACME, AuditQuery.all()).get().map(e -> e.action())).containsExactly("ticket.opened");
  }

  @Test
  void the_catalogue_and_the_sla_monitor_are_wired_the_same_way() {
    AuditTrail trail = AuditTrail.builder().build();
    InMemoryServiceLevelDirectory levels = new InMemoryServiceLevelDirectory();   // what each level measures: sla.md
    CatalogueService catalogue = CatalogueService.builder()
        .listener(AuditingCatalogueListener.of(trail))          // catalogue and CI changes, refusals: 8.2
        .build();
    SlaMonitor monitor = SlaMonitor.of(SlaSelector.fromCatalogue(catalogue::catalogue, levels),
        new InMemorySlaAlarmLedger(), AuditingSlaAlarmSink.of(trail));   // warnings and breaches: 8.3, 9.1
    AuditProgrammes programmes = AuditProgrammes.of(trail);      // internal audits: 9.2
    CorrectiveActions actions = CorrectiveActions.of(trail);     // nonconformities: 10.1

    catalogue.execute(ACME, Actor.of("olivia"), "k1", new CatalogueCommand.RegisterCi(ConfigurationItem.of("mx-1",
        "Mail relay", "server"))).get();
    assertThat(trail.query(ACME, AuditQuery.all()).get()).hasSize(1);
    assertThat(monitor.selector()).isNotNull();
    assertThat(programmes.all(ACME).get()).isEmpty();
    assertThat(actions.all(ACME).get()).isEmpty();
  }

  @Test
  void other_records_go_through_the_generic_api() {
    AuditTrail trail = AuditTrail.builder().build();
    TenantId acme = TenantId.of("acme");
    Instant now = Instant.now();
    String commandId = "change-request-4711";                    // ties the entry to what caused it
    trail.record(AuditDraft.builder()
        .tenant(acme).actor(ActorId.of("cat")).action("service.retired")
        .record(RecordRef.of("service", "legacy-mail")).occurredAt(now)
        .before(AuditValue.texts(LinkedHashMap.of("status", "live")))
        .after(AuditValue.texts(LinkedHashMap.of("status", "retired", "retired-by", "change CHG-000120")))
        .reason(Option.some("replaced by the new mail platform"))
        .correlation(Option.some(commandId))
        .build());                                  // Either<Rejection, AuditEntry>

    assertThat(trail.query(acme, AuditQuery.all()).get().single().action()).isEqualTo("service.retired");
  }
}
