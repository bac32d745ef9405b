package io.itsm4j.core.application;

import io.itsm4j.core.Actor;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.memory.InMemoryTicketStore;
import io.itsm4j.core.memory.RecordingNotificationSink;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketId;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/** A desk on in-memory adapters with a clock the test moves, and short-hands for sending commands. */
final class DeskFixture {
  static final TenantId ACME = TenantId.of("acme");
  static final Actor AGENT = Actor.of("agent", "agent");
  static final Actor MANAGER = Actor.of("morgan", "agent", "change-manager");
  static final Actor CALLER = Actor.of("carol");

  final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-03-02T09:00:00Z"));
  final InMemoryTicketStore store = new InMemoryTicketStore();
  final RecordingNotificationSink sink = new RecordingNotificationSink();
  final ServiceDesk desk;
  private final AtomicInteger keys = new AtomicInteger();

  DeskFixture() {
    this(ServiceDesk.builder());
  }

  DeskFixture(ServiceDesk.Builder builder) {
    desk = builder.ticketStore(store).notificationSink(sink).clock(now::get).build();
  }

  String key() {
    return "key-" + keys.incrementAndGet();
  }

  void later(Duration d) {
    now.updateAndGet(t -> t.plus(d));
  }

  Ticket open(TicketCommand.Open command) {
    return desk.open(ACME, AGENT, key(), command.withCaller(CALLER.id())).get().ticket();
  }

  Either<Rejection, CommandResult> send(Actor actor, TicketId id, TicketCommand command) {
    return desk.execute(ACME, actor, id, key(), command);
  }

  Ticket ok(Actor actor, TicketId id, TicketCommand command) {
    return send(actor, id, command).fold(r -> {
      throw new AssertionError("refused: " + r);
    }, CommandResult::ticket);
  }
}
