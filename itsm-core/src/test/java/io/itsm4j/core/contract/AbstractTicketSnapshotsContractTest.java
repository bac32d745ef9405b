package io.itsm4j.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itsm4j.core.Actor;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.port.TicketSnapshots;
import io.itsm4j.core.ticket.CommandContext;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketDecider;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.Urgency;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link TicketSnapshots}: what was offered comes back for its tenant and ticket only, the newest
 * version wins whatever order offers arrive in from many threads, and null arguments fail fast. Subclass it for an
 * implementation of your own; {@link #newSnapshots()} must hold at least the few tickets these tests use.
 */
public abstract class AbstractTicketSnapshotsContractTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final TenantId GLOBEX = TenantId.of("globex");
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  /** A fresh, empty implementation under test. */
  protected abstract TicketSnapshots newSnapshots();

  /** The states of one ticket after 1, 2, ... {@code count} events (notes after the open). */
  static List<Ticket> versions(TenantId tenant, TicketId id, int count) {
    TicketDecider decider = TicketDecider.standard();
    Actor agent = Actor.of("agent-1", "agent");
    List<Ticket> out = new ArrayList<>();
    Option<Ticket> state = Option.none();
    for (int i = 0; out.size() < count; i++) {
      TicketCommand command = i == 0 ? TicketCommand.Open.incident("Mail down", Impact.LOW, Urgency.LOW)
          : TicketCommand.AddNote.workNote("note " + i);
      for (TicketEvent e : decider.decide(CommandContext.of(tenant, id, agent, "k" + i, T0.plusSeconds(i)), command,
          state).get()) {
        state = Option.some(TicketDecider.evolve(state, e));
        out.add(state.get());
      }
    }
    return out.subList(0, count);
  }

  @Test
  void anEmptyStoreHoldsNothing() {
    assertThat(newSnapshots().get(ACME, TicketId.of("INC-000001")).isEmpty()).isTrue();
  }

  @Test
  void anOfferedStateComesBackForItsTenantAndTicketOnly() {
    TicketSnapshots snapshots = newSnapshots();
    TicketId id = TicketId.of("INC-000001");
    Ticket ticket = versions(ACME, id, 2).get(1);

    snapshots.offer(ticket);

    assertThat(snapshots.get(ACME, id)).isEqualTo(Option.some(ticket));
    assertThat(snapshots.get(GLOBEX, id).isEmpty()).as("another tenant").isTrue();
    assertThat(snapshots.get(ACME, TicketId.of("INC-000002")).isEmpty()).as("another ticket").isTrue();
  }

  @Test
  void anOlderStateNeverReplacesANewerOne() {
    TicketSnapshots snapshots = newSnapshots();
    TicketId id = TicketId.of("INC-000001");
    List<Ticket> v = versions(ACME, id, 3);

    snapshots.offer(v.get(2));
    snapshots.offer(v.get(0));
    assertThat(snapshots.get(ACME, id)).isEqualTo(Option.some(v.get(2)));

    snapshots.offer(v.get(1));
    assertThat(snapshots.get(ACME, id)).isEqualTo(Option.some(v.get(2)));
  }

  @Test
  void offersRacingFromManyThreadsLeaveTheNewest() throws Exception {
    TicketSnapshots snapshots = newSnapshots();
    TicketId id = TicketId.of("INC-000001");
    List<Ticket> v = new ArrayList<>(versions(ACME, id, 40));
    Ticket newest = v.get(v.size() - 1);
    Collections.shuffle(v, new java.util.Random(7));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int from = t;
        done.add(pool.submit(() -> {
          start.await();
          for (int i = from; i < v.size(); i += 4) {
            snapshots.offer(v.get(i));
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(snapshots.get(ACME, id)).isEqualTo(Option.some(newest));
  }

  @Test
  void nullArgumentsFailFast() {
    TicketSnapshots snapshots = newSnapshots();
    assertThatThrownBy(() -> snapshots.get(null, TicketId.of("INC-000001"))).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> snapshots.get(ACME, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> snapshots.offer(null)).isInstanceOf(NullPointerException.class);
  }
}
