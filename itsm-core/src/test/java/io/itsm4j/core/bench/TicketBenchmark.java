package io.itsm4j.core.bench;

import io.itsm4j.core.Actor;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.application.ServiceDesk;
import io.itsm4j.core.memory.InMemoryTicketStore;
import io.itsm4j.core.ticket.CommandContext;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketDecider;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketFields;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.Urgency;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The ticket engine's speed: decide+evolve steps through a whole incident lifecycle (target: at least 1,000,000
 * steps per second per thread), and commands through the {@link ServiceDesk} on the in-memory store.
 *
 * <p>Run: {@code ./mvnw -pl itsm-core -am verify -DskipTests -Dbench=itsm-core -Dbench.include=TicketBenchmark}
 * (see docs/benchmarks.md).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TicketBenchmark {
  /** Commands of one incident's life after it is opened. */
  static final List<TicketCommand> LIFECYCLE = List.of(
      TicketCommand.Assign.toGroup(GroupId.of("service-desk")),
      TicketCommand.ChangeState.to("in-progress"),
      TicketCommand.ChangeState.to("on-hold").withField(TicketFields.HOLD_REASON, TicketFields.HOLD_AWAITING_CALLER),
      TicketCommand.AddNote.comment("here is the screenshot"),
      new TicketCommand.ChangePriority(Impact.HIGH, Urgency.HIGH, "spreading"),
      TicketCommand.ChangeState.to("resolved").withField(TicketFields.RESOLUTION_CODE, "solved")
          .withField(TicketFields.RESOLUTION_NOTES, "restarted the service"),
      TicketCommand.ChangeState.to("in-progress").withField(TicketFields.REOPEN_REASON, "back again"),
      TicketCommand.ChangeState.to("resolved"),
      TicketCommand.ChangeState.to("closed"));
  /** decide+evolve steps per lifecycle: the open plus each command. */
  static final int STEPS = 1 + 9;

  private static final TenantId TENANT = TenantId.of("bench");
  private static final TicketCommand.Open OPEN = TicketCommand.Open.incident("Mail down", Impact.MEDIUM, Urgency.MEDIUM);

  private final TicketDecider decider = TicketDecider.standard();
  private final Actor caller = Actor.of("caller");
  private final Instant at = Instant.parse("2026-01-01T00:00:00Z");
  private ServiceDesk desk;
  private long tickets;

  /** A fresh store per iteration keeps the in-memory store's size out of the measurement. */
  @Setup(Level.Iteration)
  public void freshDesk() {
    desk = ServiceDesk.builder().ticketStore(new InMemoryTicketStore()).build();
  }

  /** One incident from open to closed through decide and evolve, without storage. */
  @Benchmark
  @OperationsPerInvocation(STEPS)
  public Ticket decideAndEvolveLifecycle() {
    TicketId id = TicketId.of("INC-1");
    Option<Ticket> state = Option.none();
    state = step(CommandContext.of(TENANT, id, caller, "k0", at), OPEN, state);
    for (int i = 0; i < LIFECYCLE.size(); i++) {
      state = step(CommandContext.of(TENANT, id, caller, "k" + (i + 1), at), LIFECYCLE.get(i), state);
    }
    return state.get();
  }

  private Option<Ticket> step(CommandContext ctx, TicketCommand command, Option<Ticket> state) {
    Seq<TicketEvent> events = decider.decide(ctx, command, state).get();
    Option<Ticket> next = state;
    for (TicketEvent e : events) {
      next = Option.some(TicketDecider.evolve(next, e));
    }
    return next;
  }

  /** The same lifecycle as commands through the service desk on the in-memory store (load, decide, append). */
  @Benchmark
  @OperationsPerInvocation(STEPS)
  public Ticket serviceDeskCommand() {
    long n = ++tickets;
    Ticket t = desk.open(TENANT, caller, "o" + n, OPEN).get().ticket();
    for (int i = 0; i < LIFECYCLE.size(); i++) {
      t = desk.execute(TENANT, caller, t.id(), n + "-" + i, LIFECYCLE.get(i)).get().ticket();
    }
    return t;
  }
}
