package io.itsm4j.core.view;

import io.itsm4j.core.internal.Checks;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.TicketId;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * Where a page ends: the sort keys of its last view, which every {@link QueueOrder} compares, and the ticket id
 * that breaks ties. A store returns the views after it (keyset pagination): a page boundary that never moves when
 * tickets are added or change ahead of it, and a next page that is an index seek, not a count of skipped rows.
 *
 * @param priority the view's priority
 * @param openedAt when it was opened
 * @param updatedAt when it was last updated
 * @param nextBreach when its next clock breaches, if one runs ({@link TicketView#nextBreach()})
 * @param id the ticket
 */
public record PageKey(Priority priority, Instant openedAt, Instant updatedAt, Option<Instant> nextBreach,
    TicketId id) {
  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public PageKey {
    Checks.notNull(priority, "priority");
    Checks.notNull(openedAt, "openedAt");
    Checks.notNull(updatedAt, "updatedAt");
    Checks.notNull(nextBreach, "nextBreach");
    Checks.notNull(id, "id");
  }

  /**
   * The key of a view.
   *
   * @throws NullPointerException if {@code view} is null
   */
  public static PageKey of(TicketView view) {
    Checks.notNull(view, "view");
    return new PageKey(view.priority(), view.openedAt(), view.updatedAt(), view.nextBreach(), view.id());
  }
}
