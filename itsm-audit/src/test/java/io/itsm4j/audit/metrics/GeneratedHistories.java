package io.itsm4j.audit.metrics;

import io.itsm4j.core.ActorId;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.catalogue.CustomerId;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.ticket.ChangeType;
import io.itsm4j.core.ticket.EventHeader;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.Link;
import io.itsm4j.core.ticket.LinkType;
import io.itsm4j.core.ticket.NoteVisibility;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketFields;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.TicketKind;
import io.itsm4j.core.ticket.TicketSubject;
import io.itsm4j.core.ticket.Urgency;
import io.itsm4j.core.workflow.StateCategory;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Ticket histories of every shape the metrics read, generated from a seed: opened in New or Active, assigned and
 * reassigned, commented by callers and agents, re-prioritised, moved between services, put on hold, resolved,
 * reopened, closed or cancelled; changes closed with an outcome or without; several at one instant. The stream is
 * every ticket's events in time order.
 */
final class GeneratedHistories {
  static final Instant BASE = Instant.parse("2026-03-02T00:00:00Z");
  private static final TenantId[] TENANTS = {TenantId.of("acme"), TenantId.of("globex")};
  private static final Option<ServiceId>[] SERVICES = services();
  private static final Option<CustomerId>[] CUSTOMERS = customers();
  private static final String[] OUTCOMES = {TicketFields.OUTCOME_SUCCESSFUL, TicketFields.OUTCOME_FAILED,
      TicketFields.OUTCOME_BACKED_OUT, TicketFields.OUTCOME_SUCCESSFUL_WITH_ISSUES, "not-an-outcome"};

  private GeneratedHistories() {}

  @SuppressWarnings("unchecked")
  private static Option<ServiceId>[] services() {
    return new Option[] {Option.some(ServiceId.of("email")), Option.some(ServiceId.of("vpn")), Option.none()};
  }

  @SuppressWarnings("unchecked")
  private static Option<CustomerId>[] customers() {
    return new Option[] {Option.some(CustomerId.of("retail")), Option.none()};
  }

  /** The histories of {@code tickets} tickets, one list per ticket. */
  static List<List<TicketEvent>> histories(long seed, int tickets) {
    Random r = new Random(seed);
    List<List<TicketEvent>> out = new ArrayList<>();
    for (int i = 0; i < tickets; i++) {
      out.add(history(r, i));
    }
    return out;
  }

  /** Every event of the histories in time order (a stable sort: a ticket's events keep their order). */
  static List<TicketEvent> stream(List<List<TicketEvent>> histories) {
    List<TicketEvent> all = new ArrayList<>();
    histories.forEach(all::addAll);
    all.sort(Comparator.comparing(TicketEvent::occurredAt));
    return all;
  }

  private static List<TicketEvent> history(Random r, int n) {
    TenantId tenant = TENANTS[r.nextInt(10) < 8 ? 0 : 1];
    TicketId id = TicketId.of("T-" + n);
    int kindPick = r.nextInt(10);
    TicketKind kind = kindPick < 5 ? TicketKind.INCIDENT : kindPick < 7 ? TicketKind.SERVICE_REQUEST
        : kindPick < 8 ? TicketKind.PROBLEM : TicketKind.CHANGE;
    Option<ChangeType> changeType = kind == TicketKind.CHANGE
        ? Option.some(r.nextBoolean() ? ChangeType.NORMAL : ChangeType.EMERGENCY) : Option.none();
    Instant t = BASE.plus(Duration.ofMinutes(r.nextInt(40 * 24 * 60)));
    List<TicketEvent> events = new ArrayList<>();
    long[] seq = {0};
    StateCategory category = r.nextInt(10) == 0 ? StateCategory.ACTIVE : StateCategory.NEW;
    TicketSubject subject = subject(r);
    events.add(new TicketEvent.Opened(header(id, tenant, ++seq[0], t), kind, changeType, kind.name().toLowerCase(),
        "title", "", Impact.MEDIUM, Urgency.MEDIUM, Priority.values()[r.nextInt(4)], category.name().toLowerCase(),
        category, kind == TicketKind.PROBLEM && r.nextInt(3) == 0
            // A problem can be opened with its root cause, or with both halves of a known error, already known.
            ? (r.nextBoolean() ? LinkedHashMap.of(TicketFields.ROOT_CAUSE, "known") : LinkedHashMap.of(
                TicketFields.ROOT_CAUSE, "known", TicketFields.WORKAROUND, "restart"))
            : LinkedHashMap.<String, String>empty(), subject, ActorId.of("caller")));
    Option<GroupId> group = Option.none();
    Option<ActorId> assignee = Option.none();
    Priority priority = ((TicketEvent.Opened) events.get(0)).priority();
    int cycle = 1;
    int steps = r.nextInt(14);
    for (int s = 0; s < steps && category != StateCategory.CLOSED && category != StateCategory.CANCELLED; s++) {
      int gap = r.nextInt(10);
      t = t.plus(gap < 2 ? Duration.ZERO : gap < 7 ? Duration.ofMinutes(r.nextInt(240)) : Duration.ofHours(r.nextInt(96)));
      int action = r.nextInt(10);
      if (category == StateCategory.RESOLVED) {
        if (action < 4) {
          events.add(state(id, tenant, ++seq[0], t, category, StateCategory.ACTIVE, ++cycle, Option.none()));
          category = StateCategory.ACTIVE;
        } else {
          events.add(state(id, tenant, ++seq[0], t, category, StateCategory.CLOSED, cycle, Option.none()));
          category = StateCategory.CLOSED;
        }
        continue;
      }
      switch (action) {
        case 0, 1 -> {
          Option<GroupId> g = Option.some(GroupId.of(r.nextBoolean() ? "desk" : "network"));
          Option<ActorId> a = r.nextBoolean() ? Option.some(ActorId.of("agent-" + r.nextInt(3))) : Option.none();
          boolean moved = group.isDefined() && !group.equals(g) || assignee.isDefined() && !assignee.equals(a);
          events.add(new TicketEvent.Assigned(header(id, tenant, ++seq[0], t), g, a, moved));
          group = g;
          assignee = a;
        }
        case 2 -> {
          if (kind == TicketKind.INCIDENT && r.nextBoolean()) {
            // A link to any ticket of the stream: some are problems (known errors or not), some changes.
            events.add(new TicketEvent.LinkAdded(header(id, tenant, ++seq[0], t), Link.of(r.nextBoolean()
                ? LinkType.CAUSED_BY_PROBLEM : LinkType.CAUSED_BY_CHANGE,
                TicketId.of("T-" + r.nextInt(Math.min(n + 5, 40))))));
          } else {
            events.add(new TicketEvent.NoteAdded(header(id, tenant, ++seq[0], t),
                r.nextBoolean() ? NoteVisibility.COMMENT : NoteVisibility.WORK_NOTE, "note", r.nextInt(3) == 0));
          }
        }
        case 3 -> {
          Priority to = Priority.values()[r.nextInt(4)];
          events.add(new TicketEvent.PriorityChanged(header(id, tenant, ++seq[0], t), priority, to, Impact.HIGH,
              Urgency.HIGH, "because"));
          priority = to;
        }
        case 4 -> {
          var fields = kind == TicketKind.CHANGE && r.nextBoolean()
              ? LinkedHashMap.of(TicketFields.CHANGE_OUTCOME, OUTCOMES[r.nextInt(OUTCOMES.length)])
              : kind == TicketKind.PROBLEM ? (r.nextBoolean() ? LinkedHashMap.of(TicketFields.ROOT_CAUSE, "found",
                  TicketFields.WORKAROUND, "restart") : LinkedHashMap.of(r.nextBoolean() ? TicketFields.ROOT_CAUSE
                  : TicketFields.WORKAROUND, "found")) : LinkedHashMap.<String, String>empty();
          events.add(new TicketEvent.DetailsUpdated(header(id, tenant, ++seq[0], t), Option.none(), Option.none(),
              fields, r.nextInt(4) == 0 ? HashSet.of(TicketFields.CHANGE_OUTCOME) : HashSet.empty(),
              r.nextBoolean() ? Option.some(subject(r)) : Option.none()));
        }
        default -> {
          StateCategory to = next(r, category, kind);
          Option<String> outcome = kind == TicketKind.CHANGE && to == StateCategory.CLOSED && r.nextBoolean()
              ? Option.some(OUTCOMES[r.nextInt(OUTCOMES.length)]) : Option.none();
          TicketEvent.StateChanged change = state(id, tenant, ++seq[0], t, category, to, cycle, outcome);
          if (kind == TicketKind.PROBLEM && r.nextInt(3) == 0) {
            // A transition's form can record the workaround.
            change = new TicketEvent.StateChanged(change.header(), change.transition(), change.from(),
                change.fromCategory(), change.to(), change.toCategory(),
                LinkedHashMap.of(TicketFields.WORKAROUND, "restart"), change.cycle());
          }
          events.add(change);
          category = to;
        }
      }
    }
    return events;
  }

  private static StateCategory next(Random r, StateCategory from, TicketKind kind) {
    int p = r.nextInt(10);
    return switch (from) {
      case NEW -> p < 6 ? StateCategory.ACTIVE : p < 8 ? StateCategory.ON_HOLD : p < 9 ? StateCategory.RESOLVED
          : StateCategory.CANCELLED;
      case ON_HOLD -> p < 7 ? StateCategory.ACTIVE : p < 9 ? StateCategory.RESOLVED : StateCategory.CANCELLED;
      default -> p < 3 ? StateCategory.ON_HOLD : p < 8 ? StateCategory.RESOLVED
          : kind == TicketKind.CHANGE || p == 8 ? StateCategory.CLOSED : StateCategory.CANCELLED;
    };
  }

  private static TicketSubject subject(Random r) {
    TicketSubject s = TicketSubject.none();
    Option<ServiceId> service = SERVICES[r.nextInt(SERVICES.length)];
    Option<CustomerId> customer = CUSTOMERS[r.nextInt(CUSTOMERS.length)];
    s = service.map(s::withService).getOrElse(s);
    return customer.map(s::withCustomer).getOrElse(s);
  }

  private static TicketEvent.StateChanged state(TicketId id, TenantId tenant, long seq, Instant t, StateCategory from,
      StateCategory to, int cycle, Option<String> outcome) {
    return new TicketEvent.StateChanged(header(id, tenant, seq, t), from.name().toLowerCase() + "-" + to.name()
        .toLowerCase(), from.name().toLowerCase(), from, to.name().toLowerCase(), to,
        outcome.map(o -> LinkedHashMap.of(TicketFields.CHANGE_OUTCOME, o)).getOrElse(LinkedHashMap.empty()), cycle);
  }

  private static EventHeader header(TicketId id, TenantId tenant, long seq, Instant t) {
    return new EventHeader(id, tenant, seq, t, ActorId.of("agent"), "c-" + id.value() + "-" + seq);
  }
}
