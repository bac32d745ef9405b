package io.itsm4j.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.Actor;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.memory.InMemoryTicketSnapshots;
import io.itsm4j.core.port.TicketSnapshots;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.Urgency;
import org.junit.jupiter.api.Test;

/**
 * How often a command calls the ticket store (recorded by {@link RecordingTicketStore}): what a store on a remote database pays in round trips. A command on a
 * named ticket looks up its key and the history once and appends once; a retry reads what it needs and appends
 * nothing.
 */
class StoreCallsPerCommandTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Actor AGENT = Actor.of("agent-1", "agent");

  @Test
  void aCommandOnANamedTicketLooksUpOnceAndAppendsOnce() {
    RecordingTicketStore store = new RecordingTicketStore();
    ServiceDesk desk = ServiceDesk.builder().ticketStore(store).snapshots(TicketSnapshots.none()).build();
    TicketId id = desk.open(ACME, AGENT, "k1", TicketCommand.Open.incident("VPN down", Impact.HIGH, Urgency.HIGH))
        .get().ticket().id();
    store.calls.clear();

    assertThat(desk.execute(ACME, AGENT, id, "k2", TicketCommand.ChangeState.to("in-progress")).isRight()).isTrue();

    assertThat(store.calls).containsExactly("lookUp", "append");
  }

  @Test
  void anOpenLooksUpTheKeyThenReadsItsNewNumberOnce() {
    RecordingTicketStore store = new RecordingTicketStore();
    ServiceDesk desk = ServiceDesk.builder().ticketStore(store).snapshots(TicketSnapshots.none()).build();

    assertThat(desk.open(ACME, AGENT, "k1", TicketCommand.Open.incident("VPN down", Impact.HIGH, Urgency.HIGH))
        .isRight()).isTrue();

    assertThat(store.calls).containsExactly("lookUp", "load", "append");
  }

  @Test
  void aRetryReadsTheTicketAndAppendsNothing() {
    RecordingTicketStore store = new RecordingTicketStore();
    ServiceDesk desk = ServiceDesk.builder().ticketStore(store).snapshots(TicketSnapshots.none()).build();
    TicketId id = desk.open(ACME, AGENT, "k1", TicketCommand.Open.incident("VPN down", Impact.HIGH, Urgency.HIGH))
        .get().ticket().id();
    desk.execute(ACME, AGENT, id, "k2", TicketCommand.ChangeState.to("in-progress"));
    store.calls.clear();

    assertThat(desk.execute(ACME, AGENT, id, "k2", TicketCommand.ChangeState.to("in-progress")).get().replayed())
        .isTrue();

    assertThat(store.calls).containsExactly("lookUp", "load");
  }

  @Test
  void aCommandOnATicketWithASnapshotOnlyAppends() {
    RecordingTicketStore store = new RecordingTicketStore();
    ServiceDesk desk = ServiceDesk.builder().ticketStore(store).snapshots(new InMemoryTicketSnapshots()).build();
    TicketId id = desk.open(ACME, AGENT, "k1", TicketCommand.Open.incident("VPN down", Impact.HIGH, Urgency.HIGH))
        .get().ticket().id();
    store.calls.clear();

    assertThat(desk.execute(ACME, AGENT, id, "k2", TicketCommand.ChangeState.to("in-progress")).isRight()).isTrue();
    assertThat(desk.execute(ACME, AGENT, id, "k3", TicketCommand.AddNote.workNote("looked")).isRight()).isTrue();

    assertThat(store.calls).containsExactly("append", "append");
  }
}
