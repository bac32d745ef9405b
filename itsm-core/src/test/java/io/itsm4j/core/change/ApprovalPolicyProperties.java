package io.itsm4j.core.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itsm4j.core.ActorId;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.approval.ApprovalDecision;
import io.itsm4j.core.approval.ApprovalPolicy;
import io.itsm4j.core.approval.ApprovalProgress;
import io.itsm4j.core.approval.ApprovalRule;
import io.itsm4j.core.approval.ApprovalStage;
import io.itsm4j.core.approval.ApprovalStatus;
import io.itsm4j.core.approval.Verdict;
import io.itsm4j.core.ticket.ChangeWindow;
import io.itsm4j.core.ticket.RiskLevel;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Laws of the pure approval evaluation and the risk questionnaire: the outcome does not depend on the order of
 * decisions; decisions by people who are not eligible never count; approved means every stage has its rule met
 * by distinct eligible approvers; a questionnaire's score is the sum of its answers' points and its level never
 * falls as the score rises. Malformed values fail fast.
 */
class ApprovalPolicyProperties {
  static final List<ActorId> PEOPLE = List.of(ActorId.of("p1"), ActorId.of("p2"), ActorId.of("p3"), ActorId.of("p4"),
      ActorId.of("p5"));
  static final List<GroupId> GROUPS = List.of(GroupId.of("g1"), GroupId.of("g2"));

  @Provide
  Arbitrary<ApprovalPolicy> policies() {
    Arbitrary<ApprovalRule> rules = Arbitraries.oneOf(Arbitraries.just(ApprovalRule.anyOne()),
        Arbitraries.just(ApprovalRule.all()), Arbitraries.integers().between(1, 3).map(ApprovalRule::quorum));
    return Combinators.combine(Arbitraries.of(GROUPS), rules).as((g, r) -> new Object[] {g, r}).list().ofMinSize(1)
        .ofMaxSize(3).map(parts -> {
          Vector<ApprovalStage> stages = Vector.empty();
          for (int i = 0; i < parts.size(); i++) {
            stages = stages.append(ApprovalStage.of("s" + i, (GroupId) parts.get(i)[0], (ApprovalRule) parts.get(i)[1]));
          }
          return new ApprovalPolicy(stages);
        });
  }

  @Provide
  Arbitrary<Map<GroupId, Set<ActorId>>> eligibles() {
    Arbitrary<java.util.Set<ActorId>> members = Arbitraries.subsetOf(PEOPLE.subList(0, 4));
    return Combinators.combine(members, members)
        .as((a, b) -> LinkedHashMap.of(GROUPS.get(0), HashSet.ofAll(a), GROUPS.get(1), HashSet.ofAll(b)));
  }

  @Provide
  Arbitrary<List<ApprovalDecision>> decisions() {
    return Combinators.combine(Arbitraries.of(PEOPLE), Arbitraries.integers().between(0, 2), Arbitraries.of(GROUPS),
            Arbitraries.of(Verdict.APPROVE, Verdict.APPROVE, Verdict.APPROVE, Verdict.REJECT))
        .as((who, stage, group, verdict) -> new ApprovalDecision(who, stage, "s" + stage, group, verdict, "",
            Instant.EPOCH))
        .list().ofMaxSize(12);
  }

  static int required(ApprovalRule rule, int n) {
    return rule instanceof ApprovalRule.Quorum q ? q.n() : rule instanceof ApprovalRule.All ? n : 1;
  }

  @Property(tries = 500)
  void the_outcome_does_not_depend_on_the_order_of_decisions_and_approved_means_every_rule_is_met(
      @ForAll("policies") ApprovalPolicy policy, @ForAll("eligibles") Map<GroupId, Set<ActorId>> eligible,
      @ForAll("decisions") List<ApprovalDecision> decisions, @ForAll java.util.Random random) {
    ApprovalProgress progress = policy.evaluate(eligible, Vector.ofAll(decisions));
    List<ApprovalDecision> shuffled = new java.util.ArrayList<>(decisions);
    Collections.shuffle(shuffled, random);
    assertThat(policy.evaluate(eligible, Vector.ofAll(shuffled)).status()).isEqualTo(progress.status());

    boolean rejected = decisions.stream().anyMatch(d -> d.verdict() == Verdict.REJECT && d.stage() < policy.stages().size()
        && policy.stages().get(d.stage()).group().equals(d.group())
        && eligible.get(d.group()).get().contains(d.approver()));
    boolean all = true;
    for (int i = 0; i < policy.stages().size(); i++) {
      ApprovalStage s = policy.stages().get(i);
      Set<ActorId> group = eligible.get(s.group()).get();
      int stage = i;
      long approvers = decisions.stream().filter(d -> d.stage() == stage && d.group().equals(s.group())
          && d.verdict() == Verdict.APPROVE && group.contains(d.approver())).map(ApprovalDecision::approver)
          .distinct().count();
      all &= !group.isEmpty() && approvers >= required(s.rule(), group.size());
    }
    ApprovalStatus expected = rejected ? ApprovalStatus.REJECTED : all ? ApprovalStatus.APPROVED : ApprovalStatus.PENDING;
    assertThat(progress.status()).isEqualTo(expected);
  }

  @Property(tries = 300)
  void decisions_by_people_who_are_not_eligible_never_count(@ForAll("policies") ApprovalPolicy policy,
      @ForAll("eligibles") Map<GroupId, Set<ActorId>> eligible, @ForAll("decisions") List<ApprovalDecision> decisions,
      @ForAll @IntRange(max = 2) int stage, @ForAll boolean reject) {
    ActorId outsider = PEOPLE.get(4);
    ApprovalDecision extra = new ApprovalDecision(outsider, stage, "s" + stage, GROUPS.get(stage % 2),
        reject ? Verdict.REJECT : Verdict.APPROVE, "", Instant.EPOCH);
    assertThat(policy.evaluate(eligible, Vector.ofAll(decisions).append(extra)))
        .isEqualTo(policy.evaluate(eligible, Vector.ofAll(decisions)));
  }

  @Property(tries = 300)
  void a_questionnaire_sums_points_and_its_level_never_falls_as_the_score_rises(
      @ForAll @IntRange(max = 5) int a, @ForAll @IntRange(max = 5) int b, @ForAll @IntRange(max = 5) int c) {
    RiskQuestionnaire q = RiskQuestionnaire.builder()
        .question("q1", LinkedHashMap.of("a0", 0, "a1", 1, "a2", 2, "a3", 3, "a4", 4, "a5", 5))
        .question("q2", LinkedHashMap.of("b0", 0, "b1", 1, "b2", 2, "b3", 3, "b4", 4, "b5", 5))
        .level(RiskLevel.MEDIUM, 3).level(RiskLevel.HIGH, 6).level(RiskLevel.VERY_HIGH, 9)
        .build();
    var first = q.assess(LinkedHashMap.of("q1", "a" + a, "q2", "b" + b)).get();
    var second = q.assess(LinkedHashMap.of("q1", "a" + Math.max(a, c), "q2", "b" + b)).get();
    assertThat(first.score()).isEqualTo(a + b);
    assertThat(first.level()).isEqualTo(a + b >= 9 ? RiskLevel.VERY_HIGH : a + b >= 6 ? RiskLevel.HIGH
        : a + b >= 3 ? RiskLevel.MEDIUM : RiskLevel.LOW);
    assertThat(second.level()).isGreaterThanOrEqualTo(first.level());
  }

  @Example
  void malformed_values_fail_fast_naming_the_problem() {
    assertThatThrownBy(() -> new ApprovalPolicy(Vector.empty())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("stages");
    assertThatThrownBy(() -> ApprovalPolicy.of(ApprovalStage.of("a", GROUPS.get(0), ApprovalRule.anyOne()),
        ApprovalStage.of("a", GROUPS.get(1), ApprovalRule.all()))).hasMessageContaining("unique");
    assertThatThrownBy(() -> ApprovalRule.quorum(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ChangeWindow.of(Instant.EPOCH, Instant.EPOCH)).hasMessageContaining("end");
    assertThatThrownBy(() -> new ApprovalStage("a", null, ApprovalRule.anyOne()))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("group");
    assertThatThrownBy(() -> RiskQuestionnaire.builder().question("q", LinkedHashMap.of("x", 0))
        .level(RiskLevel.HIGH, 2).level(RiskLevel.MEDIUM, 5).build()).hasMessageContaining("higher");
  }
}
