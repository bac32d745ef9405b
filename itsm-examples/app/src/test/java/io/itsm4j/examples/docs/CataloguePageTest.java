package io.itsm4j.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.Actor;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.application.CataloguePolicy;
import io.itsm4j.core.application.CatalogueService;
import io.itsm4j.core.application.ServiceDesk;
import io.itsm4j.core.catalogue.CatalogueCommand;
import io.itsm4j.core.catalogue.ConfigurationItem;
import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.catalogue.Relationship;
import io.itsm4j.core.catalogue.RelationshipType;
import io.itsm4j.core.catalogue.Service;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.catalogue.ServiceKind;
import io.itsm4j.core.catalogue.impact.DependencyReport;
import io.itsm4j.core.catalogue.impact.ImpactReport;
import io.itsm4j.core.memory.InMemoryCatalogueStore;
import io.itsm4j.core.port.CatalogueStore;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

/** The code of docs/catalogue.md, run: each block with every name it uses defined, and what it promises checked. */
class CataloguePageTest {
  private static final Actor MANAGER = Actor.of("olivia");

  @Test
  void tickets_meet_the_catalogue_and_outages_are_analysed() {
    CatalogueStore myStore = new InMemoryCatalogueStore();       // or JdbcCatalogueStore, or the host's own
    CatalogueService catalogue = CatalogueService.builder().store(myStore).build();
    ServiceDesk desk = ServiceDesk.builder().policy(CataloguePolicy.of(catalogue)).build();
    // A SAN under a host under the web shop, to ask about.
    send(catalogue, new CatalogueCommand.RegisterCi(ConfigurationItem.of("san-1", "SAN", "storage")));
    send(catalogue, new CatalogueCommand.RegisterCi(ConfigurationItem.of("host-1", "Host", "server")));
    send(catalogue, CatalogueCommand.Relate.of(Relationship.of(ConfigurationItemId.of("host-1"),
        RelationshipType.DEPENDS_ON, ConfigurationItemId.of("san-1"))));
    send(catalogue, new CatalogueCommand.DefineService(Service.builder().id(ServiceId.of("web-shop")).name("Web shop")
        .kind(ServiceKind.BUSINESS).owner(ActorId.of("olivia")).build()));
    send(catalogue, CatalogueCommand.Relate.of(Relationship.dependsOn(ServiceId.of("web-shop"),
        ConfigurationItemId.of("host-1"))));

    TenantId tenant = TenantId.of("acme");
    ImpactReport r = catalogue.outage(tenant, List.of(ConfigurationItemId.of("san-1"))).get();
    r.services();            // affected services, sorted
    r.affectedServices();    // each with an ImpactPath: san-1 -> host-1 (host-1 depends-on san-1) -> ...
    r.affectedCustomers();   // each with the nearest affected service it consumes, and the path to it
    r.configurationItems();  // other CIs down with it
    DependencyReport d = catalogue.dependencies(tenant, ServiceId.of("web-shop")).get(); // everything it needs

    assertThat(r.services()).containsExactly(ServiceId.of("web-shop"));
    assertThat(r.configurationItems()).contains(ConfigurationItemId.of("host-1"));
    assertThat(d.configurationItems()).contains(ConfigurationItemId.of("san-1"), ConfigurationItemId.of("host-1"));
    assertThat(desk).isNotNull();
  }

  private static void send(CatalogueService catalogue, CatalogueCommand command) {
    catalogue.execute(TenantId.of("acme"), MANAGER, command.type() + command.hashCode(), command).get();
  }
}
