package io.itsm4j.core.application;

import static io.itsm4j.core.application.DeskFixture.ACME;
import static io.itsm4j.core.application.DeskFixture.AGENT;
import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.ActorId;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketDecider;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.Urgency;
import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

/** A ticket can be opened straight into a group's queue, and to a person in it, with one command. */
class OpenAssignedTest {

  @Test
  void an_open_with_an_assignment_is_one_command_with_an_opened_and_an_assigned_event() {
    DeskFixture f = new DeskFixture();
    CommandResult r = f.desk.open(ACME, AGENT, f.key(), TicketCommand.Open.incident("VPN down", Impact.HIGH,
        Urgency.HIGH).withAssignment(GroupId.of("network"), Option.some(ActorId.of("nina")))).get();
    assertThat(r.events().map(TicketEvent::type)).containsExactly("opened", "assigned");
    assertThat(r.events().map(TicketEvent::sequence)).containsExactly(1L, 2L);
    Ticket t = r.ticket();
    assertThat(t.group()).contains(GroupId.of("network"));
    assertThat(t.assignee()).contains(ActorId.of("nina"));
    assertThat(t.reassignments()).isZero();
    assertThat(TicketDecider.replay(f.store.load(ACME, t.id())).get()).isEqualTo(t);
  }

  @Test
  void an_open_without_an_assignment_stays_one_event() {
    DeskFixture f = new DeskFixture();
    CommandResult r = f.desk.open(ACME, AGENT, f.key(), TicketCommand.Open.incident("VPN down", Impact.HIGH,
        Urgency.HIGH)).get();
    assertThat(r.events().map(TicketEvent::type)).containsExactly("opened");
    assertThat(r.ticket().group()).isEmpty();
  }
}
