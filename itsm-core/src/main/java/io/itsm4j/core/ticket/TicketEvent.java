package io.itsm4j.core.ticket;

import io.itsm4j.core.ActorId;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.internal.Checks;
import io.itsm4j.core.workflow.StateCategory;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * Something that happened to a ticket. A ticket's history is its events in sequence order; the history is the
 * source of truth, read by service level clocks, the audit trail and metrics alike.
 *
 * <p>Events are immutable records; their constructors fail fast on {@code null}. Hosts rarely build events:
 * {@link TicketDecider#decide} does, and a store gives them back.
 */
public sealed interface TicketEvent {

  /** Ticket id, tenant, sequence, time, actor and command of this event. */
  EventHeader header();

  /** Shorthand for {@code header().ticketId()}. */
  default TicketId ticketId() {
    return header().ticketId();
  }

  /** Shorthand for {@code header().tenant()}. */
  default TenantId tenant() {
    return header().tenant();
  }

  /** Shorthand for {@code header().sequence()}. */
  default long sequence() {
    return header().sequence();
  }

  /** Shorthand for {@code header().occurredAt()}. */
  default Instant occurredAt() {
    return header().occurredAt();
  }

  /** Shorthand for {@code header().actor()}. */
  default ActorId actor() {
    return header().actor();
  }

  /** A short name of the event type for logs and timelines, e.g. {@code "state-changed"}. */
  String type();

  /**
   * The ticket was opened.
   *
   * @param header common event data
   * @param kind incident, request, problem or change
   * @param changeType for a change, its type
   * @param workflowId the workflow that governs the ticket
   * @param title one line
   * @param description free text, possibly empty
   * @param impact impact at opening
   * @param urgency urgency at opening
   * @param priority priority from the matrix
   * @param state the workflow's initial state
   * @param category the initial state's category
   * @param fields the initial fields
   * @param subject what the ticket is about in catalogue terms
   * @param caller the person the ticket is for
   */
  record Opened(EventHeader header, TicketKind kind, Option<ChangeType> changeType, String workflowId, String title,
      String description, Impact impact, Urgency urgency, Priority priority, String state, StateCategory category,
      Map<String, String> fields, TicketSubject subject, ActorId caller) implements TicketEvent {
    /** Checks that no argument is null. */
    public Opened {
      Checks.notNull(header, "header");
      Checks.notNull(kind, "kind");
      Checks.notNull(changeType, "changeType");
      Checks.notNull(workflowId, "workflowId");
      Checks.notNull(title, "title");
      Checks.notNull(description, "description");
      Checks.notNull(impact, "impact");
      Checks.notNull(urgency, "urgency");
      Checks.notNull(priority, "priority");
      Checks.notNull(state, "state");
      Checks.notNull(category, "category");
      Checks.notNull(fields, "fields");
      Checks.notNull(subject, "subject");
      Checks.notNull(caller, "caller");
    }

    @Override
    public String type() {
      return "opened";
    }
  }

  /**
   * The ticket moved from one workflow state to another.
   *
   * @param header common event data
   * @param transition the name of the workflow transition taken
   * @param from the state left
   * @param fromCategory its category
   * @param to the state entered
   * @param toCategory its category
   * @param fields fields set with the move (resolution code, hold reason, ...)
   * @param cycle the ticket's resolution cycle after the move: 1 until the first reopen, then one more each time
   *     a resolved ticket is reopened
   */
  record StateChanged(EventHeader header, String transition, String from, StateCategory fromCategory, String to,
      StateCategory toCategory, Map<String, String> fields, int cycle) implements TicketEvent {
    /** Checks that no argument is null. */
    public StateChanged {
      Checks.notNull(header, "header");
      Checks.notNull(transition, "transition");
      Checks.notNull(from, "from");
      Checks.notNull(fromCategory, "fromCategory");
      Checks.notNull(to, "to");
      Checks.notNull(toCategory, "toCategory");
      Checks.notNull(fields, "fields");
    }

    /** Whether this move reopened a resolved ticket (and so began a new cycle). */
    public boolean isReopen() {
      return fromCategory == StateCategory.RESOLVED && toCategory.isOpen();
    }

    @Override
    public String type() {
      return "state-changed";
    }
  }

  /**
   * Impact or urgency changed, and with them possibly the priority.
   *
   * @param header common event data
   * @param from the priority before
   * @param to the priority after
   * @param impact the new impact
   * @param urgency the new urgency
   * @param reason why
   */
  record PriorityChanged(EventHeader header, Priority from, Priority to, Impact impact, Urgency urgency,
      String reason) implements TicketEvent {
    /** Checks that no argument is null. */
    public PriorityChanged {
      Checks.notNull(header, "header");
      Checks.notNull(from, "from");
      Checks.notNull(to, "to");
      Checks.notNull(impact, "impact");
      Checks.notNull(urgency, "urgency");
      Checks.notNull(reason, "reason");
    }

    @Override
    public String type() {
      return "priority-changed";
    }
  }

  /**
   * The ticket was assigned to a group and/or person, or unassigned.
   *
   * @param header common event data
   * @param group the assignment group after the change
   * @param assignee the assignee after the change
   * @param reassignment whether it moved away from an earlier group or assignee (counted on the ticket)
   */
  record Assigned(EventHeader header, Option<GroupId> group, Option<ActorId> assignee, boolean reassignment)
      implements TicketEvent {
    /** Checks that no argument is null. */
    public Assigned {
      Checks.notNull(header, "header");
      Checks.notNull(group, "group");
      Checks.notNull(assignee, "assignee");
    }

    @Override
    public String type() {
      return "assigned";
    }
  }

  /**
   * A work note or comment was added.
   *
   * @param header common event data
   * @param visibility work note or comment
   * @param text the text
   * @param byCaller whether the ticket's caller wrote it (a caller update)
   */
  record NoteAdded(EventHeader header, NoteVisibility visibility, String text, boolean byCaller)
      implements TicketEvent {
    /** Checks that no argument is null. */
    public NoteAdded {
      Checks.notNull(header, "header");
      Checks.notNull(visibility, "visibility");
      Checks.notNull(text, "text");
    }

    @Override
    public String type() {
      return "note-added";
    }
  }

  /**
   * A link to another ticket was added.
   *
   * @param header common event data
   * @param link the link
   */
  record LinkAdded(EventHeader header, Link link) implements TicketEvent {
    /** Checks that no argument is null. */
    public LinkAdded {
      Checks.notNull(header, "header");
      Checks.notNull(link, "link");
    }

    @Override
    public String type() {
      return "link-added";
    }
  }

  /**
   * A link to another ticket was removed.
   *
   * @param header common event data
   * @param link the link
   */
  record LinkRemoved(EventHeader header, Link link) implements TicketEvent {
    /** Checks that no argument is null. */
    public LinkRemoved {
      Checks.notNull(header, "header");
      Checks.notNull(link, "link");
    }

    @Override
    public String type() {
      return "link-removed";
    }
  }

  /**
   * Title, description, fields or subject changed.
   *
   * @param header common event data
   * @param title the new title, if it changed
   * @param description the new description, if it changed
   * @param fields fields set (added or changed)
   * @param removedFields fields removed
   * @param subject the new subject, if it changed
   */
  record DetailsUpdated(EventHeader header, Option<String> title, Option<String> description,
      Map<String, String> fields, Set<String> removedFields, Option<TicketSubject> subject) implements TicketEvent {
    /** Checks that no argument is null. */
    public DetailsUpdated {
      Checks.notNull(header, "header");
      Checks.notNull(title, "title");
      Checks.notNull(description, "description");
      Checks.notNull(fields, "fields");
      Checks.notNull(removedFields, "removedFields");
      Checks.notNull(subject, "subject");
    }

    @Override
    public String type() {
      return "details-updated";
    }
  }
}
