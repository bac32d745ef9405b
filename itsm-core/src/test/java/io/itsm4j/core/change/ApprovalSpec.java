package io.itsm4j.core.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.Actor;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.approval.ApprovalDecision;
import io.itsm4j.core.approval.ApprovalPolicy;
import io.itsm4j.core.approval.ApprovalRule;
import io.itsm4j.core.approval.ApprovalStage;
import io.itsm4j.core.approval.Verdict;
import io.itsm4j.core.application.CommandResult;
import io.itsm4j.core.application.ServiceDesk;
import io.itsm4j.core.memory.InMemoryTicketStore;
import io.itsm4j.core.ticket.ChangeType;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.RiskLevel;
import io.itsm4j.core.ticket.SegregationOfDuties;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketDecider;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketFields;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.Urgency;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * Random interleavings of approve, reject, assign, schedule and implement commands on a normal change awaiting
 * approval under a random policy (one or two stages; any one, all, or a quorum of random groups that may
 * include the requester), through the service desk, against a reference model written out here. After every
 * step: the change is authorised iff its policy is satisfied by recorded approvals of approvers whom segregation
 * of duties does not exclude now (evaluated here, independently of the engine); no approval by an excluded
 * actor is ever on record; no change is scheduled or implemented without authorisation; every accepted or
 * refused command is as the model says, with the model's rejection code.
 */
class ApprovalSpec {
  static final TenantId TENANT = TenantId.of("acme");
  static final ActorId REQUESTER = ActorId.of("rita");
  static final ActorId OPENER = ActorId.of("olga");
  static final List<ActorId> PEOPLE = List.of(REQUESTER, OPENER, ActorId.of("a1"), ActorId.of("a2"),
      ActorId.of("a3"), ActorId.of("a4"), ActorId.of("a5"));
  static final GroupId G1 = GroupId.of("g1");
  static final GroupId G2 = GroupId.of("g2");

  /** The random set-up: a policy and the groups' members. */
  record Setup(ApprovalPolicy policy, Map<GroupId, Set<ActorId>> members, Option<ActorId> assignee) {}

  /** The system under test and the model side by side. */
  static final class World {
    final Setup setup;
    final InMemoryTicketStore store = new InMemoryTicketStore();
    final ServiceDesk desk = ServiceDesk.builder().ticketStore(store).clock(() -> Instant.parse("2026-05-01T08:00:00Z"))
        .build();
    final TicketId id;
    int keys;
    // The model.
    final Map<GroupId, Set<ActorId>> eligible = new HashMap<>();
    boolean requested;
    String status = "none";
    String state = "authorise";
    Option<ActorId> assignee;
    final List<ApprovalDecision> decisions = new ArrayList<>();

    World(Setup setup) {
      this.setup = setup;
      this.assignee = setup.assignee();
      Actor opener = new Actor(OPENER, io.vavr.collection.HashSet.empty());
      id = desk.open(TENANT, opener, key(), TicketCommand.Open.change(ChangeType.NORMAL, "c", Impact.LOW, Urgency.LOW)
          .withCaller(REQUESTER)).get().ticket().id();
      ok(OPENER, TicketCommand.ChangeState.to("assess"));
      ok(OPENER, new TicketCommand.AssessRisk(RiskLevel.MEDIUM, 3, LinkedHashMap.empty()));
      ok(OPENER, TicketCommand.ChangeState.to("authorise"));
      if (setup.assignee().isDefined()) {
        ok(OPENER, new TicketCommand.Assign(Option.none(), setup.assignee()));
      }
      Set<ActorId> excluded = new HashSet<>(List.of(REQUESTER, OPENER));
      setup.assignee().forEach(excluded::add);
      boolean satisfiable = true;
      for (GroupId g : setup.members().keySet()) {
        Set<ActorId> e = new HashSet<>(setup.members().get(g));
        e.removeAll(excluded);
        eligible.put(g, e);
      }
      for (ApprovalStage s : setup.policy().stages()) {
        int n = eligible.get(s.group()).size();
        satisfiable &= n > 0 && required(s.rule(), n) <= n;
      }
      io.vavr.collection.Map<GroupId, io.vavr.collection.Set<ActorId>> members = LinkedHashMap.ofAll(setup.members())
          .mapValues(LinkedHashSet::ofAll);
      Either<Rejection, CommandResult> r = send(OPENER, new TicketCommand.RequestApproval(setup.policy(), members));
      if (satisfiable) {
        assertThat(r.isRight()).as("request %s: %s", setup, r).isTrue();
        requested = true;
        status = "pending";
      } else {
        assertThat(r.getLeft().code()).isEqualTo(RejectionCode.RULE_VIOLATED);
      }
    }

    String key() {
      return "k-" + (++keys);
    }

    Either<Rejection, CommandResult> send(ActorId actor, TicketCommand command) {
      return desk.execute(TENANT, new Actor(actor, io.vavr.collection.HashSet.empty()), id, key(), command);
    }

    void ok(ActorId actor, TicketCommand command) {
      assertThat(send(actor, command).isRight()).as("%s by %s", command, actor).isTrue();
    }

    Ticket ticket() {
      return desk.ticket(TENANT, id).get();
    }

    /** Sends a command and checks it is accepted, or refused with the expected code and nothing written. */
    void expect(ActorId actor, TicketCommand command, Option<RejectionCode> refusal) {
      long before = ticket().version();
      Either<Rejection, CommandResult> r = send(actor, command);
      if (refusal.isDefined()) {
        assertThat(r.isLeft()).as("%s by %s should be refused with %s", command.type(), actor, refusal.get()).isTrue();
        assertThat(r.getLeft().code()).as("%s by %s: %s", command.type(), actor, r.getLeft()).isEqualTo(refusal.get());
        assertThat(ticket().version()).isEqualTo(before);
      } else {
        assertThat(r.isRight()).as("%s by %s accepted, got %s", command.type(), actor, r).isTrue();
      }
    }

    Set<ActorId> excludedNow() {
      Set<ActorId> out = new HashSet<>(List.of(REQUESTER, OPENER));
      assignee.forEach(out::add);
      return out;
    }

    /** The first stage not yet satisfied by recorded approvals, or the number of stages. */
    int currentStage() {
      Seq<ApprovalStage> stages = setup.policy().stages();
      for (int i = 0; i < stages.size(); i++) {
        if (!satisfied(i, decisions, Set.of())) {
          return i;
        }
      }
      return stages.size();
    }

    boolean satisfied(int stage, List<ApprovalDecision> ds, Set<ActorId> excluded) {
      ApprovalStage s = setup.policy().stages().get(stage);
      Set<ActorId> group = eligible.get(s.group());
      Set<ActorId> approvers = new HashSet<>();
      for (ApprovalDecision d : ds) {
        if (d.stage() == stage && d.verdict() == Verdict.APPROVE && group.contains(d.approver())
            && !excluded.contains(d.approver())) {
          approvers.add(d.approver());
        }
      }
      return !group.isEmpty() && approvers.size() >= required(s.rule(), group.size());
    }

    void decide(ActorId actor, Verdict verdict) {
      TicketCommand command = verdict == Verdict.APPROVE ? new TicketCommand.Approve("ok")
          : new TicketCommand.Reject("no");
      Option<RejectionCode> refusal;
      int stage = currentStage();
      if (state.equals("cancelled")) {
        refusal = Option.some(RejectionCode.TICKET_CLOSED);
      } else if (!status.equals("pending")) {
        refusal = Option.some(RejectionCode.RULE_VIOLATED);
      } else if (excludedNow().contains(actor)
          || !eligible.get(setup.policy().stages().get(stage).group()).contains(actor)) {
        refusal = Option.some(RejectionCode.NOT_AUTHORISED);
      } else if (decisions.stream().anyMatch(d -> d.stage() == stage && d.approver().equals(actor))) {
        refusal = Option.some(RejectionCode.RULE_VIOLATED);
      } else {
        refusal = Option.none();
      }
      expect(actor, command, refusal);
      if (refusal.isEmpty()) {
        ApprovalStage s = setup.policy().stages().get(stage);
        decisions.add(new ApprovalDecision(actor, stage, s.name(), s.group(), verdict, "", Instant.EPOCH));
        if (verdict == Verdict.REJECT) {
          status = "rejected";
          state = "cancelled";
        } else if (currentStage() == setup.policy().stages().size()) {
          status = "approved";
        }
      }
    }

    void assign(Option<ActorId> to) {
      Option<RejectionCode> refusal;
      if (state.equals("cancelled")) {
        refusal = Option.some(RejectionCode.TICKET_CLOSED);
      } else if (to.equals(assignee)) {
        refusal = Option.some(RejectionCode.NO_CHANGE);
      } else if (to.isDefined() && decisions.stream()
          .anyMatch(d -> d.verdict() == Verdict.APPROVE && d.approver().equals(to.get()))) {
        refusal = Option.some(RejectionCode.NOT_AUTHORISED);
      } else {
        refusal = Option.none();
      }
      expect(OPENER, new TicketCommand.Assign(Option.none(), to), refusal);
      if (refusal.isEmpty()) {
        assignee = to;
      }
    }

    void move(String to) {
      Option<RejectionCode> refusal;
      if (state.equals("cancelled")) {
        refusal = Option.some(RejectionCode.TICKET_CLOSED);
      } else if (to.equals("scheduled") && state.equals("authorise")) {
        refusal = status.equals("approved") ? Option.none() : Option.some(RejectionCode.GUARD_FAILED);
      } else if (to.equals("implement") && state.equals("scheduled")) {
        refusal = Option.none();
      } else {
        refusal = Option.some(RejectionCode.TRANSITION_NOT_ALLOWED);
      }
      TicketCommand.ChangeState command = TicketCommand.ChangeState.to(to)
          .withField(TicketFields.PLANNED_START, "2026-05-02T22:00:00Z")
          .withField(TicketFields.PLANNED_END, "2026-05-03T01:00:00Z");
      expect(OPENER, command, refusal);
      if (refusal.isEmpty()) {
        state = to;
      }
    }
  }

  static int required(ApprovalRule rule, int eligible) {
    if (rule instanceof ApprovalRule.Quorum q) {
      return q.n();
    }
    return rule instanceof ApprovalRule.All ? eligible : 1;
  }

  static final class Decide implements Action.Independent<World> {
    @Override
    public Arbitrary<Transformer<World>> transformer() {
      return Combinators.combine(Arbitraries.of(PEOPLE), Arbitraries.of(Verdict.APPROVE, Verdict.APPROVE,
              Verdict.APPROVE, Verdict.APPROVE, Verdict.REJECT))
          .as((who, verdict) -> Transformer.mutate(verdict + " by " + who, w -> w.decide(who, verdict)));
    }
  }

  static final class Assign implements Action.Independent<World> {
    @Override
    public Arbitrary<Transformer<World>> transformer() {
      return Arbitraries.of(PEOPLE).optional(0.8)
          .map(who -> Transformer.mutate("assign " + who, w -> w.assign(Option.ofOptional(who))));
    }
  }

  static final class Move implements Action.Independent<World> {
    @Override
    public Arbitrary<Transformer<World>> transformer() {
      return Arbitraries.of("scheduled", "implement").map(to -> Transformer.mutate("move to " + to, w -> w.move(to)));
    }
  }

  @Provide
  Arbitrary<Setup> setups() {
    Arbitrary<Set<ActorId>> members = Arbitraries.subsetOf(PEOPLE).ofMinSize(1);
    Arbitrary<ApprovalRule> rules = Arbitraries.oneOf(Arbitraries.just(ApprovalRule.anyOne()),
        Arbitraries.just(ApprovalRule.all()), Arbitraries.integers().between(1, 4).map(ApprovalRule::quorum));
    Arbitrary<ApprovalStage> first = Combinators.combine(Arbitraries.of(G1, G2), rules)
        .as((g, r) -> ApprovalStage.of("technical", g, r));
    Arbitrary<ApprovalStage> second = Combinators.combine(Arbitraries.of(G1, G2), rules)
        .as((g, r) -> ApprovalStage.of("cab", g, r));
    Arbitrary<ApprovalPolicy> policies = Combinators.combine(first, second.optional(0.6))
        .as((a, b) -> b.map(s -> ApprovalPolicy.of(a, s)).orElseGet(() -> ApprovalPolicy.of(a)));
    return Combinators.combine(policies, members, members, Arbitraries.of(PEOPLE.subList(2, PEOPLE.size())).optional(0.3))
        .as((p, m1, m2, a) -> new Setup(p, Map.of(G1, m1, G2, m2), Option.ofOptional(a)));
  }

  @Provide
  Arbitrary<ActionChain<World>> chains() {
    return setups().flatMap(setup -> ActionChain.startWith(() -> new World(setup))
        .withAction(6, new Decide())
        .withAction(2, new Assign())
        .withAction(1, new Move())
        .withMaxTransformations(30));
  }

  @Property(tries = 250)
  void authorised_iff_the_policy_is_satisfied_by_approvers_segregation_of_duties_does_not_exclude(
      @ForAll("chains") ActionChain<World> chain) {
    World end = chain.withInvariant("authorisation follows the policy and segregation of duties", ApprovalSpec::check)
        .run();
    Statistics.label("approval").collect(end.status);
    Statistics.label("approval").coverage(c -> {
      c.check("approved").percentage(p -> p > 10);
      c.check("rejected").percentage(p -> p > 10);
      c.check("pending").percentage(p -> p > 2);
    });
  }

  static void check(World w) {
    Ticket t = w.ticket();
    Seq<TicketEvent> history = w.store.load(TENANT, w.id);
    assertThat(TicketDecider.replay(history)).containsExactly(t);
    Set<ActorId> excluded = SegregationOfDuties.standard().excluded(t).toJavaSet();
    List<ApprovalDecision> recorded = t.approvalDecisions().toJavaList();
    // No approval on record is by someone excluded now, whatever the order of commands.
    assertThat(recorded.stream().filter(d -> d.verdict() == Verdict.APPROVE).map(ApprovalDecision::approver))
        .doesNotContainAnyElementsOf(excluded);
    boolean rejected = recorded.stream().anyMatch(d -> d.verdict() == Verdict.REJECT);
    boolean satisfied = w.requested && !rejected;
    for (int i = 0; satisfied && i < w.setup.policy().stages().size(); i++) {
      satisfied = w.satisfied(i, recorded, excluded);
    }
    assertThat(t.isAuthorised()).as("authorised iff satisfied").isEqualTo(satisfied);
    assertThat(t.isAuthorised()).isEqualTo(w.status.equals("approved"));
    assertThat(history.count(e -> e instanceof TicketEvent.AuthorisationGranted)).isEqualTo(satisfied ? 1 : 0);
    // No change reaches scheduling or implementation without authorisation.
    if (t.state().equals("scheduled") || t.state().equals("implement")) {
      assertThat(t.isAuthorised()).isTrue();
    }
    assertThat(t.state()).isEqualTo(w.state);
    assertThat(t.assignee()).isEqualTo(w.assignee);
    assertThat(recorded).hasSize(w.decisions.size());
    assertThat(Vector.ofAll(recorded).map(ApprovalDecision::approver))
        .containsExactlyElementsOf(Vector.ofAll(w.decisions).map(ApprovalDecision::approver));
  }
}
