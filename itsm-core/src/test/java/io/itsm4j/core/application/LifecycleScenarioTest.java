package io.itsm4j.core.application;

import static io.itsm4j.core.application.DeskFixture.AGENT;
import static io.itsm4j.core.application.DeskFixture.CALLER;
import static io.itsm4j.core.application.DeskFixture.MANAGER;
import static io.itsm4j.core.ticket.TicketFields.CANCEL_REASON;
import static io.itsm4j.core.ticket.TicketFields.CHANGE_OUTCOME;
import static io.itsm4j.core.ticket.TicketFields.HOLD_REASON;
import static io.itsm4j.core.ticket.TicketFields.PLANNED_END;
import static io.itsm4j.core.ticket.TicketFields.PLANNED_START;
import static io.itsm4j.core.ticket.TicketFields.REOPEN_REASON;
import static io.itsm4j.core.ticket.TicketFields.RESOLUTION_CODE;
import static io.itsm4j.core.ticket.TicketFields.RESOLUTION_NOTES;
import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.GroupId;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.ticket.ChangeType;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketCommand.AddNote;
import io.itsm4j.core.ticket.TicketCommand.ChangeState;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.Urgency;
import io.itsm4j.core.workflow.StateCategory;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Ticket lifecycles as ISO/IEC 20000-1 clause 8 and ITIL practice describe them, through the service desk. */
class LifecycleScenarioTest {
  private final DeskFixture f = new DeskFixture();

  @Test
  void priority_follows_impact_and_urgency_and_a_change_of_priority_is_an_event_with_a_reason() {
    Ticket t = f.open(TicketCommand.Open.incident("Payroll run fails", Impact.HIGH, Urgency.MEDIUM));
    assertThat(t.priority()).isEqualTo(Priority.P2);
    Ticket raised = f.ok(AGENT, t.id(), new TicketCommand.ChangePriority(Impact.HIGH, Urgency.HIGH, "payday tomorrow"));
    assertThat(raised.priority()).isEqualTo(Priority.P1);
    TicketEvent.PriorityChanged e = (TicketEvent.PriorityChanged) f.sink.events().last();
    assertThat(e.from()).isEqualTo(Priority.P2);
    assertThat(e.reason()).isEqualTo("payday tomorrow");
    assertThat(f.send(AGENT, t.id(), new TicketCommand.ChangePriority(Impact.HIGH, Urgency.HIGH, "again"))
        .getLeft().code()).isEqualTo(RejectionCode.NO_CHANGE);
  }

  @Test
  void a_caller_update_takes_an_on_hold_incident_back_to_in_progress() {
    Ticket t = f.open(TicketCommand.Open.incident("Cannot print", Impact.LOW, Urgency.LOW));
    f.ok(AGENT, t.id(), ChangeState.to("in-progress"));
    f.ok(AGENT, t.id(), ChangeState.to("on-hold").withField(HOLD_REASON, "awaiting-caller"));
    Ticket back = f.ok(CALLER, t.id(), AddNote.comment("The printer is the one on floor 3."));
    assertThat(back.state()).isEqualTo("in-progress");
    assertThat(back.category()).isEqualTo(StateCategory.ACTIVE);
    TicketEvent.StateChanged resumed = (TicketEvent.StateChanged) f.sink.events().last();
    assertThat(resumed.transition()).isEqualTo("resume");
    assertThat(resumed.actor()).isEqualTo(CALLER.id());
  }

  @Test
  void an_agent_note_does_not_take_an_incident_off_hold() {
    Ticket t = f.open(TicketCommand.Open.incident("Cannot print", Impact.LOW, Urgency.LOW));
    f.ok(AGENT, t.id(), ChangeState.to("in-progress"));
    f.ok(AGENT, t.id(), ChangeState.to("on-hold").withField(HOLD_REASON, "awaiting-vendor"));
    assertThat(f.ok(AGENT, t.id(), AddNote.comment("Chased the vendor.")).state()).isEqualTo("on-hold");
    assertThat(f.ok(CALLER, t.id(), AddNote.workNote("private")).state()).isEqualTo("on-hold");
  }

  @Test
  void putting_an_incident_on_hold_needs_a_known_reason() {
    Ticket t = f.open(TicketCommand.Open.incident("Slow VPN", Impact.MEDIUM, Urgency.LOW));
    f.ok(AGENT, t.id(), ChangeState.to("in-progress"));
    var missing = f.send(AGENT, t.id(), ChangeState.to("on-hold")).getLeft();
    assertThat(missing.code()).isEqualTo(RejectionCode.FIELD_REQUIRED);
    assertThat(missing.violations().map(v -> v.field())).containsExactly("fields.hold.reason");
    var unknown = f.send(AGENT, t.id(), ChangeState.to("on-hold").withField(HOLD_REASON, "lunch")).getLeft();
    assertThat(unknown.code()).isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(unknown.message()).contains("awaiting-caller");
  }

  @Test
  void a_resolved_incident_can_be_reopened_which_starts_a_new_cycle_and_then_closed() {
    Ticket t = f.open(TicketCommand.Open.incident("Mail down", Impact.HIGH, Urgency.HIGH));
    f.ok(AGENT, t.id(), ChangeState.to("in-progress"));
    Ticket resolved = f.ok(AGENT, t.id(), ChangeState.to("resolved")
        .withField(RESOLUTION_CODE, "solved").withField(RESOLUTION_NOTES, "restarted"));
    assertThat(resolved.resolvedAt()).contains(f.now.get());
    f.later(Duration.ofHours(2));
    Ticket reopened = f.ok(CALLER, t.id(), ChangeState.to("in-progress").withField(REOPEN_REASON, "back again"));
    assertThat(reopened.cycle()).isEqualTo(2);
    assertThat(reopened.resolvedAt()).isEmpty();
    assertThat(((TicketEvent.StateChanged) f.sink.events().last()).isReopen()).isTrue();
    f.ok(AGENT, t.id(), ChangeState.to("resolved").withField(RESOLUTION_NOTES, "replaced the disk"));
    Ticket closed = f.ok(AGENT, t.id(), ChangeState.to("closed"));
    assertThat(closed.isTerminal()).isTrue();
    assertThat(closed.cycle()).isEqualTo(2);
    assertThat(f.send(AGENT, t.id(), ChangeState.to("in-progress").withField(REOPEN_REASON, "x")).getLeft().code())
        .isEqualTo(RejectionCode.TICKET_CLOSED);
    assertThat(f.send(AGENT, t.id(), TicketCommand.Assign.toGroup(GroupId.of("desk"))).getLeft().code())
        .isEqualTo(RejectionCode.TICKET_CLOSED);
  }

  @Test
  void a_normal_change_is_assessed_authorised_by_a_change_manager_scheduled_implemented_and_reviewed() {
    Ticket c = f.open(TicketCommand.Open.change(ChangeType.NORMAL, "Upgrade the mail gateway", Impact.MEDIUM, Urgency.MEDIUM));
    f.ok(AGENT, c.id(), ChangeState.to("assess"));
    f.ok(AGENT, c.id(), new TicketCommand.AssessRisk(io.itsm4j.core.ticket.RiskLevel.LOW, 1,
        io.vavr.collection.LinkedHashMap.empty()));
    f.ok(AGENT, c.id(), ChangeState.to("authorise"));
    GroupId managers = GroupId.of("change-managers");
    f.ok(AGENT, c.id(), new TicketCommand.RequestApproval(io.itsm4j.core.approval.ApprovalPolicy.anyOneOf(managers),
        io.vavr.collection.LinkedHashMap.of(managers, io.vavr.collection.HashSet.of(MANAGER.id()))));
    ChangeState schedule = ChangeState.to("scheduled")
        .withField(PLANNED_START, "2026-03-07T22:00:00Z").withField(PLANNED_END, "2026-03-08T02:00:00Z");
    var unapproved = f.send(MANAGER, c.id(), schedule).getLeft();
    assertThat(unapproved.code()).isEqualTo(RejectionCode.GUARD_FAILED);
    assertThat(unapproved.message()).contains("authorised");
    assertThat(f.ok(MANAGER, c.id(), TicketCommand.Approve.withoutComment()).isAuthorised()).isTrue();
    f.ok(AGENT, c.id(), schedule);
    f.ok(AGENT, c.id(), ChangeState.to("implement"));
    f.ok(AGENT, c.id(), ChangeState.to("review"));
    assertThat(f.send(AGENT, c.id(), ChangeState.to("closed")).getLeft().code()).isEqualTo(RejectionCode.FIELD_REQUIRED);
    Ticket closed = f.ok(AGENT, c.id(), ChangeState.to("closed").withField(CHANGE_OUTCOME, "successful"));
    assertThat(closed.state()).isEqualTo("closed");
  }

  @Test
  void a_normal_change_cannot_skip_assessment() {
    Ticket c = f.open(TicketCommand.Open.change(ChangeType.NORMAL, "Patch DB", Impact.LOW, Urgency.LOW));
    assertThat(f.send(AGENT, c.id(), ChangeState.to("authorise")).getLeft().code())
        .isEqualTo(RejectionCode.TRANSITION_NOT_ALLOWED);
  }

  @Test
  void an_emergency_change_skips_assessment() {
    Ticket c = f.open(TicketCommand.Open.change(ChangeType.EMERGENCY, "Block the exploit", Impact.HIGH, Urgency.HIGH));
    assertThat(f.send(AGENT, c.id(), ChangeState.to("assess")).getLeft().code())
        .isEqualTo(RejectionCode.TRANSITION_NOT_ALLOWED);
    assertThat(f.ok(AGENT, c.id(), ChangeState.to("authorise")).state()).isEqualTo("authorise");
  }

  @Test
  void a_standard_change_skips_assessment_and_authorisation() {
    Ticket c = f.open(TicketCommand.Open.change(ChangeType.STANDARD, "Add a user to a group", Impact.LOW, Urgency.LOW));
    Ticket scheduled = f.ok(AGENT, c.id(), ChangeState.to("scheduled")
        .withField(PLANNED_START, "2026-03-03T10:00:00Z").withField(PLANNED_END, "2026-03-03T10:15:00Z"));
    assertThat(scheduled.workflowId()).isEqualTo("change-standard");
    assertThat(f.ok(AGENT, c.id(), ChangeState.to("implement")).state()).isEqualTo("implement");
  }

  @Test
  void a_change_needs_a_type_and_nothing_else_has_one() {
    var untyped = f.desk.open(DeskFixture.ACME, AGENT, f.key(), new TicketCommand.Open(
        io.itsm4j.core.ticket.TicketKind.CHANGE, io.vavr.control.Option.none(), "x", "", Impact.LOW, Urgency.LOW,
        io.vavr.collection.LinkedHashMap.empty(), io.itsm4j.core.ticket.TicketSubject.none(),
        io.vavr.control.Option.none())).getLeft();
    assertThat(untyped.violations().map(v -> v.field())).containsExactly("changeType");
    var typedIncident = f.desk.open(DeskFixture.ACME, AGENT, f.key(), new TicketCommand.Open(
        io.itsm4j.core.ticket.TicketKind.INCIDENT, io.vavr.control.Option.some(ChangeType.NORMAL), "x", "",
        Impact.LOW, Urgency.LOW, io.vavr.collection.LinkedHashMap.empty(), io.itsm4j.core.ticket.TicketSubject.none(),
        io.vavr.control.Option.none())).getLeft();
    assertThat(typedIncident.violations().map(v -> v.field())).containsExactly("changeType");
  }

  @Test
  void a_problem_records_a_known_error_with_root_cause_and_workaround() {
    Ticket p = f.open(TicketCommand.Open.problem("Disks fill up", Impact.MEDIUM, Urgency.MEDIUM));
    f.ok(AGENT, p.id(), ChangeState.to("investigating"));
    var missing = f.send(AGENT, p.id(), ChangeState.to("known-error")).getLeft();
    assertThat(missing.violations().map(v -> v.field())).containsExactly("fields.root.cause", "fields.workaround");
    Ticket known = f.ok(AGENT, p.id(), ChangeState.to("known-error")
        .withField("root.cause", "log rotation off").withField("workaround", "delete old logs"));
    assertThat(known.field("workaround")).contains("delete old logs");
  }

  @Test
  void a_service_request_is_approved_fulfilled_and_closed_or_rejected() {
    Ticket r = f.open(TicketCommand.Open.serviceRequest("New laptop", Impact.LOW, Urgency.MEDIUM));
    f.ok(AGENT, r.id(), ChangeState.to("approval"));
    f.ok(AGENT, r.id(), ChangeState.to("fulfilment"));
    f.ok(AGENT, r.id(), ChangeState.to("fulfilled").withField(RESOLUTION_CODE, "delivered"));
    assertThat(f.ok(AGENT, r.id(), ChangeState.to("closed")).category()).isEqualTo(StateCategory.CLOSED);

    Ticket denied = f.open(TicketCommand.Open.serviceRequest("Second monitor", Impact.LOW, Urgency.LOW));
    f.ok(AGENT, denied.id(), ChangeState.to("approval"));
    Ticket rejected = f.ok(AGENT, denied.id(), ChangeState.to("rejected").withField(CANCEL_REASON, "no budget"));
    assertThat(rejected.category()).isEqualTo(StateCategory.CANCELLED);
  }

  @Test
  void reassignments_are_counted() {
    Ticket t = f.open(TicketCommand.Open.incident("Wi-Fi", Impact.LOW, Urgency.LOW));
    f.ok(AGENT, t.id(), TicketCommand.Assign.toGroup(GroupId.of("desk")));
    f.ok(AGENT, t.id(), TicketCommand.Assign.to(GroupId.of("desk"), io.itsm4j.core.ActorId.of("ann")));
    f.ok(AGENT, t.id(), TicketCommand.Assign.to(GroupId.of("network"), io.itsm4j.core.ActorId.of("ann")));
    Ticket last = f.ok(AGENT, t.id(), TicketCommand.Assign.to(GroupId.of("network"), io.itsm4j.core.ActorId.of("raj")));
    assertThat(last.reassignments()).isEqualTo(2);
  }
}
