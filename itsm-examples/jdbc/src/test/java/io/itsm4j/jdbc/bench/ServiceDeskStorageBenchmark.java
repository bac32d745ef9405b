package io.itsm4j.jdbc.bench;

import io.itsm4j.core.Actor;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.application.CommandResult;
import io.itsm4j.core.application.ServiceDesk;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketFields;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.Urgency;
import io.itsm4j.core.memory.InMemoryTicketStore;
import io.itsm4j.core.memory.InMemoryTicketViewStore;
import io.itsm4j.core.port.TicketViewStore;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.jdbc.JdbcTicketViewStore;
import io.itsm4j.sla.SlaDefinition;
import io.itsm4j.sla.SlaDueTimes;
import io.itsm4j.sla.SlaId;
import io.vavr.collection.HashMap;
import io.vavr.collection.Vector;
import java.time.Duration;
import io.itsm4j.jdbc.JdbcTicketIds;
import io.itsm4j.jdbc.JdbcTicketStore;
import io.itsm4j.jdbc.PooledDataSource;
import io.itsm4j.jdbc.TestDatabases;
import io.vavr.control.Either;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Commands per second through {@link ServiceDesk} on the JDBC store: H2 in memory and a real PostgreSQL
 * (embedded, started once per fork; fsync and synchronous commit off, as for the tests), with the in-memory
 * store as the baseline. Each operation is one command of an incident's life, in turn: open, assign, start,
 * two work notes, resolve, close; then the next incident. Every command looks up its key and the ticket's history,
 * decides, and appends its events, command row and outbox row atomically; an open also takes its number from the
 * database ({@link JdbcTicketIds}, one at a time). With {@code -p views=none,kept,kept+due} it measures what keeping
 * the work-queue view costs a command (docs/benchmarks-storage.md).
 *
 * <p>Run: {@code ./mvnw -pl itsm-examples/jdbc -am verify -DskipTests -Dbench=itsm-jdbc
 * -Dbench.include=ServiceDeskStorageBenchmark -Dbench.args="-f 1 -wi 4 -w 3s -i 5 -r 2s"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ServiceDeskStorageBenchmark {
  private static final TenantId TENANT = TenantId.of("bench");
  private static final Actor AGENT = Actor.of("agent-1", "agent");

  /** The store under test. */
  @Param({"memory", "h2", "postgresql"})
  public String store;

  /**
   * Whether the desk keeps each ticket's view: {@code none}; {@code kept}, the view in the store's view store (on
   * JDBC in the append's own statement or transaction); {@code kept+due}, with its SLA due times as well (one
   * resolution clock per priority, around the clock, replayed from the history on every command).
   */
  @Param({"none"})
  public String views;

  private ServiceDesk desk;
  private PooledDataSource pool;
  private final AtomicLong keys = new AtomicLong();

  /** Builds the desk on a fresh store. */
  @Setup(Level.Trial)
  public void setUp() {
    switch (store) {
      case "memory" -> desk = viewed(ServiceDesk.builder().ticketStore(new InMemoryTicketStore()),
          new InMemoryTicketViewStore()).build();
      case "h2" -> desk = onDatabase(new PooledDataSource(TestDatabases.h2(), 8));
      default -> desk = onDatabase(TestDatabases.postgresSchema(8));
    }
  }

  /** A desk wired as a host on a database would wire it: the JDBC store and the database's ticket numbers. */
  private ServiceDesk onDatabase(PooledDataSource dataSource) {
    pool = dataSource;
    return viewed(ServiceDesk.builder().ticketStore(new JdbcTicketStore(pool)).ticketIds(new JdbcTicketIds(pool)),
        new JdbcTicketViewStore(pool)).build();
  }

  private ServiceDesk.Builder viewed(ServiceDesk.Builder desk, TicketViewStore viewStore) {
    if (!views.equals("none")) {
      desk.views(viewStore);
    }
    if (views.equals("kept+due")) {
      desk.dueTimes(SlaDueTimes.of(Vector.of(SlaDefinition.resolution().id(SlaId.of("resolution"))
          .goals(HashMap.of(Priority.P1, Duration.ofHours(4), Priority.P2, Duration.ofHours(8), Priority.P3,
              Duration.ofHours(24), Priority.P4, Duration.ofHours(72), Priority.P5, Duration.ofHours(120)))
          .build())));
    }
    return desk;
  }

  /** Closes the pool. */
  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    if (pool != null) {
      pool.close();
    }
  }

  /** One incident's lifecycle, a command per call; each benchmark thread has its own. */
  @State(Scope.Thread)
  public static class Lifecycle {
    TicketId ticket;
    int step;
  }

  /** One command per call, single-threaded. */
  @Benchmark
  @Threads(1)
  public CommandResult command1Thread(Lifecycle life) {
    return next(life);
  }

  /** One command per call from each of 4 threads, each on its own tickets. */
  @Benchmark
  @Threads(4)
  public CommandResult command4Threads(Lifecycle life) {
    return next(life);
  }

  private CommandResult next(Lifecycle life) {
    String key = "b" + keys.incrementAndGet();
    Either<io.itsm4j.core.Rejection, CommandResult> r = switch (life.step) {
      case 0 -> desk.open(TENANT, AGENT, key,
          TicketCommand.Open.incident("Benchmark incident", Impact.MEDIUM, Urgency.MEDIUM));
      case 1 -> send(life, key, TicketCommand.Assign.to(GroupId.of("service-desk"), AGENT.id()));
      case 2 -> send(life, key, TicketCommand.ChangeState.to("in-progress"));
      case 3, 4 -> send(life, key, TicketCommand.AddNote.workNote("Checked the logs, step " + life.step));
      case 5 -> send(life, key, TicketCommand.ChangeState.to("resolved")
          .withField(TicketFields.RESOLUTION_CODE, "solved").withField(TicketFields.RESOLUTION_NOTES, "Restarted"));
      default -> send(life, key, TicketCommand.ChangeState.to("closed"));
    };
    CommandResult result = r.getOrElseThrow(rejection -> new IllegalStateException(rejection.toString()));
    life.ticket = result.ticket().id();
    life.step = (life.step + 1) % 7;
    return result;
  }

  private Either<io.itsm4j.core.Rejection, CommandResult> send(Lifecycle life, String key, TicketCommand command) {
    return desk.execute(TENANT, AGENT, life.ticket, key, command);
  }
}
