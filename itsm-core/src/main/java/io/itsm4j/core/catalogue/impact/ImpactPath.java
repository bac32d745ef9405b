package io.itsm4j.core.catalogue.impact;

import io.itsm4j.core.catalogue.Node;
import io.itsm4j.core.catalogue.Relationship;
import io.itsm4j.core.internal.Checks;
import io.vavr.collection.Seq;

/**
 * Why a node is in an answer: a chain of nodes from where the search started to the node, and the relationship
 * that joins each pair. {@code relationships().get(i)} joins {@code nodes().get(i)} and {@code nodes().get(i + 1)};
 * it is stated as in the catalogue, so its source may be either of the two (an outage of a host travels to the
 * application that "runs-on" it). Every path is a real path of the graph and is a shortest one.
 *
 * @param nodes from the start to the node explained; never empty
 * @param relationships one fewer than nodes
 */
public record ImpactPath(Seq<Node> nodes, Seq<Relationship> relationships) {
  /**
   * Checks the shape.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if there are no nodes or the counts do not fit
   */
  public ImpactPath {
    Checks.notNull(nodes, "nodes");
    Checks.notNull(relationships, "relationships");
    if (nodes.isEmpty() || relationships.size() != nodes.size() - 1) {
      throw new IllegalArgumentException("a path of " + nodes.size() + " nodes has " + (nodes.size() - 1)
          + " relationships, got " + relationships.size());
    }
  }

  /** Where the path starts: the failed item, or the service whose dependencies were asked for. */
  public Node start() {
    return nodes.head();
  }

  /** The node the path explains. */
  public Node end() {
    return nodes.last();
  }

  /** The number of relationships followed. */
  public int length() {
    return relationships.size();
  }

  /** The path as one line, e.g. {@code db-1 -> (app-1 runs-on db-1) -> app-1}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(nodes.head().idValue());
    for (int i = 0; i < relationships.size(); i++) {
      b.append(" -> (").append(relationships.get(i)).append(") -> ").append(nodes.get(i + 1).idValue());
    }
    return b.toString();
  }
}
