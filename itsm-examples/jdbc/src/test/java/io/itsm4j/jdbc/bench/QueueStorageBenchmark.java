package io.itsm4j.jdbc.bench;

import io.itsm4j.core.Actor;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.application.TicketQueues;
import io.itsm4j.core.contract.DeskMixViews;
import io.itsm4j.core.port.ReadPolicy;
import io.itsm4j.core.view.Cursors;
import io.itsm4j.core.view.NamedQueue;
import io.itsm4j.core.view.Page;
import io.itsm4j.core.view.QueueCounts;
import io.itsm4j.core.view.TicketQuery;
import io.itsm4j.core.view.TicketView;
import io.itsm4j.jdbc.JdbcTicketViewStore;
import io.itsm4j.jdbc.PooledDataSource;
import io.itsm4j.jdbc.TestDatabases;
import io.vavr.collection.HashSet;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Work queues on a real PostgreSQL (embedded; fsync off as for the tests): the first page (50 rows) of each standard
 * queue over {@code tickets} views of one tenant and as many of another, in a desk's mix ({@link DeskMixViews}: nine
 * in ten closed, five groups, a quarter unassigned), read as an agent of two groups through {@link TicketQueues}
 * with the {@code roleOrCaller} read policy. The views are loaded with {@link JdbcTicketViewStore#putAll} and the
 * table analysed before the measurement; the load's time is printed.
 *
 * <p>Run: {@code ./mvnw -pl itsm-examples/jdbc -am verify -DskipTests -Dbench=itsm-jdbc
 * -Dbench.include=QueueStorageBenchmark -Dbench.args="-f 1 -wi 3 -w 2s -i 5 -r 2s"} (docs/benchmarks-storage.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class QueueStorageBenchmark {
  private static final TenantId ACME = TenantId.of("acme");
  private static final TenantId OTHER = TenantId.of("other");
  private static final Actor AGENT = Actor.of("agent-1", "agent");

  /** Views per tenant. */
  @Param({"1000000"})
  public int tickets;

  private PooledDataSource pool;
  private TicketQueues queues;
  private TicketQuery myGroups;
  private TicketQuery unassigned;
  private TicketQuery breached;
  private TicketQuery waiting;
  private TicketQuery open;
  private TicketQueues judged;

  /** Loads the views of both tenants and analyses the table. */
  @Setup(Level.Trial)
  public void fill() throws SQLException {
    pool = TestDatabases.postgresSchema(4);
    JdbcTicketViewStore store = new JdbcTicketViewStore(pool);
    long start = System.nanoTime();
    SplittableRandom r = new SplittableRandom(7);
    for (TenantId tenant : new TenantId[] {ACME, OTHER}) {
      for (int from = 0; from < tickets; from += 10_000) {
        Vector<TicketView> chunk = Vector.empty();
        for (int n = from; n < Math.min(tickets, from + 10_000); n++) {
          chunk = chunk.append(DeskMixViews.view(r, tenant, n));
        }
        store.putAll(chunk);
      }
    }
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      s.execute("analyze itsm_ticket_view");
    }
    System.out.printf("%n%,d views loaded with putAll in %,d ms%n", 2L * tickets,
        (System.nanoTime() - start) / 1_000_000);
    queues = TicketQueues.of(store, Cursors.random(), ReadPolicy.roleOrCaller("agent"));
    // The same verdicts from a policy that does not say its agents see every view: counts judge view by view.
    ReadPolicy agents = ReadPolicy.roleOrCaller("agent");
    judged = TicketQueues.of(store, Cursors.random(), new ReadPolicy() {
      @Override
      public Option<String> refusal(TenantId tenant, Actor actor, Option<io.itsm4j.core.ticket.Ticket> ticket) {
        return agents.refusal(tenant, actor, ticket);
      }

      @Override
      public Option<String> refusal(TenantId tenant, Actor actor, TicketView view) {
        return agents.refusal(tenant, actor, view);
      }
    });
    open = TicketQuery.in(ACME).open().build().get();
    Instant now = DeskMixViews.now(tickets);
    Vector<TicketQuery> standard = NamedQueue.standard().toVector()
        .map(q -> q.query(ACME, HashSet.of(DeskMixViews.GROUPS[1], DeskMixViews.GROUPS[3]), now).get().get());
    myGroups = standard.get(0);
    unassigned = standard.get(1);
    breached = standard.get(2);
    waiting = standard.get(3);
  }

  /** Closes the pool. */
  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    pool.close();
  }

  /** "My groups' open incidents" by time to breach, first page. */
  @Benchmark
  public Page myGroupsOpenIncidents() {
    return first(myGroups);
  }

  /** "Unassigned P1 and P2" by priority, first page: a filter few views pass. */
  @Benchmark
  public Page unassignedP1P2() {
    return first(unassigned);
  }

  /** "Breached" by time to breach, first page. */
  @Benchmark
  public Page breached() {
    return first(breached);
  }

  /** "Waiting for the customer over 5 days" by age, first page. */
  @Benchmark
  public Page waitingForCustomer() {
    return first(waiting);
  }

  /** The counts beside the tenant's open tickets (about 100,000), counted by the database (the agent sees all). */
  @Benchmark
  public QueueCounts openCounts() {
    return queues.counts(AGENT, open).get();
  }

  /** The same counts with every matching view read and judged by the read policy. */
  @Benchmark
  public QueueCounts openCountsJudgedViewByView() {
    return judged.counts(AGENT, open).get();
  }

  private Page first(TicketQuery query) {
    Page page = queues.page(AGENT, query, Option.none()).get();
    if (page.views().size() != query.pageSize()) {
      throw new IllegalStateException("a short first page: " + page.views().size());
    }
    return page;
  }
}
