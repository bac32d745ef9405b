package io.itsm4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.ActorId;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.catalogue.Approver;
import io.itsm4j.core.catalogue.CatalogueEvent;
import io.itsm4j.core.catalogue.CatalogueEventHeader;
import io.itsm4j.core.catalogue.CatalogueItemId;
import io.itsm4j.core.catalogue.CiStatus;
import io.itsm4j.core.catalogue.ConfigurationItem;
import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.catalogue.CustomerId;
import io.itsm4j.core.catalogue.FieldType;
import io.itsm4j.core.catalogue.FormField;
import io.itsm4j.core.catalogue.FulfilmentTask;
import io.itsm4j.core.catalogue.Lifecycle;
import io.itsm4j.core.catalogue.Offering;
import io.itsm4j.core.catalogue.OfferingId;
import io.itsm4j.core.catalogue.Relationship;
import io.itsm4j.core.catalogue.RelationshipType;
import io.itsm4j.core.catalogue.RequestItem;
import io.itsm4j.core.catalogue.Service;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.catalogue.ServiceKind;
import io.itsm4j.core.catalogue.ServiceLevelId;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden files pin the JSON form of every catalogue event type (src/test/resources/golden/catalogue-events/). */
class CatalogueEventJsonTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/catalogue-events");
  private static final TenantId ACME = TenantId.of("acme");

  private static CatalogueEventHeader header(long version) {
    return new CatalogueEventHeader(ACME, version, Instant.parse("2026-03-02T09:00:00Z").plusSeconds(60 * version),
        ActorId.of("olivia"), "cat-" + version);
  }

  /** One event of every type, with the optional parts present. */
  static List<CatalogueEvent> samples() {
    Service mail = Service.builder().id(ServiceId.of("mail")).name("Mail").description("Mail for everyone")
        .kind(ServiceKind.BUSINESS).owner(ActorId.of("olivia")).lifecycle(Lifecycle.LIVE)
        .customers(LinkedHashSet.of(CustomerId.of("contoso")))
        .offerings(LinkedHashMap.of(OfferingId.of("gold"), Offering.of("gold", "Gold", ServiceLevelId.of("gold"))))
        .serviceLevels(LinkedHashSet.of(ServiceLevelId.of("baseline"))).build();
    Service renamed = Service.builder().from(mail).name("Mail and calendar").build();
    RequestItem laptop = RequestItem.builder().id(CatalogueItemId.of("laptop")).name("New laptop")
        .service(ServiceId.of("mail"))
        .fields(Vector.of(FormField.required("model", FieldType.TEXT).allowing("A", "B").labelled("Model")))
        .approvers(Vector.of(new Approver.Group(GroupId.of("it-managers")), new Approver.Role("budget-owner"),
            new Approver.Person(ActorId.of("carol"))))
        .fulfilmentTasks(Vector.of(new FulfilmentTask("Ship", Option.some(GroupId.of("logistics")))))
        .build();
    RequestItem laptopV2 = RequestItem.builder().from(laptop).name("New laptop (2026)").build();
    ConfigurationItem db = ConfigurationItem.builder().id(ConfigurationItemId.of("db-1")).name("Payroll database")
        .type("database").status(CiStatus.ACTIVE).attributes(LinkedHashMap.of("engine", "postgresql")).build();
    ConfigurationItem dbMaintained = ConfigurationItem.builder().from(db).status(CiStatus.MAINTENANCE).build();
    Relationship runsOn = Relationship.of(ConfigurationItemId.of("app-1"), RelationshipType.RUNS_ON,
        ConfigurationItemId.of("db-1"));
    return List.of(
        new CatalogueEvent.ServiceDefined(header(1), mail),
        new CatalogueEvent.ServiceRevised(header(2), mail, renamed),
        new CatalogueEvent.LifecycleChanged(header(3), ServiceId.of("mail"), Lifecycle.LIVE, Lifecycle.RETIRED),
        new CatalogueEvent.ItemDefined(header(4), laptop),
        new CatalogueEvent.ItemRevised(header(5), laptop, laptopV2),
        new CatalogueEvent.ItemWithdrawn(header(6), laptopV2),
        new CatalogueEvent.CiRegistered(header(7), db),
        new CatalogueEvent.CiUpdated(header(8), db, dbMaintained),
        new CatalogueEvent.Related(header(9), runsOn),
        new CatalogueEvent.Unrelated(header(10), runsOn));
  }

  @Test
  void every_type_has_a_golden_file_that_it_writes_and_reads_exactly() throws IOException {
    CatalogueEventJson json = CatalogueEventJson.standard();
    List<CatalogueEvent> samples = samples();
    assertThat(samples.stream().map(CatalogueEvent::type).distinct()).as("one sample per event type").hasSize(10);
    for (CatalogueEvent e : samples) {
      Path file = GOLDEN.resolve(e.type() + ".json");
      if (Boolean.getBoolean("golden.write")) {
        Files.writeString(file, json.encode(e) + "\n", StandardCharsets.UTF_8);
      }
      String golden = Files.readString(file, StandardCharsets.UTF_8).strip();
      assertThat(json.encode(e)).as("the form of %s", e.type()).isEqualTo(golden);
      assertThat(json.decode(golden)).isEqualTo(e);
    }
  }
}
