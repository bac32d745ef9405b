package io.itsm4j.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.Actor;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.memory.InMemoryTicketSnapshots;
import io.itsm4j.core.memory.InMemoryTicketStore;
import io.itsm4j.core.port.AppendResult;
import io.itsm4j.core.port.RecordedCommand;
import io.itsm4j.core.port.TicketSnapshots;
import io.itsm4j.core.port.TicketStore;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.Urgency;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How often a command calls the ticket store: what a store on a remote database pays in round trips. A command on a
 * named ticket looks up its key and the history once and appends once; a retry reads what it needs and appends
 * nothing.
 */
class StoreCallsPerCommandTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Actor AGENT = Actor.of("agent-1", "agent");

  /** Records the name of every call it passes on. */
  private static final class CountingStore implements TicketStore {
    final TicketStore target = new InMemoryTicketStore();
    final List<String> calls = new ArrayList<>();

    @Override
    public Seq<TicketEvent> load(TenantId tenant, TicketId ticketId) {
      calls.add("load");
      return target.load(tenant, ticketId);
    }

    @Override
    public AppendResult append(TenantId tenant, TicketId ticketId, long expectedVersion, CommandKey command,
        Seq<TicketEvent> events) {
      calls.add("append");
      return target.append(tenant, ticketId, expectedVersion, command, events);
    }

    @Override
    public Option<RecordedCommand> findCommand(TenantId tenant, String idempotencyKey) {
      calls.add("findCommand");
      return target.findCommand(tenant, idempotencyKey);
    }

    @Override
    public CommandLookup lookUp(TenantId tenant, String idempotencyKey, TicketId ticketId) {
      calls.add("lookUp");
      return target.lookUp(tenant, idempotencyKey, ticketId);
    }

    @Override
    public Seq<TicketId> ticketIds(TenantId tenant) {
      calls.add("ticketIds");
      return target.ticketIds(tenant);
    }
  }

  @Test
  void aCommandOnANamedTicketLooksUpOnceAndAppendsOnce() {
    CountingStore store = new CountingStore();
    ServiceDesk desk = ServiceDesk.builder().ticketStore(store).snapshots(TicketSnapshots.none()).build();
    TicketId id = desk.open(ACME, AGENT, "k1", TicketCommand.Open.incident("VPN down", Impact.HIGH, Urgency.HIGH))
        .get().ticket().id();
    store.calls.clear();

    assertThat(desk.execute(ACME, AGENT, id, "k2", TicketCommand.ChangeState.to("in-progress")).isRight()).isTrue();

    assertThat(store.calls).containsExactly("lookUp", "append");
  }

  @Test
  void anOpenLooksUpTheKeyThenReadsItsNewNumberOnce() {
    CountingStore store = new CountingStore();
    ServiceDesk desk = ServiceDesk.builder().ticketStore(store).snapshots(TicketSnapshots.none()).build();

    assertThat(desk.open(ACME, AGENT, "k1", TicketCommand.Open.incident("VPN down", Impact.HIGH, Urgency.HIGH))
        .isRight()).isTrue();

    assertThat(store.calls).containsExactly("lookUp", "load", "append");
  }

  @Test
  void aRetryReadsTheTicketAndAppendsNothing() {
    CountingStore store = new CountingStore();
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
    CountingStore store = new CountingStore();
    ServiceDesk desk = ServiceDesk.builder().ticketStore(store).snapshots(new InMemoryTicketSnapshots()).build();
    TicketId id = desk.open(ACME, AGENT, "k1", TicketCommand.Open.incident("VPN down", Impact.HIGH, Urgency.HIGH))
        .get().ticket().id();
    store.calls.clear();

    assertThat(desk.execute(ACME, AGENT, id, "k2", TicketCommand.ChangeState.to("in-progress")).isRight()).isTrue();
    assertThat(desk.execute(ACME, AGENT, id, "k3", TicketCommand.AddNote.workNote("looked")).isRight()).isTrue();

    assertThat(store.calls).containsExactly("append", "append");
  }
}
