package io.itsm4j.core.bench;

import io.itsm4j.core.Actor;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.application.ServiceDesk;
import io.itsm4j.core.memory.InMemoryTicketStore;
import io.itsm4j.core.memory.InMemoryTicketViewStore;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.Urgency;
import io.itsm4j.core.view.PageKey;
import io.itsm4j.core.view.TicketView;
import io.vavr.collection.HashSet;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What keeping a view costs a command in memory, part by part: the view of a ticket, its page key, and a put of a
 * newer version into a store of 50,000 tickets (the desk's in-memory benchmark reaches about that many per
 * iteration). For finding where {@link QueueBenchmark}'s difference between a command with and without views goes.
 *
 * <p>Run: {@code ./mvnw -pl itsm-core -am verify -DskipTests -Dbench=itsm-core -Dbench.include=ViewPartsBenchmark
 * -Dbench.args="-f 1 -wi 3 -w 2s -i 5 -r 2s"}
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
public class ViewPartsBenchmark {
  private static final TenantId ACME = TenantId.of("acme");
  private static final int TICKETS = 50_000;

  private Ticket ticket;
  private TicketView[] views;
  private InMemoryTicketViewStore store;
  private long version;
  private int next;

  /** A ticket, and a store of 50,000 views. */
  @Setup
  public void setUp() {
    ServiceDesk desk = ServiceDesk.builder().ticketStore(new InMemoryTicketStore()).build();
    ticket = desk.open(ACME, Actor.of("a", "agent"), "o", TicketCommand.Open.incident("Mail down", Impact.MEDIUM,
        Urgency.MEDIUM)).get().ticket();
    store = new InMemoryTicketViewStore();
    views = new TicketView[TICKETS];
    java.util.SplittableRandom r = new java.util.SplittableRandom(1);
    for (int n = 0; n < TICKETS; n++) {
      views[n] = io.itsm4j.core.contract.DeskMixViews.view(r, ACME, n);
      store.put(views[n]);
    }
    version = 1;
  }

  /** The view of a ticket, as the desk makes it after every command. */
  @Benchmark
  public TicketView viewOfTicket() {
    return TicketView.of(ticket, HashSet.empty());
  }

  /** A view's page key, as a store computes it on every put. */
  @Benchmark
  public PageKey pageKey() {
    return PageKey.of(views[(next++) % TICKETS]);
  }

  /** A newer version of a stored view, updated a minute later: it moves in the last-update order only. */
  @Benchmark
  public InMemoryTicketViewStore putNewerVersion() {
    int n = (next++) % TICKETS;
    if (n == 0) {
      version++;
    }
    TicketView v = views[n];
    Instant later = v.updatedAt().plusSeconds(60L * version);
    store.put(new TicketView(v.tenant(), v.id(), v.kind(), v.workflowId(), v.state(), v.category(), v.priority(),
        v.impact(), v.urgency(), v.group(), v.assignee(), v.service(), v.offering(), v.customer(),
        v.configurationItems(), v.requester(), v.title(), v.description(), v.openedAt(), later, v.resolvedAt(),
        v.reopenCount(), v.fields(), v.due(), version + 1));
    return store;
  }
}
