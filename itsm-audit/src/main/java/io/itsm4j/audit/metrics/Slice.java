package io.itsm4j.audit.metrics;

import io.itsm4j.core.GroupId;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.catalogue.CustomerId;
import io.itsm4j.core.catalogue.OfferingId;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.TicketKind;
import io.itsm4j.audit.internal.Require;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * The finest cut of the figures: one tenant, one period, and the ticket's kind, priority, service, offering,
 * customer and assignment group as they were when the figure was counted.
 *
 * @param tenant the tenant
 * @param period the first day of the period, in the tenant's zone
 * @param kind the ticket kind
 * @param priority the priority
 * @param service the service, if the ticket names one
 * @param offering the offering, if the ticket names one
 * @param customer the customer, if the ticket names one
 * @param group the assignment group, if the ticket has one
 */
public record Slice(TenantId tenant, LocalDate period, TicketKind kind, Priority priority, Option<ServiceId> service,
    Option<OfferingId> offering, Option<CustomerId> customer, Option<GroupId> group) {
  /** Checks that no argument is null. */
  public Slice {
    Require.notNull(tenant, "tenant");
    Require.notNull(period, "period");
    Require.notNull(kind, "kind");
    Require.notNull(priority, "priority");
    Require.notNull(service, "service");
    Require.notNull(offering, "offering");
    Require.notNull(customer, "customer");
    Require.notNull(group, "group");
  }
}
