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

  /** These counts with {@code view} counted too. */
  public QueueCounts plus(TicketView view) {
    Checks.notNull(view, "view");
    return new QueueCounts(total + 1,
        byCategory.put(view.category(), byCategory.get(view.category()).getOrElse(0L) + 1),
        byPriority.put(view.priority(), byPriority.get(view.priority()).getOrElse(0L) + 1),
        byGroup.put(view.group(), byGroup.get(view.group()).getOrElse(0L) + 1));
  }
}
