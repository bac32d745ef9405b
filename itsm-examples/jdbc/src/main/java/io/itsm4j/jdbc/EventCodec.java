package io.itsm4j.jdbc;

import io.itsm4j.core.TextPolicy;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.approval.ApprovalPolicy;
import io.itsm4j.core.approval.ApprovalRule;
import io.itsm4j.core.approval.ApprovalStage;
import io.itsm4j.core.approval.Verdict;
import io.itsm4j.core.catalogue.CatalogueItemId;
import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.catalogue.CustomerId;
import io.itsm4j.core.catalogue.OfferingId;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.ticket.ChangeType;
import io.itsm4j.core.ticket.EventHeader;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.Link;
import io.itsm4j.core.ticket.LinkType;
import io.itsm4j.core.ticket.NoteVisibility;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.RiskLevel;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.TicketKind;
import io.itsm4j.core.ticket.TicketSubject;
import io.itsm4j.core.ticket.Urgency;
import io.itsm4j.core.workflow.StateCategory;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Turns a {@link TicketEvent} into a line-oriented text and back; the JDBC store keeps that text in its event
 * table. The form is versioned, human-readable in a SQL console, and needs nothing but the JDK.
 *
 * <h2>Format, version 1</h2>
 * <pre>
 * itsm4j-event/1 state-changed          first line: format and version, a space, the event type
 * ticket=INC-000042                     then one "key=value" per line, in this order:
 * tenant=acme                           the header (ticket, tenant, seq, at, actor, command) ...
 * seq=3
 * at=2026-01-05T09:12:00Z               instants in ISO-8601 (Instant.toString), enums by name
 * actor=alice
 * command=req-17
 * transition=start                      ... then the fields of the event type
 * field=hold.reason=awaiting-caller     maps: one line per entry, "name=value", in map order
 * </pre>
 * Values are escaped so that a line is one line and the first {@code =} splits key from value: {@code \} becomes
 * {@code \\}, {@code =} becomes {@code \e}, line feed {@code \n}, carriage return {@code \r}, and every other
 * control character and the Unicode line and paragraph separators (U+2028, U+2029) {@code \}{@code uXXXX}. An
 * absent optional value has no line; a set or map has one line per element ({@code ci=}, {@code removed=}, {@code field=}); a sub-value such as an optional subject is marked by a
 * {@code subject=present} line followed by its own keys. The keys per type are those written by {@link #encode}.
 *
 * <p>Compatibility: a later version adds a new first-line version; {@link #decode} reads every version it knows
 * and refuses the rest, so old rows stay readable and a newer row is never misread.
 *
 * <p>Stateless and thread-safe. Null arguments throw {@link NullPointerException}; malformed text throws {@link
 * IllegalArgumentException} naming the problem.
 */
public final class EventCodec {
  /** The version {@link #encode} writes. */
  public static final int FORMAT_VERSION = 1;
  private static final String MAGIC = "itsm4j-event/";

  private EventCodec() {}

  /** The text form of {@code event}, in the current format version. */
  public static String encode(TicketEvent event) {
    Objects.requireNonNull(event, "event");
    Writer w = new Writer(event.type());
    EventHeader h = event.header();
    w.put("ticket", h.ticketId().value());
    w.put("tenant", h.tenant().value());
    w.put("seq", Long.toString(h.sequence()));
    w.put("at", h.occurredAt().toString());
    w.put("actor", h.actor().value());
    w.put("command", h.commandId());
    if (event instanceof TicketEvent.Opened e) {
      w.put("kind", e.kind().name());
      e.changeType().forEach(t -> w.put("changeType", t.name()));
      w.put("workflow", e.workflowId());
      w.put("title", e.title());
      w.put("description", e.description());
      w.put("impact", e.impact().name());
      w.put("urgency", e.urgency().name());
      w.put("priority", e.priority().name());
      w.put("state", e.state());
      w.put("category", e.category().name());
      w.fields("field", e.fields());
      w.subject("", e.subject());
      w.put("caller", e.caller().value());
    } else if (event instanceof TicketEvent.StateChanged e) {
      w.put("transition", e.transition());
      w.put("from", e.from());
      w.put("fromCategory", e.fromCategory().name());
      w.put("to", e.to());
      w.put("toCategory", e.toCategory().name());
      w.fields("field", e.fields());
      w.put("cycle", Integer.toString(e.cycle()));
    } else if (event instanceof TicketEvent.PriorityChanged e) {
      w.put("from", e.from().name());
      w.put("to", e.to().name());
      w.put("impact", e.impact().name());
      w.put("urgency", e.urgency().name());
      w.put("reason", e.reason());
    } else if (event instanceof TicketEvent.Assigned e) {
      e.group().forEach(g -> w.put("group", g.value()));
      e.assignee().forEach(a -> w.put("assignee", a.value()));
      w.put("reassignment", Boolean.toString(e.reassignment()));
    } else if (event instanceof TicketEvent.NoteAdded e) {
      w.put("visibility", e.visibility().name());
      w.put("text", e.text());
      w.put("byCaller", Boolean.toString(e.byCaller()));
    } else if (event instanceof TicketEvent.LinkAdded e) {
      w.put("linkType", e.link().type().name());
      w.put("target", e.link().target().value());
    } else if (event instanceof TicketEvent.LinkRemoved e) {
      w.put("linkType", e.link().type().name());
      w.put("target", e.link().target().value());
    } else if (event instanceof TicketEvent.DetailsUpdated e) {
      e.title().forEach(t -> w.put("title", t));
      e.description().forEach(d -> w.put("description", d));
      w.fields("field", e.fields());
      e.removedFields().forEach(f -> w.put("removed", f));
      e.subject().forEach(s -> {
        w.put("subject", "present");
        w.subject("subject.", s);
      });
    } else if (event instanceof TicketEvent.RiskAssessed e) {
      w.put("level", e.level().name());
      w.put("score", Integer.toString(e.score()));
      w.fields("answer", e.answers());
    } else if (event instanceof TicketEvent.ApprovalRequested e) {
      for (ApprovalStage stage : e.policy().stages()) {
        w.put("stage.name", stage.name());
        w.put("stage.group", stage.group().value());
        w.put("stage.rule", rule(stage.rule()));
      }
      // Every group gets a line of its own, so a group with no eligible member survives the round trip.
      e.approvers().forEach((group, members) -> {
        w.put("approverGroup", group.value());
        members.forEach(m -> w.put("approver", group.value() + " " + m.value()));
      });
    } else if (event instanceof TicketEvent.ApprovalDecided e) {
      w.put("stage", Integer.toString(e.stage()));
      w.put("stageName", e.stageName());
      w.put("group", e.group().value());
      w.put("verdict", e.verdict().name());
      w.put("comment", e.comment());
    } else if (event instanceof TicketEvent.AuthorisationGranted e) {
      e.approvers().forEach(a -> w.put("approver", a.value()));
    } else if (event instanceof TicketEvent.CollisionsOverridden e) {
      e.changes().forEach(c -> w.put("change", c.value()));
      w.put("reason", e.reason());
    } else {
      throw new IllegalArgumentException("unknown event type " + event.getClass().getName());
    }
    return w.text();
  }

  /**
   * Reads an event written by {@link #encode} in any format version this class knows.
   *
   * @throws IllegalArgumentException if the text is not such an event
   */
  public static TicketEvent decode(String text) {
    Objects.requireNonNull(text, "text");
    Reader r = Reader.parse(text);
    EventHeader h = new EventHeader(TicketId.of(r.one("ticket")), TenantId.of(r.one("tenant")),
        r.number("seq"), r.instant("at"), ActorId.of(r.one("actor")), r.one("command"));
    return switch (r.type) {
      case "opened" -> new TicketEvent.Opened(h, r.enumOf("kind", TicketKind.class),
          r.opt("changeType").map(v -> Enum.valueOf(ChangeType.class, v)), r.one("workflow"), r.one("title"),
          r.one("description"), r.enumOf("impact", Impact.class), r.enumOf("urgency", Urgency.class),
          r.enumOf("priority", Priority.class), r.one("state"), r.enumOf("category", StateCategory.class),
          r.fields("field"), r.subject(""), ActorId.of(r.one("caller")));
      case "state-changed" -> new TicketEvent.StateChanged(h, r.one("transition"), r.one("from"),
          r.enumOf("fromCategory", StateCategory.class), r.one("to"), r.enumOf("toCategory", StateCategory.class),
          r.fields("field"), (int) r.number("cycle"));
      case "priority-changed" -> new TicketEvent.PriorityChanged(h, r.enumOf("from", Priority.class),
          r.enumOf("to", Priority.class), r.enumOf("impact", Impact.class), r.enumOf("urgency", Urgency.class),
          r.one("reason"));
      case "assigned" -> new TicketEvent.Assigned(h, r.opt("group").map(GroupId::of),
          r.opt("assignee").map(ActorId::of), r.bool("reassignment"));
      case "note-added" -> new TicketEvent.NoteAdded(h, r.enumOf("visibility", NoteVisibility.class),
          r.one("text"), r.bool("byCaller"));
      case "link-added" -> new TicketEvent.LinkAdded(h, r.link());
      case "link-removed" -> new TicketEvent.LinkRemoved(h, r.link());
      case "details-updated" -> new TicketEvent.DetailsUpdated(h, r.opt("title"), r.opt("description"),
          r.fields("field"), LinkedHashSet.ofAll(r.many("removed")),
          r.opt("subject").map(p -> r.subject("subject.")));
      case "risk-assessed" -> new TicketEvent.RiskAssessed(h, r.enumOf("level", RiskLevel.class),
          (int) r.number("score"), r.fields("answer"));
      case "approval-requested" -> new TicketEvent.ApprovalRequested(h, r.policy(), r.approvers());
      case "approval-decided" -> new TicketEvent.ApprovalDecided(h, (int) r.number("stage"), r.one("stageName"),
          GroupId.of(r.one("group")), r.enumOf("verdict", Verdict.class), r.one("comment"));
      case "authorisation-granted" -> new TicketEvent.AuthorisationGranted(h,
          LinkedHashSet.ofAll(r.many("approver")).map(ActorId::of));
      case "collisions-overridden" -> new TicketEvent.CollisionsOverridden(h,
          LinkedHashSet.ofAll(r.many("change")).map(TicketId::of), r.one("reason"));
      default -> throw new IllegalArgumentException("unknown event type '" + r.type + "'");
    };
  }

  private static String rule(ApprovalRule rule) {
    if (rule instanceof ApprovalRule.Quorum q) {
      return "quorum " + q.n();
    }
    return rule instanceof ApprovalRule.All ? "all" : "any-one";
  }

  /**
   * A value in the escaped form the text uses: one line, no {@code =}, no control characters. The JDBC store
   * also writes the command id column this way.
   */
  public static String escape(String value) {
    StringBuilder b = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> b.append("\\\\");
        case '=' -> b.append("\\e");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        default -> {
          // U+2028 and U+2029 end a line for many readers (and for regular expressions) though they are not
          // control characters; escaping them keeps one record per line for every reader of the table.
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  /**
   * The value {@link #escape} was given.
   *
   * @throws IllegalArgumentException if {@code value} has an unknown or cut-off escape
   */
  public static String unescape(String value) {
    if (value.indexOf('\\') < 0) {
      return value;
    }
    StringBuilder b = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != '\\') {
        b.append(c);
        continue;
      }
      if (i + 1 >= value.length()) {
        throw new IllegalArgumentException("dangling escape at the end of '" + value + "'");
      }
      char n = value.charAt(++i);
      switch (n) {
        case '\\' -> b.append('\\');
        case 'e' -> b.append('=');
        case 'n' -> b.append('\n');
        case 'r' -> b.append('\r');
        case 'u' -> {
          if (i + 4 >= value.length()) {
            throw new IllegalArgumentException("short \\u escape in '" + value + "'");
          }
          b.append((char) Integer.parseInt(value.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> throw new IllegalArgumentException("unknown escape \\" + n + " in '" + value + "'");
      }
    }
    return b.toString();
  }

  private static final class Writer {
    private final StringBuilder out = new StringBuilder(256);

    Writer(String type) {
      out.append(MAGIC).append(FORMAT_VERSION).append(' ').append(type).append('\n');
    }

    void put(String key, String value) {
      out.append(key).append('=').append(escape(value)).append('\n');
    }

    void fields(String key, Map<String, String> fields) {
      fields.forEach((name, value) -> putRaw(key, escape(name) + "=" + escape(value)));
    }

    private void putRaw(String key, String escapedValue) {
      out.append(key).append('=').append(escapedValue).append('\n');
    }

    void subject(String prefix, TicketSubject s) {
      s.service().forEach(v -> put(prefix + "service", v.value()));
      s.offering().forEach(v -> put(prefix + "offering", v.value()));
      s.customer().forEach(v -> put(prefix + "customer", v.value()));
      s.catalogueItem().forEach(v -> put(prefix + "catalogueItem", v.value()));
      s.configurationItems().forEach(v -> put(prefix + "ci", v.value()));
    }

    String text() {
      return out.toString();
    }
  }

  private static final class Reader {
    final String type;
    private final java.util.Map<String, List<String>> values = new HashMap<>();

    private Reader(String type) {
      this.type = type;
    }

    static Reader parse(String text) {
      String[] lines = text.split("\n", -1);
      String first = lines[0];
      if (!first.startsWith(MAGIC) || first.indexOf(' ') < 0) {
        throw new IllegalArgumentException("not an itsm4j event: first line is '" + abbreviate(first) + "'");
      }
      String version = first.substring(MAGIC.length(), first.indexOf(' '));
      if (!version.equals(Integer.toString(FORMAT_VERSION))) {
        throw new IllegalArgumentException("unsupported event format version '" + abbreviate(version)
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
        r.values.computeIfAbsent(line.substring(0, eq), k -> new ArrayList<>()).add(line.substring(eq + 1));
      }
      return r;
    }

    List<String> many(String key) {
      List<String> raw = values.getOrDefault(key, List.of());
      List<String> out = new ArrayList<>(raw.size());
      for (String v : raw) {
        out.add(unescape(v));
      }
      return out;
    }

    Option<String> opt(String key) {
      List<String> all = many(key);
      if (all.size() > 1) {
        throw new IllegalArgumentException(type + " event has " + all.size() + " '" + key + "' lines, at most 1");
      }
      return all.isEmpty() ? Option.none() : Option.some(all.get(0));
    }

    String one(String key) {
      return opt(key).getOrElseThrow(() -> new IllegalArgumentException(type + " event lacks '" + key + "'"));
    }

    long number(String key) {
      return parse(key, Long::parseLong);
    }

    boolean bool(String key) {
      return parse(key, v -> {
        if (!v.equals("true") && !v.equals("false")) {
          throw new IllegalArgumentException("not a boolean");
        }
        return Boolean.parseBoolean(v);
      });
    }

    Instant instant(String key) {
      return parse(key, Instant::parse);
    }

    <E extends Enum<E>> E enumOf(String key, Class<E> type) {
      return parse(key, v -> Enum.valueOf(type, v));
    }

    private <T> T parse(String key, Function<String, T> parser) {
      String v = one(key);
      try {
        return parser.apply(v);
      } catch (IllegalArgumentException | DateTimeParseException e) {
        throw new IllegalArgumentException(type + " event has a malformed '" + key + "': '" + abbreviate(v) + "'", e);
      }
    }

    Map<String, String> fields(String key) {
      Map<String, String> out = LinkedHashMap.empty();
      for (String raw : values.getOrDefault(key, List.of())) {
        int eq = raw.indexOf('=');
        if (eq < 0) {
          throw new IllegalArgumentException(type + " event has a '" + key + "' line without name=value");
        }
        out = out.put(unescape(raw.substring(0, eq)), unescape(raw.substring(eq + 1)));
      }
      return out;
    }

    TicketSubject subject(String prefix) {
      Set<ConfigurationItemId> cis = LinkedHashSet.ofAll(many(prefix + "ci")).map(ConfigurationItemId::of);
      return new TicketSubject(opt(prefix + "service").map(ServiceId::of), opt(prefix + "offering").map(OfferingId::of),
          opt(prefix + "customer").map(CustomerId::of), opt(prefix + "catalogueItem").map(CatalogueItemId::of), cis);
    }

    ApprovalPolicy policy() {
      List<String> names = many("stage.name");
      List<String> groups = many("stage.group");
      List<String> rules = many("stage.rule");
      if (names.size() != groups.size() || names.size() != rules.size()) {
        throw new IllegalArgumentException(type + " event has stages with missing name, group or rule lines");
      }
      io.vavr.collection.Vector<ApprovalStage> stages = io.vavr.collection.Vector.empty();
      for (int i = 0; i < names.size(); i++) {
        String rule = rules.get(i);
        ApprovalRule parsed;
        if (rule.equals("all")) {
          parsed = ApprovalRule.all();
        } else if (rule.equals("any-one")) {
          parsed = ApprovalRule.anyOne();
        } else if (rule.startsWith("quorum ")) {
          try {
            parsed = ApprovalRule.quorum(Integer.parseInt(rule.substring("quorum ".length())));
          } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(type + " event has a malformed quorum '" + abbreviate(rule) + "'", e);
          }
        } else {
          throw new IllegalArgumentException(type + " event has an unknown approval rule '" + abbreviate(rule) + "'");
        }
        stages = stages.append(ApprovalStage.of(names.get(i), GroupId.of(groups.get(i)), parsed));
      }
      return new ApprovalPolicy(stages);
    }

    Map<GroupId, Set<ActorId>> approvers() {
      Map<GroupId, Set<ActorId>> out = LinkedHashMap.empty();
      for (String group : many("approverGroup")) {
        out = out.put(GroupId.of(group), LinkedHashSet.empty());
      }
      for (String line : many("approver")) {
        int space = line.indexOf(' ');
        if (space < 0) {
          throw new IllegalArgumentException(type + " event has an approver line without group and member");
        }
        GroupId group = GroupId.of(line.substring(0, space));
        ActorId member = ActorId.of(line.substring(space + 1));
        out = out.put(group, out.get(group).getOrElse(LinkedHashSet.empty()).add(member));
      }
      return out;
    }

    Link link() {
      return new Link(enumOf("linkType", LinkType.class), TicketId.of(one("target")));
    }

    private static String abbreviate(String s) {
      return TextPolicy.shown(s);
    }
  }
}
