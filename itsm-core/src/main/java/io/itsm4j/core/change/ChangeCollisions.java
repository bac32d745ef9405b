package io.itsm4j.core.change;

import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.internal.Checks;
import io.itsm4j.core.ticket.TicketId;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Collision detection: two changes collide when their planned windows overlap and they touch related
 * configuration items: the same item, or an item one of them touches depends (transitively) on an item the
 * other touches. Pure and thread-safe.
 */
public final class ChangeCollisions {
  private ChangeCollisions() {}

  /**
   * The changes {@code candidate} collides with.
   *
   * @param candidate the change being scheduled
   * @param others the changes already scheduled; {@code candidate} itself (same id) is skipped
   * @param dependencies the configuration item graph
   * @return the ids of the colliding changes, in the order of {@code others}
   * @throws NullPointerException if an argument is null
   */
  public static Set<TicketId> with(PlannedChange candidate, Seq<PlannedChange> others,
      ConfigurationDependencies dependencies) {
    Checks.notNull(candidate, "candidate");
    Checks.notNull(others, "others");
    Checks.notNull(dependencies, "dependencies");
    Graph graph = new Graph(dependencies);
    return LinkedHashSet.ofAll(others
        .filter(o -> !o.change().equals(candidate.change()) && o.window().overlaps(candidate.window())
            && graph.related(candidate.items(), o.items()))
        .map(PlannedChange::change));
  }

  /**
   * Every collision among {@code changes}: a sweep over the windows in order of start, so only changes whose
   * windows overlap are compared.
   *
   * @throws NullPointerException if an argument is null
   */
  public static Set<Collision> among(Seq<PlannedChange> changes, ConfigurationDependencies dependencies) {
    Checks.notNull(changes, "changes");
    Checks.notNull(dependencies, "dependencies");
    Graph graph = new Graph(dependencies);
    List<PlannedChange> sorted = new ArrayList<>(changes.toJavaList());
    sorted.sort(Comparator.comparing((PlannedChange p) -> p.window().start()));
    List<PlannedChange> active = new ArrayList<>();
    Set<Collision> found = HashSet.empty();
    for (PlannedChange next : sorted) {
      for (Iterator<PlannedChange> it = active.iterator(); it.hasNext(); ) {
        PlannedChange a = it.next();
        if (!a.window().end().isAfter(next.window().start())) {
          it.remove();
        } else if (!a.change().equals(next.change()) && graph.related(a.items(), next.items())) {
          found = found.add(Collision.of(a.change(), next.change()));
        }
      }
      active.add(next);
    }
    return found;
  }

  /** Asks the dependencies once per item within one check, however many pairs the item takes part in. */
  private static final class Graph {
    private final ConfigurationDependencies dependencies;
    private final Map<ConfigurationItemId, Set<ConfigurationItemId>> seen = new java.util.HashMap<>();

    Graph(ConfigurationDependencies dependencies) {
      this.dependencies = dependencies;
    }

    private Set<ConfigurationItemId> of(ConfigurationItemId item) {
      return seen.computeIfAbsent(item, dependencies::dependenciesOf);
    }

    /** The same item on both sides, or an item of one side depends on an item of the other. */
    boolean related(Set<ConfigurationItemId> a, Set<ConfigurationItemId> b) {
      for (ConfigurationItemId x : a) {
        if (b.contains(x)) {
          return true;
        }
        Set<ConfigurationItemId> dx = of(x);
        if (b.exists(dx::contains)) {
          return true;
        }
      }
      for (ConfigurationItemId y : b) {
        Set<ConfigurationItemId> dy = of(y);
        if (a.exists(dy::contains)) {
          return true;
        }
      }
      return false;
    }
  }
}
