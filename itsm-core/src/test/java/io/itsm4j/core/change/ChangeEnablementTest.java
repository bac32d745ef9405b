package io.itsm4j.core.change;

import static io.itsm4j.core.change.ChangeFixture.ACME;
import static io.itsm4j.core.change.ChangeFixture.CAB;
import static io.itsm4j.core.change.ChangeFixture.CAB_1;
import static io.itsm4j.core.change.ChangeFixture.CAB_2;
import static io.itsm4j.core.change.ChangeFixture.CAB_3;
import static io.itsm4j.core.change.ChangeFixture.ECAB;
import static io.itsm4j.core.change.ChangeFixture.IMPLEMENTER;
import static io.itsm4j.core.change.ChangeFixture.MANAGER;
import static io.itsm4j.core.change.ChangeFixture.REQUESTER;
import static io.itsm4j.core.change.ChangeFixture.schedule;
import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.ActorId;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.approval.ApprovalPolicy;
import io.itsm4j.core.approval.ApprovalStatus;
import io.itsm4j.core.approval.Verdict;
import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.ticket.ChangeType;
import io.itsm4j.core.ticket.ChangeWindow;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.Link;
import io.itsm4j.core.ticket.LinkType;
import io.itsm4j.core.ticket.RiskLevel;
import io.itsm4j.core.ticket.SegregationOfDuties;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketCommand.ChangeState;
import io.itsm4j.core.ticket.TicketDecider;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketFields;
import io.itsm4j.core.ticket.TicketSubject;
import io.itsm4j.core.ticket.Urgency;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Change enablement as ISO/IEC 20000-1 8.5.1 and ITIL describe it, through the service desk. */
class ChangeEnablementTest {
  private final ChangeFixture f = new ChangeFixture();

  private Ticket normal(String title) {
    Ticket c = f.open(REQUESTER, TicketCommand.Open.change(ChangeType.NORMAL, title, Impact.MEDIUM, Urgency.MEDIUM));
    f.ok(REQUESTER, c.id(), ChangeState.to("assess"));
    return c;
  }

  private Ticket awaitingCab(String title) {
    Ticket c = normal(title);
    assertThat(f.assess(REQUESTER, c.id(), "partial", "yes").risk()).contains(RiskLevel.MEDIUM);
    f.ok(REQUESTER, c.id(), ChangeState.to("authorise"));
    return f.requestApproval(REQUESTER, c.id());
  }

  @Test
  void a_normal_change_of_medium_risk_is_authorised_by_a_quorum_of_the_cab_and_the_history_says_who() {
    Ticket c = awaitingCab("Upgrade the mail gateway");
    assertThat(c.approvalStatus()).isEqualTo(ApprovalStatus.PENDING);
    // The requester sits on the CAB but is not an eligible approver of her own change.
    assertThat(c.approvers().get(CAB).get()).containsExactlyInAnyOrder(CAB_1.id(), CAB_2.id(), CAB_3.id());
    assertThat(f.send(IMPLEMENTER, c.id(), schedule("2026-03-07T22:00:00Z", "2026-03-08T02:00:00Z")).getLeft().code())
        .isEqualTo(RejectionCode.GUARD_FAILED);
    assertThat(f.ok(CAB_1, c.id(), new TicketCommand.Approve("rollback plan is sound")).isAuthorised()).isFalse();
    Ticket approved = f.ok(CAB_2, c.id(), TicketCommand.Approve.withoutComment());
    assertThat(approved.isAuthorised()).isTrue();
    TicketEvent.AuthorisationGranted granted = (TicketEvent.AuthorisationGranted) f.sink.events().last();
    assertThat(granted.approvers()).containsExactlyInAnyOrder(CAB_1.id(), CAB_2.id());
    TicketEvent.ApprovalRequested requested = f.desk.history(ACME, c.id()).get()
        .filter(e -> e instanceof TicketEvent.ApprovalRequested).map(e -> (TicketEvent.ApprovalRequested) e).head();
    assertThat(requested.policy().stages().head().group()).isEqualTo(CAB);
    assertThat(approved.approvalDecisions().map(d -> d.approver())).containsExactly(CAB_1.id(), CAB_2.id());
    assertThat(approved.approvalDecisions().head().comment()).isEqualTo("rollback plan is sound");

    f.ok(IMPLEMENTER, c.id(), schedule("2026-03-07T22:00:00Z", "2026-03-08T02:00:00Z"));
    f.ok(IMPLEMENTER, c.id(), ChangeState.to("implement"));
    f.ok(IMPLEMENTER, c.id(), ChangeState.to("review"));
    Ticket closed = f.ok(MANAGER, c.id(), ChangeState.to("closed").withField(TicketFields.CHANGE_OUTCOME, "successful"));
    assertThat(ChangeReview.of(closed).isCleanSuccess()).isTrue();
  }

  @Test
  void nobody_approves_their_own_change_neither_requester_nor_implementer_nor_whom_the_host_names() {
    Ticket c = awaitingCab("Rotate the TLS keys");
    Rejection self = f.send(REQUESTER, c.id(), TicketCommand.Approve.withoutComment()).getLeft();
    assertThat(self.code()).isEqualTo(RejectionCode.NOT_AUTHORISED);
    assertThat(self.message()).contains("segregation of duties");
    f.ok(MANAGER, c.id(), TicketCommand.Assign.to(GroupId.of("infra"), CAB_3.id()));
    assertThat(f.send(CAB_3, c.id(), TicketCommand.Approve.withoutComment()).getLeft().code())
        .isEqualTo(RejectionCode.NOT_AUTHORISED);
    f.ok(CAB_1, c.id(), TicketCommand.Approve.withoutComment());
    // Whatever the order: an approver can no longer become the implementer.
    Rejection late = f.send(MANAGER, c.id(), TicketCommand.Assign.to(GroupId.of("infra"), CAB_1.id())).getLeft();
    assertThat(late.code()).isEqualTo(RejectionCode.NOT_AUTHORISED);
    assertThat(f.ticket(c.id()).assignee()).contains(CAB_3.id());
    // Someone not on the CAB cannot approve either.
    assertThat(f.send(IMPLEMENTER, c.id(), TicketCommand.Approve.withoutComment()).getLeft().code())
        .isEqualTo(RejectionCode.NOT_AUTHORISED);
  }

  @Test
  void a_host_can_exclude_more_people_such_as_the_change_owner_named_in_a_field() {
    ChangeFixture g = new ChangeFixture(ConfigurationDependencies.none(), b -> b.decider(TicketDecider.standard()
        .withSegregationOfDuties(SegregationOfDuties.standard().and(SegregationOfDuties.actorInField("change.owner")))));
    Ticket c = g.open(REQUESTER, TicketCommand.Open.change(ChangeType.NORMAL, "Patch", Impact.LOW, Urgency.LOW)
        .withField("change.owner", CAB_2.id().value()));
    g.ok(REQUESTER, c.id(), ChangeState.to("assess"));
    g.assess(REQUESTER, c.id(), "partial", "yes");
    g.ok(REQUESTER, c.id(), ChangeState.to("authorise"));
    assertThat(g.requestApproval(REQUESTER, c.id()).approvers().get(CAB).get()).doesNotContain(CAB_2.id());
    assertThat(g.send(CAB_2, c.id(), TicketCommand.Approve.withoutComment()).getLeft().code())
        .isEqualTo(RejectionCode.NOT_AUTHORISED);
    g.ok(CAB_1, c.id(), TicketCommand.Approve.withoutComment());
    assertThat(g.send(REQUESTER, c.id(), TicketCommand.UpdateDetails.nothing().withField("change.owner", "cab-ann"))
        .getLeft().code()).isEqualTo(RejectionCode.NOT_AUTHORISED);
  }

  @Test
  void a_rejection_ends_the_change_with_the_approvers_comment() {
    Ticket c = awaitingCab("Drop the legacy VPN");
    Rejection blank = f.send(CAB_1, c.id(), new TicketCommand.Reject(" ")).getLeft();
    assertThat(blank.code()).isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(blank.violations().map(v -> v.field())).containsExactly("comment");
    Ticket rejected = f.ok(CAB_1, c.id(), new TicketCommand.Reject("no rollback plan"));
    assertThat(rejected.approvalStatus()).isEqualTo(ApprovalStatus.REJECTED);
    assertThat(rejected.state()).isEqualTo("cancelled");
    assertThat(rejected.field(TicketFields.CANCEL_REASON).get()).contains("no rollback plan");
    assertThat(rejected.approvalDecisions().last().verdict()).isEqualTo(Verdict.REJECT);
    // Approving after a rejection is refused: the change is over.
    assertThat(f.send(CAB_2, c.id(), TicketCommand.Approve.withoutComment()).getLeft().code())
        .isEqualTo(RejectionCode.TICKET_CLOSED);
  }

  @Test
  void bad_approval_commands_are_typed_rejections() {
    Ticket c = normal("Resize the database");
    // Not awaiting approval.
    assertThat(f.send(CAB_1, c.id(), TicketCommand.Approve.withoutComment()).getLeft().code())
        .isEqualTo(RejectionCode.RULE_VIOLATED);
    // A normal change needs its risk assessed before approval is requested.
    assertThat(f.send(REQUESTER, c.id(), new TicketCommand.RequestApproval(ApprovalPolicy.anyOneOf(CAB),
        LinkedHashMap.of(CAB, HashSet.of(CAB_1.id())))).getLeft().code()).isEqualTo(RejectionCode.RULE_VIOLATED);
    f.assess(REQUESTER, c.id(), "partial", "yes");
    f.requestApproval(REQUESTER, c.id());
    f.ok(CAB_1, c.id(), TicketCommand.Approve.withoutComment());
    Rejection twice = f.send(CAB_1, c.id(), TicketCommand.Approve.withoutComment()).getLeft();
    assertThat(twice.code()).isEqualTo(RejectionCode.RULE_VIOLATED);
    assertThat(twice.message()).contains("already");
    assertThat(f.send(REQUESTER, c.id(), f.enablement.requestApproval(ACME, f.ticket(c.id())).get()).getLeft().code())
        .isEqualTo(RejectionCode.RULE_VIOLATED);
    assertThat(f.send(REQUESTER, c.id(), f.enablement.assessRisk(LinkedHashMap.of("outage", "none", "tested", "yes"))
        .get()).getLeft().code()).isEqualTo(RejectionCode.RULE_VIOLATED);
    f.ok(CAB_2, c.id(), TicketCommand.Approve.withoutComment());
    assertThat(f.send(CAB_3, c.id(), TicketCommand.Approve.withoutComment()).getLeft().message()).contains("authorised already");
  }

  @Test
  void the_request_must_carry_the_configured_policy_and_the_directorys_members() {
    Ticket c = normal("Swap the core switch");
    f.assess(REQUESTER, c.id(), "full", "no");
    // High risk: a change manager, then every eligible CAB member.
    TicketCommand.RequestApproval request = f.enablement.requestApproval(ACME, f.ticket(c.id())).get();
    assertThat(request.policy().stages().map(s -> s.name())).containsExactly("change-manager", "cab");
    Rejection lenient = f.send(REQUESTER, c.id(), new TicketCommand.RequestApproval(ApprovalPolicy.anyOneOf(CAB),
        request.members())).getLeft();
    assertThat(lenient.code()).isEqualTo(RejectionCode.RULE_VIOLATED);
    Rejection stacked = f.send(REQUESTER, c.id(), new TicketCommand.RequestApproval(request.policy(),
        request.members().put(CAB, HashSet.of(CAB_1.id())))).getLeft();
    assertThat(stacked.code()).isEqualTo(RejectionCode.RULE_VIOLATED);
    Rejection missing = f.send(REQUESTER, c.id(), new TicketCommand.RequestApproval(request.policy(),
        request.members().remove(CAB))).getLeft();
    assertThat(missing.code()).isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(missing.violations().map(v -> v.field())).containsExactly("members.cab");
    f.ok(REQUESTER, c.id(), request);
    // Sequential stages: the CAB cannot decide before the change manager.
    assertThat(f.send(CAB_1, c.id(), TicketCommand.Approve.withoutComment()).getLeft().code())
        .isEqualTo(RejectionCode.NOT_AUTHORISED);
    f.ok(MANAGER, c.id(), new TicketCommand.Approve("technically sound"));
    f.ok(CAB_1, c.id(), TicketCommand.Approve.withoutComment());
    f.ok(CAB_2, c.id(), TicketCommand.Approve.withoutComment());
    assertThat(f.ticket(c.id()).isAuthorised()).isFalse();
    assertThat(f.ok(CAB_3, c.id(), TicketCommand.Approve.withoutComment()).isAuthorised()).isTrue();
    // The directory changing later does not rewrite who could approve.
    f.directory.group(ACME, CAB, CAB_1.id());
    assertThat(f.ticket(c.id()).approvers().get(CAB).get()).hasSize(3);
  }

  @Test
  void risk_answers_are_checked_against_the_model() {
    Ticket c = normal("Move the file share");
    var bad = f.enablement.assessRisk(LinkedHashMap.of("outage", "maybe", "colour", "blue"));
    assertThat(bad.getLeft().violations().map(v -> v.field())).containsExactlyInAnyOrder("answers.outage", "answers.tested",
        "answers.colour");
    Rejection forged = f.send(REQUESTER, c.id(), new TicketCommand.AssessRisk(RiskLevel.LOW, 0,
        LinkedHashMap.of("outage", "full", "tested", "no"))).getLeft();
    assertThat(forged.code()).isEqualTo(RejectionCode.RULE_VIOLATED);
    assertThat(f.assess(REQUESTER, c.id(), "full", "no").risk()).contains(RiskLevel.VERY_HIGH);
  }

  @Test
  void an_emergency_change_skips_assessment_and_is_authorised_by_the_emergency_cab_even_in_a_freeze() {
    f.freezes.add(ACME, FreezeWindow.global("year-end", ChangeWindow.of(Instant.parse("2026-12-20T00:00:00Z"),
        Instant.parse("2027-01-05T00:00:00Z"))));
    Ticket c = f.open(REQUESTER, TicketCommand.Open.change(ChangeType.EMERGENCY, "Block the exploit", Impact.HIGH,
        Urgency.HIGH));
    f.ok(REQUESTER, c.id(), ChangeState.to("authorise"));
    Ticket requested = f.requestApproval(REQUESTER, c.id());
    assertThat(requested.approvalPolicy().get().stages().head().group()).isEqualTo(ChangeFixture.EMERGENCY_CAB);
    f.ok(ECAB, c.id(), TicketCommand.Approve.withoutComment());
    Ticket scheduled = f.ok(IMPLEMENTER, c.id(), schedule("2026-12-24T01:00:00Z", "2026-12-24T02:00:00Z"));
    assertThat(scheduled.state()).isEqualTo("scheduled");
  }

  @Test
  void no_normal_change_is_scheduled_in_a_freeze_of_its_service_or_a_global_one() {
    ServiceId payroll = ServiceId.of("payroll");
    f.freezes.add(ACME, FreezeWindow.forService("payroll-run", payroll, ChangeWindow.of(
        Instant.parse("2026-03-25T00:00:00Z"), Instant.parse("2026-03-28T00:00:00Z"))));
    Ticket c = f.open(REQUESTER, TicketCommand.Open.change(ChangeType.NORMAL, "Payroll patch", Impact.LOW, Urgency.LOW)
        .withSubject(TicketSubject.none().withService(payroll)));
    f.ok(REQUESTER, c.id(), ChangeState.to("assess"));
    f.assess(REQUESTER, c.id(), "none", "yes");
    f.ok(REQUESTER, c.id(), ChangeState.to("authorise"));
    f.requestApproval(REQUESTER, c.id());
    f.ok(MANAGER, c.id(), TicketCommand.Approve.withoutComment());
    Rejection frozen = f.send(IMPLEMENTER, c.id(), schedule("2026-03-27T22:00:00Z", "2026-03-28T01:00:00Z")).getLeft();
    assertThat(frozen.code()).isEqualTo(RejectionCode.RULE_VIOLATED);
    assertThat(frozen.message()).contains("payroll-run");
    f.ok(IMPLEMENTER, c.id(), schedule("2026-03-28T00:00:00Z", "2026-03-28T03:00:00Z"));
    // Moving it back into the freeze while scheduled is refused too.
    assertThat(f.send(IMPLEMENTER, c.id(), TicketCommand.UpdateDetails.nothing()
        .withField(TicketFields.PLANNED_START, "2026-03-27T23:00:00Z")).getLeft().code())
        .isEqualTo(RejectionCode.RULE_VIOLATED);
  }

  @Test
  void scheduling_with_the_end_before_the_start_or_a_malformed_instant_names_the_fields() {
    Ticket c = f.open(REQUESTER, TicketCommand.Open.change(ChangeType.NORMAL, "x", Impact.LOW, Urgency.LOW));
    Rejection backwards = f.send(IMPLEMENTER, c.id(), schedule("2026-03-08T02:00:00Z", "2026-03-07T22:00:00Z"))
        .getLeft();
    assertThat(backwards.code()).isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(backwards.violations().map(v -> v.field())).containsExactly("fields.planned.end");
    Rejection garbled = f.send(IMPLEMENTER, c.id(), schedule("next friday", "soon")).getLeft();
    assertThat(garbled.violations().map(v -> v.field())).containsExactly("fields.planned.start", "fields.planned.end");
    Rejection empty = f.send(IMPLEMENTER, c.id(), schedule("2026-03-07T22:00:00Z", "2026-03-07T22:00:00Z")).getLeft();
    assertThat(empty.violations().map(v -> v.field())).containsExactly("fields.planned.end");
    assertThat(f.ticket(c.id()).version()).isEqualTo(1);
  }

  @Test
  void a_standard_change_comes_from_an_approved_template_for_its_service() {
    ServiceId mail = ServiceId.of("mail");
    StandardChangeTemplate renew = new StandardChangeTemplate("renew-cert", "Renew the mail certificate",
        io.vavr.control.Option.some(mail), RiskLevel.LOW, MANAGER.id(), Instant.parse("2026-01-01T00:00:00Z"));
    f.templates.approve(ACME, renew);
    Rejection untemplated = f.desk.open(ACME, REQUESTER, f.key(), TicketCommand.Open.change(ChangeType.STANDARD,
        "Renew", Impact.LOW, Urgency.LOW)).getLeft();
    assertThat(untemplated.code()).isEqualTo(RejectionCode.FIELD_REQUIRED);
    assertThat(untemplated.violations().map(v -> v.field())).containsExactly("fields.change.template");
    Rejection unknown = f.desk.open(ACME, REQUESTER, f.key(), TicketCommand.Open.change(ChangeType.STANDARD,
        "Renew", Impact.LOW, Urgency.LOW).withField(TicketFields.CHANGE_TEMPLATE, "reboot-anything")).getLeft();
    assertThat(unknown.code()).isEqualTo(RejectionCode.RULE_VIOLATED);
    Rejection elsewhere = f.desk.open(ACME, REQUESTER, f.key(), renew.raise(Impact.LOW, Urgency.LOW)
        .withSubject(TicketSubject.none().withService(ServiceId.of("erp")))).getLeft();
    assertThat(elsewhere.code()).isEqualTo(RejectionCode.RULE_VIOLATED);
    Ticket c = f.open(REQUESTER, renew.raise(Impact.LOW, Urgency.LOW));
    assertThat(f.send(REQUESTER, c.id(), f.enablement.assessRisk(LinkedHashMap.of("outage", "none", "tested", "yes"))
        .get()).getLeft().code()).isEqualTo(RejectionCode.RULE_VIOLATED);
    assertThat(f.send(REQUESTER, c.id(), TicketCommand.UpdateDetails.nothing()
        .withField(TicketFields.CHANGE_TEMPLATE, "other")).getLeft().code()).isEqualTo(RejectionCode.RULE_VIOLATED);
    f.ok(IMPLEMENTER, c.id(), schedule("2026-03-03T10:00:00Z", "2026-03-03T10:15:00Z"));
    assertThat(f.ok(IMPLEMENTER, c.id(), ChangeState.to("implement")).state()).isEqualTo("implement");
    f.templates.retire(ACME, "renew-cert");
    assertThat(f.desk.open(ACME, REQUESTER, f.key(), renew.raise(Impact.LOW, Urgency.LOW)).getLeft().code())
        .isEqualTo(RejectionCode.RULE_VIOLATED);
  }

  @Test
  void a_collision_on_a_dependent_ci_is_reported_and_can_be_overridden_with_a_reason_kept_in_the_history() {
    ConfigurationItemId app = ConfigurationItemId.of("crm-app");
    ConfigurationItemId db = ConfigurationItemId.of("crm-db");
    ConfigurationItemId host = ConfigurationItemId.of("db-host-7");
    ChangeFixture g = new ChangeFixture(ConfigurationDependencies.fromDirect(HashMap.of(app, HashSet.of(db),
        db, HashSet.of(host))), b -> b);
    StandardChangeTemplate patch = new StandardChangeTemplate("os-patch", "Patch the OS", io.vavr.control.Option.none(),
        RiskLevel.LOW, MANAGER.id(), Instant.parse("2026-01-01T00:00:00Z"));
    g.templates.approve(ACME, patch);
    Ticket onHost = g.open(REQUESTER, patch.raise(Impact.LOW, Urgency.LOW)
        .withSubject(TicketSubject.none().withConfigurationItem(host)));
    g.ok(IMPLEMENTER, onHost.id(), schedule("2026-03-07T22:00:00Z", "2026-03-08T02:00:00Z"));
    Ticket onApp = g.open(REQUESTER, patch.raise(Impact.LOW, Urgency.LOW)
        .withSubject(TicketSubject.none().withConfigurationItem(app)));
    Rejection collision = g.send(IMPLEMENTER, onApp.id(), schedule("2026-03-08T01:00:00Z", "2026-03-08T03:00:00Z"))
        .getLeft();
    assertThat(collision.code()).isEqualTo(RejectionCode.SCHEDULE_COLLISION);
    assertThat(collision.message()).contains(onHost.id().value());
    // Back to back is no collision.
    g.ok(IMPLEMENTER, onApp.id(), schedule("2026-03-08T02:00:00Z", "2026-03-08T03:00:00Z"));
    Ticket third = g.open(REQUESTER, patch.raise(Impact.LOW, Urgency.LOW)
        .withSubject(TicketSubject.none().withConfigurationItem(db)));
    assertThat(g.send(IMPLEMENTER, third.id(), schedule("2026-03-08T01:30:00Z", "2026-03-08T02:30:00Z")).getLeft()
        .message()).contains(onHost.id().value(), onApp.id().value());
    assertThat(g.send(IMPLEMENTER, third.id(), new TicketCommand.OverrideCollisions(LinkedHashSet.of(third.id()), "x"))
        .getLeft().code()).isEqualTo(RejectionCode.INVALID_INPUT);
    g.ok(MANAGER, third.id(), new TicketCommand.OverrideCollisions(LinkedHashSet.of(onHost.id()), "same team, one outage"));
    assertThat(g.send(IMPLEMENTER, third.id(), schedule("2026-03-08T01:30:00Z", "2026-03-08T02:30:00Z")).getLeft()
        .code()).isEqualTo(RejectionCode.SCHEDULE_COLLISION);
    g.ok(MANAGER, third.id(), new TicketCommand.OverrideCollisions(LinkedHashSet.of(onHost.id(), onApp.id()),
        "same team, one outage"));
    g.ok(IMPLEMENTER, third.id(), schedule("2026-03-08T01:30:00Z", "2026-03-08T02:30:00Z"));
    TicketEvent.CollisionsOverridden override = g.desk.history(ACME, third.id()).get()
        .filter(e -> e instanceof TicketEvent.CollisionsOverridden).map(e -> (TicketEvent.CollisionsOverridden) e).last();
    assertThat(override.changes()).containsExactly(onApp.id());
    assertThat(override.reason()).isEqualTo("same team, one outage");
    assertThat(override.actor()).isEqualTo(MANAGER.id());
  }

  @Test
  void the_post_implementation_review_records_the_outcome_and_the_incidents_the_change_caused() {
    Ticket c = f.open(REQUESTER, TicketCommand.Open.change(ChangeType.EMERGENCY, "Hotfix", Impact.HIGH, Urgency.HIGH));
    f.ok(REQUESTER, c.id(), ChangeState.to("authorise"));
    f.requestApproval(REQUESTER, c.id());
    f.ok(MANAGER, c.id(), TicketCommand.Approve.withoutComment());
    f.ok(IMPLEMENTER, c.id(), schedule("2026-03-02T10:00:00Z", "2026-03-02T11:00:00Z"));
    f.ok(IMPLEMENTER, c.id(), ChangeState.to("implement"));
    f.ok(IMPLEMENTER, c.id(), ChangeState.to("review"));
    Ticket incident = f.open(REQUESTER, TicketCommand.Open.incident("Checkout broken", Impact.HIGH, Urgency.HIGH));
    f.ok(MANAGER, c.id(), new TicketCommand.AddLink(Link.of(LinkType.CAUSED_INCIDENT, incident.id())));
    assertThat(f.send(MANAGER, c.id(), ChangeState.to("closed").withField(TicketFields.CHANGE_OUTCOME, "so-so"))
        .getLeft().code()).isEqualTo(RejectionCode.INVALID_INPUT);
    Ticket closed = f.ok(MANAGER, c.id(), ChangeState.to("closed").withField(TicketFields.CHANGE_OUTCOME, "backed-out"));
    ChangeReview review = ChangeReview.of(closed);
    assertThat(review.outcome()).contains(ChangeOutcome.BACKED_OUT);
    assertThat(review.causedIncidents()).containsExactly(incident.id());
    assertThat(review.isCleanSuccess()).isFalse();
  }

  @Test
  void a_policy_no_eligible_approver_can_satisfy_is_refused_when_requested() {
    Ticket c = normal("Tiny fix");
    f.assess(REQUESTER, c.id(), "none", "yes");
    GroupId solo = GroupId.of("solo");
    Rejection r = f.send(REQUESTER, c.id(), new TicketCommand.RequestApproval(ApprovalPolicy.anyOneOf(solo),
        LinkedHashMap.of(solo, HashSet.of(REQUESTER.id())))).getLeft();
    // Through a desk without the matrix check, the decider itself refuses the impossible policy.
    assertThat(r.code()).isEqualTo(RejectionCode.RULE_VIOLATED);
    var bare = TicketDecider.standard().decide(io.itsm4j.core.ticket.CommandContext.of(ACME, c.id(), REQUESTER,
        "k", Instant.EPOCH), new TicketCommand.RequestApproval(ApprovalPolicy.quorumOf(2, solo),
        LinkedHashMap.of(solo, HashSet.of(REQUESTER.id(), ActorId.of("x")))), io.vavr.control.Option.some(f.ticket(c.id())));
    assertThat(bare.getLeft().message()).contains("cannot be satisfied");
  }
}
