package io.itsm4j.core.bench;

import io.itsm4j.core.Actor;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.approval.ApprovalPolicy;
import io.itsm4j.core.approval.ApprovalRule;
import io.itsm4j.core.approval.ApprovalStage;
import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.change.ChangeCollisions;
import io.itsm4j.core.change.Collision;
import io.itsm4j.core.change.ConfigurationDependencies;
import io.itsm4j.core.change.PlannedChange;
import io.itsm4j.core.ticket.ChangeType;
import io.itsm4j.core.ticket.ChangeWindow;
import io.itsm4j.core.ticket.CommandContext;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.RiskLevel;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketDecider;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.Urgency;
import io.vavr.collection.HashMap;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Change enablement's costs: deciding an approval on a change awaiting a two-stage policy (segregation of duties
 * and policy evaluation included), and collision detection over a month of 1,000 planned changes on a graph of
 * 300 configuration items.
 *
 * <p>Run: {@code ./mvnw -pl itsm-core -am verify -DskipTests -Dbench=itsm-core -Dbench.include=ChangeBenchmark}
 * (see docs/change.md).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ChangeBenchmark {
  private static final TenantId TENANT = TenantId.of("bench");
  private static final TicketId ID = TicketId.of("CHG-1");
  private static final GroupId CAB = GroupId.of("cab");
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private final TicketDecider decider = TicketDecider.standard();
  private Ticket pending;
  private CommandContext approver;
  private Vector<PlannedChange> month;
  private PlannedChange candidate;
  private ConfigurationDependencies graph;

  /** A change awaiting its CAB stage, and a month of planned changes on a random CI graph (fixed seed). */
  @Setup
  public void setUp() {
    Actor requester = Actor.of("rita");
    Set<ActorId> cab = HashSet.range(0, 12).map(i -> ActorId.of("cab-" + i));
    ApprovalPolicy policy = ApprovalPolicy.of(ApprovalStage.of("technical", CAB, ApprovalRule.anyOne()),
        ApprovalStage.of("cab", CAB, ApprovalRule.quorum(5)));
    Seq<TicketCommand> commands = Vector.of(
        TicketCommand.ChangeState.to("assess"),
        new TicketCommand.AssessRisk(RiskLevel.HIGH, 6, LinkedHashMap.empty()),
        TicketCommand.ChangeState.to("authorise"),
        new TicketCommand.RequestApproval(policy, LinkedHashMap.of(CAB, cab)));
    Seq<TicketEvent> history = decider.decide(CommandContext.of(TENANT, ID, requester, "k0", T0),
        TicketCommand.Open.change(ChangeType.NORMAL, "c", Impact.HIGH, Urgency.HIGH), Option.none()).get();
    Ticket t = TicketDecider.replay(history).get();
    int k = 1;
    for (TicketCommand c : commands) {
      t = fold(t, decider.decide(CommandContext.of(TENANT, ID, requester, "k" + k++, T0), c, Option.some(t)).get());
    }
    for (int i = 0; i < 3; i++) {
      t = fold(t, decider.decide(CommandContext.of(TENANT, ID, Actor.of("cab-" + i), "k" + k++, T0),
          TicketCommand.Approve.withoutComment(), Option.some(t)).get());
    }
    pending = t;
    approver = CommandContext.of(TENANT, ID, Actor.of("cab-7"), "approve", T0);

    Random random = new Random(42);
    Map<ConfigurationItemId, Set<ConfigurationItemId>> edges = HashMap.empty();
    for (int i = 0; i < 300; i++) {
      Set<ConfigurationItemId> deps = HashSet.empty();
      for (int d = 0; d < 2; d++) {
        deps = deps.add(ConfigurationItemId.of("ci-" + random.nextInt(300)));
      }
      edges = edges.put(ConfigurationItemId.of("ci-" + i), deps);
    }
    graph = ConfigurationDependencies.fromDirect(edges);
    Vector<PlannedChange> planned = Vector.empty();
    for (int i = 0; i < 1000; i++) {
      Instant start = T0.plusSeconds(3600L * random.nextInt(24 * 30));
      planned = planned.append(new PlannedChange(TicketId.of("CHG-" + i),
          ChangeWindow.of(start, start.plusSeconds(3600L * (1 + random.nextInt(6)))),
          HashSet.of(ConfigurationItemId.of("ci-" + random.nextInt(300)))));
    }
    month = planned;
    candidate = planned.get(500);
  }

  private static Ticket fold(Ticket t, Seq<TicketEvent> events) {
    return events.foldLeft(t, (s, e) -> TicketDecider.evolve(Option.some(s), e));
  }

  /** One approval decided on a change awaiting its CAB stage (quorum 5 of 12, 2 approvals in). */
  @Benchmark
  public Seq<TicketEvent> decideApproval() {
    return decider.decide(approver, TicketCommand.Approve.withoutComment(), Option.some(pending)).get();
  }

  /** The collisions of one change being scheduled against a month of 1,000 planned changes. */
  @Benchmark
  public Set<TicketId> collisionsOfOneChange() {
    return ChangeCollisions.with(candidate, month, graph);
  }

  /** Every collision among a month of 1,000 planned changes. */
  @Benchmark
  public Set<Collision> collisionsAmongAMonth() {
    return ChangeCollisions.among(month, graph);
  }
}
