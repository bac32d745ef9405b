package io.itsm4j.core.ticket;

import io.itsm4j.core.internal.Checks;

/**
 * A link from the ticket that holds it to another ticket of the same tenant.
 *
 * @param type how the two relate
 * @param target the other ticket
 */
public record Link(LinkType type, TicketId target) {
  /**
   * Checks that no argument is null.
   *
   * @throws NullPointerException if an argument is null
   */
  public Link {
    Checks.notNull(type, "type");
    Checks.notNull(target, "target");
  }

  /** Shorthand for the constructor. */
  public static Link of(LinkType type, TicketId target) {
    return new Link(type, target);
  }
}
