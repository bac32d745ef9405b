package io.itsm4j.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.Actor;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.application.ServiceDesk;
import io.itsm4j.core.catalogue.FieldType;
import io.itsm4j.core.catalogue.FormField;
import io.itsm4j.core.ticket.FieldSchema;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.PriorityMatrix;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketDecider;
import io.itsm4j.core.ticket.TicketKind;
import io.itsm4j.core.ticket.TicketWorkflows;
import io.itsm4j.core.ticket.Urgency;
import io.itsm4j.core.workflow.Guard;
import io.itsm4j.core.workflow.StateCategory;
import io.itsm4j.core.workflow.Workflow;
import org.junit.jupiter.api.Test;

/** The code of docs/workflows.md, run: each block with every name it uses defined, and what it promises checked. */
class WorkflowsPageTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Actor AGENT = Actor.of("alice", "agent");

  @Test
  void typed_fields() {
    FieldSchema incidentFields = FieldSchema.builder()
        .field(FormField.required("site", FieldType.TEXT).allowing("berlin", "paris").labelled("Site"))
        .field(FormField.optional("asset.tag", FieldType.INTEGER).withMaxLength(12))
        .field("customer.reference", FieldType.TEXT)
        .requiredOn("resolve", "asset.tag")
        .closed()
        .build();
    TicketDecider decider = TicketDecider.standard().withFieldSchema(TicketKind.INCIDENT, incidentFields);
    ServiceDesk desk = ServiceDesk.builder().decider(decider).build();

    var refused = desk.open(ACME, AGENT, "k1", TicketCommand.Open.incident("Printer", Impact.LOW, Urgency.LOW)
        .withField("colour", "red")).getLeft();
    assertThat(refused.code()).isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(refused.violations().map(v -> v.field())).containsExactlyInAnyOrder("fields.site", "fields.colour");
  }

  @Test
  void extending_a_workflow() {
    Workflow<Ticket> triaged = TicketWorkflows.incident().toBuilder()
        .state("triage", "Triage", StateCategory.ACTIVE)
        .removeTransition("new", "in-progress")
        .transition("triage", "new", "triage")
        .transition("start", "triage", "in-progress", Guard.requiredRole("resolver"))
        .build()                                  // Either<Rejection, Workflow<Ticket>>
        .getOrElseThrow(r -> new IllegalStateException(r.violations().mkString("; ")));

    TicketDecider decider = TicketDecider.of(
        TicketWorkflows.defaults().with(TicketKind.INCIDENT, triaged), PriorityMatrix.standard());
    ServiceDesk desk = ServiceDesk.builder().decider(decider).build();

    assertThat(triaged.state("triage").isDefined()).isTrue();
    assertThat(desk.decider().workflows()).isNotNull();
  }
}
