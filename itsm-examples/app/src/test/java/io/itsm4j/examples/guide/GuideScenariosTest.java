package io.itsm4j.examples.guide;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.Actor;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.Violation;
import io.itsm4j.core.application.ServiceDesk;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketFields;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.Urgency;
import io.itsm4j.core.workflow.Workflow;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.Test;

/** The guide's code does what the guide says it does. */
class GuideScenariosTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Actor AGENT = Actor.of("alice", CallerAccessPolicy.AGENT);
  private static final Actor CALLER = Actor.of("carol");

  @Test
  void anIncidentIsTriagedBeforeWorkStartsAndHighImpactMediumUrgencyIsP1() {
    ServiceDesk desk = CustomWorkflows.desk();
    var opened = desk.open(ACME, AGENT, "k1", TicketCommand.Open.incident("ERP down", Impact.HIGH, Urgency.MEDIUM)
        .withCaller(CALLER.id())).get().ticket();
    assertThat(opened.priority()).isEqualTo(Priority.P1);

    assertThat(desk.execute(ACME, AGENT, opened.id(), "k2", TicketCommand.ChangeState.to("in-progress")).getLeft()
        .code()).isEqualTo(RejectionCode.TRANSITION_NOT_ALLOWED);
    desk.execute(ACME, AGENT, opened.id(), "k3", TicketCommand.ChangeState.to("triage")).get();
    assertThat(desk.execute(ACME, AGENT, opened.id(), "k4", TicketCommand.ChangeState.to("in-progress")).getLeft()
        .code()).isEqualTo(RejectionCode.FIELD_REQUIRED);
    assertThat(desk.execute(ACME, AGENT, opened.id(), "k5", TicketCommand.ChangeState.to("in-progress")
        .withField("triage.category", "application")).get().ticket().state()).isEqualTo("in-progress");
  }

  @Test
  void aCallerMayCommentOnAndReopenTheirOwnTicketButNotResolveIt() {
    ServiceDesk desk = CustomWorkflows.desk();
    TicketId id = desk.open(ACME, CALLER, "k1", TicketCommand.Open.incident("Mouse broken", Impact.LOW, Urgency.LOW))
        .get().ticket().id();
    assertThat(desk.execute(ACME, CALLER, id, "k2", TicketCommand.AddNote.comment("It is the left button"))
        .isRight()).isTrue();
    assertThat(desk.execute(ACME, CALLER, id, "k3", TicketCommand.AddNote.workNote("internal")).getLeft().code())
        .isEqualTo(RejectionCode.NOT_AUTHORISED);
    assertThat(desk.execute(ACME, Actor.of("mallory"), id, "k4", TicketCommand.AddNote.comment("hi")).getLeft()
        .code()).isEqualTo(RejectionCode.NOT_AUTHORISED);
    assertThat(desk.execute(ACME, CALLER, id, "k5", TicketCommand.ChangeState.to("resolved")
        .withField(TicketFields.RESOLUTION_CODE, "solved").withField(TicketFields.RESOLUTION_NOTES, "x")).getLeft()
        .code()).isEqualTo(RejectionCode.NOT_AUTHORISED);

    desk.execute(ACME, AGENT, id, "k6", TicketCommand.ChangeState.to("triage")).get();
    desk.execute(ACME, AGENT, id, "k6b", TicketCommand.ChangeState.to("in-progress")
        .withField("triage.category", "hardware")).get();
    desk.execute(ACME, AGENT, id, "k7", TicketCommand.ChangeState.to("resolved")
        .withField(TicketFields.RESOLUTION_CODE, "solved").withField(TicketFields.RESOLUTION_NOTES, "new mouse")).get();
    assertThat(desk.execute(ACME, CALLER, id, "k8", TicketCommand.ChangeState.to("in-progress")
        .withField(TicketFields.REOPEN_REASON, "still broken")).get().ticket().cycle()).isEqualTo(2);
  }

  @Test
  void aBrokenWorkflowReportsEveryProblemAtOnce() {
    assertThat(CustomWorkflows.brokenWorkflowViolations().map(Violation::code))
        .contains(Workflow.UNREACHABLE_STATE, Workflow.NO_TERMINAL_STATE);
  }

  @Test
  void bothAdapterChoicesGiveAWorkingDesk() {
    ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    try {
      for (ServiceDesk desk : new ServiceDesk[] {ChoosingAdapters.inMemory(),
          ChoosingAdapters.jdbc(ChoosingAdapters.h2InMemory(), scheduler)}) {
        TicketId id = desk.open(ACME, AGENT, "k1", TicketCommand.Open.incident("Fax", Impact.LOW, Urgency.LOW))
            .get().ticket().id();
        assertThat(desk.history(ACME, id).get()).hasSize(1);
      }
    } finally {
      scheduler.shutdownNow();
    }
  }
}
