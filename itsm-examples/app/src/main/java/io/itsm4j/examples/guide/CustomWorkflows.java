package io.itsm4j.examples.guide;

import io.vavr.control.Either;
import io.itsm4j.core.Rejection;
import static io.itsm4j.core.workflow.StateCategory.ACTIVE;

import io.itsm4j.core.Violation;
import io.itsm4j.core.application.ServiceDesk;
import io.itsm4j.core.ticket.PriorityMatrix;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketDecider;
import io.itsm4j.core.ticket.TicketKind;
import io.itsm4j.core.ticket.TicketWorkflows;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.Urgency;
import io.itsm4j.core.workflow.Guard;
import io.itsm4j.core.workflow.StateCategory;
import io.itsm4j.core.workflow.Workflow;
import io.vavr.collection.Seq;

/**
 * The code of "Configure workflows" in docs/getting-started.md: an incident workflow extended with a triage
 * step, a stricter priority matrix, and how an unsound workflow reports every problem at once.
 */
public final class CustomWorkflows {
  private CustomWorkflows() {}

  /** The default incident workflow with a Triage state between New and In Progress, guarded by a field. */
  public static Workflow<Ticket> incidentWithTriage() {
    return TicketWorkflows.incident().toBuilder()
        .state("triage", "Triage", ACTIVE)
        .removeTransition("new", "in-progress")
        .transition("triage", "new", "triage")
        .transition("start", "triage", "in-progress", Guard.requiredFields("triage.category"))
        .buildOrThrow();
  }

  /** A desk whose incidents use the triage workflow and whose high-impact, medium-urgency tickets are P1. */
  public static ServiceDesk desk() {
    TicketWorkflows workflows = TicketWorkflows.defaults()
        .with(TicketKind.INCIDENT, incidentWithTriage());
    PriorityMatrix matrix = PriorityMatrix.standard()
        .with(Impact.HIGH, Urgency.MEDIUM, Priority.P1);

    return ServiceDesk.builder()
        .decider(TicketDecider.of(workflows, matrix))
        .accessPolicy(new CallerAccessPolicy())
        .build();
  }

  /** A workflow with an unreachable state and no terminal state: building it lists both problems. */
  public static Seq<Violation> brokenWorkflowViolations() {
    Either<Rejection, Workflow<Ticket>> built = Workflow.<Ticket>builder("broken")
        .state("new", "New", StateCategory.NEW)
        .state("working", "Working", StateCategory.ACTIVE)
        .state("orphan", "Orphan", StateCategory.ACTIVE)
        .initial("new")
        .transition("start", "new", "working")
        .transition("pause", "working", "new")
        .build();
    return built.getLeft().violations(); // INVALID_INPUT: e.g. UNREACHABLE_STATE orphan, NO_TERMINAL_STATE
  }
}
