package io.itsm4j.jdbc.bench;

import io.itsm4j.core.TenantId;
import io.itsm4j.core.application.TicketViewRebuild;
import io.itsm4j.core.view.TicketProjection;
import io.itsm4j.jdbc.BulkHistories;
import io.itsm4j.jdbc.JdbcTicketStore;
import io.itsm4j.jdbc.JdbcTicketViewStore;
import io.itsm4j.jdbc.PooledDataSource;
import io.itsm4j.jdbc.TestDatabases;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A full rebuild of a tenant's ticket views on a real PostgreSQL (embedded; fsync off as for the tests): {@code
 * tickets} histories ({@link BulkHistories}: opened and assigned, nine in ten then worked, resolved and closed; about
 * 4.6 events each) re-projected by {@link TicketViewRebuild} from {@link JdbcTicketStore} into an empty {@link
 * JdbcTicketViewStore}. One shot per iteration, the view table emptied before each.
 *
 * <p>Run: {@code ./mvnw -pl itsm-examples/jdbc -am verify -DskipTests -Dbench=itsm-jdbc
 * -Dbench.include=RebuildBenchmark -Dbench.args="-f 1 -i 2"} (docs/benchmarks-storage.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 0)
@Measurement(iterations = 2)
public class RebuildBenchmark {
  private static final TenantId ACME = TenantId.of("acme");

  /** Tickets of the tenant. */
  @Param({"1000000"})
  public int tickets;

  private PooledDataSource pool;

  /** Writes the histories and analyses the event table. */
  @Setup(Level.Trial)
  public void load() throws SQLException {
    pool = TestDatabases.postgresSchema(4);
    long start = System.nanoTime();
    long events = BulkHistories.load(pool, ACME, tickets, 7);
    execute("analyze itsm_ticket_event");
    System.out.printf("%n%,d tickets (%,d events) loaded in %,d ms%n", tickets, events,
        (System.nanoTime() - start) / 1_000_000);
  }

  /** Empties the view table. */
  @Setup(Level.Iteration)
  public void empty() throws SQLException {
    execute("truncate itsm_ticket_view");
  }

  /** Closes the pool. */
  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    pool.close();
  }

  /** Every ticket of the tenant re-projected. */
  @Benchmark
  public TicketViewRebuild.Progress rebuild() {
    TicketViewRebuild.Progress done = TicketViewRebuild.of(new JdbcTicketStore(pool), new JdbcTicketViewStore(pool),
        TicketProjection.standard()).run(ACME, Option.none(), p -> { }).get();
    if (done.done() != tickets) {
      throw new IllegalStateException("rebuilt " + done.done() + " of " + tickets);
    }
    return done;
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
