package io.itsm4j.core.bench;

import io.itsm4j.core.Actor;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.application.ServiceDesk;
import io.itsm4j.core.application.TicketQueues;
import io.itsm4j.core.contract.DeskMixViews;
import io.itsm4j.core.memory.InMemoryTicketStore;
import io.itsm4j.core.memory.InMemoryTicketViewStore;
import io.itsm4j.core.port.ReadPolicy;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.Urgency;
import io.itsm4j.core.view.Cursors;
import io.itsm4j.core.view.Page;
import io.itsm4j.core.view.QueueOrder;
import io.itsm4j.core.view.TicketQuery;
import io.itsm4j.core.view.TicketView;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Work queues in memory: the first page (50 rows) of standard queues over {@code tickets} views of one tenant and as
 * many of another, and what keeping views costs a command. The views are a desk's mix: five groups, a quarter
 * unassigned, most closed, open ones with a running clock.
 *
 * <p>Run: {@code ./mvnw -pl itsm-core -am verify -DskipTests -Dbench=itsm-core -Dbench.include=QueueBenchmark
 * -Dbench.args="-f 1 -wi 3 -i 5"} (docs/benchmarks.md).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx6g")
public class QueueBenchmark {
  private static final TenantId ACME = TenantId.of("acme");
  private static final TenantId OTHER = TenantId.of("other");
  private static final Actor AGENT = Actor.of("agent", "agent");

  /** A million views of the tenant, a million of another, and the queues. */
  @State(Scope.Benchmark)
  public static class Views {
    @Param({"1000000"})
    public int tickets;

    InMemoryTicketViewStore store;
    TicketQueues queues;
    TicketQuery myGroup;
    TicketQuery unassignedUrgent;
    TicketQuery breached;

    @Setup
    public void fill() {
      store = new InMemoryTicketViewStore();
      SplittableRandom r = new SplittableRandom(7);
      for (TenantId tenant : new TenantId[] {ACME, OTHER}) {
        for (int n = 0; n < tickets; n++) {
          store.put(DeskMixViews.view(r, tenant, n));
        }
      }
      queues = TicketQueues.of(store, Cursors.random(), ReadPolicy.roleOrCaller("agent"));
      Instant now = DeskMixViews.now(tickets);
      myGroup = TicketQuery.in(ACME).open().groups(DeskMixViews.GROUPS[1]).orderBy(QueueOrder.TIME_TO_BREACH)
          .build().get();
      unassignedUrgent = TicketQuery.in(ACME).open().unassigned().priorities(Priority.P1, Priority.P2)
          .orderBy(QueueOrder.PRIORITY).build().get();
      breached = TicketQuery.in(ACME).open().breachedAsOf(now).orderBy(QueueOrder.TIME_TO_BREACH).build().get();
    }
  }

  /** "My group's open incidents by time to breach", first page. */
  @Benchmark
  public Page myGroupFirstPage(Views v) {
    return v.queues.page(AGENT, v.myGroup, Option.none()).get();
  }

  /** "Unassigned P1/P2", first page: a filter few views pass. */
  @Benchmark
  public Page unassignedUrgentFirstPage(Views v) {
    return v.queues.page(AGENT, v.unassignedUrgent, Option.none()).get();
  }

  /** "Breached", first page. */
  @Benchmark
  public Page breachedFirstPage(Views v) {
    return v.queues.page(AGENT, v.breached, Option.none()).get();
  }

  /** A desk with views and one without, on fresh in-memory stores each iteration. */
  @State(Scope.Thread)
  public static class Desks {
    ServiceDesk plain;
    ServiceDesk viewed;
    long tickets;

    @Setup(Level.Iteration)
    public void fresh() {
      plain = ServiceDesk.builder().ticketStore(new InMemoryTicketStore()).build();
      viewed = ServiceDesk.builder().ticketStore(new InMemoryTicketStore()).views(new InMemoryTicketViewStore())
          .build();
    }
  }

  /** An incident's lifecycle through the desk, views not kept: per command. */
  @Benchmark
  @OperationsPerInvocation(TicketBenchmark.STEPS)
  public Ticket commandWithoutViews(Desks d) {
    return lifecycle(d.plain, ++d.tickets);
  }

  /** The same lifecycle with each ticket's view kept: per command. */
  @Benchmark
  @OperationsPerInvocation(TicketBenchmark.STEPS)
  public Ticket commandWithViews(Desks d) {
    return lifecycle(d.viewed, ++d.tickets);
  }

  private static Ticket lifecycle(ServiceDesk desk, long n) {
    Ticket t = desk.open(ACME, AGENT, "o" + n, TicketCommand.Open.incident("Mail down", Impact.MEDIUM,
        Urgency.MEDIUM)).get().ticket();
    for (int i = 0; i < TicketBenchmark.LIFECYCLE.size(); i++) {
      t = desk.execute(ACME, AGENT, t.id(), n + "-" + i, TicketBenchmark.LIFECYCLE.get(i)).get().ticket();
    }
    return t;
  }
}
