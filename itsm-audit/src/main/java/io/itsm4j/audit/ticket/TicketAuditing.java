package io.itsm4j.audit.ticket;

import io.itsm4j.core.TextPolicy;
import io.itsm4j.audit.internal.Require;
import io.itsm4j.audit.trail.AuditDraft;
import io.itsm4j.audit.trail.AuditValue;
import io.itsm4j.audit.trail.Outcome;
import io.itsm4j.audit.trail.RecordRef;
import io.itsm4j.core.ticket.CommandRejected;
import io.itsm4j.core.ticket.Link;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketDecider;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketSubject;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;

/**
 * Turns what the service desk did into audit drafts: one draft per ticket event, one per refused command. Pure and
 * thread-safe.
 *
 * <ul>
 *   <li>Record: {@code ticket/<ticket id>}; actor, instant and correlation (the command's idempotency key) from the
 *       event or the command context.
 *   <li>Action: {@code ticket.<event type>} (e.g. {@code ticket.state-changed}) for an event,
 *       {@code ticket.<command type>} with outcome {@link Outcome#REJECTED} for a refusal (e.g.
 *       {@code ticket.change-state}); the reason of a refusal is {@code <code>: <message>}.
 *   <li>Before/after: the fields the event changed, with their values before (from the ticket as it was, when
 *       known, else from what the event itself carries) and after. Ticket fields appear as {@code fields.<name>},
 *       catalogue subject parts as {@code subject.<part>}.
 * </ul>
 */
public final class TicketAuditing {
  /** Prefix of every action this mapper writes. */
  public static final String ACTION_PREFIX = RecordRef.TICKET + ".";

  private TicketAuditing() {}

  /**
   * The drafts of one accepted command's events.
   *
   * @param before the ticket as it was before the first event, when the caller knows it (none for an open, or when
   *     unknown: then before values come from the events alone)
   * @param events the command's events in sequence order
   */
  public static Seq<AuditDraft> accepted(Option<Ticket> before, Seq<TicketEvent> events) {
    Require.notNull(before, "before");
    Require.notNull(events, "events");
    Vector<AuditDraft> out = Vector.empty();
    Option<Ticket> state = before;
    for (TicketEvent e : events) {
      out = out.append(draft(state, e));
      state = state.isDefined() || e instanceof TicketEvent.Opened ? Option.some(TicketDecider.evolve(state, e)) : state;
    }
    return out;
  }

  /** The draft of one event, given the ticket as it was before it (none when unknown). */
  public static AuditDraft draft(Option<Ticket> before, TicketEvent event) {
    Require.notNull(before, "before");
    Require.notNull(event, "event");
    Values b = new Values();
    Values a = new Values();
    Option<String> reason = Option.none();
    if (event instanceof TicketEvent.Opened o) {
      a.put("kind", o.kind().name()).put("change-type", o.changeType().map(Enum::name)).put("workflow", o.workflowId())
          .put("title", o.title()).put("description", o.description()).put("impact", o.impact().name())
          .put("urgency", o.urgency().name()).put("priority", o.priority().name()).put("state", o.state())
          .put("category", o.category().name()).put("caller", o.caller().value()).fields(o.fields()).subject(o.subject());
    } else if (event instanceof TicketEvent.StateChanged s) {
      b.put("state", s.from()).put("category", s.fromCategory().name()).put("cycle", before.map(t -> String.valueOf(t.cycle())));
      s.fields().keySet().forEach(k -> before.flatMap(t -> t.fields().get(k)).forEach(v -> b.put("fields." + k, v)));
      a.put("state", s.to()).put("category", s.toCategory().name()).put("transition", s.transition())
          .put("cycle", String.valueOf(s.cycle())).fields(s.fields());
    } else if (event instanceof TicketEvent.PriorityChanged p) {
      b.put("priority", p.from().name()).put("impact", before.map(t -> t.impact().name()))
          .put("urgency", before.map(t -> t.urgency().name()));
      a.put("priority", p.to().name()).put("impact", p.impact().name()).put("urgency", p.urgency().name());
      reason = Option.some(p.reason());
    } else if (event instanceof TicketEvent.Assigned as) {
      b.put("group", before.flatMap(Ticket::group).map(Object::toString))
          .put("assignee", before.flatMap(Ticket::assignee).map(Object::toString));
      a.put("group", as.group().map(Object::toString)).put("assignee", as.assignee().map(Object::toString))
          .put("reassignment", String.valueOf(as.reassignment()));
    } else if (event instanceof TicketEvent.NoteAdded n) {
      a.put("note.visibility", n.visibility().name()).put("note.text", n.text()).put("note.by-caller", String.valueOf(n.byCaller()));
    } else if (event instanceof TicketEvent.LinkAdded l) {
      a.put("link", link(l.link()));
    } else if (event instanceof TicketEvent.LinkRemoved l) {
      b.put("link", link(l.link()));
    } else if (event instanceof TicketEvent.DetailsUpdated d) {
      d.title().forEach(t -> {
        b.put("title", before.map(Ticket::title));
        a.put("title", t);
      });
      d.description().forEach(t -> {
        b.put("description", before.map(Ticket::description));
        a.put("description", t);
      });
      d.fields().keySet().union(d.removedFields())
          .forEach(k -> before.flatMap(t -> t.fields().get(k)).forEach(v -> b.put("fields." + k, v)));
      a.fields(d.fields());
      d.subject().forEach(s -> {
        before.forEach(t -> b.subject(t.subject()));
        a.subject(s);
      });
    } else if (event instanceof TicketEvent.RiskAssessed r) {
      b.put("risk.level", before.flatMap(Ticket::risk).map(Enum::name));
      a.put("risk.level", r.level().name()).put("risk.score", String.valueOf(r.score()));
      r.answers().forEach((q, answer) -> a.put("risk.answer." + q, answer));
    } else if (event instanceof TicketEvent.ApprovalRequested r) {
      // Who may approve is what an auditor asks first, so the resolved policy and the eligible people are kept.
      a.put("approval.policy", r.policy().toString());
      r.approvers().forEach((group, members) ->
          a.put("approval.eligible." + group.value(), members.map(Object::toString).toSortedSet().mkString(",")));
    } else if (event instanceof TicketEvent.ApprovalDecided d) {
      a.put("approval.stage", String.valueOf(d.stage())).put("approval.stage-name", d.stageName())
          .put("approval.group", d.group().value()).put("approval.verdict", d.verdict().name());
      reason = Option.some(d.comment()).filter(c -> !c.isBlank());
    } else if (event instanceof TicketEvent.AuthorisationGranted g) {
      a.put("authorised-by", g.approvers().map(Object::toString).toSortedSet().mkString(","));
    } else if (event instanceof TicketEvent.CollisionsOverridden o) {
      a.put("collisions.overridden", o.changes().map(Object::toString).toSortedSet().mkString(","));
      reason = Option.some(o.reason());
    }
    return AuditDraft.builder()
        .tenant(event.tenant())
        .actor(event.actor())
        .action(ACTION_PREFIX + event.type())
        .record(RecordRef.of(RecordRef.TICKET, event.ticketId().value()))
        .occurredAt(event.occurredAt())
        .before(b.map)
        .after(a.map)
        .reason(reason.map(TicketAuditing::abbreviate))
        .correlation(Option.some(event.header().commandId()))
        .build();
  }

  /** The draft of a refused command: what was asked (as far as it names a target) and why it was refused. */
  public static AuditDraft refused(CommandRejected refusal) {
    Require.notNull(refusal, "refusal");
    TicketCommand c = refusal.command();
    Values asked = new Values();
    if (c instanceof TicketCommand.ChangeState s) {
      asked.put("requested.state", s.to());
    } else if (c instanceof TicketCommand.ChangePriority p) {
      asked.put("requested.impact", p.impact().name()).put("requested.urgency", p.urgency().name());
    } else if (c instanceof TicketCommand.Assign as) {
      asked.put("requested.group", as.group().map(Object::toString))
          .put("requested.assignee", as.assignee().map(Object::toString));
    } else if (c instanceof TicketCommand.AddLink l) {
      asked.put("requested.link", link(l.link()));
    } else if (c instanceof TicketCommand.RemoveLink l) {
      asked.put("requested.link", link(l.link()));
    } else if (c instanceof TicketCommand.Open o) {
      asked.put("requested.kind", o.kind().name());
    } else if (c instanceof TicketCommand.Approve) {
      asked.put("requested.verdict", "APPROVE");
    } else if (c instanceof TicketCommand.Reject) {
      asked.put("requested.verdict", "REJECT");
    } else if (c instanceof TicketCommand.AssessRisk r) {
      asked.put("requested.risk.level", r.level().name());
    } else if (c instanceof TicketCommand.OverrideCollisions o) {
      asked.put("requested.collisions.overridden", o.changes().map(Object::toString).toSortedSet().mkString(","));
    }
    return AuditDraft.builder()
        .tenant(refusal.context().tenant())
        .actor(refusal.context().actor().id())
        .action(ACTION_PREFIX + c.type())
        .outcome(Outcome.REJECTED)
        .record(RecordRef.of(RecordRef.TICKET, refusal.context().ticketId().value()))
        .occurredAt(refusal.context().at())
        .after(asked.map)
        .reason(Option.some(abbreviate(refusal.rejection().code() + ": " + refusal.rejection().message())))
        .correlation(Option.some(refusal.context().idempotencyKey()))
        .build();
  }

  private static String abbreviate(String reason) {
    return TextPolicy.truncate(reason, AuditDraft.REASON_MAX);
  }

  private static String link(Link link) {
    return link.type().name() + ":" + link.target().value();
  }

  /** Collects before or after values in the order they are named. */
  private static final class Values {
    Map<String, AuditValue> map = LinkedHashMap.empty();

    Values put(String key, String value) {
      map = map.put(key, AuditValue.text(value));
      return this;
    }

    Values put(String key, Option<String> value) {
      value.forEach(v -> put(key, v));
      return this;
    }

    Values fields(Map<String, String> fields) {
      fields.forEach((k, v) -> put("fields." + k, v));
      return this;
    }

    Values subject(TicketSubject s) {
      put("subject.service", s.service().map(Object::toString));
      put("subject.offering", s.offering().map(Object::toString));
      put("subject.customer", s.customer().map(Object::toString));
      put("subject.catalogue-item", s.catalogueItem().map(Object::toString));
      if (!s.configurationItems().isEmpty()) {
        put("subject.configuration-items", s.configurationItems().map(Object::toString).toSortedSet().mkString(","));
      }
      return this;
    }
  }
}
