package io.itsm4j.core.ticket;

import io.itsm4j.core.internal.Checks;

/**
 * A ticket's identifier, unique within its tenant, e.g. {@code INC-000042}.
 *
 * @param value 1-64 letters, digits or {@code . _ : -}
 */
public record TicketId(String value) implements Comparable<TicketId> {
  /**
   * Validates the identifier.
   *
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is not such an identifier
   */
  public TicketId {
    Checks.id(value, "ticketId");
  }

  /** Shorthand for {@code new TicketId(value)}; same errors. */
  public static TicketId of(String value) {
    return new TicketId(value);
  }

  @Override
  public int compareTo(TicketId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
