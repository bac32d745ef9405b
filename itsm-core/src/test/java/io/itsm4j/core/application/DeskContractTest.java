package io.itsm4j.core.application;

import static io.itsm4j.core.application.DeskFixture.ACME;
import static io.itsm4j.core.application.DeskFixture.AGENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itsm4j.core.Actor;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.port.AppendResult;
import io.itsm4j.core.port.NotificationSink;
import io.itsm4j.core.port.RecordedCommand;
import io.itsm4j.core.port.TicketStore;
import io.itsm4j.core.memory.InMemoryTicketStore;
import io.itsm4j.core.ticket.CommandRejected;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.Link;
import io.itsm4j.core.ticket.LinkType;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketCommand.ChangeState;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.Urgency;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** What the service desk promises a host: idempotency, no lost updates, typed refusals, nothing half-written. */
class DeskContractTest {
  private final DeskFixture f = new DeskFixture();
  private final TicketCommand.Open incident = TicketCommand.Open.incident("Disk full", Impact.MEDIUM, Urgency.MEDIUM);

  @Test
  void a_retried_command_appends_nothing_twice_and_returns_the_first_outcome() {
    Ticket t = f.open(incident);
    CommandRequest request = CommandRequest.of(ACME, AGENT, t.id(), "retry-me", ChangeState.to("in-progress"));
    CommandResult first = f.desk.execute(request).get();
    CommandResult second = f.desk.execute(request).get();
    assertThat(first.replayed()).isFalse();
    assertThat(second.replayed()).isTrue();
    assertThat(second.events()).isEqualTo(first.events());
    assertThat(f.store.load(ACME, t.id())).hasSize(2);
    assertThat(f.sink.events()).hasSize(2);
  }

  @Test
  void a_retried_open_returns_the_ticket_the_first_attempt_opened() {
    CommandResult first = f.desk.open(ACME, AGENT, "open-once", incident).get();
    CommandResult again = f.desk.open(ACME, AGENT, "open-once", incident).get();
    assertThat(again.replayed()).isTrue();
    assertThat(again.ticket().id()).isEqualTo(first.ticket().id());
    assertThat(f.store.ticketIds(ACME)).hasSize(1);
  }

  @Test
  void reusing_a_key_for_another_command_is_refused() {
    Ticket t = f.open(incident);
    f.desk.execute(ACME, AGENT, t.id(), "k", ChangeState.to("in-progress")).get();
    Rejection r = f.desk.execute(ACME, AGENT, t.id(), "k", TicketCommand.AddNote.workNote("x")).getLeft();
    assertThat(r.code()).isEqualTo(RejectionCode.IDEMPOTENCY_KEY_REUSED);
    Rejection open = f.desk.open(ACME, AGENT, "k", incident).getLeft();
    assertThat(open.code()).isEqualTo(RejectionCode.IDEMPOTENCY_KEY_REUSED);
  }

  @Test
  void idempotency_keys_are_per_tenant() {
    TenantId other = TenantId.of("globex");
    f.desk.open(ACME, AGENT, "same-key", incident).get();
    CommandResult there = f.desk.open(other, AGENT, "same-key", incident).get();
    assertThat(there.replayed()).isFalse();
    assertThat(there.ticket().tenant()).isEqualTo(other);
  }

  @Test
  void a_command_expecting_an_old_version_is_refused_and_changes_nothing() {
    Ticket t = f.open(incident);
    f.ok(AGENT, t.id(), ChangeState.to("in-progress"));
    Rejection r = f.desk.execute(CommandRequest.of(ACME, AGENT, t.id(), f.key(), TicketCommand.AddNote.workNote("stale"))
        .expectingVersion(1)).getLeft();
    assertThat(r.code()).isEqualTo(RejectionCode.VERSION_CONFLICT);
    assertThat(f.store.load(ACME, t.id())).hasSize(2);
  }

  @Test
  void a_refused_command_reaches_the_sink_as_a_rejection() {
    Ticket t = f.open(incident);
    f.send(AGENT, t.id(), ChangeState.to("resolved"));
    CommandRejected rejected = f.sink.rejections().single();
    assertThat(rejected.rejection().code()).isEqualTo(RejectionCode.FIELD_REQUIRED);
    assertThat(rejected.context().ticketId()).isEqualTo(t.id());
    assertThat(rejected.context().actor()).isEqualTo(AGENT);
  }

  @Test
  void the_access_policy_is_asked_first_and_a_refusal_is_not_authorised() {
    DeskFixture guarded = new DeskFixture(ServiceDesk.builder()
        .accessPolicy((ctx, command, ticket) -> !(command instanceof ChangeState) || ctx.actor().hasRole("resolver")));
    Ticket t = guarded.open(incident);
    assertThat(guarded.send(AGENT, t.id(), ChangeState.to("in-progress")).getLeft().code())
        .isEqualTo(RejectionCode.NOT_AUTHORISED);
    assertThat(guarded.ok(Actor.of("rita", "resolver"), t.id(), ChangeState.to("in-progress")).state())
        .isEqualTo("in-progress");
  }

  @Test
  void command_policies_run_in_order_and_the_first_refusal_wins() {
    DeskFixture ruled = new DeskFixture(ServiceDesk.builder()
        .policy((ctx, command, ticket) -> command instanceof TicketCommand.Open o && o.title().contains("spam")
            ? Option.some(Rejection.of(RejectionCode.RULE_VIOLATED, "no spam")) : Option.none())
        .policy((ctx, command, ticket) -> Option.some(Rejection.of(RejectionCode.RULE_VIOLATED, "second"))));
    Rejection r = ruled.desk.open(ACME, AGENT, ruled.key(),
        TicketCommand.Open.incident("spam spam", Impact.LOW, Urgency.LOW)).getLeft();
    assertThat(r.message()).isEqualTo("no spam");
    Rejection second = ruled.desk.open(ACME, AGENT, ruled.key(), incident).getLeft();
    assertThat(second.message()).isEqualTo("second");
    assertThat(ruled.store.ticketIds(ACME)).isEmpty();
  }

  @Test
  void a_failing_policy_is_a_port_failure_and_the_command_does_not_run() {
    DeskFixture broken = new DeskFixture(ServiceDesk.builder().policy((ctx, command, ticket) -> {
      throw new IllegalStateException("directory down");
    }));
    Rejection r = broken.desk.open(ACME, AGENT, broken.key(), incident).getLeft();
    assertThat(r.code()).isEqualTo(RejectionCode.PORT_FAILURE);
    assertThat(r.cause()).isNotEmpty();
    assertThat(r.message()).contains("directory down");
    assertThat(broken.store.ticketIds(ACME)).isEmpty();
  }

  @Test
  void a_failing_store_append_is_a_port_failure_and_leaves_the_history_as_it_was() {
    InMemoryTicketStore real = new InMemoryTicketStore();
    AtomicBoolean failing = new AtomicBoolean();
    TicketStore flaky = new TicketStore() {
      @Override
      public Seq<TicketEvent> load(TenantId tenant, TicketId ticketId) {
        return real.load(tenant, ticketId);
      }

      @Override
      public AppendResult append(TenantId tenant, TicketId ticketId, long expectedVersion, CommandKey command,
          Seq<TicketEvent> events) {
        if (failing.get()) {
          throw new IllegalStateException("disk on fire");
        }
        return real.append(tenant, ticketId, expectedVersion, command, events);
      }

      @Override
      public Option<RecordedCommand> findCommand(TenantId tenant, String idempotencyKey) {
        return real.findCommand(tenant, idempotencyKey);
      }

      @Override
      public Seq<TicketId> ticketIds(TenantId tenant) {
        return real.ticketIds(tenant);
      }
    };
    ServiceDesk desk = ServiceDesk.builder().ticketStore(flaky).build();
    Ticket t = desk.open(ACME, AGENT, "o", incident).get().ticket();
    failing.set(true);
    Rejection r = desk.execute(ACME, AGENT, t.id(), "s", ChangeState.to("in-progress")).getLeft();
    assertThat(r.code()).isEqualTo(RejectionCode.PORT_FAILURE);
    assertThat(r.message()).contains("append").contains("disk on fire");
    assertThat(real.load(ACME, t.id())).hasSize(1);
    failing.set(false);
    assertThat(desk.execute(ACME, AGENT, t.id(), "s", ChangeState.to("in-progress")).get().replayed()).isFalse();
  }

  @Test
  void a_failing_sink_does_not_undo_stored_events() {
    InMemoryTicketStore store = new InMemoryTicketStore();
    NotificationSink broken = events -> {
      throw new IllegalStateException("mail server down");
    };
    ServiceDesk desk = ServiceDesk.builder().ticketStore(store).notificationSink(broken).build();
    CommandResult r = desk.open(ACME, AGENT, "o", incident).get();
    assertThat(r.notificationFailure()).isNotEmpty();
    assertThat(store.load(ACME, r.ticket().id())).hasSize(1);
  }

  @Test
  void tickets_of_another_tenant_are_not_found_and_cannot_be_linked() {
    TenantId other = TenantId.of("globex");
    Ticket mine = f.open(incident);
    Ticket theirs = f.desk.open(other, AGENT, f.key(), TicketCommand.Open.incident("Theirs", Impact.LOW, Urgency.LOW))
        .get().ticket();
    TicketId onlyTheirs = f.desk.open(other, AGENT, f.key(), TicketCommand.Open.incident("Theirs 2", Impact.LOW, Urgency.LOW))
        .get().ticket().id();
    assertThat(theirs.id()).isEqualTo(mine.id()); // numbering is per tenant
    assertThat(f.desk.ticket(ACME, onlyTheirs).getLeft().code()).isEqualTo(RejectionCode.NOT_FOUND);
    assertThat(f.send(AGENT, onlyTheirs, ChangeState.to("in-progress")).getLeft().code()).isEqualTo(RejectionCode.NOT_FOUND);
    Rejection link = f.send(AGENT, mine.id(), new TicketCommand.AddLink(Link.of(LinkType.RELATED, onlyTheirs))).getLeft();
    assertThat(link.code()).isEqualTo(RejectionCode.NOT_FOUND);
    assertThat(link.violations().map(v -> v.field())).containsExactly("link.target");
    assertThat(f.store.load(other, onlyTheirs)).hasSize(1);
  }

  @Test
  void links_join_only_the_kinds_their_type_allows() {
    Ticket incidentTicket = f.open(incident);
    Ticket problem = f.open(TicketCommand.Open.problem("Root cause", Impact.LOW, Urgency.LOW));
    Ticket other = f.open(TicketCommand.Open.incident("Sibling", Impact.LOW, Urgency.LOW));
    assertThat(f.ok(AGENT, incidentTicket.id(), new TicketCommand.AddLink(Link.of(LinkType.CAUSED_BY_PROBLEM, problem.id())))
        .links()).hasSize(1);
    Rejection wrongTarget = f.send(AGENT, incidentTicket.id(),
        new TicketCommand.AddLink(Link.of(LinkType.CAUSED_BY_PROBLEM, other.id()))).getLeft();
    assertThat(wrongTarget.code()).isEqualTo(RejectionCode.INVALID_INPUT);
    Rejection wrongSource = f.send(AGENT, problem.id(),
        new TicketCommand.AddLink(Link.of(LinkType.CAUSED_BY_CHANGE, incidentTicket.id()))).getLeft();
    assertThat(wrongSource.violations().map(v -> v.field())).containsExactly("link.type");
    Ticket unlinked = f.ok(AGENT, incidentTicket.id(),
        new TicketCommand.RemoveLink(Link.of(LinkType.CAUSED_BY_PROBLEM, problem.id())));
    assertThat(unlinked.links()).isEmpty();
    assertThat(f.send(AGENT, incidentTicket.id(), new TicketCommand.RemoveLink(Link.of(LinkType.CAUSED_BY_PROBLEM, problem.id())))
        .getLeft().code()).isEqualTo(RejectionCode.NOT_FOUND);
  }

  @Test
  void the_desk_fails_fast_on_null_arguments_naming_them() {
    assertThatThrownBy(() -> f.desk.execute(null)).isInstanceOf(NullPointerException.class).hasMessageContaining("request");
    assertThatThrownBy(() -> f.desk.open(ACME, null, "k", incident)).hasMessageContaining("actor");
    assertThatThrownBy(() -> CommandRequest.of(ACME, AGENT, null, "k", incident)).hasMessageContaining("ticketId");
    assertThatThrownBy(() -> ChangeState.to(null)).hasMessageContaining("to");
    assertThatThrownBy(() -> TicketId.of("")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ticketId");
    assertThatThrownBy(() -> TenantId.of("a b")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tenant");
  }
}
