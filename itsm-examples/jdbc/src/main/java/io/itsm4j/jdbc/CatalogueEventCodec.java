package io.itsm4j.jdbc;

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
import io.itsm4j.core.catalogue.ImmutableConfigurationItem;
import io.itsm4j.core.catalogue.ImmutableRequestItem;
import io.itsm4j.core.catalogue.ImmutableService;
import io.itsm4j.core.catalogue.Lifecycle;
import io.itsm4j.core.catalogue.Node;
import io.itsm4j.core.catalogue.Offering;
import io.itsm4j.core.catalogue.OfferingId;
import io.itsm4j.core.catalogue.Relationship;
import io.itsm4j.core.catalogue.RelationshipType;
import io.itsm4j.core.catalogue.RequestItem;
import io.itsm4j.core.catalogue.Service;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.catalogue.ServiceKind;
import io.itsm4j.core.catalogue.ServiceLevelId;
import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Map;
import io.vavr.collection.Vector;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;

/**
 * Turns a {@link CatalogueEvent} into a line-oriented text and back; {@link JdbcCatalogueStore} keeps that text in
 * its event table. Like {@link EventCodec} for ticket events, the form is versioned, readable in a SQL console,
 * and needs nothing but the JDK.
 *
 * <h2>Format, version 1</h2>
 * <pre>
 * itsm4j-catalogue-event/1 ci-updated    first line: format and version, a space, the event type
 * tenant=acme                            then one "key=value" per line, in this order:
 * version=3                              the header (tenant, version, at, actor, command) ...
 * at=2026-11-23T10:00:03Z                instants in ISO-8601 (Instant.toString), enums by name
 * actor=importer
 * command=cmd-3
 * before.id=web-1                        ... then the event's own fields; a value with parts
 * before.name=Web server                     (a service, an item, a configuration item) is written
 * before.type=server                         under a prefix naming its role: service., item., ci.,
 * before.status=ACTIVE                       or before. and after. for a revision
 * after.id=web-1
 * after.name=Web server
 * after.type=server
 * after.status=MAINTENANCE
 * after.attribute=rack=B\e7              maps: one line per entry, escaped name "=" escaped value
 * </pre>
 * The keys of each type, in the order they are written ({@code p.} is the prefix of a part; lines marked * may
 * be repeated or left out, lines marked ? appear at most once):
 * <ul>
 *   <li><b>service</b> ({@code service-defined}: {@code service.}; {@code service-revised}: {@code before.},
 *       {@code after.}): {@code p.id}, {@code p.name}, {@code p.description}, {@code p.kind}, {@code p.owner},
 *       {@code p.lifecycle}, {@code p.customer}*, {@code p.serviceLevel}*, then per offering {@code p.offering}
 *       (its id), {@code p.offering.name}, {@code p.offering.serviceLevel}*.
 *   <li><b>request item</b> ({@code item-defined}, {@code item-withdrawn}: {@code item.}; {@code item-revised}:
 *       {@code before.}, {@code after.}): {@code p.id}, {@code p.name}, {@code p.service}, then per form field
 *       {@code p.field} (its name), {@code p.field.label}, {@code p.field.type}, {@code p.field.required},
 *       {@code p.field.maxLength}, {@code p.field.allowed}*; then {@code p.approver}* ({@code role <role>},
 *       {@code group <group>} or {@code person <actor>}); then per fulfilment task {@code p.task} (its name),
 *       {@code p.task.group}?.
 *   <li><b>configuration item</b> ({@code ci-registered}: {@code ci.}; {@code ci-updated}: {@code before.},
 *       {@code after.}): {@code p.id}, {@code p.name}, {@code p.type}, {@code p.status}, {@code p.attribute}*.
 *   <li>{@code lifecycle-changed}: {@code service}, {@code from}, {@code to}.
 *   <li>{@code related}, {@code unrelated}: {@code source}, {@code type}, {@code target}; a node is {@code
 *       service <id>} or {@code ci <id>}, the type the {@link RelationshipType} constant's name.
 * </ul>
 * Values are escaped by {@link EventCodec#escape}: a line is one line, the first {@code =} splits key from value,
 * and PostgreSQL's {@code text} never meets a NUL. Collections keep their order.
 *
 * <p>The reader is strict: every key must come in its place, nothing may be left over, the text must end with a
 * line break and a map entry's name may appear once, so a row changed by hand or cut short is refused rather than
 * half read. It is the package's one key=value reader, which the audit codecs' texts share, taking the lines in
 * order.
 *
 * <p>Compatibility: a later version adds a new first-line version; {@link #decode} reads every version it knows
 * and refuses the rest, so old rows stay readable and a newer row is never misread.
 *
 * <p>Stateless and thread-safe. Null arguments throw {@link NullPointerException}; malformed text throws {@link
 * IllegalArgumentException} naming the line and the key.
 */
public final class CatalogueEventCodec {
  /** The version {@link #encode} writes. */
  public static final int FORMAT_VERSION = 1;
  private static final String MAGIC = "itsm4j-catalogue-event/";
  private static final String WHAT = "catalogue event";

  private CatalogueEventCodec() {}

  /** The text form of {@code event}, in the current format version. */
  public static String encode(CatalogueEvent event) {
    Objects.requireNonNull(event, "event");
    KeyValueText.Writer w = new KeyValueText.Writer(MAGIC + FORMAT_VERSION + " " + event.type());
    CatalogueEventHeader h = event.header();
    w.put("tenant", h.tenant().value()).put("version", Long.toString(h.version()))
        .put("at", h.occurredAt().toString()).put("actor", h.actor().value()).put("command", h.commandId());
    if (event instanceof CatalogueEvent.ServiceDefined e) {
      service(w, "service.", e.service());
    } else if (event instanceof CatalogueEvent.ServiceRevised e) {
      service(w, "before.", e.before());
      service(w, "after.", e.after());
    } else if (event instanceof CatalogueEvent.LifecycleChanged e) {
      w.put("service", e.service().value()).put("from", e.from().name()).put("to", e.to().name());
    } else if (event instanceof CatalogueEvent.ItemDefined e) {
      item(w, "item.", e.item());
    } else if (event instanceof CatalogueEvent.ItemRevised e) {
      item(w, "before.", e.before());
      item(w, "after.", e.after());
    } else if (event instanceof CatalogueEvent.ItemWithdrawn e) {
      item(w, "item.", e.item());
    } else if (event instanceof CatalogueEvent.CiRegistered e) {
      ci(w, "ci.", e.item());
    } else if (event instanceof CatalogueEvent.CiUpdated e) {
      ci(w, "before.", e.before());
      ci(w, "after.", e.after());
    } else if (event instanceof CatalogueEvent.Related e) {
      relationship(w, e.relationship());
    } else if (event instanceof CatalogueEvent.Unrelated e) {
      relationship(w, e.relationship());
    } else {
      // Reached only if core adds an event type this codec has not learnt: refuse rather than lose its fields.
      throw new IllegalArgumentException("unknown catalogue event type " + event.getClass().getName());
    }
    return w.text();
  }

  /**
   * Reads an event written by {@link #encode} in any format version this class knows.
   *
   * @throws IllegalArgumentException if the text is not such an event
   */
  public static CatalogueEvent decode(String text) {
    Objects.requireNonNull(text, "text");
    KeyValueText.InOrder r = KeyValueText.InOrder.parse(WHAT, MAGIC, FORMAT_VERSION, true, text);
    CatalogueEventHeader h = header(r);
    CatalogueEvent event = switch (r.type()) {
      case "service-defined" -> new CatalogueEvent.ServiceDefined(h, service(r, "service."));
      case "service-revised" -> new CatalogueEvent.ServiceRevised(h, service(r, "before."), service(r, "after."));
      case "lifecycle-changed" -> new CatalogueEvent.LifecycleChanged(h, r.parse("service", ServiceId::of),
          r.parse("from", Lifecycle::valueOf), r.parse("to", Lifecycle::valueOf));
      case "item-defined" -> new CatalogueEvent.ItemDefined(h, item(r, "item."));
      case "item-revised" -> new CatalogueEvent.ItemRevised(h, item(r, "before."), item(r, "after."));
      case "item-withdrawn" -> new CatalogueEvent.ItemWithdrawn(h, item(r, "item."));
      case "ci-registered" -> new CatalogueEvent.CiRegistered(h, ci(r, "ci."));
      case "ci-updated" -> new CatalogueEvent.CiUpdated(h, ci(r, "before."), ci(r, "after."));
      case "related" -> new CatalogueEvent.Related(h, relationship(r));
      case "unrelated" -> new CatalogueEvent.Unrelated(h, relationship(r));
      default -> throw new IllegalArgumentException("unknown catalogue event type '"
          + KeyValueText.abbreviate(r.type()) + "'");
    };
    r.end();
    return event;
  }

  private static void service(KeyValueText.Writer w, String p, Service s) {
    w.put(p + "id", s.id().value()).put(p + "name", s.name()).put(p + "description", s.description())
        .put(p + "kind", s.kind().name()).put(p + "owner", s.owner().value())
        .put(p + "lifecycle", s.lifecycle().name());
    s.customers().forEach(c -> w.put(p + "customer", c.value()));
    s.serviceLevels().forEach(l -> w.put(p + "serviceLevel", l.value()));
    for (Offering o : s.offerings().values()) {
      w.put(p + "offering", o.id().value()).put(p + "offering.name", o.name());
      o.serviceLevels().forEach(l -> w.put(p + "offering.serviceLevel", l.value()));
    }
  }

  private static void item(KeyValueText.Writer w, String p, RequestItem item) {
    w.put(p + "id", item.id().value()).put(p + "name", item.name()).put(p + "service", item.service().value());
    for (FormField f : item.fields()) {
      w.put(p + "field", f.name()).put(p + "field.label", f.label()).put(p + "field.type", f.type().name())
          .put(p + "field.required", Boolean.toString(f.required()))
          .put(p + "field.maxLength", Integer.toString(f.maxLength()));
      f.allowedValues().forEach(v -> w.put(p + "field.allowed", v));
    }
    for (Approver a : item.approvers()) {
      w.put(p + "approver", approver(a));
    }
    for (FulfilmentTask t : item.fulfilmentTasks()) {
      w.put(p + "task", t.name());
      t.group().forEach(g -> w.put(p + "task.group", g.value()));
    }
  }

  private static void ci(KeyValueText.Writer w, String p, ConfigurationItem ci) {
    w.put(p + "id", ci.id().value()).put(p + "name", ci.name()).put(p + "type", ci.type())
        .put(p + "status", ci.status().name());
    ci.attributes().forEach((name, value) -> w.pair(p + "attribute", name, value));
  }

  private static void relationship(KeyValueText.Writer w, Relationship r) {
    w.put("source", node(r.source())).put("type", r.type().name()).put("target", node(r.target()));
  }

  private static String approver(Approver a) {
    if (a instanceof Approver.Role r) {
      return "role " + r.role();
    }
    if (a instanceof Approver.Group g) {
      return "group " + g.group().value();
    }
    return "person " + ((Approver.Person) a).person().value();
  }

  private static String node(Node n) {
    return (n instanceof Node.ServiceNode ? "service " : "ci ") + n.idValue();
  }

  private static CatalogueEventHeader header(KeyValueText.InOrder r) {
    int line = r.line();
    TenantId tenant = r.parse("tenant", TenantId::of);
    long version = r.parse("version", Long::parseLong);
    Instant at = r.parse("at", Instant::parse);
    ActorId actor = r.parse("actor", ActorId::of);
    String command = r.one("command");
    return r.build("header", line, () -> new CatalogueEventHeader(tenant, version, at, actor, command));
  }

  private static Service service(KeyValueText.InOrder r, String p) {
    int line = r.line();
    ImmutableService.Builder b = Service.builder().id(r.parse(p + "id", ServiceId::of)).name(r.one(p + "name"))
        .description(r.one(p + "description")).kind(r.parse(p + "kind", ServiceKind::valueOf))
        .owner(r.parse(p + "owner", ActorId::of)).lifecycle(r.parse(p + "lifecycle", Lifecycle::valueOf))
        .customers(LinkedHashSet.ofAll(r.parseEach(p + "customer", CustomerId::of)))
        .serviceLevels(LinkedHashSet.ofAll(r.parseEach(p + "serviceLevel", ServiceLevelId::of)));
    Map<OfferingId, Offering> offerings = LinkedHashMap.empty();
    while (r.at(p + "offering")) {
      OfferingId offering = r.parse(p + "offering", OfferingId::of);
      offerings = offerings.put(offering, new Offering(offering, r.one(p + "offering.name"),
          LinkedHashSet.ofAll(r.parseEach(p + "offering.serviceLevel", ServiceLevelId::of))));
    }
    b.offerings(offerings);
    return r.build("service", line, b::build);
  }

  private static RequestItem item(KeyValueText.InOrder r, String p) {
    int line = r.line();
    ImmutableRequestItem.Builder b = RequestItem.builder().id(r.parse(p + "id", CatalogueItemId::of))
        .name(r.one(p + "name")).service(r.parse(p + "service", ServiceId::of));
    Vector<FormField> fields = Vector.empty();
    while (r.at(p + "field")) {
      String name = r.one(p + "field");
      String label = r.one(p + "field.label");
      FieldType fieldType = r.parse(p + "field.type", FieldType::valueOf);
      boolean required = r.parse(p + "field.required", CatalogueEventCodec::bool);
      int maxLength = r.parse(p + "field.maxLength", Integer::parseInt);
      LinkedHashSet<String> allowed = LinkedHashSet.ofAll(r.parseEach(p + "field.allowed", Function.identity()));
      fields = fields.append(new FormField(name, label, fieldType, required, allowed, maxLength));
    }
    b.fields(fields).approvers(Vector.ofAll(r.parseEach(p + "approver", CatalogueEventCodec::approver)));
    Vector<FulfilmentTask> tasks = Vector.empty();
    while (r.at(p + "task")) {
      String task = r.one(p + "task");
      tasks = tasks.append(new FulfilmentTask(task, r.parseOpt(p + "task.group", GroupId::of)));
    }
    b.fulfilmentTasks(tasks);
    return r.build("request item", line, b::build);
  }

  private static ConfigurationItem ci(KeyValueText.InOrder r, String p) {
    int line = r.line();
    ImmutableConfigurationItem.Builder b = ConfigurationItem.builder()
        .id(r.parse(p + "id", ConfigurationItemId::of)).name(r.one(p + "name")).type(r.one(p + "type"))
        .status(r.parse(p + "status", CiStatus::valueOf));
    Map<String, String> attributes = LinkedHashMap.empty();
    for (Tuple2<String, String> attribute : r.pairs(p + "attribute")) {
      attributes = attributes.put(attribute);
    }
    b.attributes(attributes);
    return r.build("configuration item", line, b::build);
  }

  private static Relationship relationship(KeyValueText.InOrder r) {
    return new Relationship(r.parse("source", CatalogueEventCodec::node),
        r.parse("type", RelationshipType::valueOf), r.parse("target", CatalogueEventCodec::node));
  }

  private static boolean bool(String v) {
    if (!v.equals("true") && !v.equals("false")) {
      throw new IllegalArgumentException("not a boolean");
    }
    return Boolean.parseBoolean(v);
  }

  private static Approver approver(String v) {
    int space = v.indexOf(' ');
    String kind = space < 0 ? v : v.substring(0, space);
    String id = space < 0 ? "" : v.substring(space + 1);
    return switch (kind) {
      case "role" -> Approver.role(id);
      case "group" -> Approver.group(GroupId.of(id));
      case "person" -> Approver.person(ActorId.of(id));
      default -> throw new IllegalArgumentException("an approver is role, group or person and an id");
    };
  }

  private static Node node(String v) {
    int space = v.indexOf(' ');
    String kind = space < 0 ? v : v.substring(0, space);
    String id = space < 0 ? "" : v.substring(space + 1);
    return switch (kind) {
      case "service" -> Node.of(ServiceId.of(id));
      case "ci" -> Node.of(ConfigurationItemId.of(id));
      default -> throw new IllegalArgumentException("a node is service or ci and an id");
    };
  }
}
