package io.itsm4j.examples;

import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketEvent;
import io.vavr.collection.Seq;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Renders a ticket's history as lines a person reads; used by the examples. Stateless and thread-safe. */
public final class Timeline {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

  private Timeline() {}

  /** The ticket's header line followed by one line per event. */
  public static String render(Ticket ticket, Seq<TicketEvent> history) {
    StringBuilder out = new StringBuilder();
    out.append(ticket.id()).append("  ").append(ticket.title()).append("  [").append(ticket.priority()).append(", ")
        .append(ticket.state()).append(", cycle ").append(ticket.cycle()).append(", version ").append(ticket.version())
        .append("]\n");
    for (TicketEvent e : history) {
      out.append(String.format("  %s  #%-2d %-8s %s%n", TIME.format(e.occurredAt()), e.sequence(), e.actor(),
          describe(e)));
    }
    return out.toString();
  }

  private static String fields(io.vavr.collection.Map<String, String> fields) {
    return fields.isEmpty() ? "" : " " + fields.toList().map(kv -> kv._1 + "=" + kv._2).mkString(", ");
  }

  /** One event as a short phrase. */
  public static String describe(TicketEvent event) {
    if (event instanceof TicketEvent.Opened e) {
      return "opened " + e.kind() + " '" + e.title() + "' as " + e.priority() + " (impact " + e.impact()
          + ", urgency " + e.urgency() + ") in " + e.state();
    } else if (event instanceof TicketEvent.StateChanged e) {
      return e.transition() + ": " + e.from() + " -> " + e.to() + fields(e.fields())
          + (e.isReopen() ? " (cycle " + e.cycle() + ")" : "");
    } else if (event instanceof TicketEvent.PriorityChanged e) {
      return "priority " + e.from() + " -> " + e.to() + ": " + e.reason();
    } else if (event instanceof TicketEvent.Assigned e) {
      return (e.reassignment() ? "reassigned to " : "assigned to ") + e.group().map(Object::toString).getOrElse("-")
          + " / " + e.assignee().map(Object::toString).getOrElse("-");
    } else if (event instanceof TicketEvent.NoteAdded e) {
      return (e.byCaller() ? "caller update" : e.visibility() == io.itsm4j.core.ticket.NoteVisibility.COMMENT
          ? "comment" : "work note") + ": " + e.text();
    } else if (event instanceof TicketEvent.LinkAdded e) {
      return "linked " + e.link().type() + " " + e.link().target();
    } else if (event instanceof TicketEvent.LinkRemoved e) {
      return "unlinked " + e.link().type() + " " + e.link().target();
    } else if (event instanceof TicketEvent.DetailsUpdated e) {
      return "details updated" + e.title().map(t -> ", title '" + t + "'").getOrElse("")
          + fields(e.fields());
    } else if (event instanceof TicketEvent.RiskAssessed e) {
      return "risk assessed: " + e.level() + " (score " + e.score() + ")";
    } else if (event instanceof TicketEvent.ApprovalRequested e) {
      return "approval requested: " + e.policy() + ", eligible " + e.approvers().toList()
          .map(kv -> kv._1 + "=" + kv._2.mkString("{", ", ", "}")).mkString(", ");
    } else if (event instanceof TicketEvent.ApprovalDecided e) {
      return (e.verdict() == io.itsm4j.core.approval.Verdict.APPROVE ? "approved" : "rejected") + " in stage "
          + e.stageName() + " for " + e.group() + (e.comment().isEmpty() ? "" : ": " + e.comment());
    } else if (event instanceof TicketEvent.AuthorisationGranted e) {
      return "authorised (approvals by " + e.approvers().mkString(", ") + ")";
    } else {
      TicketEvent.CollisionsOverridden e = (TicketEvent.CollisionsOverridden) event;
      return "collision with " + e.changes().mkString(", ") + " accepted: " + e.reason();
    }
  }
}
