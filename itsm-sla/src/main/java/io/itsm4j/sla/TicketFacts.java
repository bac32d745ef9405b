package io.itsm4j.sla;

import io.itsm4j.core.ActorId;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.ticket.ChangeType;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.TicketKind;
import io.itsm4j.core.ticket.TicketSubject;
import io.itsm4j.core.workflow.StateCategory;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * What service level definitions look at on a ticket, as it stood after one event of its history.
 *
 * @param tenant the ticket's tenant
 * @param ticketId the ticket
 * @param kind incident, request, problem or change
 * @param changeType for a change, its type
 * @param priority the current priority
 * @param subject service, offering, customer, catalogue item, configuration items
 * @param group the assignment group, if any
 * @param assignee the assignee, if any
 * @param state the workflow state id
 * @param category the workflow state's category
 * @param cycle the ticket's resolution cycle (1, then one more after each reopen)
 * @param openedAt when the ticket was opened
 */
public record TicketFacts(TenantId tenant, TicketId ticketId, TicketKind kind, Option<ChangeType> changeType,
    Priority priority, TicketSubject subject, Option<GroupId> group, Option<ActorId> assignee, String state,
    StateCategory category, int cycle, Instant openedAt) {

  /** Checks that no argument is null. */
  public TicketFacts {
    Objects.requireNonNull(tenant, "tenant must not be null");
    Objects.requireNonNull(ticketId, "ticketId must not be null");
    Objects.requireNonNull(kind, "kind must not be null");
    Objects.requireNonNull(changeType, "changeType must not be null");
    Objects.requireNonNull(priority, "priority must not be null");
    Objects.requireNonNull(subject, "subject must not be null");
    Objects.requireNonNull(group, "group must not be null");
    Objects.requireNonNull(assignee, "assignee must not be null");
    Objects.requireNonNull(state, "state must not be null");
    Objects.requireNonNull(category, "category must not be null");
    Objects.requireNonNull(openedAt, "openedAt must not be null");
  }

  /**
   * The facts right after the ticket was opened.
   *
   * @throws NullPointerException if {@code opened} is null
   */
  public static TicketFacts opened(TicketEvent.Opened opened) {
    return new TicketFacts(opened.tenant(), opened.ticketId(), opened.kind(), opened.changeType(),
        opened.priority(), opened.subject(), Option.none(), Option.none(), opened.state(), opened.category(), 1,
        opened.occurredAt());
  }

  /**
   * The facts after {@code event}; events that change nothing here give back this instance.
   *
   * @throws NullPointerException if {@code event} is null
   * @throws IllegalArgumentException if {@code event} opens a ticket (only the first event may)
   */
  public TicketFacts after(TicketEvent event) {
    if (event instanceof TicketEvent.StateChanged s) {
      return new TicketFacts(tenant, ticketId, kind, changeType, priority, subject, group, assignee, s.to(),
          s.toCategory(), Math.max(cycle, s.cycle()), openedAt);
    } else if (event instanceof TicketEvent.PriorityChanged p) {
      return new TicketFacts(tenant, ticketId, kind, changeType, p.to(), subject, group, assignee, state, category,
          cycle, openedAt);
    } else if (event instanceof TicketEvent.Assigned a) {
      return new TicketFacts(tenant, ticketId, kind, changeType, priority, subject, a.group(), a.assignee(), state,
          category, cycle, openedAt);
    } else if (event instanceof TicketEvent.DetailsUpdated d && d.subject().isDefined()) {
      return new TicketFacts(tenant, ticketId, kind, changeType, priority, d.subject().get(), group, assignee, state,
          category, cycle, openedAt);
    } else if (event instanceof TicketEvent.Opened) {
      throw new IllegalArgumentException("ticket " + ticketId + " is opened twice (sequence " + event.sequence() + ")");
    }
    return this;
  }
}
