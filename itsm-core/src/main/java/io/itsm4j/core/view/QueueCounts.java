package io.itsm4j.core.view;

import io.itsm4j.core.GroupId;
import io.itsm4j.core.internal.Checks;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.workflow.StateCategory;
import io.vavr.collection.Map;
import io.vavr.collection.TreeMap;
import io.vavr.control.Option;

/**
 * How many views a query matches, in all and by state category, priority and group: the figures beside a queue.
 * Each breakdown sums to the total; values with no view are absent.
 *
 * @param total the views matched
 * @param byCategory by state category
 * @param byPriority by priority
 * @param byGroup by assignment group, none for views without one
 */
public record QueueCounts(long total, Map<StateCategory, Long> byCategory, Map<Priority, Long> byPriority,
    Map<Option<GroupId>, Long> byGroup) {
  /** No views. */
  public static final QueueCounts NONE = new QueueCounts(0, TreeMap.empty(), TreeMap.empty(),
      io.vavr.collection.LinkedHashMap.empty());

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the total is negative
   */
  public QueueCounts {
    Checks.notNull(byCategory, "byCategory");
    Checks.notNull(byPriority, "byPriority");
    Checks.notNull(byGroup, "byGroup");
    if (total < 0) {
      throw new IllegalArgumentException("total must not be negative, got " + total);
    }
  }

  /**
   * These counts with {@code n} more views of one category, priority and group: for a store that counts in groups.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public QueueCounts plus(StateCategory category, Priority priority, Option<GroupId> group, long n) {
    Checks.notNull(category, "category");
    Checks.notNull(priority, "priority");
    Checks.notNull(group, "group");
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative, got " + n);
    }
    if (n == 0) {
      return this;
    }
    return new QueueCounts(total + n, byCategory.put(category, byCategory.get(category).getOrElse(0L) + n),
        byPriority.put(priority, byPriority.get(priority).getOrElse(0L) + n),
        byGroup.put(group, byGroup.get(group).getOrElse(0L) + n));
  }

  /** These counts with {@code view} counted too. */
  public QueueCounts plus(TicketView view) {
    Checks.notNull(view, "view");
    return plus(view.category(), view.priority(), view.group(), 1);
  }
}
