package io.itsm4j.sla.continuity;

import io.itsm4j.core.catalogue.Node;
import io.itsm4j.core.catalogue.Relationship;
import io.itsm4j.core.catalogue.RelationshipType;
import io.itsm4j.core.catalogue.ServiceId;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The order in which a service and what it needs are recovered, from the catalogue's relationships: what a node
 * depends on, runs on or is hosted by comes back first (a database before the application that needs it, a host
 * before the database on it). Connections and part-of relationships set no order.
 *
 * <p>The steps come in waves: wave 0 needs nothing else in the plan, wave n needs only waves before it. Nodes that
 * need each other (a cycle of dependencies) share one wave and are marked to be recovered together. Within a wave,
 * nodes are in the catalogue's order (services first, then by id), so the order is deterministic. Pure.
 */
public final class RecoveryOrder {
  private RecoveryOrder() {}

  /**
   * One step of a recovery.
   *
   * @param wave its wave, from 0
   * @param node the service or configuration item
   * @param together whether it needs, and is needed by, other nodes of its wave: they come back together
   */
  public record Step(int wave, Node node, boolean together) {}

  /**
   * The steps that recover {@code service}: the service and everything it needs, transitively.
   *
   * @param relationships the catalogue's relationships ({@code Catalogue.relationships()})
   * @param service the service to recover
   * @throws NullPointerException if an argument is null
   */
  public static Seq<Step> of(Iterable<Relationship> relationships, ServiceId service) {
    Objects.requireNonNull(relationships, "relationships must not be null");
    Objects.requireNonNull(service, "service must not be null");
    HashMap<Node, java.util.List<Node>> needs = new HashMap<>();
    for (Relationship r : relationships) {
      if (r.type() == RelationshipType.DEPENDS_ON || r.type() == RelationshipType.RUNS_ON
          || r.type() == RelationshipType.HOSTED_BY) {
        needs.computeIfAbsent(r.source(), n -> new ArrayList<>()).add(r.target());
      }
    }
    // Everything the service needs, transitively.
    HashSet<Node> plan = new HashSet<>();
    java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>();
    Node root = Node.of(service);
    plan.add(root);
    todo.add(root);
    while (!todo.isEmpty()) {
      for (Node n : needs.getOrDefault(todo.poll(), java.util.List.of())) {
        if (plan.add(n)) {
          todo.add(n);
        }
      }
    }
    Vector<Step> steps = Vector.empty();
    HashSet<Node> recovered = new HashSet<>();
    int wave = 0;
    while (recovered.size() < plan.size()) {
      TreeSet<Node> ready = new TreeSet<>();
      for (Node n : plan) {
        if (!recovered.contains(n) && recovered.containsAll(within(needs.get(n), plan))) {
          ready.add(n);
        }
      }
      boolean together = ready.isEmpty();
      if (together) {
        // Only cycles are left: the nodes of the smallest cycle come back together, then the order goes on.
        ready = smallestCycle(needs, plan, recovered);
      }
      for (Node n : ready) {
        steps = steps.append(new Step(wave, n, together));
      }
      recovered.addAll(ready);
      wave++;
    }
    return steps;
  }

  private static java.util.List<Node> within(java.util.List<Node> nodes, HashSet<Node> plan) {
    if (nodes == null) {
      return java.util.List.of();
    }
    java.util.List<Node> out = new ArrayList<>();
    for (Node n : nodes) {
      if (plan.contains(n)) {
        out.add(n);
      }
    }
    return out;
  }

  /**
   * Of the nodes left, those on a cycle whose other needs are met, as small as can be found: the strongly connected
   * component (among the nodes left) of the first node, in catalogue order, whose unmet needs all lie in its own
   * component.
   */
  private static TreeSet<Node> smallestCycle(HashMap<Node, java.util.List<Node>> needs, HashSet<Node> plan,
      HashSet<Node> recovered) {
    TreeSet<Node> left = new TreeSet<>();
    for (Node n : plan) {
      if (!recovered.contains(n)) {
        left.add(n);
      }
    }
    TreeSet<Node> best = null;
    for (Node n : left) {
      TreeSet<Node> component = component(n, needs, left);
      boolean closed = true;
      for (Node m : component) {
        for (Node need : within(needs.get(m), plan)) {
          if (!recovered.contains(need) && !component.contains(need)) {
            closed = false;
          }
        }
      }
      if (closed && (best == null || component.size() < best.size())) {
        best = component;
      }
    }
    return best == null ? left : best;
  }

  /** The nodes left that {@code start} reaches and that reach it back. */
  private static TreeSet<Node> component(Node start, HashMap<Node, java.util.List<Node>> needs, TreeSet<Node> left) {
    HashSet<Node> forward = reach(start, needs, left);
    TreeSet<Node> out = new TreeSet<>();
    for (Node n : forward) {
      if (reach(n, needs, left).contains(start)) {
        out.add(n);
      }
    }
    out.add(start);
    return out;
  }

  private static HashSet<Node> reach(Node start, HashMap<Node, java.util.List<Node>> needs, TreeSet<Node> left) {
    HashSet<Node> seen = new HashSet<>();
    java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>();
    todo.add(start);
    while (!todo.isEmpty()) {
      for (Node n : needs.getOrDefault(todo.poll(), java.util.List.of())) {
        if (left.contains(n) && seen.add(n)) {
          todo.add(n);
        }
      }
    }
    return seen;
  }
}
