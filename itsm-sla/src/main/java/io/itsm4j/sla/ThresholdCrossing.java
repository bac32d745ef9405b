package io.itsm4j.sla;

import io.itsm4j.core.TenantId;
import io.itsm4j.core.ticket.TicketId;
import java.time.Instant;
import java.util.Objects;

/**
 * A service level clock reached a warning threshold: at {@code at}, the elapsed business time reached {@code
 * percent} % of the goal. The tuple (tenant, ticket, definition, cycle, percent) identifies a crossing; it happens
 * at most once.
 *
 * @param tenant the ticket's tenant
 * @param ticketId the ticket
 * @param definition the definition's id
 * @param cycle the clock's cycle
 * @param percent the threshold, e.g. 75
 * @param at when it was reached
 */
public record ThresholdCrossing(TenantId tenant, TicketId ticketId, SlaId definition, int cycle, int percent,
    Instant at) {
  /** Checks that no argument is null. */
  public ThresholdCrossing {
    Objects.requireNonNull(tenant, "tenant must not be null");
    Objects.requireNonNull(ticketId, "ticketId must not be null");
    Objects.requireNonNull(definition, "definition must not be null");
    Objects.requireNonNull(at, "at must not be null");
  }

  /** The identity of this crossing, without its instant (which may move when the history is corrected). */
  public String key() {
    return tenant + "/" + ticketId + "/" + definition + "/" + cycle + "/" + percent;
  }
}
