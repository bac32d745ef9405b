package io.itsm4j.core.catalogue;

import io.itsm4j.core.TenantId;
import io.itsm4j.core.internal.Checks;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Option;

/**
 * A tenant's catalogue at one version: its services, request catalogue items, configuration items and the
 * relationships between services and items. It is the left fold of the tenant's {@link CatalogueEvent}s ({@link
 * CatalogueDecider#replay}); never edit it, send a {@link CatalogueCommand}.
 *
 * <p>Besides its {@link #version()}, a catalogue knows its {@link #graphVersion()}: the version of the last event
 * that changed the dependency graph. Compiled impact indexes are keyed by it, so renaming a service or editing a
 * request form does not recompile a large estate.
 *
 * <p>Immutable and thread-safe (persistent collections, so each version shares almost everything with the one
 * before). No method accepts or returns {@code null}.
 */
public final class Catalogue {
  /** How many graph changes since the last new node a catalogue remembers for {@link #graphChangesSince}. */
  public static final int GRAPH_JOURNAL_MAX = 1_024;

  private final TenantId tenant;
  private final long version;
  private final long graphVersion;
  private final long journalFrom;
  private final Vector<CatalogueEvent> journal;
  private final Map<ServiceId, Service> services;
  private final Map<CatalogueItemId, RequestItem> items;
  private final Map<ConfigurationItemId, ConfigurationItem> configurationItems;
  private final Set<Relationship> relationships;

  private Catalogue(TenantId tenant, long version, long graphVersion, long journalFrom,
      Vector<CatalogueEvent> journal, Map<ServiceId, Service> services,
      Map<CatalogueItemId, RequestItem> items, Map<ConfigurationItemId, ConfigurationItem> configurationItems,
      Set<Relationship> relationships) {
    this.tenant = tenant;
    this.version = version;
    this.graphVersion = graphVersion;
    this.journalFrom = journalFrom;
    this.journal = journal;
    this.services = services;
    this.items = items;
    this.configurationItems = configurationItems;
    this.relationships = relationships;
  }

  /**
   * The empty catalogue of a tenant, at version 0.
   *
   * @throws NullPointerException if {@code tenant} is null
   */
  public static Catalogue empty(TenantId tenant) {
    return new Catalogue(Checks.notNull(tenant, "tenant"), 0, 0, 0, Vector.empty(), HashMap.empty(), HashMap.empty(),
        HashMap.empty(), HashSet.empty());
  }

  /** The tenant the catalogue belongs to. */
  public TenantId tenant() {
    return tenant;
  }

  /** The number of events folded into this catalogue; 0 for an empty one. */
  public long version() {
    return version;
  }

  /** The version of the last event that changed the dependency graph; 0 if none did. */
  public long graphVersion() {
    return graphVersion;
  }

  /**
   * The graph-changing events after a graph version, for maintaining a compiled index incrementally: the
   * relationships added and removed and the services whose customers changed. Available only while no service or
   * configuration item was added since {@code graphVersion} (the node set is the same) and while the changes fit
   * in the catalogue's short memory of {@value #GRAPH_JOURNAL_MAX} changes; otherwise compile afresh.
   *
   * @param graphVersion a graph version this catalogue's history passed through
   * @return the events in version order (empty when nothing changed since), or none if they are not known
   */
  public Option<Seq<CatalogueEvent>> graphChangesSince(long graphVersion) {
    if (graphVersion < journalFrom || graphVersion > this.graphVersion) {
      return Option.none();
    }
    return Option.some(journal.filter(e -> e.version() > graphVersion));
  }

  /** All services, by id. */
  public Map<ServiceId, Service> services() {
    return services;
  }

  /** All request catalogue items on offer (withdrawn items are gone), by id. */
  public Map<CatalogueItemId, RequestItem> items() {
    return items;
  }

  /** All configuration items, by id. */
  public Map<ConfigurationItemId, ConfigurationItem> configurationItems() {
    return configurationItems;
  }

  /** All relationships, in no particular order; sort them ({@link Relationship} is comparable) to list them. */
  public Set<Relationship> relationships() {
    return relationships;
  }

  /** A service, or none. */
  public Option<Service> service(ServiceId id) {
    return services.get(id);
  }

  /** A request catalogue item on offer, or none. */
  public Option<RequestItem> item(CatalogueItemId id) {
    return items.get(id);
  }

  /** A configuration item, or none. */
  public Option<ConfigurationItem> configurationItem(ConfigurationItemId id) {
    return configurationItems.get(id);
  }

  /** Whether the node's service or configuration item exists. */
  public boolean contains(Node node) {
    return node instanceof Node.ServiceNode s
        ? services.containsKey(s.id())
        : configurationItems.containsKey(((Node.CiNode) node).id());
  }

  /** The relationships that touch {@code node} at either end, sorted. Scans all relationships. */
  public Seq<Relationship> relationshipsOf(Node node) {
    return relationships.filter(r -> r.touches(node)).toList().sorted();
  }

  /**
   * The services that directly depend on {@code service} ("x depends-on service"), sorted by id. Scans all
   * relationships.
   */
  public Seq<Service> dependents(ServiceId service) {
    Node target = Node.of(service);
    return relationships.filter(r -> r.target().equals(target) && r.source() instanceof Node.ServiceNode)
        .map(r -> ((Node.ServiceNode) r.source()).id()).toList().distinct().sorted().flatMap(services::get);
  }

  Catalogue next(CatalogueEvent event, Map<ServiceId, Service> newServices,
      Map<CatalogueItemId, RequestItem> newItems, Map<ConfigurationItemId, ConfigurationItem> newCis,
      Set<Relationship> newRelationships) {
    long v = event.version();
    if (!event.changesGraph()) {
      return new Catalogue(tenant, v, graphVersion, journalFrom, journal, newServices, newItems, newCis,
          newRelationships);
    }
    // A new node renumbers a compiled graph, so the journal restarts; so does a journal that grew too long.
    boolean restart = event instanceof CatalogueEvent.ServiceDefined || event instanceof CatalogueEvent.CiRegistered
        || journal.size() >= GRAPH_JOURNAL_MAX;
    return new Catalogue(tenant, v, v, restart ? v : journalFrom, restart ? Vector.empty() : journal.append(event),
        newServices, newItems, newCis, newRelationships);
  }

  @Override
  public String toString() {
    return "Catalogue[" + tenant + " v" + version + ": " + services.size() + " services, " + items.size()
        + " items, " + configurationItems.size() + " CIs, " + relationships.size() + " relationships]";
  }
}
