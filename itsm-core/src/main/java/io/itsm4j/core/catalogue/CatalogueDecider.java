package io.itsm4j.core.catalogue;

import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.Violation;
import io.itsm4j.core.Violations;
import io.itsm4j.core.internal.Checks;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * The catalogue's two pure functions: {@link #decide} turns a command and the current catalogue into an event or
 * a rejection, {@link #evolve} folds an event into the catalogue. No I/O, no clock, no state of its own.
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li>Ids are unique per kind within a tenant: defining a service, item or CI twice is {@link
 *       RejectionCode#ALREADY_EXISTS} with a {@link Violation#DUPLICATE} violation on its {@code id}.
 *   <li>Malformed definitions (blank names, over-long texts, bad form fields, duplicate form field names,
 *       attribute names that are not identifiers, relationship types the model does not know) are {@link
 *       RejectionCode#INVALID_INPUT}, listing every problem at once.
 *   <li>References to things that do not exist (an item's service, a relationship's ends) are {@link
 *       RejectionCode#NOT_FOUND} with an {@link Violation#UNKNOWN} violation naming the field; when the input is
 *       also malformed, the rejection is {@code INVALID_INPUT} and lists both.
 *   <li>Services move forward only (pipeline → live → retired). A service that live services depend on cannot
 *       retire, a service that depends on a retired service cannot go live, and a live service cannot take a
 *       new dependency on a retired one: all {@link RejectionCode#RULE_VIOLATED}, naming the services.
 *   <li>Relationships that involve a service must be {@link RelationshipType#DEPENDS_ON}.
 *   <li>A command that would change nothing is {@link RejectionCode#NO_CHANGE}.
 * </ul>
 *
 * <p>Thread-safe; stateless.
 */
public final class CatalogueDecider {
  private CatalogueDecider() {}

  /**
   * Decides a command.
   *
   * @param context who, in which tenant, when, under which key
   * @param command what is asked
   * @param catalogue the tenant's catalogue as it is
   * @return the one event to append (numbered {@code catalogue.version() + 1}), or why not
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the catalogue belongs to another tenant than the context
   */
  public static Either<Rejection, Seq<CatalogueEvent>> decide(CatalogueContext context, CatalogueCommand command,
      Catalogue catalogue) {
    Checks.notNull(context, "context");
    Checks.notNull(command, "command");
    Checks.notNull(catalogue, "catalogue");
    if (!context.tenant().equals(catalogue.tenant())) {
      throw new IllegalArgumentException("catalogue of tenant " + catalogue.tenant() + " given for a command in "
          + context.tenant());
    }
    CatalogueEventHeader h = new CatalogueEventHeader(context.tenant(), catalogue.version() + 1, context.at(),
        context.actor().id(), context.idempotencyKey());
    Either<Rejection, CatalogueEvent> event;
    if (command instanceof CatalogueCommand.DefineService c) {
      event = defineService(h, c.service(), catalogue);
    } else if (command instanceof CatalogueCommand.ReviseService c) {
      event = reviseService(h, c.service(), catalogue);
    } else if (command instanceof CatalogueCommand.ChangeLifecycle c) {
      event = changeLifecycle(h, c, catalogue);
    } else if (command instanceof CatalogueCommand.DefineItem c) {
      event = defineItem(h, c.item(), catalogue);
    } else if (command instanceof CatalogueCommand.ReviseItem c) {
      event = reviseItem(h, c.item(), catalogue);
    } else if (command instanceof CatalogueCommand.WithdrawItem c) {
      event = catalogue.item(c.item())
          .<Either<Rejection, CatalogueEvent>>map(i -> Either.right(new CatalogueEvent.ItemWithdrawn(h, i)))
          .getOrElse(() -> notFound("item", "request catalogue item " + c.item()));
    } else if (command instanceof CatalogueCommand.RegisterCi c) {
      event = registerCi(h, c.item(), catalogue);
    } else if (command instanceof CatalogueCommand.UpdateCi c) {
      event = updateCi(h, c.item(), catalogue);
    } else if (command instanceof CatalogueCommand.Relate c) {
      event = relate(h, c, catalogue);
    } else {
      event = unrelate(h, (CatalogueCommand.Unrelate) command, catalogue);
    }
    return event.map(List::of);
  }

  /**
   * Folds one event into the catalogue.
   *
   * @return the catalogue after the event, at the event's version
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the event is for another tenant or not the catalogue's next version
   */
  public static Catalogue evolve(Catalogue catalogue, CatalogueEvent event) {
    Checks.notNull(catalogue, "catalogue");
    Checks.notNull(event, "event");
    if (!event.tenant().equals(catalogue.tenant()) || event.version() != catalogue.version() + 1) {
      throw new IllegalArgumentException("event " + event.tenant() + " v" + event.version()
          + " does not follow catalogue " + catalogue.tenant() + " v" + catalogue.version());
    }
    var services = catalogue.services();
    var items = catalogue.items();
    var cis = catalogue.configurationItems();
    var relationships = catalogue.relationships();
    if (event instanceof CatalogueEvent.ServiceDefined e) {
      services = services.put(e.service().id(), e.service());
    } else if (event instanceof CatalogueEvent.ServiceRevised e) {
      services = services.put(e.after().id(), e.after());
    } else if (event instanceof CatalogueEvent.LifecycleChanged e) {
      services = services.put(e.service(), ImmutableService.copyOf(services.get(e.service())
          .getOrElseThrow(() -> new IllegalArgumentException("no service " + e.service()))).withLifecycle(e.to()));
    } else if (event instanceof CatalogueEvent.ItemDefined e) {
      items = items.put(e.item().id(), e.item());
    } else if (event instanceof CatalogueEvent.ItemRevised e) {
      items = items.put(e.after().id(), e.after());
    } else if (event instanceof CatalogueEvent.ItemWithdrawn e) {
      items = items.remove(e.item().id());
    } else if (event instanceof CatalogueEvent.CiRegistered e) {
      cis = cis.put(e.item().id(), e.item());
    } else if (event instanceof CatalogueEvent.CiUpdated e) {
      cis = cis.put(e.after().id(), e.after());
    } else if (event instanceof CatalogueEvent.Related e) {
      relationships = relationships.add(e.relationship());
    } else if (event instanceof CatalogueEvent.Unrelated e) {
      relationships = relationships.remove(e.relationship());
    }
    return catalogue.next(event, services, items, cis, relationships);
  }

  /**
   * The catalogue a history produces.
   *
   * @param tenant the history's tenant
   * @param events the tenant's events in version order, from version 1
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the history is misnumbered or for another tenant
   */
  public static Catalogue replay(io.itsm4j.core.TenantId tenant, Iterable<? extends CatalogueEvent> events) {
    return replay(Catalogue.empty(tenant), events);
  }

  /**
   * A catalogue brought up to date with the events that followed it.
   *
   * @param from a catalogue
   * @param events the events after its version, in version order
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the events do not follow {@code from}
   */
  public static Catalogue replay(Catalogue from, Iterable<? extends CatalogueEvent> events) {
    Checks.notNull(events, "events");
    Catalogue c = Checks.notNull(from, "from");
    for (CatalogueEvent e : events) {
      c = evolve(c, e);
    }
    return c;
  }

  // --- services

  private static Either<Rejection, CatalogueEvent> defineService(CatalogueEventHeader h, Service s, Catalogue c) {
    Seq<Violation> input = checkService(s, c);
    if (s.lifecycle() == Lifecycle.RETIRED) {
      input = input.append(Violation.of("service.lifecycle", Violation.INVALID,
          "a new service starts in the pipeline or live, not retired"));
    }
    if (!input.isEmpty()) {
      return Either.left(Rejection.invalid(RejectionCode.INVALID_INPUT, input));
    }
    if (c.service(s.id()).isDefined()) {
      return duplicate("service.id", "service " + s.id());
    }
    return Either.right(new CatalogueEvent.ServiceDefined(h, s));
  }

  private static Either<Rejection, CatalogueEvent> reviseService(CatalogueEventHeader h, Service s, Catalogue c) {
    Option<Service> before = c.service(s.id());
    if (before.isEmpty()) {
      return notFound("service.id", "service " + s.id());
    }
    Seq<Violation> input = checkService(s, c);
    if (s.lifecycle() != before.get().lifecycle()) {
      input = input.append(Violation.of("service.lifecycle", Violation.INVALID, "a revision keeps the lifecycle stage ("
          + before.get().lifecycle() + "); change it with ChangeLifecycle"));
    }
    if (!input.isEmpty()) {
      return Either.left(Rejection.invalid(RejectionCode.INVALID_INPUT, input));
    }
    if (same(before.get(), s)) {
      return Either.left(Rejection.of(RejectionCode.NO_CHANGE, "service " + s.id() + " already has this definition"));
    }
    return Either.right(new CatalogueEvent.ServiceRevised(h, before.get(), s));
  }

  private static Either<Rejection, CatalogueEvent> changeLifecycle(CatalogueEventHeader h,
      CatalogueCommand.ChangeLifecycle cmd, Catalogue c) {
    Option<Service> found = c.service(cmd.service());
    if (found.isEmpty()) {
      return notFound("service", "service " + cmd.service());
    }
    Lifecycle from = found.get().lifecycle();
    if (from == cmd.to()) {
      return Either.left(Rejection.of(RejectionCode.NO_CHANGE, "service " + cmd.service() + " is already " + from));
    }
    if (!from.canMoveTo(cmd.to())) {
      return rule("service " + cmd.service() + " cannot move from " + from + " back to " + cmd.to()
          + "; services move forward only");
    }
    if (cmd.to() == Lifecycle.RETIRED) {
      Seq<ServiceId> live = c.dependents(cmd.service()).filter(s -> s.lifecycle() == Lifecycle.LIVE).map(Service::id);
      if (!live.isEmpty()) {
        return rule("service " + cmd.service() + " cannot retire: live services depend on it: " + live.mkString(", "));
      }
    }
    if (cmd.to() == Lifecycle.LIVE) {
      Seq<ServiceId> retired = retiredDependencies(c, Node.of(cmd.service()));
      if (!retired.isEmpty()) {
        return rule("service " + cmd.service() + " cannot go live: it depends on retired services: "
            + retired.mkString(", "));
      }
    }
    return Either.right(new CatalogueEvent.LifecycleChanged(h, cmd.service(), from, cmd.to()));
  }

  private static Seq<ServiceId> retiredDependencies(Catalogue c, Node source) {
    return c.relationships().filter(r -> r.source().equals(source) && r.target() instanceof Node.ServiceNode)
        .map(r -> ((Node.ServiceNode) r.target()).id()).toList().distinct().sorted()
        .filter(id -> c.service(id).exists(s -> s.lifecycle() == Lifecycle.RETIRED));
  }

  private static Seq<Violation> checkService(Service s, Catalogue c) {
    List<Violation> v = List.empty();
    // An offering id is unique within the tenant: tickets and SLAs name an offering by its id alone.
    for (Service other : c.services().values()) {
      if (!other.id().equals(s.id())) {
        for (OfferingId taken : other.offerings().keySet().filter(s.offerings()::containsKey)) {
          v = v.append(Violation.of("service.offerings." + taken + ".id", Violation.DUPLICATE, "offering " + taken
              + " is offered by service " + other.id() + " already; offering ids are unique within the tenant"));
        }
      }
    }
    v = v.appendAll(Violations.line("service.name", s.name(), Service.NAME_MAX, true));
    v = v.appendAll(Violations.text("service.description", s.description(), Service.DESCRIPTION_MAX, false));
    for (Offering o : s.offerings().values()) {
      v = v.appendAll(Violations.line("service.offerings." + o.id() + ".name", o.name(), Service.NAME_MAX, true));
    }
    return v;
  }

  // --- request catalogue items

  private static Either<Rejection, CatalogueEvent> defineItem(CatalogueEventHeader h, RequestItem item, Catalogue c) {
    Either<Rejection, Boolean> checked = checkItem(item, c);
    if (checked.isLeft()) {
      return Either.left(checked.getLeft());
    }
    if (c.item(item.id()).isDefined()) {
      return duplicate("item.id", "request catalogue item " + item.id());
    }
    return Either.right(new CatalogueEvent.ItemDefined(h, item));
  }

  private static Either<Rejection, CatalogueEvent> reviseItem(CatalogueEventHeader h, RequestItem item, Catalogue c) {
    Option<RequestItem> before = c.item(item.id());
    if (before.isEmpty()) {
      return notFound("item.id", "request catalogue item " + item.id());
    }
    Either<Rejection, Boolean> checked = checkItem(item, c);
    if (checked.isLeft()) {
      return Either.left(checked.getLeft());
    }
    if (before.get().equals(item)) {
      return Either.left(Rejection.of(RejectionCode.NO_CHANGE, "item " + item.id() + " already has this definition"));
    }
    return Either.right(new CatalogueEvent.ItemRevised(h, before.get(), item));
  }

  private static Either<Rejection, Boolean> checkItem(RequestItem item, Catalogue c) {
    List<Violation> input = List.empty();
    input = input.appendAll(Violations.line("item.name", item.name(), Service.NAME_MAX, true));
    Set<String> seen = HashSet.empty();
    int i = 0;
    for (FormField f : item.fields()) {
      String path = "item.fields[" + i + "]";
      input = input.appendAll(f.check(path));
      if (seen.contains(f.name())) {
        input = input.append(Violation.of(path + ".name", Violation.DUPLICATE, "field '" + Checks.abbreviate(f.name())
            + "' is defined twice"));
      }
      seen = seen.add(f.name());
      i++;
    }
    i = 0;
    for (FulfilmentTask t : item.fulfilmentTasks()) {
      input = input.appendAll(Violations.line("item.fulfilmentTasks[" + i + "].name", t.name(), Service.NAME_MAX, true));
      i++;
    }
    Option<Service> service = c.service(item.service());
    Seq<Violation> refs = service.isEmpty()
        ? List.of(Violation.of("item.service", Violation.UNKNOWN, "no service " + item.service()))
        : List.empty();
    if (!input.isEmpty()) {
      return Either.left(Rejection.invalid(RejectionCode.INVALID_INPUT, input.appendAll(refs)));
    }
    if (!refs.isEmpty()) {
      return Either.left(Rejection.invalid(RejectionCode.NOT_FOUND, refs));
    }
    if (service.get().lifecycle() == Lifecycle.RETIRED) {
      return rule("service " + item.service() + " is retired; it offers no new items");
    }
    return Either.right(true);
  }

  // --- configuration items

  private static Either<Rejection, CatalogueEvent> registerCi(CatalogueEventHeader h, ConfigurationItem ci,
      Catalogue c) {
    Seq<Violation> input = checkCi(ci);
    if (!input.isEmpty()) {
      return Either.left(Rejection.invalid(RejectionCode.INVALID_INPUT, input));
    }
    if (c.configurationItem(ci.id()).isDefined()) {
      return duplicate("item.id", "configuration item " + ci.id());
    }
    return Either.right(new CatalogueEvent.CiRegistered(h, ci));
  }

  private static Either<Rejection, CatalogueEvent> updateCi(CatalogueEventHeader h, ConfigurationItem ci,
      Catalogue c) {
    Option<ConfigurationItem> before = c.configurationItem(ci.id());
    if (before.isEmpty()) {
      return notFound("item.id", "configuration item " + ci.id());
    }
    Seq<Violation> input = checkCi(ci);
    if (!input.isEmpty()) {
      return Either.left(Rejection.invalid(RejectionCode.INVALID_INPUT, input));
    }
    if (same(before.get(), ci)) {
      return Either.left(Rejection.of(RejectionCode.NO_CHANGE, "configuration item " + ci.id() + " is unchanged"));
    }
    return Either.right(new CatalogueEvent.CiUpdated(h, before.get(), ci));
  }

  private static Seq<Violation> checkCi(ConfigurationItem ci) {
    List<Violation> v = List.empty();
    v = v.appendAll(Violations.line("item.name", ci.name(), Service.NAME_MAX, true));
    if (!Checks.ID.matcher(ci.type()).matches()) {
      v = v.append(Violation.of("item.type", Violation.INVALID, "a CI type must be an identifier, got '"
          + Checks.abbreviate(ci.type()) + "'"));
    }
    v = v.appendAll(Violations.fields("item.attributes", ci.attributes(), FormField.MAX_LENGTH));
    return v;
  }

  // --- relationships

  private static Either<Rejection, CatalogueEvent> relate(CatalogueEventHeader h, CatalogueCommand.Relate cmd,
      Catalogue c) {
    Either<Rejection, Relationship> r = relationship(cmd.source(), cmd.kind(), cmd.target(), c);
    if (r.isLeft()) {
      return Either.left(r.getLeft());
    }
    Relationship rel = r.get();
    if (c.relationships().contains(rel)) {
      return Either.left(Rejection.invalid(RejectionCode.ALREADY_EXISTS, List.of(Violation.of("relationship",
          Violation.DUPLICATE, "relationship '" + rel + "' exists already"))));
    }
    if (rel.source() instanceof Node.ServiceNode s && rel.target() instanceof Node.ServiceNode t
        && c.service(s.id()).exists(x -> x.lifecycle() == Lifecycle.LIVE)
        && c.service(t.id()).exists(x -> x.lifecycle() == Lifecycle.RETIRED)) {
      return rule("live service " + s.id() + " cannot depend on retired service " + t.id());
    }
    return Either.right(new CatalogueEvent.Related(h, rel));
  }

  private static Either<Rejection, CatalogueEvent> unrelate(CatalogueEventHeader h, CatalogueCommand.Unrelate cmd,
      Catalogue c) {
    Either<Rejection, Relationship> r = relationship(cmd.source(), cmd.kind(), cmd.target(), c);
    if (r.isLeft()) {
      return Either.left(r.getLeft());
    }
    if (!c.relationships().contains(r.get())) {
      return notFound("relationship", "relationship '" + r.get() + "'");
    }
    return Either.right(new CatalogueEvent.Unrelated(h, r.get()));
  }

  private static Either<Rejection, Relationship> relationship(Node source, String kind, Node target, Catalogue c) {
    List<Violation> input = List.empty();
    Option<RelationshipType> type = RelationshipType.parse(kind);
    if (type.isEmpty()) {
      input = input.append(Violation.of("kind", Violation.UNKNOWN, "relationship type '" + Checks.abbreviate(kind)
          + "' is unknown; known are " + List.of(RelationshipType.values()).map(RelationshipType::label).mkString(", ")));
    } else if (type.get() != RelationshipType.DEPENDS_ON
        && (source instanceof Node.ServiceNode || target instanceof Node.ServiceNode)) {
      input = input.append(Violation.of("kind", Violation.INVALID, "a relationship with a service must be "
          + RelationshipType.DEPENDS_ON.label() + ", got " + type.get().label()));
    }
    List<Violation> refs = List.empty();
    if (!c.contains(source)) {
      refs = refs.append(Violation.of("source", Violation.UNKNOWN, "no " + source + " in the catalogue"));
    }
    if (!c.contains(target)) {
      refs = refs.append(Violation.of("target", Violation.UNKNOWN, "no " + target + " in the catalogue"));
    }
    if (!input.isEmpty()) {
      return Either.left(Rejection.invalid(RejectionCode.INVALID_INPUT, input.appendAll(refs)));
    }
    if (!refs.isEmpty()) {
      return Either.left(Rejection.invalid(RejectionCode.NOT_FOUND, refs));
    }
    return Either.right(new Relationship(source, type.get(), target));
  }

  // --- helpers

  private static boolean same(Service a, Service b) {
    // Vavr's linked collections compare in order; a revision that only reorders changes nothing a host can see.
    return a.equals(b) || (a.name().equals(b.name()) && a.description().equals(b.description())
        && a.kind() == b.kind() && a.owner().equals(b.owner()) && a.lifecycle() == b.lifecycle()
        && a.customers().toSet().equals(b.customers().toSet()) && a.offerings().toSet().equals(b.offerings().toSet())
        && a.serviceLevels().toSet().equals(b.serviceLevels().toSet()));
  }

  private static boolean same(ConfigurationItem a, ConfigurationItem b) {
    return a.name().equals(b.name()) && a.type().equals(b.type()) && a.status() == b.status()
        && a.attributes().toSet().equals(b.attributes().toSet());
  }

  private static <T> Either<Rejection, T> duplicate(String field, String what) {
    return Either.left(Rejection.invalid(RejectionCode.ALREADY_EXISTS,
        List.of(Violation.of(field, Violation.DUPLICATE, what + " exists already"))));
  }

  private static <T> Either<Rejection, T> notFound(String field, String what) {
    return Either.left(Rejection.invalid(RejectionCode.NOT_FOUND,
        List.of(Violation.of(field, Violation.UNKNOWN, "no " + what + " in the catalogue"))));
  }

  private static <T> Either<Rejection, T> rule(String message) {
    return Either.left(Rejection.of(RejectionCode.RULE_VIOLATED, message));
  }
}
