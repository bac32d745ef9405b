package io.itsm4j.core.application;

import static io.itsm4j.core.application.DeskFixture.ACME;
import static io.itsm4j.core.application.DeskFixture.AGENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.contract.ManualClock;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.Urgency;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A lost race is decided again on the new state, bounded; nothing else is ever retried. */
class VersionConflictRetryTest {

  @Test
  void a_command_that_lost_a_race_is_decided_again_on_the_new_state() {
    ManualClock clock = ManualClock.at("2026-03-02T09:00:00Z");
    io.itsm4j.core.memory.InMemoryTicketStore store = new io.itsm4j.core.memory.InMemoryTicketStore();
    ServiceDesk desk = ServiceDesk.builder().ticketStore(store).clock(clock).build();
    Ticket t = desk.open(ACME, AGENT, "k1", TicketCommand.Open.incident("Mail", Impact.LOW, Urgency.LOW)).get()
        .ticket();
    // A store that lets another writer in once, between this command's read and its append.
    AtomicInteger races = new AtomicInteger(1);
    ServiceDesk racing = ServiceDesk.builder().clock(clock).ticketStore(new io.itsm4j.core.port.TicketStore() {
      @Override
      public Seq<TicketEvent> load(io.itsm4j.core.TenantId tenant, TicketId id) {
        Seq<TicketEvent> seen = store.load(tenant, id);
        if (races.getAndDecrement() > 0) {
          desk.execute(ACME, AGENT, id, "other", TicketCommand.AddNote.workNote("got in first")).get();
        }
        return seen;
      }

      @Override
      public io.itsm4j.core.port.AppendResult append(io.itsm4j.core.TenantId tenant, TicketId id, long version,
          CommandKey command, Seq<TicketEvent> events) {
        return store.append(tenant, id, version, command, events);
      }

      @Override
      public io.vavr.control.Option<io.itsm4j.core.port.RecordedCommand> findCommand(io.itsm4j.core.TenantId tenant,
          String key) {
        return store.findCommand(tenant, key);
      }

      @Override
      public Seq<TicketId> ticketIds(io.itsm4j.core.TenantId tenant) {
        return store.ticketIds(tenant);
      }
    }).build();
    clock.advance(Duration.ofMinutes(5));
    AtomicInteger calls = new AtomicInteger();
    Either<Rejection, CommandResult> r = VersionConflictRetry.run(() -> {
      calls.incrementAndGet();
      return racing.execute(ACME, AGENT, t.id(), "mine", TicketCommand.AddNote.workNote("mine"));
    });
    assertThat(calls).hasValue(2);
    assertThat(r.get().ticket().notes().map(n -> n.text())).containsExactly("got in first", "mine");
    assertThat(r.get().events().head().occurredAt()).isEqualTo(clock.instant());
  }

  @Test
  void other_refusals_are_never_retried_and_attempts_are_bounded() {
    AtomicInteger calls = new AtomicInteger();
    Either<Rejection, String> notAllowed = VersionConflictRetry.run(5, () -> {
      calls.incrementAndGet();
      return Either.left(Rejection.of(RejectionCode.NOT_AUTHORISED, "no"));
    });
    assertThat(notAllowed.getLeft().code()).isEqualTo(RejectionCode.NOT_AUTHORISED);
    assertThat(calls).hasValue(1);
    calls.set(0);
    Either<Rejection, String> always = VersionConflictRetry.run(4, () -> {
      calls.incrementAndGet();
      return Either.left(Rejection.of(RejectionCode.VERSION_CONFLICT, "again"));
    });
    assertThat(always.getLeft().code()).isEqualTo(RejectionCode.VERSION_CONFLICT);
    assertThat(calls).hasValue(4);
    assertThatThrownBy(() -> VersionConflictRetry.run(0, () -> Either.right("x")))
        .isInstanceOf(IllegalArgumentException.class);
    ManualClock clock = ManualClock.at("2026-03-02T09:00:00Z");
    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
  }
}
