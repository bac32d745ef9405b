package io.itsm4j.sla;

import io.itsm4j.core.ActorId;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.catalogue.CustomerId;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.ticket.EventHeader;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.NoteVisibility;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.TicketKind;
import io.itsm4j.core.ticket.TicketSubject;
import io.itsm4j.core.ticket.Urgency;
import io.itsm4j.core.workflow.StateCategory;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Instant;

/** Writes ticket histories for tests, the way the core decider would: one state per category, cycles on reopen. */
public final class TicketHistory {
  static final TenantId TENANT = TenantId.of("acme");
  static final ActorId AGENT = ActorId.of("alice");

  private final TicketId id;
  private Vector<TicketEvent> events = Vector.empty();
  private StateCategory category;
  private Priority priority;
  private int cycle = 1;

  private TicketHistory(TicketId id) {
    this.id = id;
  }

  /** A ticket opened at {@code at} in the NEW category. */
  public static TicketHistory opened(String id, Instant at, Priority priority) {
    return opened(id, at, priority, TicketKind.INCIDENT, TicketSubject.none().withService(ServiceId.of("mail"))
        .withCustomer(CustomerId.of("contoso")));
  }

  /** A ticket opened at {@code at} in the NEW category. */
  public static TicketHistory opened(String id, Instant at, Priority priority, TicketKind kind,
      TicketSubject subject) {
    TicketHistory h = new TicketHistory(TicketId.of(id));
    h.category = StateCategory.NEW;
    h.priority = priority;
    h.events = h.events.append(new TicketEvent.Opened(h.header(at), kind, Option.none(), "wf", "title", "",
        Impact.MEDIUM, Urgency.MEDIUM, priority, "new", StateCategory.NEW, HashMap.empty(), subject, AGENT));
    return h;
  }

  private EventHeader header(Instant at) {
    return new EventHeader(id, TENANT, events.size() + 1L, at, AGENT, "cmd-" + (events.size() + 1));
  }

  /** Moves to a state of {@code to}'s category; a move out of RESOLVED to an open category reopens. */
  public TicketHistory move(Instant at, StateCategory to) {
    StateCategory from = category;
    if (from == StateCategory.RESOLVED && to.isOpen()) {
      cycle++;
    }
    events = events.append(new TicketEvent.StateChanged(header(at), "to-" + to, from.name().toLowerCase(), from,
        to.name().toLowerCase(), to, HashMap.empty(), cycle));
    category = to;
    return this;
  }

  /** Changes the priority. */
  public TicketHistory priority(Instant at, Priority to) {
    events = events.append(new TicketEvent.PriorityChanged(header(at), priority, to, Impact.HIGH, Urgency.HIGH,
        "re-assessed"));
    priority = to;
    return this;
  }

  /** Assigns to a group. */
  public TicketHistory assign(Instant at, String group) {
    events = events.append(new TicketEvent.Assigned(header(at), Option.some(GroupId.of(group)), Option.none(),
        false));
    return this;
  }

  /** Adds a comment by an agent or by the caller. */
  public TicketHistory comment(Instant at, boolean byCaller) {
    events = events.append(new TicketEvent.NoteAdded(header(at), NoteVisibility.COMMENT, "text", byCaller));
    return this;
  }

  /** Changes the subject. */
  public TicketHistory subject(Instant at, TicketSubject subject) {
    events = events.append(new TicketEvent.DetailsUpdated(header(at), Option.none(), Option.none(), HashMap.empty(),
        HashSet.empty(), Option.some(subject)));
    return this;
  }

  /** The current category. */
  public StateCategory category() {
    return category;
  }

  /** The events so far. */
  public Seq<TicketEvent> events() {
    return events;
  }
}
