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
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Commands per second through one shared {@link ServiceDesk} on the in-memory store, from one and from two threads,
 * each thread on a ticket of its own (so the threads never conflict): how well the desk, its store and its
 * snapshots scale. A new store and desk each iteration keep the growing histories out of the measurement. The heap
 * is fixed at 4 GB: the store keeps every event and key it is given, and a heap that grows from its small default
 * made the collector's pauses (not the desk) the widest part of the error bars.
 *
 * <p>Run: {@code ./mvnw -pl itsm-core -am verify -DskipTests -Dbench=itsm-core
 * -Dbench.include=ServiceDeskThreadsBenchmark}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ServiceDeskThreadsBenchmark {
  private static final TenantId TENANT = TenantId.of("bench");
  private static final Actor AGENT = Actor.of("agent-1", "agent");

  private volatile ServiceDesk desk;
  private final AtomicLong keys = new AtomicLong();

  /** A new store and desk. */
  @Setup(Level.Iteration)
  public void newDesk() {
    desk = ServiceDesk.builder().ticketStore(new InMemoryTicketStore()).build();
  }

  /** A ticket per thread, opened on the iteration's desk. */
  @State(Scope.Thread)
  public static class Own {
    TicketId ticket;
    ServiceDesk desk;
    long key;
    final String prefix = "t" + Thread.currentThread().getId() + "-";

    /** Opens this thread's ticket. */
    @Setup(Level.Iteration)
    public void open(ServiceDeskThreadsBenchmark bench) {
      desk = bench.desk;
      ticket = desk.open(TENANT, AGENT, prefix + "open-" + bench.keys.incrementAndGet(),
          TicketCommand.Open.incident("Mail down", Impact.LOW, Urgency.LOW)).get().ticket().id();
    }
  }

  private final TicketCommand note = TicketCommand.AddNote.workNote("checked the logs");

  /** One work note, one thread. */
  @Benchmark
  @Threads(1)
  public CommandResult oneThread(Own own) {
    return own.desk.execute(TENANT, AGENT, own.ticket, own.prefix + own.key++, note).get();
  }

  /** One work note per call from each of two threads, each on its own ticket. */
  @Benchmark
  @Threads(2)
  public CommandResult twoThreads(Own own) {
    return own.desk.execute(TENANT, AGENT, own.ticket, own.prefix + own.key++, note).get();
  }
}
