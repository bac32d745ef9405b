package io.itsm4j.core.catalogue;

import io.itsm4j.core.internal.Checks;

/**
 * A node of the dependency graph: a service or a configuration item. Services and items form one graph because
 * services depend on items and on other services.
 *
 * <p>Nodes order services before items, then by id, so every listing the catalogue gives is deterministic.
 */
public sealed interface Node extends Comparable<Node> {

  /** The id as text, for messages. */
  String idValue();

  /** The node of a service. */
  static Node of(ServiceId id) {
    return new ServiceNode(id);
  }

  /** The node of a configuration item. */
  static Node of(ConfigurationItemId id) {
    return new CiNode(id);
  }

  @Override
  default int compareTo(Node other) {
    if (this instanceof ServiceNode a && other instanceof ServiceNode b) {
      return a.id().compareTo(b.id());
    }
    if (this instanceof CiNode a && other instanceof CiNode b) {
      return a.id().compareTo(b.id());
    }
    return this instanceof ServiceNode ? -1 : 1;
  }

  /**
   * A service in the graph.
   *
   * @param id the service
   */
  record ServiceNode(ServiceId id) implements Node {
    /** Checks that no argument is null. */
    public ServiceNode {
      Checks.notNull(id, "id");
    }

    @Override
    public String idValue() {
      return id.value();
    }

    @Override
    public String toString() {
      return "service " + id;
    }
  }

  /**
   * A configuration item in the graph.
   *
   * @param id the item
   */
  record CiNode(ConfigurationItemId id) implements Node {
    /** Checks that no argument is null. */
    public CiNode {
      Checks.notNull(id, "id");
    }

    @Override
    public String idValue() {
      return id.value();
    }

    @Override
    public String toString() {
      return "CI " + id;
    }
  }
}
