package io.itsm4j.core.catalogue.impact;

import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.Violation;
import io.itsm4j.core.catalogue.Catalogue;
import io.itsm4j.core.catalogue.CatalogueEvent;
import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.catalogue.CustomerId;
import io.itsm4j.core.catalogue.Node;
import io.itsm4j.core.catalogue.Relationship;
import io.itsm4j.core.catalogue.RelationshipType;
import io.itsm4j.core.catalogue.Service;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.internal.Checks;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Arrays;
import java.util.HashMap;

/**
 * The dependency graph of one catalogue version, compiled for fast questions.
 *
 * <p>Nodes are numbered: services first, then configuration items, each sorted by id, so numbering (and with it
 * every answer, including which of several shortest paths explains a node) depends only on the graph, never on
 * the order things were added. Relationships are sorted and numbered the same way. Two compressed adjacency
 * arrays (CSR) hold the graph: "an outage of u affects w" edges, and the same edges reversed ("u needs w"). A
 * question is a breadth-first search with a visited bit set; its cost grows with what it reaches, and it
 * allocates only a bit set of one bit per node besides the answer.
 *
 * <p>Immutable and thread-safe: any number of threads may query one instance at once. Build one with {@link
 * #compile}, bring it up to a later version with {@link #patchedTo}, or let an {@link io.itsm4j.core.application.ImpactAnalyzer} do both and
 * cache the results.
 */
public final class CompiledCatalogue {
  private static final RelationshipType[] TYPES = RelationshipType.values();

  private final TenantId tenant;
  private final long graphVersion;
  private final ServiceId[] services;
  private final ConfigurationItemId[] cis;
  private final HashMap<ServiceId, Integer> serviceIndex;
  private final HashMap<ConfigurationItemId, Integer> ciIndex;
  private final CustomerId[][] customers;
  /** Relationships as sorted (source, type, target) keys: the canonical order, and the base for patches. */
  private final long[] keys;
  private final int[] relSource;
  private final int[] relTarget;
  private final byte[] relType;
  private final Adjacency affects;
  private final Adjacency needs;

  private CompiledCatalogue(TenantId tenant, long graphVersion, ServiceId[] services, ConfigurationItemId[] cis,
      HashMap<ServiceId, Integer> serviceIndex, HashMap<ConfigurationItemId, Integer> ciIndex,
      CustomerId[][] customers, long[] keys) {
    this.tenant = tenant;
    this.graphVersion = graphVersion;
    this.services = services;
    this.cis = cis;
    this.serviceIndex = serviceIndex;
    this.ciIndex = ciIndex;
    this.customers = customers;
    this.keys = keys;
    int n = services.length + cis.length;
    this.relSource = new int[keys.length];
    this.relTarget = new int[keys.length];
    this.relType = new byte[keys.length];
    int edges = 0;
    for (int i = 0; i < keys.length; i++) {
      relTarget[i] = (int) (keys[i] % n);
      long st = keys[i] / n;
      relType[i] = (byte) (st % TYPES.length);
      relSource[i] = (int) (st / TYPES.length);
      RelationshipType t = TYPES[relType[i]];
      edges += (t.targetOutageAffectsSource() ? 1 : 0) + (t.sourceOutageAffectsTarget() ? 1 : 0);
    }
    int[] from = new int[edges];
    int[] to = new int[edges];
    int[] via = new int[edges];
    int e = 0;
    for (int i = 0; i < keys.length; i++) {
      RelationshipType t = TYPES[relType[i]];
      if (t.targetOutageAffectsSource()) {
        from[e] = relTarget[i];
        to[e] = relSource[i];
        via[e++] = i;
      }
      if (t.sourceOutageAffectsTarget()) {
        from[e] = relSource[i];
        to[e] = relTarget[i];
        via[e++] = i;
      }
    }
    this.affects = Adjacency.of(n, from, to, via);
    this.needs = Adjacency.of(n, to, from, via);
  }

  /**
   * Compiles the graph of a catalogue: O((nodes + relationships) log) time, about 50 bytes per relationship.
   *
   * @throws NullPointerException if {@code catalogue} is null
   */
  public static CompiledCatalogue compile(Catalogue catalogue) {
    Checks.notNull(catalogue, "catalogue");
    ServiceId[] services = catalogue.services().keySet().toJavaArray(ServiceId[]::new);
    Arrays.sort(services);
    ConfigurationItemId[] cis = catalogue.configurationItems().keySet().toJavaArray(ConfigurationItemId[]::new);
    Arrays.sort(cis);
    HashMap<ServiceId, Integer> serviceIndex = new HashMap<>(services.length * 2);
    for (int i = 0; i < services.length; i++) {
      serviceIndex.put(services[i], i);
    }
    HashMap<ConfigurationItemId, Integer> ciIndex = new HashMap<>(cis.length * 2);
    for (int i = 0; i < cis.length; i++) {
      ciIndex.put(cis[i], services.length + i);
    }
    CustomerId[][] customers = new CustomerId[services.length][];
    for (int i = 0; i < services.length; i++) {
      customers[i] = sortedCustomers(catalogue.service(services[i]).get());
    }
    // Sorting packed (source, type, target) keys sorts the relationships canonically without comparing objects.
    long[] keys = new long[catalogue.relationships().size()];
    int k = 0;
    for (Relationship r : catalogue.relationships()) {
      keys[k++] = key(r, services.length + cis.length, serviceIndex, ciIndex);
    }
    Arrays.sort(keys);
    return new CompiledCatalogue(catalogue.tenant(), catalogue.graphVersion(), services, cis, serviceIndex, ciIndex,
        customers, keys);
  }

  /**
   * The compiled graph of a later version of the same catalogue, from this one and the graph changes in between
   * ({@link Catalogue#graphChangesSince}): node numbering and lookups are shared, the sorted relationship keys are
   * merged with the changes, and the adjacency arrays are rebuilt from the keys, with no hashing or sorting of the
   * unchanged relationships. The result answers exactly as {@link #compile} would.
   *
   * @param target the later catalogue
   * @return the patched graph, or none when {@code target} is another tenant's or does not know its graph changes
   *     since this graph (a node was added, or too much changed)
   * @throws NullPointerException if {@code target} is null
   */
  public Option<CompiledCatalogue> patchedTo(Catalogue target) {
    Checks.notNull(target, "target");
    if (!target.tenant().equals(tenant)) {
      return Option.none();
    }
    return target.graphChangesSince(graphVersion).map(changes -> patch(target, changes));
  }

  private CompiledCatalogue patch(Catalogue target, Seq<CatalogueEvent> changes) {
    int n = nodeCount();
    java.util.HashSet<Long> added = new java.util.HashSet<>();
    java.util.HashSet<Long> removed = new java.util.HashSet<>();
    CustomerId[][] newCustomers = customers;
    for (CatalogueEvent e : changes) {
      if (e instanceof CatalogueEvent.Related r) {
        long k = key(r.relationship(), n, serviceIndex, ciIndex);
        if (!removed.remove(k)) {
          added.add(k);
        }
      } else if (e instanceof CatalogueEvent.Unrelated u) {
        long k = key(u.relationship(), n, serviceIndex, ciIndex);
        if (!added.remove(k)) {
          removed.add(k);
        }
      } else if (e instanceof CatalogueEvent.ServiceRevised s) {
        if (newCustomers == customers) {
          newCustomers = customers.clone();
        }
        newCustomers[serviceIndex.get(s.after().id())] = sortedCustomers(s.after());
      } else {
        throw new IllegalStateException("a graph change that adds a node cannot be patched: " + e.type());
      }
    }
    long[] fresh = added.stream().mapToLong(Long::longValue).sorted().toArray();
    long[] merged = new long[keys.length - removed.size() + fresh.length];
    int i = 0;
    int j = 0;
    int m = 0;
    while (i < keys.length || j < fresh.length) {
      if (j == fresh.length || (i < keys.length && keys[i] < fresh[j])) {
        if (!removed.contains(keys[i])) {
          merged[m++] = keys[i];
        }
        i++;
      } else {
        merged[m++] = fresh[j++];
      }
    }
    return new CompiledCatalogue(tenant, target.graphVersion(), services, cis, serviceIndex, ciIndex, newCustomers,
        merged);
  }

  private static CustomerId[] sortedCustomers(Service service) {
    CustomerId[] c = service.customers().toJavaArray(CustomerId[]::new);
    Arrays.sort(c);
    return c;
  }

  private static long key(Relationship r, int nodes, HashMap<ServiceId, Integer> serviceIndex,
      HashMap<ConfigurationItemId, Integer> ciIndex) {
    return ((long) index(r.source(), serviceIndex, ciIndex) * TYPES.length + r.type().ordinal()) * nodes
        + index(r.target(), serviceIndex, ciIndex);
  }

  private static int index(Node node, HashMap<ServiceId, Integer> serviceIndex,
      HashMap<ConfigurationItemId, Integer> ciIndex) {
    Integer i = node instanceof Node.ServiceNode s ? serviceIndex.get(s.id()) : ciIndex.get(((Node.CiNode) node).id());
    if (i == null) {
      throw new IllegalStateException("relationship to " + node + ", which the catalogue does not hold");
    }
    return i;
  }

  /** The tenant of the compiled catalogue. */
  public TenantId tenant() {
    return tenant;
  }

  /** The {@link Catalogue#graphVersion()} compiled. */
  public long graphVersion() {
    return graphVersion;
  }

  /** Services plus configuration items. */
  public int nodeCount() {
    return services.length + cis.length;
  }

  /** The number of relationships. */
  public int relationshipCount() {
    return relSource.length;
  }

  /** The number of services. */
  public int serviceCount() {
    return services.length;
  }

  /**
   * What an outage of the given configuration items affects, transitively: services, their customers, and other
   * configuration items, each with a shortest explaining path. Cycles and self-relationships are fine: every
   * node is visited once.
   *
   * @param failed the items that are down, at least one
   * @return the report, or {@link RejectionCode#NOT_FOUND} naming every item the catalogue does not have, or
   *     {@link RejectionCode#INVALID_INPUT} for an empty outage
   * @throws NullPointerException if {@code failed} is null
   */
  public Either<Rejection, ImpactReport> outage(Iterable<ConfigurationItemId> failed) {
    Checks.notNull(failed, "failed");
    List<Violation> unknown = List.empty();
    int[] starts = new int[8];
    int count = 0;
    for (ConfigurationItemId id : failed) {
      Integer i = ciIndex.get(Checks.notNull(id, "failed item"));
      if (i == null) {
        unknown = unknown.append(Violation.of("configurationItems", Violation.UNKNOWN, "no configuration item " + id
            + " in the catalogue of " + tenant));
      } else {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i;
      }
    }
    if (!unknown.isEmpty()) {
      return Either.left(Rejection.invalid(RejectionCode.NOT_FOUND, unknown));
    }
    if (count == 0) {
      return Either.left(Rejection.invalid(RejectionCode.INVALID_INPUT,
          List.of(Violation.of("configurationItems", Violation.REQUIRED, "an outage needs at least one item"))));
    }
    return Either.right(new ImpactReport(this, search(affects, starts, count)));
  }

  /** Shorthand for an outage of one item; same answers. */
  public Either<Rejection, ImpactReport> outage(ConfigurationItemId failed) {
    return outage(List.of(Checks.notNull(failed, "failed")));
  }

  /**
   * Everything a service depends on, transitively (for change risk and root-cause work): the services and
   * configuration items whose outage would affect it, each with a shortest path from the service. The service
   * itself is not listed, even when it is on a cycle.
   *
   * @return the report, or {@link RejectionCode#NOT_FOUND} when the catalogue has no such service
   * @throws NullPointerException if {@code service} is null
   */
  public Either<Rejection, DependencyReport> dependencies(ServiceId service) {
    Integer i = serviceIndex.get(Checks.notNull(service, "service"));
    if (i == null) {
      return Either.left(Rejection.invalid(RejectionCode.NOT_FOUND, List.of(Violation.of("service", Violation.UNKNOWN,
          "no service " + service + " in the catalogue of " + tenant))));
    }
    return Either.right(new DependencyReport(this, search(needs, new int[] {i}, 1)));
  }

  Node node(int index) {
    return index < services.length ? Node.of(services[index]) : Node.of(cis[index - services.length]);
  }

  boolean isService(int index) {
    return index < services.length;
  }

  ServiceId service(int index) {
    return services[index];
  }

  ConfigurationItemId ci(int index) {
    return cis[index - services.length];
  }

  CustomerId[] customers(int serviceIndex) {
    return customers[serviceIndex];
  }

  Relationship relationship(int index) {
    return new Relationship(node(relSource[index]), TYPES[relType[index]], node(relTarget[index]));
  }

  int indexOf(Node node) {
    Integer i = node instanceof Node.ServiceNode s ? serviceIndex.get(s.id()) : ciIndex.get(((Node.CiNode) node).id());
    return i == null ? -1 : i;
  }

  /** Breadth-first search from the starts; the answer is indexed by discovery position. */
  private Search search(Adjacency graph, int[] starts, int count) {
    long[] visited = new long[(nodeCount() + 63) >>> 6];
    Search s = new Search(Math.max(16, count * 4));
    for (int i = 0; i < count; i++) {
      int v = starts[i];
      if ((visited[v >>> 6] & (1L << v)) == 0) {
        visited[v >>> 6] |= 1L << v;
        s.add(v, -1, -1);
      }
    }
    Arrays.sort(s.order, 0, s.size); // sources in index order, whatever order they were given in
    int origins = s.size;
    for (int head = 0; head < s.size; head++) {
      int u = s.order[head];
      for (int e = graph.offsets[u], end = graph.offsets[u + 1]; e < end; e++) {
        int w = graph.targets[e];
        if ((visited[w >>> 6] & (1L << w)) == 0) {
          visited[w >>> 6] |= 1L << w;
          s.add(w, head, graph.via[e]);
        }
      }
    }
    s.origins = origins;
    return s;
  }

  /** One direction of the graph as compressed sparse rows; edges of a node are in relationship order. */
  private static final class Adjacency {
    final int[] offsets;
    final int[] targets;
    final int[] via;

    private Adjacency(int[] offsets, int[] targets, int[] via) {
      this.offsets = offsets;
      this.targets = targets;
      this.via = via;
    }

    static Adjacency of(int nodes, int[] from, int[] to, int[] rel) {
      int[] offsets = new int[nodes + 1];
      for (int f : from) {
        offsets[f + 1]++;
      }
      for (int i = 0; i < nodes; i++) {
        offsets[i + 1] += offsets[i];
      }
      int[] fill = Arrays.copyOf(offsets, nodes);
      int[] targets = new int[from.length];
      int[] via = new int[from.length];
      // Edges come in relationship order, so each row ends up in relationship order too.
      for (int e = 0; e < from.length; e++) {
        int slot = fill[from[e]]++;
        targets[slot] = to[e];
        via[slot] = rel[e];
      }
      return new Adjacency(offsets, targets, via);
    }
  }

  /** What a search reached: node, parent position and relationship by discovery position. Grows as needed. */
  static final class Search {
    int[] order;
    int[] parent;
    int[] via;
    int size;
    int origins;

    Search(int capacity) {
      order = new int[capacity];
      parent = new int[capacity];
      via = new int[capacity];
    }

    void add(int node, int parentPosition, int relationship) {
      if (size == order.length) {
        int grown = size * 2;
        order = Arrays.copyOf(order, grown);
        parent = Arrays.copyOf(parent, grown);
        via = Arrays.copyOf(via, grown);
      }
      order[size] = node;
      parent[size] = parentPosition;
      via[size] = relationship;
      size++;
    }
  }
}
