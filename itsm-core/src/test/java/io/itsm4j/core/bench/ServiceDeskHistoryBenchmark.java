package io.itsm4j.core.bench;

import io.itsm4j.core.Actor;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.application.CommandResult;
import io.itsm4j.core.application.ServiceDesk;
import io.itsm4j.core.memory.InMemoryTicketSnapshots;
import io.itsm4j.core.memory.InMemoryTicketStore;
import io.itsm4j.core.port.TicketSnapshots;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.Urgency;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a command through {@link ServiceDesk} on the in-memory store costs on a ticket with a short and with a long
 * history, with the desk's default snapshots and without any ({@link TicketSnapshots#none()}, every command replays
 * the history). Each measured batch is {@value #BATCH} work notes spread over {@value #TICKETS} tickets that had
 * {@code history} events when the batch began (so each grows by about {@value #BATCH} / {@value #TICKETS} during the
 * batch), filled through the same desk, as a running desk would have them. The score is the time of one batch:
 * divide by {@value #BATCH} for one command. What the first command on a ticket the snapshots do not hold costs is
 * the "none" figure: a read and a replay of the whole history.
 *
 * <p>Run: {@code ./mvnw -pl itsm-core -am verify -DskipTests -Dbench=itsm-core
 * -Dbench.include=ServiceDeskHistoryBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 150, batchSize = ServiceDeskHistoryBenchmark.BATCH)
@Measurement(iterations = 100, batchSize = ServiceDeskHistoryBenchmark.BATCH)
public class ServiceDeskHistoryBenchmark {
  static final int BATCH = 1_000;
  static final int TICKETS = 16;
  private static final TenantId TENANT = TenantId.of("bench");
  private static final Actor AGENT = Actor.of("agent-1", "agent");

  /** Events each ticket has when a batch begins. */
  @Param({"1", "1000"})
  public int history;

  /** The desk's snapshots: its default, or none. */
  @Param({"default", "none"})
  public String snapshots;

  private ServiceDesk desk;
  private final TicketId[] tickets = new TicketId[TICKETS];
  private final TicketCommand note = TicketCommand.AddNote.workNote("checked the logs");
  private long keys;
  private int next;

  /** A new store, the tickets filled through the measured desk (so its snapshots are warm), or beside it. */
  @Setup(Level.Iteration)
  public void fill() {
    InMemoryTicketStore store = new InMemoryTicketStore();
    // Filled through a desk with snapshots (without, filling would replay every history a thousand times).
    ServiceDesk filler = ServiceDesk.builder().ticketStore(store).snapshots(new InMemoryTicketSnapshots()).build();
    for (int t = 0; t < TICKETS; t++) {
      tickets[t] = filler.open(TENANT, AGENT, "open-" + t + "-" + keys++,
          TicketCommand.Open.incident("Mail down", Impact.LOW, Urgency.LOW)).get().ticket().id();
      for (int i = 1; i < history; i++) {
        filler.execute(TENANT, AGENT, tickets[t], "fill-" + keys++, note).get();
      }
    }
    desk = snapshots.equals("none") ? ServiceDesk.builder().ticketStore(store).snapshots(TicketSnapshots.none())
        .build() : filler;
  }

  /** One work note on the next ticket. */
  @Benchmark
  public CommandResult command() {
    TicketId id = tickets[next++ % TICKETS];
    return desk.execute(TENANT, AGENT, id, "k-" + keys++, note).get();
  }
}
