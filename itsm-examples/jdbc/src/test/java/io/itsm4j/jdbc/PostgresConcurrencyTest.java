package io.itsm4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.Actor;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.application.CommandResult;
import io.itsm4j.core.application.ServiceDesk;
import io.itsm4j.core.memory.RecordingNotificationSink;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.Urgency;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Eight threads send conflicting commands through one {@link ServiceDesk} on PostgreSQL: every accepted
 * command's events are stored exactly once, every other command is refused with VERSION_CONFLICT and left no
 * trace, and the outbox holds exactly one row per accepted command, which the relay delivers once.
 */
class PostgresConcurrencyTest {
  private static final TenantId ACME = TenantId.of("acme");

  @Test
  void conflictingCommandsFromEightThreadsLoseAndDuplicateNothing() throws Exception {
    PooledDataSource db = TestDatabases.postgresSchema(10);
    JdbcTicketStore store = new JdbcTicketStore(db);
    ServiceDesk desk = ServiceDesk.builder().ticketStore(store).build();
    Actor agent = Actor.of("agent-1", "agent");
    List<TicketId> tickets = List.range(0, 2).map(i -> desk.open(ACME, agent, "open-" + i,
        TicketCommand.Open.incident("Shared drive slow " + i, Impact.MEDIUM, Urgency.MEDIUM)).get().ticket().id());

    int threads = 8;
    int perThread = 25;
    ConcurrentHashMap<String, Either<Rejection, CommandResult>> outcomes = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      java.util.List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < perThread; i++) {
            String key = "t" + thread + "-" + i;
            TicketId ticket = tickets.get((thread + i) % tickets.size());
            TicketCommand command = i % 5 == 4
                ? new TicketCommand.ChangePriority(i % 2 == 0 ? Impact.HIGH : Impact.LOW, Urgency.MEDIUM, "re-assessed")
                : TicketCommand.AddNote.workNote("thread " + thread + " note " + i);
            outcomes.put(key, desk.execute(ACME, agent, ticket, key, command));
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : futures) {
        f.get(180, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    HashMap<String, Either<Rejection, CommandResult>> all = HashMap.ofAll(outcomes);
    assertThat(all).hasSize(threads * perThread);
    Seq<String> accepted = all.filter(e -> e._2.isRight()).keySet().toVector();
    // Refusals are conflicts, or NO_CHANGE where a priority change met the priority another thread just set.
    assertThat(all.values().filter(Either::isLeft).map(e -> e.getLeft().code()).distinct())
        .isSubsetOf(RejectionCode.VERSION_CONFLICT, RejectionCode.NO_CHANGE);
    assertThat(all.values().filter(e -> e.isLeft() && e.getLeft().code() == RejectionCode.VERSION_CONFLICT))
        .as("the threads really did collide").isNotEmpty();

    Vector<TicketEvent> stored = tickets.toVector().flatMap(id -> store.load(ACME, id));
    for (TicketId id : tickets) {
      Seq<TicketEvent> h = store.load(ACME, id);
      assertThat(h.map(TicketEvent::sequence)).containsExactlyElementsOf(Vector.rangeClosed(1L, (long) h.size()));
    }
    // Every accepted command's events exactly once; nothing of a refused command.
    var byCommand = stored.groupBy(e -> e.header().commandId());
    for (String key : accepted) {
      assertThat(byCommand.get(key).map(Seq::size).getOrElse(0)).as("events of %s", key)
          .isEqualTo(all.get(key).get().get().events().size());
      assertThat(byCommand.get(key).get()).containsExactlyElementsOf(all.get(key).get().get().events());
    }
    assertThat(byCommand.keySet().filter(k -> !k.startsWith("open-"))).containsExactlyInAnyOrderElementsOf(accepted);

    RecordingNotificationSink sink = new RecordingNotificationSink();
    OutboxRelay relay = new OutboxRelay(db, sink);
    assertThat(relay.pending()).isEqualTo(accepted.size() + tickets.size());
    assertThat(relay.drainAll().delivered()).isEqualTo(accepted.size() + tickets.size());
    assertThat(sink.events()).containsExactlyInAnyOrderElementsOf(stored);
    assertThat(relay.pending()).isZero();
  }
}
