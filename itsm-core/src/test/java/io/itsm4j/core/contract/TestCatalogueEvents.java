package io.itsm4j.core.contract;

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
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Builds catalogue events for store tests: plain batches for example tests, and jqwik arbitraries covering every
 * {@link CatalogueEvent} type with awkward content (line breaks, {@code =}, backslashes, NUL, non-ASCII, empty
 * collections and long ones) for serialisation properties.
 *
 * <p>Events built here are well formed (versions follow on, tenant as asked) but need not be a history the
 * catalogue decider would accept: a store stores whatever it is given, so names may be blank and a revision need
 * not change anything. Thread-safe; every method is a pure function of its arguments. Arguments must not be
 * {@code null}.
 */
public final class TestCatalogueEvents {
  /** The instant every example event occurs at, plus its version in seconds. */
  public static final Instant EPOCH = Instant.parse("2026-11-23T10:00:00Z");

  private TestCatalogueEvents() {}

  /** A header for {@code version} of {@code tenant}'s catalogue, sent by {@code importer} under {@code commandId}. */
  public static CatalogueEventHeader header(TenantId tenant, long version, String commandId) {
    return new CatalogueEventHeader(tenant, version, EPOCH.plusSeconds(version), ActorId.of("importer"), commandId);
  }

  /** The registration of configuration item {@code ci-<version>}, a server, at {@code version}. */
  public static CatalogueEvent ciRegistered(TenantId tenant, long version, String commandId) {
    return new CatalogueEvent.CiRegistered(header(tenant, version, commandId),
        ConfigurationItem.of("ci-" + version, "CI " + version, "server"));
  }

  /**
   * A batch of {@code size} CI registrations numbered {@code firstVersion} onwards, all under {@code commandId}.
   *
   * @throws IllegalArgumentException if {@code size} or {@code firstVersion} is less than 1
   */
  public static Seq<CatalogueEvent> batch(TenantId tenant, long firstVersion, int size, String commandId) {
    if (size < 1 || firstVersion < 1) {
      throw new IllegalArgumentException("size and firstVersion must be at least 1, got " + size + ", "
          + firstVersion);
    }
    return Vector.range(firstVersion, firstVersion + size).map(v -> ciRegistered(tenant, v, commandId));
  }

  /** Any event of any of the ten types for {@code tenant} at {@code version}, with arbitrary content. */
  public static Arbitrary<CatalogueEvent> anyEvent(TenantId tenant, long version) {
    Objects.requireNonNull(tenant, "tenant");
    Arbitrary<CatalogueEventHeader> headers = Combinators.combine(
            Arbitraries.longs().between(-62_000_000_000L, 250_000_000_000L),
            Arbitraries.integers().between(0, 999_999_999), TestEvents.identifiers(),
            TestEvents.awkwardText().filter(s -> !s.isBlank()))
        .as((seconds, nanos, actor, command) -> new CatalogueEventHeader(tenant, version,
            Instant.ofEpochSecond(seconds, nanos), ActorId.of(actor), command));
    Arbitrary<CatalogueEvent> serviceDefined = Combinators.combine(headers, services())
        .as(CatalogueEvent.ServiceDefined::new);
    Arbitrary<CatalogueEvent> serviceRevised = Combinators.combine(headers, services(), services())
        .as(CatalogueEvent.ServiceRevised::new);
    Arbitrary<CatalogueEvent> lifecycleChanged = Combinators.combine(headers,
            TestEvents.identifiers().map(ServiceId::of), Arbitraries.of(Lifecycle.class),
            Arbitraries.of(Lifecycle.class))
        .as(CatalogueEvent.LifecycleChanged::new);
    Arbitrary<CatalogueEvent> itemDefined = Combinators.combine(headers, requestItems())
        .as(CatalogueEvent.ItemDefined::new);
    Arbitrary<CatalogueEvent> itemRevised = Combinators.combine(headers, requestItems(), requestItems())
        .as(CatalogueEvent.ItemRevised::new);
    Arbitrary<CatalogueEvent> itemWithdrawn = Combinators.combine(headers, requestItems())
        .as(CatalogueEvent.ItemWithdrawn::new);
    Arbitrary<CatalogueEvent> ciRegistered = Combinators.combine(headers, configurationItems())
        .as(CatalogueEvent.CiRegistered::new);
    Arbitrary<CatalogueEvent> ciUpdated = Combinators.combine(headers, configurationItems(), configurationItems())
        .as(CatalogueEvent.CiUpdated::new);
    Arbitrary<CatalogueEvent> related = Combinators.combine(headers, relationships())
        .as(CatalogueEvent.Related::new);
    Arbitrary<CatalogueEvent> unrelated = Combinators.combine(headers, relationships())
        .as(CatalogueEvent.Unrelated::new);
    return Arbitraries.oneOf(java.util.List.of(serviceDefined, serviceRevised, lifecycleChanged, itemDefined,
        itemRevised, itemWithdrawn, ciRegistered, ciUpdated, related, unrelated));
  }

  /** Any events of any type for {@code tenant}, 1 to {@code maxSize} of them, numbered {@code firstVersion} on. */
  public static Arbitrary<Seq<CatalogueEvent>> anyBatch(TenantId tenant, long firstVersion, int maxSize) {
    Objects.requireNonNull(tenant, "tenant");
    return Arbitraries.integers().between(1, maxSize).flatMap(size -> {
      Vector<Arbitrary<CatalogueEvent>> parts = Vector.range(0, size).map(i -> anyEvent(tenant, firstVersion + i));
      return Combinators.combine(parts.toJavaList()).as(Vector::ofAll);
    });
  }

  /** Services with every attribute set to arbitrary content, offerings and service levels included. */
  public static Arbitrary<Service> services() {
    Arbitrary<Offering> offerings = Combinators.combine(TestEvents.identifiers(), TestEvents.awkwardText(),
            TestEvents.identifiers().map(ServiceLevelId::of).list().ofMaxSize(3))
        .as((id, name, levels) -> new Offering(OfferingId.of(id), name, LinkedHashSet.ofAll(levels)));
    return Combinators.combine(TestEvents.identifiers(), TestEvents.awkwardText(), TestEvents.awkwardText(),
            Arbitraries.of(ServiceKind.class), TestEvents.identifiers(), Arbitraries.of(Lifecycle.class),
            TestEvents.identifiers().map(CustomerId::of).list().ofMaxSize(4),
            offerings.list().uniqueElements(Offering::id).ofMaxSize(3))
        .flatAs((id, name, description, kind, owner, lifecycle, customers, offered) ->
            TestEvents.identifiers().map(ServiceLevelId::of).list().ofMaxSize(3).map(levels -> Service.builder()
                .id(ServiceId.of(id)).name(name).description(description).kind(kind).owner(ActorId.of(owner))
                .lifecycle(lifecycle).customers(LinkedHashSet.ofAll(customers))
                .offerings(LinkedHashMap.ofEntries(List.ofAll(offered).map(o -> io.vavr.Tuple.of(o.id(), o))))
                .serviceLevels(LinkedHashSet.ofAll(levels))
                .build()));
  }

  /** Request items with arbitrary forms, approvers and fulfilment tasks. */
  public static Arbitrary<RequestItem> requestItems() {
    Arbitrary<FormField> fields = Combinators.combine(TestEvents.awkwardText(), TestEvents.awkwardText(),
            Arbitraries.of(FieldType.class), Arbitraries.of(true, false),
            TestEvents.awkwardText().list().ofMaxSize(3), Arbitraries.integers())
        .as((name, label, type, required, allowed, max) -> new FormField(name, label, type, required,
            LinkedHashSet.ofAll(allowed), max));
    Arbitrary<Approver> approvers = Arbitraries.oneOf(
        TestEvents.identifiers().map(Approver::role),
        TestEvents.identifiers().map(g -> Approver.group(GroupId.of(g))),
        TestEvents.identifiers().map(p -> Approver.person(ActorId.of(p))));
    Arbitrary<FulfilmentTask> tasks = Combinators.combine(TestEvents.awkwardText(),
            TestEvents.identifiers().map(GroupId::of).optional().map(Option::ofOptional))
        .as(FulfilmentTask::new);
    return Combinators.combine(TestEvents.identifiers(), TestEvents.awkwardText(), TestEvents.identifiers(),
            fields.list().ofMaxSize(3), approvers.list().ofMaxSize(3), tasks.list().ofMaxSize(3))
        .as((id, name, service, form, who, work) -> RequestItem.builder().id(CatalogueItemId.of(id)).name(name)
            .service(ServiceId.of(service)).fields(List.ofAll(form)).approvers(Vector.ofAll(who))
            .fulfilmentTasks(List.ofAll(work)).build());
  }

  /** Configuration items with arbitrary names, types, statuses and attributes. */
  public static Arbitrary<ConfigurationItem> configurationItems() {
    Arbitrary<Map<String, String>> attributes = Combinators.combine(TestEvents.awkwardText().list().ofMaxSize(4),
            TestEvents.awkwardText().list().ofMaxSize(4))
        .as((names, values) -> {
          Map<String, String> m = LinkedHashMap.empty();
          for (int i = 0; i < Math.min(names.size(), values.size()); i++) {
            m = m.put(names.get(i), values.get(i));
          }
          return m;
        });
    return Combinators.combine(TestEvents.identifiers(), TestEvents.awkwardText(), TestEvents.awkwardText(),
            Arbitraries.of(CiStatus.class), attributes)
        .as((id, name, type, status, attrs) -> ConfigurationItem.builder().id(ConfigurationItemId.of(id))
            .name(name).type(type).status(status).attributes(attrs).build());
  }

  /** Relationships of any type between services and configuration items. */
  public static Arbitrary<Relationship> relationships() {
    Arbitrary<Node> nodes = Arbitraries.oneOf(
        TestEvents.identifiers().map(id -> Node.of(ServiceId.of(id))),
        TestEvents.identifiers().map(id -> Node.of(ConfigurationItemId.of(id))));
    return Combinators.combine(nodes, Arbitraries.of(RelationshipType.class), nodes).as(Relationship::new);
  }
}
