package io.itsm4j.core.application;

import static io.itsm4j.core.application.DeskFixture.ACME;
import static io.itsm4j.core.application.DeskFixture.AGENT;
import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.Actor;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.port.AccessPolicy;
import io.itsm4j.core.ticket.CommandRejected;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.Urgency;
import org.junit.jupiter.api.Test;

/** A refused open draws no ticket number: accepted opens stay gapless, and refusals name no ticket that never was. */
class IdsOnlyForWhatExistsTest {

  @Test
  void opens_refused_by_validation_or_policy_draw_no_number() {
    DeskFixture f = new DeskFixture(ServiceDesk.builder().accessPolicy(AccessPolicy.requireRole("agent")));
    assertThat(f.desk.open(ACME, AGENT, f.key(), TicketCommand.Open.incident(" ", Impact.LOW, Urgency.LOW))
        .getLeft().code()).isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(f.desk.open(ACME, Actor.of("mallory"), f.key(), TicketCommand.Open.incident("x", Impact.LOW,
        Urgency.LOW)).getLeft().code()).isEqualTo(RejectionCode.NOT_AUTHORISED);
    assertThat(f.sink.rejections().map(r -> r.context().ticketId())).containsOnly(TicketId.PENDING);
    assertThat(f.desk.open(ACME, AGENT, f.key(), TicketCommand.Open.incident("Mail", Impact.LOW, Urgency.LOW))
        .get().ticket().id()).isEqualTo(TicketId.of("INC-000001"));
    assertThat(f.desk.open(ACME, AGENT, f.key(), TicketCommand.Open.incident("Web", Impact.LOW, Urgency.LOW))
        .get().ticket().id()).isEqualTo(TicketId.of("INC-000002"));
    assertThat(f.store.ticketIds(ACME)).containsExactlyInAnyOrder(TicketId.of("INC-000001"), TicketId.of("INC-000002"));
  }

  @Test
  void the_pending_id_is_no_ticket_a_host_may_choose() {
    DeskFixture f = new DeskFixture();
    var r = f.desk.execute(ACME, AGENT, TicketId.PENDING, f.key(), TicketCommand.Open.incident("x", Impact.LOW,
        Urgency.LOW));
    assertThat(r.getLeft().code()).isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(r.getLeft().violations().map(v -> v.field())).containsExactly("ticketId");
    assertThat(f.store.ticketIds(ACME)).isEmpty();
    assertThat(f.sink.rejections().map(CommandRejected::command)).isEmpty();
  }

  @Test
  void a_refusal_by_the_access_policy_says_which_rule_refused() {
    DeskFixture f = new DeskFixture(ServiceDesk.builder().accessPolicy(AccessPolicy.requireRole("agent")));
    var refused = f.desk.open(ACME, Actor.of("mallory"), f.key(), TicketCommand.Open.incident("x", Impact.LOW,
        Urgency.LOW)).getLeft();
    assertThat(refused.code()).isEqualTo(RejectionCode.NOT_AUTHORISED);
    assertThat(refused.message()).isEqualTo("actor mallory may not open ticket pending: the role agent is required");
    DeskFixture custom = new DeskFixture(ServiceDesk.builder().accessPolicy((ctx, command, ticket) -> false));
    assertThat(custom.desk.open(ACME, AGENT, custom.key(), TicketCommand.Open.incident("x", Impact.LOW,
        Urgency.LOW)).getLeft().message()).isEqualTo("actor agent may not open ticket pending");
  }
}
