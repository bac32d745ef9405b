package io.itsm4j.core.monitoring;

import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.Violation;
import io.itsm4j.core.internal.Checks;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;

/**
 * The status of services from the status of what they depend on, by stated rules, as Zabbix's service trees do.
 * Nodes are services (or any grouping) with children; a node without children is a leaf whose status is given
 * (a configuration item's worst open alert, say: {@link AlertCorrelator#itemStatuses()}). A status is a severity, or
 * none for "no problem".
 *
 * <p>A node's status is the highest of its base rule and its additional rules:
 * <ul>
 *   <li>{@link Rule.WorstChild}: the highest status among its children;
 *   <li>{@link Rule.AllChildren}: the highest status among its children if every child has a problem, else none;
 *   <li>{@link Rule.AtLeast}: {@code then} if at least {@code count} children are at {@code level} or above;
 *   <li>{@link Rule.AtLeastWeight}: {@code then} if the children at {@code level} or above weigh at least
 *       {@code weight} together (each child's weight is set where it is attached).
 * </ul>
 * Every rule is monotone: raising a leaf's status never lowers any node's. Immutable and thread-safe; only
 * {@link Builder#build()} makes one, and it refuses unknown children, cycles and bad rule settings.
 */
public final class StatusTree {
  /** A rule for a node's status. */
  public sealed interface Rule {
    /** The highest status among the children. */
    record WorstChild() implements Rule {}

    /** The highest status among the children, when every child has a problem; none otherwise. */
    record AllChildren() implements Rule {}

    /**
     * {@code then} when at least {@code count} children are at {@code level} or above.
     *
     * @param count at least 1
     * @param level the status a child must reach
     * @param then the node's status when the rule holds
     */
    record AtLeast(int count, AlertSeverity level, AlertSeverity then) implements Rule {
      /** Checks that no argument is null. */
      public AtLeast {
        Checks.notNull(level, "level");
        Checks.notNull(then, "then");
      }
    }

    /**
     * {@code then} when the children at {@code level} or above weigh {@code weight} or more together.
     *
     * @param weight at least 1
     * @param level the status a child must reach
     * @param then the node's status when the rule holds
     */
    record AtLeastWeight(int weight, AlertSeverity level, AlertSeverity then) implements Rule {
      /** Checks that no argument is null. */
      public AtLeastWeight {
        Checks.notNull(level, "level");
        Checks.notNull(then, "then");
      }
    }
  }

  private record Child(String id, int weight) {}

  private record NodeDef(String id, Rule base, Seq<Rule> additional, Seq<Child> children) {}

  private final Map<String, NodeDef> nodes;
  // Nodes in an order where every child comes before its parent: one pass computes them all.
  private final Seq<NodeDef> bottomUp;

  private StatusTree(Map<String, NodeDef> nodes, Seq<NodeDef> bottomUp) {
    this.nodes = nodes;
    this.bottomUp = bottomUp;
  }

  /** An empty definition. */
  public static Builder builder() {
    return new Builder();
  }

  /** The ids of the nodes with children, in definition order. */
  public Seq<String> nodes() {
    return nodes.keySet().toVector();
  }

  /**
   * The status of every node with children.
   *
   * @param leaves the status of leaves that have a problem; a leaf not in it has none (so has any id the tree does
   *     not define as a node)
   * @return every node's status, none for no problem
   * @throws NullPointerException if {@code leaves} is null
   */
  public Map<String, Option<AlertSeverity>> statuses(Map<String, AlertSeverity> leaves) {
    Checks.notNull(leaves, "leaves");
    HashMap<String, AlertSeverity> known = new HashMap<>();
    Map<String, Option<AlertSeverity>> out = LinkedHashMap.empty();
    for (NodeDef n : bottomUp) {
      AlertSeverity s = evaluate(n, known, leaves);
      if (s != null) {
        known.put(n.id(), s);
      }
    }
    for (String id : nodes.keySet()) {
      out = out.put(id, Option.of(known.get(id)));
    }
    return out;
  }

  private AlertSeverity evaluate(NodeDef n, HashMap<String, AlertSeverity> known, Map<String, AlertSeverity> leaves) {
    AlertSeverity[] children = new AlertSeverity[n.children().size()];
    int i = 0;
    for (Child c : n.children()) {
      children[i++] = nodes.containsKey(c.id()) ? known.get(c.id()) : leaves.get(c.id()).getOrNull();
    }
    AlertSeverity result = apply(n.base(), n.children(), children);
    for (Rule r : n.additional()) {
      result = higher(result, apply(r, n.children(), children));
    }
    return result;
  }

  private static AlertSeverity apply(Rule rule, Seq<Child> defs, AlertSeverity[] children) {
    if (rule instanceof Rule.WorstChild) {
      AlertSeverity worst = null;
      for (AlertSeverity s : children) {
        worst = higher(worst, s);
      }
      return worst;
    }
    if (rule instanceof Rule.AllChildren) {
      AlertSeverity worst = null;
      for (AlertSeverity s : children) {
        if (s == null) {
          return null;
        }
        worst = higher(worst, s);
      }
      return worst;
    }
    if (rule instanceof Rule.AtLeast r) {
      int n = 0;
      for (AlertSeverity s : children) {
        if (s != null && s.compareTo(r.level()) >= 0) {
          n++;
        }
      }
      return n >= r.count() ? r.then() : null;
    }
    Rule.AtLeastWeight r = (Rule.AtLeastWeight) rule;
    long weight = 0;
    for (int i = 0; i < children.length; i++) {
      if (children[i] != null && children[i].compareTo(r.level()) >= 0) {
        weight += defs.get(i).weight();
      }
    }
    return weight >= r.weight() ? r.then() : null;
  }

  private static AlertSeverity higher(AlertSeverity a, AlertSeverity b) {
    return a == null ? b : b == null ? a : a.isAbove(b) ? a : b;
  }

  /** A tree under construction. Not thread-safe. */
  public static final class Builder {
    private final java.util.LinkedHashMap<String, NodeDef> nodes = new java.util.LinkedHashMap<>();
    private final java.util.List<Violation> problems = new ArrayList<>();

    private Builder() {}

    /**
     * Defines a node and its rules (a node defined twice keeps its last definition's rules and all its children).
     *
     * @throws NullPointerException if an argument is null
     */
    public Builder node(String id, Rule base, Rule... additional) {
      Checks.notNull(id, "id");
      Checks.notNull(base, "base");
      Checks.notNull(additional, "additional");
      NodeDef before = nodes.get(id);
      nodes.put(id, new NodeDef(id, base, List.of(additional), before == null ? Vector.empty() : before.children()));
      return this;
    }

    /**
     * Attaches a child (a node, or a leaf: any id not defined as a node) to a defined node, with a weight for
     * {@link Rule.AtLeastWeight}.
     *
     * @throws NullPointerException if an argument is null
     */
    public Builder child(String parent, String child, int weight) {
      Checks.notNull(parent, "parent");
      Checks.notNull(child, "child");
      NodeDef p = nodes.get(parent);
      if (p == null) {
        problems.add(Violation.of("nodes." + parent, Violation.UNKNOWN, "node " + parent
            + " is not defined; define it before attaching " + child));
        return this;
      }
      if (weight < 1) {
        problems.add(Violation.of("nodes." + parent + ".children." + child, Violation.INVALID,
            "a child's weight must be at least 1, got " + weight));
      }
      nodes.put(parent, new NodeDef(p.id(), p.base(), p.additional(), p.children().append(new Child(child, weight))));
      return this;
    }

    /** Attaches a child of weight 1. */
    public Builder child(String parent, String child) {
      return child(parent, child, 1);
    }

    /**
     * The tree, or {@link RejectionCode#INVALID_INPUT} listing every problem: a child attached to an undefined node,
     * a weight or count below 1, a node that is its own descendant.
     */
    public Either<Rejection, StatusTree> build() {
      java.util.List<Violation> v = new ArrayList<>(problems);
      for (NodeDef n : nodes.values()) {
        for (Rule r : List.of(n.base()).appendAll(n.additional())) {
          if (r instanceof Rule.AtLeast a && a.count() < 1) {
            v.add(Violation.of("nodes." + n.id() + ".rules", Violation.INVALID, "a count must be at least 1"));
          }
          if (r instanceof Rule.AtLeastWeight w && w.weight() < 1) {
            v.add(Violation.of("nodes." + n.id() + ".rules", Violation.INVALID, "a weight must be at least 1"));
          }
        }
      }
      java.util.List<NodeDef> order = new ArrayList<>();
      HashSet<String> done = new HashSet<>();
      HashSet<String> onPath = new HashSet<>();
      for (NodeDef n : nodes.values()) {
        visit(n, done, onPath, order, v);
      }
      if (!v.isEmpty()) {
        return Either.left(Rejection.invalid(RejectionCode.INVALID_INPUT, List.ofAll(v)));
      }
      return Either.right(new StatusTree(LinkedHashMap.ofAll(nodes), Vector.ofAll(order)));
    }

    private void visit(NodeDef n, HashSet<String> done, HashSet<String> onPath, java.util.List<NodeDef> order,
        java.util.List<Violation> v) {
      if (done.contains(n.id())) {
        return;
      }
      if (!onPath.add(n.id())) {
        Violation cycle = Violation.of("nodes." + n.id(), CYCLE, "node " + n.id() + " is its own descendant");
        if (!v.contains(cycle)) {
          v.add(cycle);
        }
        return;
      }
      for (Child c : n.children()) {
        NodeDef child = nodes.get(c.id());
        if (child != null) {
          visit(child, done, onPath, order, v);
        }
      }
      onPath.remove(n.id());
      done.add(n.id());
      order.add(n);
    }
  }

  /** Violation code: a node is its own descendant. */
  public static final String CYCLE = "CYCLE";
}
