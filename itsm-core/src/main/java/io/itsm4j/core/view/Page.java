package io.itsm4j.core.view;

import io.itsm4j.core.internal.Checks;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * One page of a queue.
 *
 * @param views the views, in the query's order, at most its page size
 * @param next the cursor of the next page; none on the last page
 */
public record Page(Seq<TicketView> views, Option<String> next) {
  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public Page {
    Checks.notNull(views, "views");
    Checks.notNull(next, "next");
  }
}
