package io.itsm4j.sla;

import io.itsm4j.core.GroupId;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.catalogue.CustomerId;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.TicketId;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One cycle of one service level clock of one ticket, as of an instant.
 *
 * @param tenant the ticket's tenant
 * @param ticketId the ticket
 * @param definition the definition's id
 * @param metric what is measured
 * @param type SLA, OLA or underpinning contract
 * @param cycle 1, then one more after each reset
 * @param state running, paused, met, breached or cancelled
 * @param priority the priority whose goal applies (frozen when the clock stopped)
 * @param goal the goal, in business time
 * @param startedAt from when the clock counts
 * @param elapsed business time counted, pauses excluded, until the stop or {@code asOf}
 * @param remaining goal minus elapsed; negative once overdue
 * @param due when the goal runs out if nothing changes; none unless the clock runs
 * @param percentage elapsed in percent of the goal
 * @param breachedAt when the goal ran out, if it did before the stop or {@code asOf}
 * @param endedAt when the clock stopped or was cancelled or reset, if it did
 * @param service the ticket's service at the end or {@code asOf}, for reports
 * @param customer the ticket's customer at the end or {@code asOf}, for reports
 * @param group the ticket's assignment group at the end or {@code asOf}, for reports
 */
public record SlaStatus(TenantId tenant, TicketId ticketId, SlaId definition, SlaMetric metric, AgreementType type,
    int cycle, SlaState state, Priority priority, Duration goal, Instant startedAt, Duration elapsed,
    Duration remaining, Option<Instant> due, double percentage, Option<Instant> breachedAt, Option<Instant> endedAt,
    Option<ServiceId> service, Option<CustomerId> customer, Option<GroupId> group) {

  /** Checks that no argument is null. */
  public SlaStatus {
    Objects.requireNonNull(tenant, "tenant must not be null");
    Objects.requireNonNull(ticketId, "ticketId must not be null");
    Objects.requireNonNull(definition, "definition must not be null");
    Objects.requireNonNull(metric, "metric must not be null");
    Objects.requireNonNull(type, "type must not be null");
    Objects.requireNonNull(state, "state must not be null");
    Objects.requireNonNull(priority, "priority must not be null");
    Objects.requireNonNull(goal, "goal must not be null");
    Objects.requireNonNull(startedAt, "startedAt must not be null");
    Objects.requireNonNull(elapsed, "elapsed must not be null");
    Objects.requireNonNull(remaining, "remaining must not be null");
    Objects.requireNonNull(due, "due must not be null");
    Objects.requireNonNull(breachedAt, "breachedAt must not be null");
    Objects.requireNonNull(endedAt, "endedAt must not be null");
    Objects.requireNonNull(service, "service must not be null");
    Objects.requireNonNull(customer, "customer must not be null");
    Objects.requireNonNull(group, "group must not be null");
  }

  /** Whether the goal ran out: the clock stopped breached, or it still counts and is overdue. */
  public boolean isBreached() {
    return breachedAt.isDefined() && state != SlaState.CANCELLED && state != SlaState.MET;
  }

  /**
   * The instant that places this status in a reporting period: the end for a stopped clock, the breach for an
   * overdue one still counting, else the start.
   */
  public Instant countedAt() {
    if (state == SlaState.MET || state == SlaState.BREACHED || state == SlaState.CANCELLED) {
      return endedAt.getOrElse(startedAt);
    }
    return breachedAt.getOrElse(startedAt);
  }
}
