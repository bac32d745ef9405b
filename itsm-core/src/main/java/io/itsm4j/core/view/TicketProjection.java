package io.itsm4j.core.view;

import io.itsm4j.core.internal.Checks;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.workflow.StateCategory;
import io.vavr.collection.HashSet;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Option;

/**
 * The fold of a ticket's events into its {@link TicketView}: event in, view out, no I/O and no clock, so a store
 * keeps views current as it appends events and rebuilds them from the event log with the same function.
 *
 * <ul>
 *   <li><b>Equal to the ticket</b>: folding a ticket's history gives {@link TicketView#of} of the ticket that
 *       history replays to (a property checks it for generated histories on every default workflow).
 *   <li><b>Idempotent under replay</b>: an event the view already holds (its sequence at or below the view's
 *       version) leaves the view as it is, so a projector that sees an event twice, or a rebuild that starts before
 *       the view's version, changes nothing.
 *   <li><b>Due times are not its own</b>: they depend on calendars and goals the projection does not know, so it
 *       leaves them empty; whoever keeps views sets them afterwards ({@link TicketView#withDue}), as the desk does
 *       with its {@link io.itsm4j.core.port.DueTimes}.
 *   <li><b>In order</b>: the next event must be the view's version plus one, of the same tenant and ticket; anything
 *       else is a broken history and throws {@link IllegalStateException}, as {@code TicketDecider.evolve} does.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class TicketProjection {
  private static final TicketProjection STANDARD = new TicketProjection(HashSet.empty());

  private final Set<String> keptFields;

  private TicketProjection(Set<String> keptFields) {
    this.keptFields = keptFields;
  }

  /** A projection keeping no ticket fields: the view's attributes only. */
  public static TicketProjection standard() {
    return STANDARD;
  }

  /**
   * A projection keeping the ticket fields named (a hold reason, a resolution code, a host's own field), so a query
   * can filter on them.
   *
   * @throws NullPointerException if {@code fieldNames} or a name is null
   */
  public static TicketProjection keeping(Set<String> fieldNames) {
    Checks.notNull(fieldNames, "fieldNames");
    fieldNames.forEach(n -> Checks.notNull(n, "a field name"));
    return new TicketProjection(fieldNames);
  }

  /** The ticket fields this projection keeps. */
  public Set<String> keptFields() {
    return keptFields;
  }

  /**
   * The view after {@code event}.
   *
   * @param view the view so far; none before the ticket's opening
   * @param event the next event of the ticket
   * @return the view with the event folded in; the same view if it already holds the event
   * @throws NullPointerException if an argument is null
   * @throws IllegalStateException if the event does not follow the view (another ticket, a gap in the sequence, an
   *     opening of a ticket that has a view, or another event before the opening)
   */
  public TicketView apply(Option<TicketView> view, TicketEvent event) {
    Checks.notNull(view, "view");
    Checks.notNull(event, "event");
    if (view.isDefined() && (!view.get().id().equals(event.ticketId())
        || !view.get().tenant().equals(event.tenant()))) {
      throw new IllegalStateException("event " + event.sequence() + " of " + event.tenant() + "/" + event.ticketId()
          + " folded into the view of " + view.get().tenant() + "/" + view.get().id());
    }
    if (view.isDefined() && event.sequence() <= view.get().version()) {
      return view.get();
    }
    if (event instanceof TicketEvent.Opened o) {
      if (view.isDefined() || o.sequence() != 1) {
        throw new IllegalStateException("event " + o.sequence() + " opens " + o.tenant() + "/" + o.ticketId()
            + " but the view does not start there");
      }
      return new TicketView(o.tenant(), o.ticketId(), o.kind(), o.workflowId(), o.state(), o.category(),
          o.priority(), o.impact(), o.urgency(), Option.none(), Option.none(), o.subject().service(),
          o.subject().offering(), o.subject().customer(), o.subject().configurationItems(), o.caller(), o.title(),
          o.description(), o.occurredAt(), o.occurredAt(), Option.none(), 0, kept(o.fields()), Vector.empty(), 1);
    }
    if (view.isEmpty()) {
      throw new IllegalStateException("event " + event.sequence() + " of " + event.tenant() + "/"
          + event.ticketId() + " comes before the ticket was opened");
    }
    TicketView v = view.get();
    if (event.sequence() != v.version() + 1) {
      throw new IllegalStateException("event " + event.sequence() + " of " + event.tenant() + "/"
          + event.ticketId() + " does not follow version " + v.version());
    }
    return next(v, event);
  }

  /**
   * The view after folding {@code events} in, in order; none for no events.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalStateException as {@link #apply} does
   */
  public Option<TicketView> fold(Option<TicketView> view, Iterable<? extends TicketEvent> events) {
    Checks.notNull(events, "events");
    Option<TicketView> out = view;
    for (TicketEvent e : events) {
      out = Option.some(apply(out, e));
    }
    return out;
  }

  private TicketView next(TicketView v, TicketEvent event) {
    String state = v.state();
    StateCategory category = v.category();
    var priority = v.priority();
    var impact = v.impact();
    var urgency = v.urgency();
    var group = v.group();
    var assignee = v.assignee();
    var service = v.service();
    var offering = v.offering();
    var customer = v.customer();
    var items = v.configurationItems();
    String title = v.title();
    String description = v.description();
    Option<java.time.Instant> resolvedAt = v.resolvedAt();
    int reopenCount = v.reopenCount();
    Map<String, String> fields = v.fields();
    if (event instanceof TicketEvent.StateChanged e) {
      // As the ticket keeps them: a resolution stamps the time, a closure keeps it, anything else clears it.
      resolvedAt = switch (e.toCategory()) {
        case RESOLVED -> Option.some(e.occurredAt());
        case CLOSED -> v.resolvedAt();
        default -> Option.none();
      };
      state = e.to();
      category = e.toCategory();
      reopenCount = e.cycle() - 1;
      for (var kv : e.fields()) {
        if (keptFields.contains(kv._1)) {
          fields = fields.put(kv._1, kv._2);
        }
      }
    } else if (event instanceof TicketEvent.PriorityChanged e) {
      priority = e.to();
      impact = e.impact();
      urgency = e.urgency();
    } else if (event instanceof TicketEvent.Assigned e) {
      group = e.group();
      assignee = e.assignee();
    } else if (event instanceof TicketEvent.DetailsUpdated e) {
      title = e.title().getOrElse(title);
      description = e.description().getOrElse(description);
      fields = fields.merge(kept(e.fields()), (a, b) -> b).removeAll(e.removedFields());
      if (e.subject().isDefined()) {
        service = e.subject().get().service();
        offering = e.subject().get().offering();
        customer = e.subject().get().customer();
        items = e.subject().get().configurationItems();
      }
    }
    return new TicketView(v.tenant(), v.id(), v.kind(), v.workflowId(), state, category, priority, impact, urgency,
        group, assignee, service, offering, customer, items, v.requester(), title, description, v.openedAt(),
        event.occurredAt(), resolvedAt, reopenCount, fields, Vector.empty(), event.sequence());
  }

  private Map<String, String> kept(Map<String, String> fields) {
    return fields.filterKeys(keptFields::contains);
  }
}
