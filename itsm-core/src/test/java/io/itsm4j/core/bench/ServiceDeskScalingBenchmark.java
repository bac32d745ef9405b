package io.itsm4j.core.bench;

import io.itsm4j.core.Actor;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.application.CommandResult;
import io.itsm4j.core.application.ServiceDesk;
import io.itsm4j.core.memory.InMemoryTicketStore;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.Urgency;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How the desk scales from one thread to two, each on tickets of its own, on a store that does not grow without
 * bound during the measurement: every batch of {@value #BATCH} work notes per thread starts on a new in-memory store
 * and desk. ({@link ServiceDeskThreadsBenchmark} runs seconds on one store, so it measures the collector copying a
 * store that keeps millions of events as much as the desk.) The score is the time of one thread's batch; the two
 * threads run their batches at the same time, so the same score with two threads means twice the throughput.
 *
 * <p>Run: {@code ./mvnw -pl itsm-core -am verify -DskipTests -Dbench=itsm-core
 * -Dbench.include=ServiceDeskScalingBenchmark -Dbench.args="-f 1"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 60, batchSize = ServiceDeskScalingBenchmark.BATCH)
@Measurement(iterations = 60, batchSize = ServiceDeskScalingBenchmark.BATCH)
public class ServiceDeskScalingBenchmark {
  static final int BATCH = 10_000;
  static final int TICKETS = 8;
  private static final TenantId TENANT = TenantId.of("bench");
  private static final Actor AGENT = Actor.of("agent-1", "agent");
  private static final TicketCommand NOTE = TicketCommand.AddNote.workNote("checked the logs");

  private volatile ServiceDesk desk;
  private final AtomicLong keys = new AtomicLong();

  /** A new store and desk per batch. */
  @Setup(Level.Iteration)
  public void newDesk() {
    desk = ServiceDesk.builder().ticketStore(new InMemoryTicketStore()).build();
  }

  /** Tickets of one thread, opened on the batch's desk. */
  @State(Scope.Thread)
  public static class Own {
    final TicketId[] tickets = new TicketId[TICKETS];
    ServiceDesk desk;
    String prefix;
    long key;
    int next;

    /** Opens this thread's tickets. */
    @Setup(Level.Iteration)
    public void open(ServiceDeskScalingBenchmark bench) {
      desk = bench.desk;
      prefix = "t" + bench.keys.incrementAndGet() + "-";
      for (int i = 0; i < TICKETS; i++) {
        tickets[i] = desk.open(TENANT, AGENT, prefix + "open-" + i,
            TicketCommand.Open.incident("Mail down", Impact.LOW, Urgency.LOW)).get().ticket().id();
      }
    }
  }

  /** One work note, one thread. */
  @Benchmark
  @Threads(1)
  public CommandResult oneThread(Own own) {
    return note(own);
  }

  /** One work note from each of two threads at once. */
  @Benchmark
  @Threads(2)
  public CommandResult twoThreads(Own own) {
    return note(own);
  }

  private static CommandResult note(Own own) {
    return own.desk.execute(TENANT, AGENT, own.tickets[own.next++ % TICKETS], own.prefix + own.key++, NOTE).get();
  }
}
