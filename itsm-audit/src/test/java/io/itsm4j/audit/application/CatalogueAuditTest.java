package io.itsm4j.audit.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.audit.evidence.EvidenceKind;
import io.itsm4j.audit.port.AuditQuery;
import io.itsm4j.audit.trail.AuditEntry;
import io.itsm4j.audit.trail.AuditValue;
import io.itsm4j.audit.trail.Outcome;
import io.itsm4j.audit.trail.RecordRef;
import io.itsm4j.core.Actor;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.application.CatalogueService;
import io.itsm4j.core.catalogue.CatalogueCommand;
import io.itsm4j.core.catalogue.ConfigurationItem;
import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.catalogue.Node;
import io.itsm4j.core.catalogue.Service;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.catalogue.ServiceKind;
import io.vavr.collection.Seq;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** ISO/IEC 20000-1 8.2: catalogue and configuration changes reach the audit trail with one call, refusals too. */
class CatalogueAuditTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Actor OLIVIA = Actor.of("olivia", "catalogue-manager");

  @Test
  void every_catalogue_change_and_refusal_is_in_the_trail_and_counted_under_8_2() {
    io.itsm4j.audit.memory.InMemoryAuditStore store = new io.itsm4j.audit.memory.InMemoryAuditStore();
    AuditTrail trail = AuditTrail.builder().store(store).build();
    CatalogueService catalogue = CatalogueService.builder().listener(AuditingCatalogueListener.of(trail))
        .clock(() -> Instant.parse("2026-03-02T09:00:00Z")).build();
    catalogue.execute(ACME, OLIVIA, "k1", new CatalogueCommand.DefineService(Service.builder()
        .id(ServiceId.of("mail")).name("Mail").kind(ServiceKind.BUSINESS).owner(ActorId.of("olivia")).build())).get();
    catalogue.execute(ACME, OLIVIA, "k2", new CatalogueCommand.RegisterCi(ConfigurationItem.of("mx-1", "MX",
        "server"))).get();
    catalogue.execute(ACME, OLIVIA, "k3", new CatalogueCommand.Relate(Node.of(ServiceId.of("mail")), "depends-on",
        Node.of(ConfigurationItemId.of("mx-1")))).get();
    assertThat(catalogue.execute(ACME, OLIVIA, "k4", new CatalogueCommand.RegisterCi(ConfigurationItem.of("mx-1",
        "MX again", "server"))).getLeft().code()).isEqualTo(RejectionCode.ALREADY_EXISTS);

    Seq<AuditEntry> entries = trail.query(ACME, AuditQuery.all()).get();
    assertThat(entries.map(AuditEntry::action)).containsExactly("catalogue.service-defined",
        "catalogue.ci-registered", "catalogue.related", "catalogue.register-ci");
    assertThat(entries.map(e -> e.record().toString())).containsExactly("service/mail", "configuration-item/mx-1",
        "service/mail", "configuration-item/mx-1");
    assertThat(entries.get(0).after().get("name")).contains(AuditValue.text("Mail"));
    assertThat(entries.get(2).after().get("relationship")).contains(AuditValue.text("service mail depends-on CI mx-1"));
    assertThat(entries.last().outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(entries.last().reason().get()).startsWith("ALREADY_EXISTS: ");
    assertThat(entries.map(e -> e.correlation().get())).containsExactly("k1", "k2", "k3", "k4");
    assertThat(trail.verify(ACME).get().isIntact()).isTrue();

    var counts = StoreEvidenceSource.empty().withAuditTrail(store)
        .count(ACME, Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-03T00:00:00Z"));
    assertThat(counts.find(c -> c.kind() == EvidenceKind.CATALOGUE_CHANGES).get().count()).isEqualTo(2);
    assertThat(counts.find(c -> c.kind() == EvidenceKind.CONFIGURATION_CHANGES).get().count()).isEqualTo(2);
    assertThat(RecordRef.of("service", "mail").toString()).isEqualTo("service/mail");
  }
}
