package io.itsm4j.examples;

import io.itsm4j.core.Actor;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.application.CommandResult;
import io.itsm4j.core.application.ServiceDesk;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketFields;
import io.itsm4j.core.ticket.Urgency;
import io.vavr.control.Either;

/**
 * The embedding example of the README, compiled so it cannot drift: {@code ReadmeExampleTest} checks that the
 * README's code block stands here word for word.
 */
public final class Embedding {
  private Embedding() {}

  /** Runs the README example and prints what it shows. */
  public static void main(String[] args) {
    // README:begin
    TenantId acme = TenantId.of("acme");
    Actor alice = Actor.of("alice", "agent");
    ServiceDesk desk = ServiceDesk.builder()          // in-memory store, system clock, everything permitted
        .notificationSink(events -> events.forEach(e -> System.out.println(e.type() + " #" + e.sequence())))
        .build();

    Ticket incident = desk.open(acme, alice, "req-1",
            TicketCommand.Open.incident("Mail is down", Impact.MEDIUM, Urgency.HIGH))
        .get().ticket();                               // INC-000001, priority P2, state "new"

    Either<Rejection, CommandResult> refused = desk.execute(acme, alice, incident.id(), "req-2",
        TicketCommand.ChangeState.to("resolved"));     // Left: FIELD_REQUIRED resolution.code, resolution.notes

    TicketCommand resolve = TicketCommand.ChangeState.to("resolved")
        .withField(TicketFields.RESOLUTION_CODE, "solved")
        .withField(TicketFields.RESOLUTION_NOTES, "Restarted the mail gateway");
    CommandResult resolved = desk.execute(acme, alice, incident.id(), "req-3", resolve).get();
    CommandResult retried = desk.execute(acme, alice, incident.id(), "req-3", resolve).get();
    // retried.replayed() is true: a retry under the same key appends nothing twice
    // README:end
    System.out.println(incident.id() + " " + incident.priority() + "; refused: " + refused.getLeft().code()
        + "; now " + resolved.ticket().state() + "; retry replayed: " + retried.replayed());
  }
}
