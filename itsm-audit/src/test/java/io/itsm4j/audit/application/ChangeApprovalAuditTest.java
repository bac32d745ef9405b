package io.itsm4j.audit.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.audit.port.AuditQuery;
import io.itsm4j.audit.trail.AuditEntry;
import io.itsm4j.audit.trail.AuditValue;
import io.itsm4j.audit.trail.Outcome;
import io.itsm4j.audit.trail.RecordRef;
import io.itsm4j.core.Actor;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.change.ApprovalMatrix;
import io.itsm4j.core.change.policy.ChangeEnablement;
import io.itsm4j.core.application.ServiceDesk;
import io.itsm4j.core.memory.InMemoryApproverDirectory;
import io.itsm4j.core.memory.InMemoryTicketStore;
import io.itsm4j.core.ticket.ChangeType;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.RiskLevel;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.Urgency;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Seq;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * ISO/IEC 20000-1 8.5.1: an auditor asks first who approved a change and whether anyone approved their own. The
 * trail answers both: the resolved policy and the eligible approvers, every decision with its stage and group,
 * the authorisation with its approvers, and the refused self-approval.
 */
class ChangeApprovalAuditTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final GroupId CAB = GroupId.of("cab");
  private static final Actor BOB = Actor.of("bob", "agent");
  private static final Actor DANA = Actor.of("dana");
  private static final Actor ERIK = Actor.of("erik");

  private final AtomicLong seconds = new AtomicLong(1_767_000_000L);
  private final InMemoryTicketStore tickets = new InMemoryTicketStore();
  private final AuditTrail trail = AuditTrail.builder().build();
  private final ChangeEnablement changes = ChangeEnablement.builder()
      .approvalMatrix(ApprovalMatrix.typical(GroupId.of("change-managers"), CAB, GroupId.of("ecab")))
      .approverDirectory(new InMemoryApproverDirectory().group(ACME, CAB, BOB.id(), DANA.id(), ERIK.id()))
      .build();
  private final ServiceDesk desk = ServiceDesk.builder().ticketStore(tickets)
      .clock(() -> Instant.ofEpochSecond(seconds.incrementAndGet()))
      .notificationSink(AuditingNotificationSink.withHistory(trail, tickets)).policy(changes).build();

  @Test
  void who_approved_what_and_the_refused_self_approval_are_in_the_trail() {
    TicketId change = desk.open(ACME, BOB, "c1", TicketCommand.Open.change(ChangeType.NORMAL, "Patch the mail gateway",
        Impact.HIGH, Urgency.MEDIUM)).get().ticket().id();
    desk.execute(ACME, BOB, change, "c2", TicketCommand.ChangeState.to("assess")).get();
    ok(desk.execute(ACME, BOB, change, "c2b", new TicketCommand.AssessRisk(RiskLevel.MEDIUM, 2, LinkedHashMap.empty())));
    ok(desk.execute(ACME, BOB, change, "c3", TicketCommand.ChangeState.to("authorise")));
    TicketCommand request = changes.requestApproval(ACME, desk.ticket(ACME, change).get())
        .getOrElseThrow(r -> new AssertionError("no approval request: " + r));
    ok(desk.execute(ACME, BOB, change, "c4", request));
    assertThat(desk.execute(ACME, BOB, change, "c5", TicketCommand.Approve.withoutComment()).getLeft().code())
        .isEqualTo(RejectionCode.NOT_AUTHORISED);
    ok(desk.execute(ACME, DANA, change, "c6", new TicketCommand.Approve("tested on staging")));
    if (desk.ticket(ACME, change).get().isAuthorised()) {
      throw new AssertionError("one CAB approval must not authorise a high-impact normal change here");
    }
    ok(desk.execute(ACME, ERIK, change, "c7", new TicketCommand.Approve("rollback plan is fine")));

    Seq<AuditEntry> entries = trail.query(ACME, AuditQuery.byRecord(RecordRef.of("ticket", change.value()))).get();
    AuditEntry requested = entries.find(e -> e.action().equals("ticket.approval-requested")).get();
    assertThat(requested.after().get("approval.eligible.cab").get()).isEqualTo(AuditValue.text("dana,erik"));
    assertThat(requested.after().get("approval.policy")).isNotEmpty();

    AuditEntry selfApproval = entries.find(e -> e.outcome() == Outcome.REJECTED).get();
    assertThat(selfApproval.actor()).isEqualTo(ActorId.of("bob"));
    assertThat(selfApproval.after().get("requested.verdict")).contains(AuditValue.text("APPROVE"));
    assertThat(selfApproval.reason().get()).startsWith("NOT_AUTHORISED");

    Seq<AuditEntry> decisions = entries.filter(e -> e.action().equals("ticket.approval-decided"));
    assertThat(decisions.map(AuditEntry::actor)).containsExactly(ActorId.of("dana"), ActorId.of("erik"));
    assertThat(decisions.map(e -> e.after().get("approval.verdict").get())).containsOnly(AuditValue.text("APPROVE"));
    assertThat(decisions.map(e -> e.after().get("approval.group").get())).containsOnly(AuditValue.text("cab"));
    assertThat(decisions.head().reason()).contains("tested on staging");

    AuditEntry granted = entries.find(e -> e.action().equals("ticket.authorisation-granted")).get();
    assertThat(granted.after().get("authorised-by")).contains(AuditValue.text("dana,erik"));
    assertThat(trail.verify(ACME).get().isIntact()).isTrue();
  }

  private static void ok(io.vavr.control.Either<io.itsm4j.core.Rejection, ?> result) {
    if (result.isLeft()) {
      throw new AssertionError("refused: " + result.getLeft());
    }
  }
}
