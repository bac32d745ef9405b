package io.itsm4j.core.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.Actor;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.approval.ApprovalPolicy;
import io.itsm4j.core.approval.ApprovalRule;
import io.itsm4j.core.approval.ApprovalStage;
import io.itsm4j.core.ticket.ChangeType;
import io.itsm4j.core.ticket.CommandContext;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.RiskLevel;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketDecider;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketFields;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.Urgency;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Random command sequences on changes of every type, straight through the pure decider: no normal or emergency
 * change is ever scheduled or implemented without authorisation, and its history never shows a move into
 * Scheduled before {@code AuthorisationGranted}; a standard change needs none; the ticket is always the fold of
 * its history, and a refused command yields no events.
 */
class ChangeLifecycleProperties {
  static final TenantId TENANT = TenantId.of("acme");
  static final TicketId ID = TicketId.of("CHG-000001");
  static final List<Actor> ACTORS = List.of(Actor.of("rita"), Actor.of("a1"), Actor.of("a2"), Actor.of("a3"));
  static final GroupId CAB = GroupId.of("cab");
  static final ApprovalPolicy POLICY = ApprovalPolicy.of(ApprovalStage.of("technical", CAB, ApprovalRule.anyOne()),
      ApprovalStage.of("cab", CAB, ApprovalRule.quorum(2)));
  static final List<String> STATES = List.of("new", "assess", "authorise", "scheduled", "implement", "review",
      "closed", "cancelled");

  @Provide
  Arbitrary<List<Object[]>> steps() {
    Arbitrary<TicketCommand> move = Arbitraries.of(STATES).map(to -> TicketCommand.ChangeState.to(to)
        .withField(TicketFields.PLANNED_START, "2026-07-01T22:00:00Z")
        .withField(TicketFields.PLANNED_END, "2026-07-02T01:00:00Z")
        .withField(TicketFields.CANCEL_REASON, "no longer needed")
        .withField(TicketFields.CHANGE_OUTCOME, "successful"));
    Arbitrary<TicketCommand> request = Arbitraries.just(new TicketCommand.RequestApproval(POLICY,
        LinkedHashMap.of(CAB, HashSet.of(ACTORS.get(0).id(), ACTORS.get(1).id(), ACTORS.get(2).id(), ACTORS.get(3).id()))));
    Arbitrary<TicketCommand> risk = Arbitraries.of(RiskLevel.class)
        .map(l -> new TicketCommand.AssessRisk(l, l.ordinal(), LinkedHashMap.empty()));
    Arbitrary<TicketCommand> decide = Arbitraries.of(new TicketCommand.Approve(""), new TicketCommand.Approve("fine"),
        new TicketCommand.Approve("ok"), new TicketCommand.Approve("go"), new TicketCommand.Reject("too risky"));
    Arbitrary<TicketCommand> assign = Arbitraries.of(ACTORS).map(a -> new TicketCommand.Assign(Option.none(),
        Option.some(a.id())));
    Arbitrary<TicketCommand> command = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, move), net.jqwik.api.Tuple.of(1, request), net.jqwik.api.Tuple.of(1, risk),
        net.jqwik.api.Tuple.of(5, decide), net.jqwik.api.Tuple.of(1, assign));
    return Combinators.combine(command, Arbitraries.of(ACTORS)).as((c, a) -> new Object[] {c, a})
        .list().ofMaxSize(25);
  }

  /** The way to implementation for each change type, which random steps are woven into. */
  static List<Object[]> happyPath(ChangeType type) {
    List<Object[]> path = new java.util.ArrayList<>();
    Actor rita = ACTORS.get(0);
    if (type == ChangeType.NORMAL) {
      path.add(new Object[] {TicketCommand.ChangeState.to("assess"), rita});
      path.add(new Object[] {new TicketCommand.AssessRisk(RiskLevel.MEDIUM, 2, LinkedHashMap.empty()), rita});
    }
    if (type != ChangeType.STANDARD) {
      path.add(new Object[] {TicketCommand.ChangeState.to("authorise"), rita});
      path.add(new Object[] {new TicketCommand.RequestApproval(POLICY, LinkedHashMap.of(CAB, HashSet.of(
          ACTORS.get(0).id(), ACTORS.get(1).id(), ACTORS.get(2).id(), ACTORS.get(3).id()))), rita});
      path.add(new Object[] {TicketCommand.Approve.withoutComment(), ACTORS.get(1)});
      path.add(new Object[] {TicketCommand.Approve.withoutComment(), ACTORS.get(2)});
      path.add(new Object[] {TicketCommand.Approve.withoutComment(), ACTORS.get(3)});
    }
    path.add(new Object[] {TicketCommand.ChangeState.to("scheduled")
        .withField(TicketFields.PLANNED_START, "2026-07-01T22:00:00Z")
        .withField(TicketFields.PLANNED_END, "2026-07-02T01:00:00Z"), rita});
    path.add(new Object[] {TicketCommand.ChangeState.to("implement"), rita});
    return path;
  }

  @Property(tries = 400)
  void no_change_but_a_standard_one_is_scheduled_or_implemented_without_authorisation(
      @ForAll ChangeType type, @ForAll("steps") List<Object[]> noise, @ForAll java.util.Random random) {
    // Random steps woven into the way to implementation, so that some runs get there and some are derailed.
    List<Object[]> path = happyPath(type);
    List<Object[]> steps = new java.util.ArrayList<>();
    int p = 0;
    int q = 0;
    while (p < path.size() || q < noise.size()) {
      boolean fromPath = q >= noise.size() || (p < path.size() && random.nextInt(3) > 0);
      steps.add(fromPath ? path.get(p++) : noise.get(q++));
    }
    TicketDecider decider = TicketDecider.standard();
    Instant at = Instant.parse("2026-06-01T08:00:00Z");
    Seq<TicketEvent> history = decider.decide(CommandContext.of(TENANT, ID, ACTORS.get(0), "open", at),
        TicketCommand.Open.change(type, "c", Impact.LOW, Urgency.LOW), Option.none()).get();
    Ticket ticket = TicketDecider.replay(history).get();
    int n = 0;
    boolean reachedImplement = false;
    for (Object[] step : steps) {
      at = at.plusSeconds(60);
      CommandContext ctx = CommandContext.of(TENANT, ID, (Actor) step[1], "cmd-" + (++n), at);
      Either<Rejection, Seq<TicketEvent>> decided = decider.decide(ctx, (TicketCommand) step[0], Option.some(ticket));
      if (decided.isLeft()) {
        continue;
      }
      history = history.appendAll(decided.get());
      ticket = decided.get().foldLeft(ticket, (t, e) -> TicketDecider.evolve(Option.some(t), e));
      assertThat(TicketDecider.replay(history)).containsExactly(ticket);
      if (type != ChangeType.STANDARD && (ticket.state().equals("scheduled") || ticket.state().equals("implement"))) {
        assertThat(ticket.isAuthorised()).as("%s change in %s", type, ticket.state()).isTrue();
      }
      reachedImplement |= ticket.state().equals("implement");
    }
    if (type != ChangeType.STANDARD) {
      int granted = history.indexWhere(e -> e instanceof TicketEvent.AuthorisationGranted);
      int scheduled = history.indexWhere(e -> e instanceof TicketEvent.StateChanged s && s.to().equals("scheduled"));
      assertThat(scheduled < 0 || (granted >= 0 && granted < scheduled)).as("authorised before scheduled").isTrue();
    }
    Statistics.label(type.name()).collect(reachedImplement ? "implemented" : "not implemented");
  }
}
