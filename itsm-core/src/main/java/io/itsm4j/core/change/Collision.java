package io.itsm4j.core.change;

import io.itsm4j.core.internal.Checks;
import io.itsm4j.core.ticket.TicketId;

/**
 * Two changes whose windows overlap on related configuration items (the same item, or one an item of the other
 * depends on). The pair is unordered: {@code first} is the smaller id.
 *
 * @param first the change with the smaller id
 * @param second the other change
 */
public record Collision(TicketId first, TicketId second) {
  /**
   * Validates the pair.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the ids are not in order or equal
   */
  public Collision {
    Checks.notNull(first, "first");
    Checks.notNull(second, "second");
    if (first.compareTo(second) >= 0) {
      throw new IllegalArgumentException("first must be the smaller id, got " + first + " and " + second);
    }
  }

  /** The collision of two different changes, in either order. */
  public static Collision of(TicketId a, TicketId b) {
    return a.compareTo(b) < 0 ? new Collision(a, b) : new Collision(b, a);
  }
}
