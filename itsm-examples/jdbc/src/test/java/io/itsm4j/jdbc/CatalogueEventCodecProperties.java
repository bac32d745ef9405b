package io.itsm4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itsm4j.core.ActorId;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.catalogue.Approver;
import io.itsm4j.core.catalogue.CatalogueEvent;
import io.itsm4j.core.catalogue.CatalogueItemId;
import io.itsm4j.core.catalogue.CiStatus;
import io.itsm4j.core.catalogue.ConfigurationItem;
import io.itsm4j.core.catalogue.CustomerId;
import io.itsm4j.core.catalogue.FieldType;
import io.itsm4j.core.catalogue.FormField;
import io.itsm4j.core.catalogue.FulfilmentTask;
import io.itsm4j.core.catalogue.ImmutableConfigurationItem;
import io.itsm4j.core.catalogue.Lifecycle;
import io.itsm4j.core.catalogue.Offering;
import io.itsm4j.core.catalogue.Relationship;
import io.itsm4j.core.catalogue.RelationshipType;
import io.itsm4j.core.catalogue.RequestItem;
import io.itsm4j.core.catalogue.Service;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.catalogue.ServiceKind;
import io.itsm4j.core.catalogue.ServiceLevelId;
import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.contract.TestCatalogueEvents;
import io.itsm4j.core.contract.TestEvents;
import io.itsm4j.core.ticket.TicketId;
import io.vavr.collection.HashMap;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The catalogue event text form: every event of every type reads back equal, the text is one documented key and
 * value per line, the documented examples are what is written, and broken or foreign text is refused by name.
 */
class CatalogueEventCodecProperties {
  private static final TenantId ACME = TenantId.of("acme");

  private static final String HEADER = "tenant|version|at|actor|command";
  private static final String SERVICE = "id|name|description|kind|owner|lifecycle|customer|serviceLevel|offering"
      + "|offering\\.name|offering\\.serviceLevel";
  private static final String ITEM = "id|name|service|field|field\\.label|field\\.type|field\\.required"
      + "|field\\.maxLength|field\\.allowed|approver|task|task\\.group";
  private static final String CI = "id|name|type|status|attribute";

  /** The keys the class documentation allows for each event type, written down from it independently. */
  private static final Map<String, Pattern> DOCUMENTED_KEYS = HashMap.of(
      "service-defined", keys("service\\.(" + SERVICE + ")"),
      "service-revised", keys("(before|after)\\.(" + SERVICE + ")"),
      "lifecycle-changed", keys("service|from|to"),
      "item-defined", keys("item\\.(" + ITEM + ")"),
      "item-revised", keys("(before|after)\\.(" + ITEM + ")"),
      "item-withdrawn", keys("item\\.(" + ITEM + ")"),
      "ci-registered", keys("ci\\.(" + CI + ")"),
      "ci-updated", keys("(before|after)\\.(" + CI + ")"),
      "related", keys("source|type|target"),
      "unrelated", keys("source|type|target"));

  private static Pattern keys(String own) {
    return Pattern.compile("(" + HEADER + "|" + own + ")");
  }

  @Provide
  Arbitrary<CatalogueEvent> events() {
    return TestCatalogueEvents.anyEvent(ACME, 7);
  }

  @Property(tries = 500)
  void everyEventReadsBackEqual(@ForAll("events") CatalogueEvent event) {
    Statistics.label("type").collect(event.type())
        .coverage(c -> DOCUMENTED_KEYS.keySet().forEach(type -> c.check(type).count(n -> n > 0)));
    assertThat(CatalogueEventCodec.decode(CatalogueEventCodec.encode(event))).isEqualTo(event);
  }

  @Property(tries = 300)
  void theTextIsOneDocumentedKeyAndPrintableValuePerLine(@ForAll("events") CatalogueEvent event) {
    String text = CatalogueEventCodec.encode(event);
    assertThat(text).startsWith("itsm4j-catalogue-event/1 " + event.type() + "\n").endsWith("\n");
    assertThat(text.chars().filter(c -> c != '\n')
        .noneMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029')).isTrue();
    Pattern documented = DOCUMENTED_KEYS.get(event.type()).get();
    List.ofAll(text.lines().skip(1).toList()).forEach(line -> {
      int eq = line.indexOf('=');
      assertThat(eq).as(line).isPositive();
      assertThat(line.substring(0, eq)).as("key of %s in a %s event", line, event.type()).matches(documented);
    });
    assertThat(text.lines().skip(1).limit(5).map(l -> l.substring(0, l.indexOf('='))).toList())
        .containsExactly("tenant", "version", "at", "actor", "command");
  }

  @Example
  void theDocumentedFormIsWhatIsWritten() {
    ImmutableConfigurationItem before = ConfigurationItem.builder().id(ConfigurationItemId.of("web-1"))
        .name("Web server").type("server").build();
    CatalogueEvent updated = new CatalogueEvent.CiUpdated(TestCatalogueEvents.header(ACME, 3, "cmd-3"), before,
        before.withStatus(CiStatus.MAINTENANCE).withAttributes(LinkedHashMap.of("rack", "B=7")));
    assertThat(CatalogueEventCodec.encode(updated)).isEqualTo("""
        itsm4j-catalogue-event/1 ci-updated
        tenant=acme
        version=3
        at=2026-11-23T10:00:03Z
        actor=importer
        command=cmd-3
        before.id=web-1
        before.name=Web server
        before.type=server
        before.status=ACTIVE
        after.id=web-1
        after.name=Web server
        after.type=server
        after.status=MAINTENANCE
        after.attribute=rack=B\\e7
        """);
    assertThat(CatalogueEventCodec.decode(CatalogueEventCodec.encode(updated))).isEqualTo(updated);
  }

  @Example
  void servicesAndItemsAreWrittenInTheDocumentedOrder() {
    Service mail = Service.builder().id(ServiceId.of("mail")).name("E-mail").kind(ServiceKind.BUSINESS)
        .owner(ActorId.of("alice")).lifecycle(Lifecycle.LIVE).customers(LinkedHashSet.of(CustomerId.of("finance")))
        .serviceLevels(LinkedHashSet.of(ServiceLevelId.of("sla-basic")))
        .offerings(LinkedHashMap.of(Offering.of("gold", "Gold", ServiceLevelId.of("sla-gold")).id(),
            Offering.of("gold", "Gold", ServiceLevelId.of("sla-gold"))))
        .build();
    assertThat(CatalogueEventCodec.encode(new CatalogueEvent.ServiceDefined(
        TestCatalogueEvents.header(ACME, 1, "cmd-1"), mail))).isEqualTo("""
        itsm4j-catalogue-event/1 service-defined
        tenant=acme
        version=1
        at=2026-11-23T10:00:01Z
        actor=importer
        command=cmd-1
        service.id=mail
        service.name=E-mail
        service.description=
        service.kind=BUSINESS
        service.owner=alice
        service.lifecycle=LIVE
        service.customer=finance
        service.serviceLevel=sla-basic
        service.offering=gold
        service.offering.name=Gold
        service.offering.serviceLevel=sla-gold
        """);
    RequestItem laptop = RequestItem.builder().id(CatalogueItemId.of("laptop")).name("New laptop")
        .service(ServiceId.of("workplace"))
        .fields(List.of(FormField.required("model", FieldType.TEXT).labelled("Model").allowing("A", "B")))
        .approvers(List.of(Approver.role("line-manager"), Approver.group(GroupId.of("procurement"))))
        .fulfilmentTasks(List.of(FulfilmentTask.of("Image laptop", GroupId.of("workshop")),
            new FulfilmentTask("Hand over", io.vavr.control.Option.none())))
        .build();
    assertThat(CatalogueEventCodec.encode(new CatalogueEvent.ItemDefined(
        TestCatalogueEvents.header(ACME, 2, "cmd-2"), laptop))).isEqualTo("""
        itsm4j-catalogue-event/1 item-defined
        tenant=acme
        version=2
        at=2026-11-23T10:00:02Z
        actor=importer
        command=cmd-2
        item.id=laptop
        item.name=New laptop
        item.service=workplace
        item.field=model
        item.field.label=Model
        item.field.type=TEXT
        item.field.required=true
        item.field.maxLength=4000
        item.field.allowed=A
        item.field.allowed=B
        item.approver=role line-manager
        item.approver=group procurement
        item.task=Image laptop
        item.task.group=workshop
        item.task=Hand over
        """);
    CatalogueEvent related = new CatalogueEvent.Related(TestCatalogueEvents.header(ACME, 4, "cmd-4"),
        Relationship.dependsOn(ServiceId.of("mail"), ConfigurationItemId.of("db-2")));
    assertThat(CatalogueEventCodec.encode(related)).endsWith("""
        command=cmd-4
        source=service mail
        type=DEPENDS_ON
        target=ci db-2
        """);
  }

  @Example
  void brokenForeignAndNewerTextIsRefusedByName() {
    String good = CatalogueEventCodec.encode(new CatalogueEvent.Related(TestCatalogueEvents.header(ACME, 2, "k"),
        new Relationship(io.itsm4j.core.catalogue.Node.of(ConfigurationItemId.of("web-1")), RelationshipType.RUNS_ON,
            io.itsm4j.core.catalogue.Node.of(ConfigurationItemId.of("host-7")))));
    assertThat(CatalogueEventCodec.decode(good)).isInstanceOf(CatalogueEvent.Related.class);
    refused(good.replace("itsm4j-catalogue-event/1", "itsm4j-catalogue-event/2"),
        "unsupported catalogue event text version '2'");
    refused(EventCodec.encode(TestEvents.note(ACME, TicketId.of("INC-1"), 2, "k")), "not an itsm4j catalogue event");
    refused("{\"json\": true}", "not an itsm4j catalogue event");
    refused(good.replace("related", "befriended"), "unknown catalogue event type 'befriended'");
    refused(good.replace("version=2", "version=two"), "malformed 'version' at line 3");
    refused(good.replace("version=2", "version=0"), "invalid header at line 2");
    refused(good.replace("actor=importer", "actor=not an id"), "malformed 'actor' at line 5");
    refused(good.replace("type=RUNS_ON\n", ""), "lacks 'type' at line 8, found 'target'");
    refused(good.replace("type=RUNS_ON", "type=RUNS_OVER"), "malformed 'type'");
    refused(good.replace("target=ci host-7", "target=router host-7"), "malformed 'target' at line 9");
    refused(good + "colour=blue\n", "unexpected 'colour' at line 10");
    refused(good.replace("source=ci web-1\n", "") + "source=ci web-1\n", "lacks 'source' at line 7");
    refused(good.replace("target=ci host-7\n", "target\n"), "line 9 is not key=value");
    refused(good.replace("command=k", "command=k\\q"), "malformed 'command' at line 6");
    refused(good.substring(0, good.indexOf("type=")), "lacks 'type' at line 8, found the end of the text");
  }

  @Example
  void badValuesInsideAPartAreReportedWithTheirKeyAndLine() {
    String ci = CatalogueEventCodec.encode(TestCatalogueEvents.ciRegistered(ACME, 1, "k"));
    refused(ci.replace("ci.status=ACTIVE", "ci.status=BROKEN"), "malformed 'ci.status' at line 10");
    refused(ci.replace("ci.id=ci-1", "ci.id=-"), "malformed 'ci.id' at line 7");
    String attributes = ci + "ci.attribute=rack\n";
    refused(attributes, "'ci.attribute' without name=value at line 11");
    refused(ci + "ci.attribute=rack=A\nci.attribute=rack=B\n", "'ci.attribute' rack twice, again at line 12");
    refused(ci.substring(0, ci.length() - 1), "cut off");
  }

  private static void refused(String text, String message) {
    assertThatThrownBy(() -> CatalogueEventCodec.decode(text)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }
}
