package io.itsm4j.core.catalogue.impact;

import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.catalogue.Node;
import io.itsm4j.core.catalogue.ServiceId;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * Everything a service depends on, transitively: the services and configuration items whose outage would affect
 * it, each with a shortest path from the service. The service itself is not listed, even on a cycle.
 *
 * <p>Listings are sorted by id; paths are built on demand. Immutable and thread-safe.
 */
public final class DependencyReport {
  private final Reached reached;

  DependencyReport(CompiledCatalogue graph, CompiledCatalogue.Search search) {
    this.reached = new Reached(graph, search);
  }

  /** The service asked about. */
  public ServiceId service() {
    return ((Node.ServiceNode) reached.origins().head()).id();
  }

  /** The services it depends on, sorted by id. */
  public Seq<ServiceId> services() {
    return reached.services();
  }

  /** The configuration items it depends on, sorted by id. */
  public Seq<ConfigurationItemId> configurationItems() {
    return reached.configurationItems();
  }

  /** How many services and items it depends on. */
  public int size() {
    return reached.size();
  }

  /**
   * Why the service depends on a node. O(dependencies).
   *
   * @return a shortest path from the service to {@code node}, or none if it does not depend on it
   */
  public Option<ImpactPath> pathTo(Node node) {
    return reached.pathTo(node).filter(p -> p.length() > 0);
  }

  @Override
  public String toString() {
    return "DependencyReport[" + service() + " depends on " + size() + " nodes]";
  }
}
