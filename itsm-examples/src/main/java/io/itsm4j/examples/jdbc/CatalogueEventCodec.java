package io.itsm4j.examples.jdbc;

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
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Map;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

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
 * <p>The reader is strict: every key must come in its place, nothing may be left over, so a row changed by hand
 * or cut short is refused rather than half read.
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

  private CatalogueEventCodec() {}

  /** The text form of {@code event}, in the current format version. */
  public static String encode(CatalogueEvent event) {
    Objects.requireNonNull(event, "event");
    Writer w = new Writer(event.type());
    CatalogueEventHeader h = event.header();
    w.put("tenant", h.tenant().value());
    w.put("version", Long.toString(h.version()));
    w.put("at", h.occurredAt().toString());
    w.put("actor", h.actor().value());
    w.put("command", h.commandId());
    if (event instanceof CatalogueEvent.ServiceDefined e) {
      w.service("service.", e.service());
    } else if (event instanceof CatalogueEvent.ServiceRevised e) {
      w.service("before.", e.before());
      w.service("after.", e.after());
    } else if (event instanceof CatalogueEvent.LifecycleChanged e) {
      w.put("service", e.service().value());
      w.put("from", e.from().name());
      w.put("to", e.to().name());
    } else if (event instanceof CatalogueEvent.ItemDefined e) {
      w.item("item.", e.item());
    } else if (event instanceof CatalogueEvent.ItemRevised e) {
      w.item("before.", e.before());
      w.item("after.", e.after());
    } else if (event instanceof CatalogueEvent.ItemWithdrawn e) {
      w.item("item.", e.item());
    } else if (event instanceof CatalogueEvent.CiRegistered e) {
      w.ci("ci.", e.item());
    } else if (event instanceof CatalogueEvent.CiUpdated e) {
      w.ci("before.", e.before());
      w.ci("after.", e.after());
    } else if (event instanceof CatalogueEvent.Related e) {
      w.relationship(e.relationship());
    } else if (event instanceof CatalogueEvent.Unrelated e) {
      w.relationship(e.relationship());
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
    Reader r = Reader.parse(text);
    CatalogueEventHeader h = r.header();
    CatalogueEvent event = switch (r.type) {
      case "service-defined" -> new CatalogueEvent.ServiceDefined(h, r.service("service."));
      case "service-revised" -> new CatalogueEvent.ServiceRevised(h, r.service("before."), r.service("after."));
      case "lifecycle-changed" -> new CatalogueEvent.LifecycleChanged(h, r.value("service", ServiceId::of),
          r.enumOf("from", Lifecycle.class), r.enumOf("to", Lifecycle.class));
      case "item-defined" -> new CatalogueEvent.ItemDefined(h, r.item("item."));
      case "item-revised" -> new CatalogueEvent.ItemRevised(h, r.item("before."), r.item("after."));
      case "item-withdrawn" -> new CatalogueEvent.ItemWithdrawn(h, r.item("item."));
      case "ci-registered" -> new CatalogueEvent.CiRegistered(h, r.ci("ci."));
      case "ci-updated" -> new CatalogueEvent.CiUpdated(h, r.ci("before."), r.ci("after."));
      case "related" -> new CatalogueEvent.Related(h, r.relationship());
      case "unrelated" -> new CatalogueEvent.Unrelated(h, r.relationship());
      default -> throw new IllegalArgumentException("unknown catalogue event type '" + Reader.abbreviate(r.type)
          + "'");
    };
    r.end();
    return event;
  }

  private static final class Writer {
    private final StringBuilder out = new StringBuilder(256);

    Writer(String type) {
      out.append(MAGIC).append(FORMAT_VERSION).append(' ').append(type).append('\n');
    }

    void put(String key, String value) {
      putRaw(key, EventCodec.escape(value));
    }

    private void putRaw(String key, String escapedValue) {
      out.append(key).append('=').append(escapedValue).append('\n');
    }

    void service(String p, Service s) {
      put(p + "id", s.id().value());
      put(p + "name", s.name());
      put(p + "description", s.description());
      put(p + "kind", s.kind().name());
      put(p + "owner", s.owner().value());
      put(p + "lifecycle", s.lifecycle().name());
      s.customers().forEach(c -> put(p + "customer", c.value()));
      s.serviceLevels().forEach(l -> put(p + "serviceLevel", l.value()));
      for (Offering o : s.offerings().values()) {
        put(p + "offering", o.id().value());
        put(p + "offering.name", o.name());
        o.serviceLevels().forEach(l -> put(p + "offering.serviceLevel", l.value()));
      }
    }

    void item(String p, RequestItem item) {
      put(p + "id", item.id().value());
      put(p + "name", item.name());
      put(p + "service", item.service().value());
      for (FormField f : item.fields()) {
        put(p + "field", f.name());
        put(p + "field.label", f.label());
        put(p + "field.type", f.type().name());
        put(p + "field.required", Boolean.toString(f.required()));
        put(p + "field.maxLength", Integer.toString(f.maxLength()));
        f.allowedValues().forEach(v -> put(p + "field.allowed", v));
      }
      for (Approver a : item.approvers()) {
        put(p + "approver", approver(a));
      }
      for (FulfilmentTask t : item.fulfilmentTasks()) {
        put(p + "task", t.name());
        t.group().forEach(g -> put(p + "task.group", g.value()));
      }
    }

    void ci(String p, ConfigurationItem ci) {
      put(p + "id", ci.id().value());
      put(p + "name", ci.name());
      put(p + "type", ci.type());
      put(p + "status", ci.status().name());
      ci.attributes().forEach((name, value) ->
          putRaw(p + "attribute", EventCodec.escape(name) + "=" + EventCodec.escape(value)));
    }

    void relationship(Relationship r) {
      put("source", node(r.source()));
      put("type", r.type().name());
      put("target", node(r.target()));
    }

    String text() {
      return out.toString();
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
  }

  /** Reads the lines in order; each read must find its key at the next line. */
  private static final class Reader {
    final String type;
    private final List<String> keys = new ArrayList<>();
    private final List<String> values = new ArrayList<>();
    private int next;

    private Reader(String type) {
      this.type = type;
    }

    static Reader parse(String text) {
      String[] lines = text.split("\n", -1);
      String first = lines[0];
      if (!first.startsWith(MAGIC) || first.indexOf(' ') < 0) {
        throw new IllegalArgumentException("not an itsm4j catalogue event: first line is '" + abbreviate(first)
            + "'");
      }
      String version = first.substring(MAGIC.length(), first.indexOf(' '));
      if (!version.equals(Integer.toString(FORMAT_VERSION))) {
        throw new IllegalArgumentException("unsupported catalogue event format version '" + abbreviate(version)
            + "'; this reader knows version " + FORMAT_VERSION);
      }
      Reader r = new Reader(first.substring(first.indexOf(' ') + 1));
      for (int i = 1; i < lines.length; i++) {
        String line = lines[i];
        if (line.isEmpty() && i == lines.length - 1) {
          break;
        }
        int eq = line.indexOf('=');
        if (eq < 1) {
          throw new IllegalArgumentException("line " + (i + 1) + " is not key=value: '" + abbreviate(line) + "'");
        }
        r.keys.add(line.substring(0, eq));
        r.values.add(line.substring(eq + 1));
      }
      return r;
    }

    /** The line number (1-based, counting the first line) of the next unread line. */
    private int lineNumber() {
      return next + 2;
    }

    private boolean at(String key) {
      return next < keys.size() && keys.get(next).equals(key);
    }

    private String raw(String key) {
      if (!at(key)) {
        String found = next < keys.size() ? "'" + abbreviate(keys.get(next)) + "'" : "the end of the text";
        throw new IllegalArgumentException(type + " event lacks '" + key + "' at line " + lineNumber() + ", found "
            + found);
      }
      return values.get(next++);
    }

    String one(String key) {
      int line = lineNumber();
      String raw = raw(key);
      try {
        return EventCodec.unescape(raw);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(type + " event has a malformed '" + key + "' at line " + line, e);
      }
    }

    void end() {
      if (next < keys.size()) {
        throw new IllegalArgumentException(type + " event has an unexpected '" + abbreviate(keys.get(next))
            + "' at line " + lineNumber());
      }
    }

    /** Parses the value under {@code key}, naming the key and line when the parser refuses it. */
    <T> T value(String key, Function<String, T> parser) {
      int line = lineNumber();
      String v = one(key);
      try {
        return parser.apply(v);
      } catch (IllegalArgumentException | DateTimeParseException e) {
        throw new IllegalArgumentException(type + " event has a malformed '" + key + "' at line " + line + ": '"
            + abbreviate(v) + "'", e);
      }
    }

    /** Builds a value read from several lines, naming what it is when its constructor refuses them. */
    private <T> T build(String what, int line, Supplier<T> builder) {
      try {
        return builder.get();
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new IllegalArgumentException(type + " event has an invalid " + what + " at line " + line + ": "
            + e.getMessage(), e);
      }
    }

    long number(String key) {
      return value(key, Long::parseLong);
    }

    int integer(String key) {
      return value(key, Integer::parseInt);
    }

    boolean bool(String key) {
      return value(key, v -> {
        if (!v.equals("true") && !v.equals("false")) {
          throw new IllegalArgumentException("not a boolean");
        }
        return Boolean.parseBoolean(v);
      });
    }

    <E extends Enum<E>> E enumOf(String key, Class<E> enumType) {
      return value(key, v -> Enum.valueOf(enumType, v));
    }

    /** Every line under {@code key} from here on, each parsed. */
    <T> Vector<T> each(String key, Function<String, T> parser) {
      Vector<T> out = Vector.empty();
      while (at(key)) {
        out = out.append(value(key, parser));
      }
      return out;
    }

    CatalogueEventHeader header() {
      int line = lineNumber();
      TenantId tenant = value("tenant", TenantId::of);
      long version = number("version");
      Instant at = value("at", Instant::parse);
      ActorId actor = value("actor", ActorId::of);
      String command = one("command");
      return build("header", line, () -> new CatalogueEventHeader(tenant, version, at, actor, command));
    }

    Service service(String p) {
      int line = lineNumber();
      ImmutableService.Builder b = Service.builder().id(value(p + "id", ServiceId::of)).name(one(p + "name"))
          .description(one(p + "description")).kind(enumOf(p + "kind", ServiceKind.class))
          .owner(value(p + "owner", ActorId::of)).lifecycle(enumOf(p + "lifecycle", Lifecycle.class))
          .customers(LinkedHashSet.ofAll(each(p + "customer", CustomerId::of)))
          .serviceLevels(LinkedHashSet.ofAll(each(p + "serviceLevel", ServiceLevelId::of)));
      Map<OfferingId, Offering> offerings = LinkedHashMap.empty();
      while (at(p + "offering")) {
        OfferingId offering = value(p + "offering", OfferingId::of);
        offerings = offerings.put(offering, new Offering(offering, one(p + "offering.name"),
            LinkedHashSet.ofAll(each(p + "offering.serviceLevel", ServiceLevelId::of))));
      }
      b.offerings(offerings);
      return build("service", line, b::build);
    }

    RequestItem item(String p) {
      int line = lineNumber();
      ImmutableRequestItem.Builder b = RequestItem.builder().id(value(p + "id", CatalogueItemId::of))
          .name(one(p + "name")).service(value(p + "service", ServiceId::of));
      Vector<FormField> fields = Vector.empty();
      while (at(p + "field")) {
        String name = one(p + "field");
        String label = one(p + "field.label");
        FieldType fieldType = enumOf(p + "field.type", FieldType.class);
        boolean required = bool(p + "field.required");
        int maxLength = integer(p + "field.maxLength");
        LinkedHashSet<String> allowed = LinkedHashSet.ofAll(each(p + "field.allowed", Function.identity()));
        fields = fields.append(new FormField(name, label, fieldType, required, allowed, maxLength));
      }
      b.fields(fields).approvers(each(p + "approver", Reader::approver));
      Vector<FulfilmentTask> tasks = Vector.empty();
      while (at(p + "task")) {
        String task = one(p + "task");
        Option<GroupId> group = at(p + "task.group") ? Option.some(value(p + "task.group", GroupId::of))
            : Option.none();
        tasks = tasks.append(new FulfilmentTask(task, group));
      }
      b.fulfilmentTasks(tasks);
      return build("request item", line, b::build);
    }

    ConfigurationItem ci(String p) {
      int line = lineNumber();
      ImmutableConfigurationItem.Builder b = ConfigurationItem.builder().id(value(p + "id", ConfigurationItemId::of))
          .name(one(p + "name")).type(one(p + "type")).status(enumOf(p + "status", CiStatus.class));
      Map<String, String> attributes = LinkedHashMap.empty();
      while (at(p + "attribute")) {
        int at = lineNumber();
        String raw = raw(p + "attribute");
        int eq = raw.indexOf('=');
        if (eq < 0) {
          throw new IllegalArgumentException(type + " event has a '" + p + "attribute' without name=value at line "
              + at);
        }
        try {
          attributes = attributes.put(EventCodec.unescape(raw.substring(0, eq)),
              EventCodec.unescape(raw.substring(eq + 1)));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(type + " event has a malformed '" + p + "attribute' at line " + at, e);
        }
      }
      b.attributes(attributes);
      return build("configuration item", line, b::build);
    }

    Relationship relationship() {
      return new Relationship(value("source", Reader::node), enumOf("type", RelationshipType.class),
          value("target", Reader::node));
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

    static String abbreviate(String s) {
      return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
  }
}
