package io.itsm4j.core.change;

import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.internal.Checks;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Which configuration items a configuration item depends on, directly or through others: an application on its
 * database, the database on its server. Collision detection reads it; the service catalogue answers it ({@link
 * #fromCatalogue} for a snapshot, {@code CatalogueService.dependencies(tenant)} for the live catalogue).
 *
 * <h2>Contract</h2>
 * Transitive (if a depends on b and b on c, the answer for a holds b and c), may or may not hold the item
 * itself, never {@code null}; an unknown item depends on nothing. Pure and thread-safe: called from many threads,
 * and a consistent snapshot for the length of one check.
 */
@FunctionalInterface
public interface ConfigurationDependencies {

  /** Every item {@code item} depends on, directly or transitively. */
  Set<ConfigurationItemId> dependenciesOf(ConfigurationItemId item);

  /** No item depends on any other: only changes on the same item collide. */
  static ConfigurationDependencies none() {
    return item -> HashSet.empty();
  }

  /**
   * The dependencies a catalogue's relationships between configuration items say: an item depends on every item
   * whose outage affects it ({@link io.itsm4j.core.catalogue.RelationshipType}: the target of {@code depends-on},
   * {@code runs-on} and {@code hosted-by}, the parts of a whole, both ends of {@code connected-to}), directly or
   * through others. Relationships with a service at either end are not between configuration items and are left
   * out. The direct edges are indexed once, in time linear in the relationships; each question walks only what
   * the item reaches. Cycles are allowed.
   *
   * @param catalogue a tenant's catalogue; the answer is a snapshot of it
   * @throws NullPointerException if {@code catalogue} is null
   */
  static ConfigurationDependencies fromCatalogue(io.itsm4j.core.catalogue.Catalogue catalogue) {
    Checks.notNull(catalogue, "catalogue");
    java.util.Map<ConfigurationItemId, java.util.List<ConfigurationItemId>> direct = new java.util.HashMap<>();
    for (io.itsm4j.core.catalogue.Relationship r : catalogue.relationships()) {
      if (r.source() instanceof io.itsm4j.core.catalogue.Node.CiNode s
          && r.target() instanceof io.itsm4j.core.catalogue.Node.CiNode t) {
        if (r.type().targetOutageAffectsSource()) {
          direct.computeIfAbsent(s.id(), k -> new java.util.ArrayList<>()).add(t.id());
        }
        if (r.type().sourceOutageAffectsTarget()) {
          direct.computeIfAbsent(t.id(), k -> new java.util.ArrayList<>()).add(s.id());
        }
      }
    }
    return item -> {
      Checks.notNull(item, "item");
      java.util.Set<ConfigurationItemId> seen = new java.util.HashSet<>();
      Deque<ConfigurationItemId> todo = new ArrayDeque<>();
      todo.add(item);
      while (!todo.isEmpty()) {
        for (ConfigurationItemId next : direct.getOrDefault(todo.poll(), java.util.List.of())) {
          if (seen.add(next)) {
            todo.add(next);
          }
        }
      }
      return HashSet.ofAll(seen);
    };
  }

  /**
   * Dependencies from direct edges ("a depends on b"), closed transitively once here; cycles are allowed.
   *
   * @param direct per item, the items it depends on directly
   * @throws NullPointerException if {@code direct} is null
   */
  static ConfigurationDependencies fromDirect(Map<ConfigurationItemId, ? extends Set<ConfigurationItemId>> direct) {
    Checks.notNull(direct, "direct");
    Map<ConfigurationItemId, Set<ConfigurationItemId>> closure = HashMap.empty();
    for (ConfigurationItemId start : direct.keySet()) {
      java.util.Set<ConfigurationItemId> seen = new java.util.HashSet<>();
      Deque<ConfigurationItemId> todo = new ArrayDeque<>();
      todo.add(start);
      while (!todo.isEmpty()) {
        for (ConfigurationItemId next : direct.get(todo.poll()).map(s -> (Set<ConfigurationItemId>) s)
            .getOrElse(HashSet.empty())) {
          if (seen.add(next)) {
            todo.add(next);
          }
        }
      }
      closure = closure.put(start, HashSet.ofAll(seen));
    }
    Map<ConfigurationItemId, Set<ConfigurationItemId>> done = closure;
    return item -> done.get(item).getOrElse(HashSet.empty());
  }
}
