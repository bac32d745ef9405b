package io.itsm4j.core.change;

import static io.itsm4j.core.change.ChangeFixture.CAB_1;
import static io.itsm4j.core.change.ChangeFixture.REQUESTER;
import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.ActorId;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.ticket.ChangeType;
import io.itsm4j.core.ticket.CommandContext;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.RiskLevel;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketDecider;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.Urgency;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;

/** Bad input to the change commands is refused naming the field, and changes nothing. */
class ChangeBadInputTest {
  private static final String MEGABYTE = "x".repeat(1 << 20);
  private final ChangeFixture f = new ChangeFixture();

  private Rejection refused(Ticket t, TicketCommand command) {
    Rejection r = f.send(CAB_1, t.id(), command).getLeft();
    assertThat(f.ticket(t.id()).version()).as("nothing written").isEqualTo(t.version());
    return r;
  }

  private Ticket awaiting() {
    Ticket c = f.open(REQUESTER, TicketCommand.Open.change(ChangeType.NORMAL, "c", Impact.LOW, Urgency.LOW));
    f.ok(REQUESTER, c.id(), TicketCommand.ChangeState.to("assess"));
    f.assess(REQUESTER, c.id(), "partial", "yes");
    return f.requestApproval(REQUESTER, c.id());
  }

  @Test
  void megabyte_comments_reasons_and_answers_are_refused_naming_the_field() {
    Ticket c = awaiting();
    assertThat(refused(c, new TicketCommand.Approve(MEGABYTE)).violations().map(v -> v.field()))
        .containsExactly("comment");
    assertThat(refused(c, new TicketCommand.Reject(MEGABYTE)).violations().map(v -> v.field()))
        .containsExactly("comment");
    Rejection reason = refused(c, new TicketCommand.OverrideCollisions(LinkedHashSet.of(TicketId.of("CHG-9")), MEGABYTE));
    assertThat(reason.code()).isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(reason.violations().map(v -> v.field())).containsExactly("reason");
    assertThat(reason.message().length()).isLessThan(300);
    Ticket fresh = f.open(REQUESTER, TicketCommand.Open.change(ChangeType.NORMAL, "d", Impact.LOW, Urgency.LOW));
    TicketCommand.AssessRisk bad = new TicketCommand.AssessRisk(RiskLevel.LOW, 1,
        LinkedHashMap.of("outage", MEGABYTE, "bad name!", "x"));
    // With a risk model configured, the model names every bad answer...
    Rejection answers = refused(fresh, bad);
    assertThat(answers.code()).isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(answers.violations().map(v -> v.field())).containsExactlyInAnyOrder("answers.outage", "answers.tested",
        "answers.bad name!");
    assertThat(answers.message().length()).isLessThan(500);
    // ...and without one, the decider still refuses malformed answers and a negative score.
    Rejection raw = TicketDecider.standard().decide(CommandContext.of(ChangeFixture.ACME, fresh.id(), REQUESTER, "k",
        java.time.Instant.EPOCH), new TicketCommand.AssessRisk(RiskLevel.LOW, -1, bad.answers()),
        io.vavr.control.Option.some(fresh)).getLeft();
    assertThat(raw.code()).isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(raw.violations().map(v -> v.field())).containsExactlyInAnyOrder("answers.outage", "answers.bad name!",
        "score");
  }

  @Test
  void empty_or_oversized_sets_are_refused_naming_the_field() {
    Ticket c = awaiting();
    assertThat(refused(c, new TicketCommand.OverrideCollisions(LinkedHashSet.empty(), "why")).violations()
        .map(v -> v.field())).containsExactly("changes");
    assertThat(refused(c, new TicketCommand.OverrideCollisions(
        LinkedHashSet.ofAll(List.range(0, 101).map(i -> TicketId.of("CHG-" + i))), "why")).violations()
        .map(v -> v.field())).containsExactly("changes");
    Ticket fresh = f.open(REQUESTER, TicketCommand.Open.change(ChangeType.EMERGENCY, "e", Impact.LOW, Urgency.LOW));
    TicketCommand.RequestApproval proper = f.enablement.requestApproval(ChangeFixture.ACME, fresh).get();
    GroupId ecab = proper.policy().stages().head().group();
    Rejection crowd = refused(fresh, new TicketCommand.RequestApproval(proper.policy(),
        LinkedHashMap.of(ecab, HashSet.ofAll(List.range(0, 1001).map(i -> ActorId.of("p" + i))))));
    assertThat(crowd.code()).isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(crowd.violations().map(v -> v.field())).containsExactly("members.ecab");
  }

  @Test
  void change_commands_on_other_tickets_are_refused() {
    Ticket incident = f.open(REQUESTER, TicketCommand.Open.incident("i", Impact.LOW, Urgency.LOW));
    assertThat(refused(incident, TicketCommand.Approve.withoutComment()).code()).isEqualTo(RejectionCode.RULE_VIOLATED);
    assertThat(refused(incident, new TicketCommand.OverrideCollisions(LinkedHashSet.of(TicketId.of("CHG-1")), "x"))
        .code()).isEqualTo(RejectionCode.RULE_VIOLATED);
    assertThat(f.send(REQUESTER, TicketId.of("CHG-404"), TicketCommand.Approve.withoutComment()).getLeft().code())
        .isEqualTo(RejectionCode.NOT_FOUND);
  }
}
