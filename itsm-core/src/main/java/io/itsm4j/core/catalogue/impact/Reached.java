package io.itsm4j.core.catalogue.impact;

import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.catalogue.Node;
import io.itsm4j.core.catalogue.Relationship;
import io.itsm4j.core.catalogue.ServiceId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.Arrays;

/** The answer of one search on a compiled catalogue, read by the public reports. */
final class Reached {
  final CompiledCatalogue graph;
  final CompiledCatalogue.Search search;

  Reached(CompiledCatalogue graph, CompiledCatalogue.Search search) {
    this.graph = graph;
    this.search = search;
  }

  Seq<Node> origins() {
    return Vector.range(0, search.origins).map(p -> graph.node(search.order[p]));
  }

  /** Discovery positions past the origins of services (or items), in node order, which is id order. */
  int[] positions(boolean services) {
    int[] found = new int[search.size - search.origins];
    int n = 0;
    for (int p = search.origins; p < search.size; p++) {
      if (graph.isService(search.order[p]) == services) {
        found[n++] = p;
      }
    }
    // Each node is reached once, so (node, position) pairs sort by node alone.
    long[] pairs = new long[n];
    for (int i = 0; i < n; i++) {
      pairs[i] = ((long) search.order[found[i]] << 32) | found[i];
    }
    Arrays.sort(pairs);
    int[] sorted = new int[n];
    for (int i = 0; i < n; i++) {
      sorted[i] = (int) pairs[i];
    }
    return sorted;
  }

  Seq<ServiceId> services() {
    int[] ids = nodes(true);
    return Vector.range(0, ids.length).map(i -> graph.service(ids[i]));
  }

  Seq<ConfigurationItemId> configurationItems() {
    int[] ids = nodes(false);
    return Vector.range(0, ids.length).map(i -> graph.ci(ids[i]));
  }

  /** Node indexes past the origins, of services (or items), sorted: node order is id order. */
  private int[] nodes(boolean services) {
    int[] found = new int[search.size - search.origins];
    int n = 0;
    for (int p = search.origins; p < search.size; p++) {
      int v = search.order[p];
      if (graph.isService(v) == services) {
        found[n++] = v;
      }
    }
    int[] sorted = Arrays.copyOf(found, n);
    Arrays.sort(sorted);
    return sorted;
  }

  int size() {
    return search.size - search.origins;
  }

  Option<ImpactPath> pathTo(Node node) {
    int index = graph.indexOf(node);
    if (index < 0) {
      return Option.none();
    }
    for (int p = 0; p < search.size; p++) {
      if (search.order[p] == index) {
        return Option.some(path(p));
      }
    }
    return Option.none();
  }

  ImpactPath path(int position) {
    List<Node> nodes = List.empty();
    List<Relationship> rels = List.empty();
    int p = position;
    while (p >= 0) {
      nodes = nodes.prepend(graph.node(search.order[p]));
      if (search.parent[p] >= 0) {
        rels = rels.prepend(graph.relationship(search.via[p]));
      }
      p = search.parent[p];
    }
    return new ImpactPath(nodes, rels);
  }
}
