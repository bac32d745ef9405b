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
    Set<ConfigurationItemId> reach = reach(candidate, dependencies);
    return LinkedHashSet.ofAll(others
        .filter(o -> !o.change().equals(candidate.change()) && o.window().overlaps(candidate.window())
            && related(candidate.items(), reach, o.items(), reach(o, dependencies)))
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
    List<Planned> sorted = new ArrayList<>();
    for (PlannedChange c : changes) {
      sorted.add(new Planned(c, reach(c, dependencies)));
    }
    sorted.sort(Comparator.comparing((Planned p) -> p.change.window().start()));
    List<Planned> active = new ArrayList<>();
    Set<Collision> found = HashSet.empty();
    for (Planned next : sorted) {
      for (Iterator<Planned> it = active.iterator(); it.hasNext(); ) {
        Planned a = it.next();
        if (!a.change.window().end().isAfter(next.change.window().start())) {
          it.remove();
        } else if (!a.change.change().equals(next.change.change())
            && related(a.change.items(), a.reach, next.change.items(), next.reach)) {
          found = found.add(Collision.of(a.change.change(), next.change.change()));
        }
      }
      active.add(next);
    }
    return found;
  }

  private static Set<ConfigurationItemId> reach(PlannedChange c, ConfigurationDependencies dependencies) {
    Set<ConfigurationItemId> reach = HashSet.ofAll(c.items());
    for (ConfigurationItemId item : c.items()) {
      reach = reach.addAll(dependencies.dependenciesOf(item));
    }
    return reach;
  }

  private static boolean related(Set<ConfigurationItemId> a, Set<ConfigurationItemId> reachA,
      Set<ConfigurationItemId> b, Set<ConfigurationItemId> reachB) {
    return a.exists(reachB::contains) || b.exists(reachA::contains);
  }

  private record Planned(PlannedChange change, Set<ConfigurationItemId> reach) {}
}
