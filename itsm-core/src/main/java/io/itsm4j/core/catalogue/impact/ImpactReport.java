package io.itsm4j.core.catalogue.impact;

import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.catalogue.CustomerId;
import io.itsm4j.core.catalogue.Node;
import io.itsm4j.core.catalogue.ServiceId;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.Arrays;
import java.util.HashMap;

/**
 * What an outage affects: the services, their customers and the other configuration items reached, each with a
 * shortest path from a failed item that explains it. "Affects" follows the relationship semantics of {@link
 * io.itsm4j.core.catalogue.RelationshipType}: if A depends on B, an outage of B affects A.
 *
 * <p>Listings are sorted by id. Paths are built on demand, so asking only for {@link #services()} stays cheap on
 * large outages. Immutable and thread-safe.
 */
public final class ImpactReport {
  private final Reached reached;

  ImpactReport(CompiledCatalogue graph, CompiledCatalogue.Search search) {
    this.reached = new Reached(graph, search);
  }

  /** The failed items, sorted, each once. */
  public Seq<Node> origins() {
    return reached.origins();
  }

  /** The services affected, sorted by id. */
  public Seq<ServiceId> services() {
    return reached.services();
  }

  /** The services affected with their explaining paths, sorted by service id. */
  public Seq<AffectedService> affectedServices() {
    int[] positions = reached.positions(true);
    return Vector.range(0, positions.length).map(i -> {
      int p = positions[i];
      return new AffectedService(reached.graph.service(reached.search.order[p]), reached.path(p));
    });
  }

  /** The configuration items affected besides the failed ones, sorted by id. */
  public Seq<ConfigurationItemId> configurationItems() {
    return reached.configurationItems();
  }

  /** The customers of the affected services, sorted by id. */
  public Seq<CustomerId> customers() {
    CustomerId[] ids = firstServiceOfEachCustomer().keySet().toArray(CustomerId[]::new);
    Arrays.sort(ids);
    return Vector.of(ids);
  }

  /**
   * The customers of the affected services, sorted by id, each with the affected service nearest the outage that
   * they consume and the path to it.
   */
  public Seq<AffectedCustomer> affectedCustomers() {
    HashMap<CustomerId, Integer> first = firstServiceOfEachCustomer();
    CustomerId[] ids = first.keySet().toArray(CustomerId[]::new);
    Arrays.sort(ids);
    return Vector.of(ids).map(c -> {
      int p = first.get(c);
      return new AffectedCustomer(c, reached.graph.service(reached.search.order[p]), reached.path(p));
    });
  }

  /** For each affected customer, the discovery position of the first affected service it consumes. */
  private HashMap<CustomerId, Integer> firstServiceOfEachCustomer() {
    HashMap<CustomerId, Integer> first = new HashMap<>();
    CompiledCatalogue.Search s = reached.search;
    for (int p = s.origins; p < s.size; p++) {
      int v = s.order[p];
      if (reached.graph.isService(v)) {
        for (CustomerId c : reached.graph.customers(v)) {
          first.putIfAbsent(c, p);
        }
      }
    }
    return first;
  }

  /** Whether the outage affects no service. */
  public boolean affectsNoService() {
    return reached.services().isEmpty();
  }

  /** How many nodes (services and items) the outage affects besides the failed ones. */
  public int size() {
    return reached.size();
  }

  /**
   * Why a node is affected. O(affected nodes).
   *
   * @return a shortest path from a failed item to {@code node} (a single node for a failed item), or none if the
   *     outage does not affect it
   */
  public Option<ImpactPath> pathTo(Node node) {
    return reached.pathTo(node);
  }

  @Override
  public String toString() {
    return "ImpactReport[" + origins().mkString(", ") + " affects services " + services().mkString(", ") + "]";
  }
}
