package io.itsm4j.core.application;

import static io.itsm4j.core.application.DeskFixture.ACME;
import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.Actor;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketDecider;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.Urgency;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Eight threads send conflicting commands to the same tickets: every accepted command is stored exactly once. */
class DeskConcurrencyTest {
  private static final int THREADS = 8;
  private final ExecutorService pool = Executors.newFixedThreadPool(THREADS);

  @AfterEach
  void stop() throws InterruptedException {
    pool.shutdownNow();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void of_eight_commands_on_the_same_version_exactly_one_wins_and_the_rest_conflict() throws Exception {
    DeskFixture f = new DeskFixture();
    TicketId id = f.open(TicketCommand.Open.incident("contended", Impact.LOW, Urgency.LOW)).id();
    int rounds = 200;
    for (int round = 0; round < rounds; round++) {
      long version = f.store.load(ACME, id).size();
      CyclicBarrier start = new CyclicBarrier(THREADS);
      List<Future<Either<Rejection, CommandResult>>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        String key = "r" + round + "-t" + t;
        Actor actor = Actor.of("agent" + t, "agent");
        results.add(pool.submit(() -> {
          start.await();
          return f.desk.execute(CommandRequest.of(ACME, actor, id, key, TicketCommand.AddNote.workNote("from " + key))
              .expectingVersion(version));
        }));
      }
      int accepted = 0;
      for (Future<Either<Rejection, CommandResult>> r : results) {
        Either<Rejection, CommandResult> outcome = r.get(10, TimeUnit.SECONDS);
        if (outcome.isRight()) {
          accepted++;
        } else {
          assertThat(outcome.getLeft().code()).isEqualTo(RejectionCode.VERSION_CONFLICT);
        }
      }
      assertThat(accepted).as("round %d", round).isEqualTo(1);
    }
    Seq<TicketEvent> history = f.store.load(ACME, id);
    assertThat(history).hasSize(rounds + 1);
    assertThat(TicketDecider.replay(history).get().notes()).hasSize(rounds);
  }

  @Test
  void under_a_free_for_all_no_accepted_command_is_lost_or_stored_twice() throws Exception {
    DeskFixture f = new DeskFixture();
    List<TicketId> tickets = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      tickets.add(f.open(TicketCommand.Open.incident("hot " + i, Impact.LOW, Urgency.LOW)).id());
    }
    Map<String, CommandResult> accepted = new ConcurrentHashMap<>();
    Map<RejectionCode, Integer> refused = new ConcurrentHashMap<>();
    CyclicBarrier start = new CyclicBarrier(THREADS);
    List<Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      workers.add(pool.submit(() -> {
        start.await();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 400; i++) {
          TicketId id = tickets.get(random.nextInt(tickets.size()));
          String key = "t" + thread + "-" + i;
          TicketCommand command = switch (random.nextInt(3)) {
            case 0 -> TicketCommand.AddNote.workNote(key);
            case 1 -> new TicketCommand.ChangePriority(Impact.values()[random.nextInt(3)],
                Urgency.values()[random.nextInt(3)], "reassessed by " + key);
            default -> TicketCommand.Assign.toGroup(io.itsm4j.core.GroupId.of("g" + random.nextInt(3)));
          };
          Either<Rejection, CommandResult> r = f.desk.execute(ACME, Actor.of("a" + thread), id, key, command);
          if (r.isRight()) {
            accepted.put(key, r.get());
          } else {
            refused.merge(r.getLeft().code(), 1, Integer::sum);
          }
          if (random.nextInt(10) == 0) {
            // A retry of the same request must never append again.
            Either<Rejection, CommandResult> again = f.desk.execute(ACME, Actor.of("a" + thread), id, key, command);
            if (r.isRight()) {
              assertThat(again.get().replayed()).isTrue();
            } else if (again.isRight()) {
              accepted.put(key, again.get());
            } else {
              refused.merge(again.getLeft().code(), 1, Integer::sum);
            }
          }
        }
        return null;
      }));
    }
    for (Future<?> w : workers) {
      w.get(60, TimeUnit.SECONDS);
    }
    assertThat(refused.keySet()).isSubsetOf(RejectionCode.VERSION_CONFLICT, RejectionCode.NO_CHANGE);
    long stored = 0;
    for (TicketId id : tickets) {
      Seq<TicketEvent> history = f.store.load(ACME, id);
      stored += history.size() - 1;
      assertThat(history.map(TicketEvent::sequence)).containsExactlyElementsOf(io.vavr.collection.List.rangeClosed(1L, (long) history.size()));
      Map<String, Long> perCommand = history.tail().groupBy(e -> e.header().commandId()).mapValues(s -> (long) s.size()).toJavaMap();
      for (Map.Entry<String, Long> e : perCommand.entrySet()) {
        assertThat(accepted.containsKey(e.getKey())).as("command %s was stored but not accepted", e.getKey()).isTrue();
        assertThat(e.getValue()).as("events of %s", e.getKey()).isEqualTo(accepted.get(e.getKey()).events().size());
      }
    }
    long expected = accepted.values().stream().mapToLong(r -> r.events().size()).sum();
    assertThat(stored).isEqualTo(expected);
    assertThat(accepted.size()).isPositive();
  }
}
