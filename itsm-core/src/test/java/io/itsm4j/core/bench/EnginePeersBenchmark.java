package io.itsm4j.core.bench;

import com.github.oxo42.stateless4j.StateMachineConfig;
import io.itsm4j.core.Actor;
import io.itsm4j.core.TenantId;
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
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.statemachine.StateMachine;
import org.springframework.statemachine.config.StateMachineBuilder;
import org.springframework.statemachine.support.DefaultStateMachineContext;
import reactor.core.publisher.Mono;

/**
 * The ticket engine beside the state-machine libraries a vendor might use instead, on the same five-transition
 * incident lifecycle: new → in progress → on hold → in progress → resolved → closed. One operation is one whole
 * lifecycle of a fresh ticket.
 *
 * <ul>
 *   <li>{@code itsm4j}: {@link TicketDecider#decide} and {@link TicketDecider#evolve} for each transition, from the
 *       immutable state of an opened incident: guards, required fields (a hold reason, a resolution code and
 *       notes), an event per transition and a new immutable state each time;
 *   <li>{@code stateless4j}: a new machine per ticket on one shared configuration, {@code fire} per transition;
 *   <li>{@code springStatemachine}: one machine, reset to the initial state per ticket (the documented way to
 *       reuse one), then an event per transition.
 * </ul>
 *
 * <p>Run with the GC profiler for allocation per lifecycle: {@code ./mvnw -pl itsm-core -am verify -DskipTests
 * -Dbench=itsm-core -Dbench.include=EnginePeersBenchmark -Dbench.args="-f 1 -wi 5 -w 2s -i 5 -r 2s -prof gc"}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EnginePeersBenchmark {
  private static final String NEW = "new";
  private static final String IN_PROGRESS = "in-progress";
  private static final String ON_HOLD = "on-hold";
  private static final String RESOLVED = "resolved";
  private static final String CLOSED = "closed";
  private static final List<String> TRIGGERS = List.of("start", "hold", "resume", "resolve", "close");

  private final TicketDecider decider = TicketDecider.standard();
  private Ticket opened;
  private final List<TicketCommand> transitions = List.of(
      TicketCommand.ChangeState.to(IN_PROGRESS),
      TicketCommand.ChangeState.to(ON_HOLD).withField(TicketFields.HOLD_REASON, TicketFields.HOLD_AWAITING_CALLER),
      TicketCommand.ChangeState.to(IN_PROGRESS),
      TicketCommand.ChangeState.to(RESOLVED).withField(TicketFields.RESOLUTION_CODE, "solved")
          .withField(TicketFields.RESOLUTION_NOTES, "restarted the service"),
      TicketCommand.ChangeState.to(CLOSED));
  private CommandContext[] contexts;

  private StateMachineConfig<String, String> statelessConfig;
  private StateMachine<String, String> spring;

  /** Builds each engine's configuration once, as a host would at start-up. */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    TenantId tenant = TenantId.of("bench");
    TicketId id = TicketId.of("INC-000001");
    Actor agent = Actor.of("agent-1", "agent");
    Instant at = Instant.parse("2026-01-05T09:00:00Z");
    CommandContext openContext = CommandContext.of(tenant, id, agent, "k0", at);
    Option<Ticket> state = Option.none();
    for (TicketEvent e : decider.decide(openContext,
        TicketCommand.Open.incident("Mail down", Impact.MEDIUM, Urgency.MEDIUM), state).get()) {
      state = Option.some(TicketDecider.evolve(state, e));
    }
    opened = state.get();
    contexts = new CommandContext[transitions.size()];
    for (int i = 0; i < contexts.length; i++) {
      contexts[i] = CommandContext.of(tenant, id, agent, "k" + (i + 1), at.plusSeconds(60L * (i + 1)));
    }

    statelessConfig = new StateMachineConfig<>();
    statelessConfig.configure(NEW).permit("start", IN_PROGRESS);
    statelessConfig.configure(IN_PROGRESS).permit("hold", ON_HOLD).permit("resolve", RESOLVED);
    statelessConfig.configure(ON_HOLD).permit("resume", IN_PROGRESS);
    statelessConfig.configure(RESOLVED).permit("close", CLOSED).permit("reopen", IN_PROGRESS);

    StateMachineBuilder.Builder<String, String> builder = StateMachineBuilder.builder();
    builder.configureConfiguration().withConfiguration().autoStartup(false);
    builder.configureStates().withStates().initial(NEW).states(Set.of(NEW, IN_PROGRESS, ON_HOLD, RESOLVED, CLOSED));
    builder.configureTransitions()
        .withExternal().source(NEW).target(IN_PROGRESS).event("start").and()
        .withExternal().source(IN_PROGRESS).target(ON_HOLD).event("hold").and()
        .withExternal().source(ON_HOLD).target(IN_PROGRESS).event("resume").and()
        .withExternal().source(IN_PROGRESS).target(RESOLVED).event("resolve").and()
        .withExternal().source(RESOLVED).target(IN_PROGRESS).event("reopen").and()
        .withExternal().source(RESOLVED).target(CLOSED).event("close");
    spring = builder.build();
    spring.startReactively().block();
    if (!CLOSED.equals(springLifecycle()) || !CLOSED.equals(stateless4jLifecycle())
        || !CLOSED.equals(itsm4jLifecycle().state())) {
      throw new IllegalStateException("a lifecycle did not end closed");
    }
  }

  /** itsm4j: decide and evolve each transition from the opened incident. */
  @Benchmark
  public Ticket itsm4jLifecycle() {
    Option<Ticket> state = Option.some(opened);
    for (int i = 0; i < contexts.length; i++) {
      Seq<TicketEvent> events = decider.decide(contexts[i], transitions.get(i), state).get();
      for (TicketEvent e : events) {
        state = Option.some(TicketDecider.evolve(state, e));
      }
    }
    return state.get();
  }

  /** stateless4j: a machine per ticket, one fire per transition. */
  @Benchmark
  public String stateless4jLifecycle() {
    com.github.oxo42.stateless4j.StateMachine<String, String> machine =
        new com.github.oxo42.stateless4j.StateMachine<>(NEW, statelessConfig);
    for (String trigger : TRIGGERS) {
      machine.fire(trigger);
    }
    return machine.getState();
  }

  /** Spring Statemachine: the machine reset to its initial state per ticket, one event per transition. */
  @Benchmark
  public String springLifecycle() {
    spring.stopReactively().block();
    spring.getStateMachineAccessor().doWithAllRegions(access -> access.resetStateMachineReactively(
        new DefaultStateMachineContext<>(NEW, null, null, null)).block());
    spring.startReactively().block();
    for (String trigger : TRIGGERS) {
      spring.sendEvent(Mono.just(MessageBuilder.withPayload(trigger).build())).blockLast();
    }
    return spring.getState().getId();
  }
}
