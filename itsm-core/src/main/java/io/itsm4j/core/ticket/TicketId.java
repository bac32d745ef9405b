package io.itsm4j.core.ticket;

import io.itsm4j.core.internal.Checks;

/**
 * A ticket's identifier, unique within its tenant, e.g. {@code INC-000042}.
 *
 * @param value 1-64 letters, digits or {@code . _ : -}
 */
public record TicketId(String value) implements Comparable<TicketId> {
  /**
   * The id an open with a generated number is decided under until it is accepted, so a refused open draws no
   * number; a refusal of such an open names this id. No ticket has it: the service desk refuses it as a
   * host-chosen id.
   */
  public static final TicketId PENDING = new TicketId("pending");

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
