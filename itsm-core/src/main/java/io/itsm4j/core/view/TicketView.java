package io.itsm4j.core.view;

import io.itsm4j.core.ActorId;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.catalogue.CustomerId;
import io.itsm4j.core.catalogue.OfferingId;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.internal.Checks;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.TicketKind;
import io.itsm4j.core.ticket.Urgency;
import io.itsm4j.core.workflow.StateCategory;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * A ticket as a work queue shows it: its current state as one flat value that a store can index and a query can
 * filter and sort, kept by {@link TicketProjection} from the ticket's events. It holds what a list needs (who, what,
 * how urgent, where it stands, since when) and the ticket fields the host chose to keep; notes, links, approvals
 * and the history stay with the ticket.
 *
 * <p>Immutable and thread-safe. No component is {@code null}; absent values are {@link Option}s or empty
 * collections.
 *
 * @param tenant whose ticket
 * @param id the ticket
 * @param kind incident, service request, problem or change
 * @param workflowId the workflow it follows
 * @param state its state in that workflow
 * @param category the state's category: what a queue asks of it (open means New, Active or On hold)
 * @param priority its priority now
 * @param impact its impact now
 * @param urgency its urgency now
 * @param group the assignment group, if any
 * @param assignee the person assigned, if any
 * @param service the service it concerns, if known
 * @param offering the offering it concerns, if known
 * @param customer the customer it concerns, if known
 * @param configurationItems the configuration items it names
 * @param requester who asked (the caller)
 * @param title the title now
 * @param description the description now (searched as text where the store can)
 * @param openedAt when it was opened
 * @param updatedAt when its last event happened
 * @param resolvedAt when it was last resolved, while it is resolved or closed after a resolution
 * @param reopenCount how often it was reopened
 * @param fields the ticket fields the projection keeps ({@link TicketProjection#keeping}), as they are now
 * @param due the ticket's service level clocks, as a {@link io.itsm4j.core.port.DueTimes} computed them when the view
 *     was kept; empty without one
 * @param version the number of events folded in: the ticket's version
 */
public record TicketView(TenantId tenant, TicketId id, TicketKind kind, String workflowId, String state,
    StateCategory category, Priority priority, Impact impact, Urgency urgency, Option<GroupId> group,
    Option<ActorId> assignee, Option<ServiceId> service, Option<OfferingId> offering, Option<CustomerId> customer,
    Set<ConfigurationItemId> configurationItems, ActorId requester, String title, String description,
    Instant openedAt, Instant updatedAt, Option<Instant> resolvedAt, int reopenCount, Map<String, String> fields,
    Seq<DueTime> due, long version) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the reopen count is negative or the version below 1
   */
  public TicketView {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(id, "id");
    Checks.notNull(kind, "kind");
    Checks.notNull(workflowId, "workflowId");
    Checks.notNull(state, "state");
    Checks.notNull(category, "category");
    Checks.notNull(priority, "priority");
    Checks.notNull(impact, "impact");
    Checks.notNull(urgency, "urgency");
    Checks.notNull(group, "group");
    Checks.notNull(assignee, "assignee");
    Checks.notNull(service, "service");
    Checks.notNull(offering, "offering");
    Checks.notNull(customer, "customer");
    Checks.notNull(configurationItems, "configurationItems");
    Checks.notNull(requester, "requester");
    Checks.notNull(title, "title");
    Checks.notNull(description, "description");
    Checks.notNull(openedAt, "openedAt");
    Checks.notNull(updatedAt, "updatedAt");
    Checks.notNull(resolvedAt, "resolvedAt");
    Checks.notNull(fields, "fields");
    Checks.notNull(due, "due");
    if (reopenCount < 0) {
      throw new IllegalArgumentException("reopenCount must not be negative, got " + reopenCount);
    }
    if (version < 1) {
      throw new IllegalArgumentException("version must be at least 1, got " + version);
    }
  }

  /**
   * The view of a ticket, keeping the fields named in {@code keptFields}: what {@link TicketProjection} gives for
   * the ticket's history, computed from the replayed ticket instead.
   *
   * @throws NullPointerException if an argument is null
   */
  public static TicketView of(Ticket ticket, Set<String> keptFields) {
    Checks.notNull(ticket, "ticket");
    Checks.notNull(keptFields, "keptFields");
    return new TicketView(ticket.tenant(), ticket.id(), ticket.kind(), ticket.workflowId(), ticket.state(),
        ticket.category(), ticket.priority(), ticket.impact(), ticket.urgency(), ticket.group(), ticket.assignee(),
        ticket.subject().service(), ticket.subject().offering(), ticket.subject().customer(),
        ticket.subject().configurationItems(), ticket.caller(), ticket.title(), ticket.description(),
        ticket.openedAt(), ticket.updatedAt(), ticket.resolvedAt(), ticket.cycle() - 1,
        keptFields.isEmpty() ? ticket.fields().take(0) : ticket.fields().filterKeys(keptFields::contains),
        Vector.empty(), ticket.version());
  }

  /**
   * This view with {@code value} as its due times.
   *
   * @throws NullPointerException if {@code value} is null
   */
  public TicketView withDue(Seq<DueTime> value) {
    return new TicketView(tenant, id, kind, workflowId, state, category, priority, impact, urgency, group, assignee,
        service, offering, customer, configurationItems, requester, title, description, openedAt, updatedAt,
        resolvedAt, reopenCount, fields, Checks.notNull(value, "due"), version);
  }

  /** The earliest instant a running clock breaches, if one runs and has not breached. */
  public Option<Instant> nextBreach() {
    // Asked for every view a store keeps and every key it compares: no collection built on the way.
    Instant next = null;
    for (DueTime d : due) {
      Instant at = d.breachAt().getOrNull();
      if (at != null && (next == null || at.isBefore(next))) {
        next = at;
      }
    }
    return Option.of(next);
  }

  /** Whether a clock of the ticket has breached (and was not met in time). */
  public boolean isBreached() {
    return due.exists(d -> d.breachedAt().isDefined());
  }

  /** Whether it is open: New, Active or On hold. */
  public boolean isOpen() {
    return category == StateCategory.NEW || category == StateCategory.ACTIVE || category == StateCategory.ON_HOLD;
  }

  /** Whether nobody is assigned: neither a group nor a person. */
  public boolean isUnassigned() {
    return group.isEmpty() && assignee.isEmpty();
  }
}
