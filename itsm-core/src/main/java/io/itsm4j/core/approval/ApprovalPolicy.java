package io.itsm4j.core.approval;

import io.itsm4j.core.ActorId;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.internal.Checks;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Option;

/**
 * Who must approve, in which order: one or more stages, decided one after the other (e.g. technical review, then
 * the change advisory board). A stage is satisfied when its rule is met by approvals of its eligible approvers;
 * the policy is satisfied when every stage is; a single rejection in any stage rejects the whole.
 *
 * <p>Immutable and thread-safe. The evaluation is pure: a function of the policy, the eligible approvers and
 * the decisions.
 *
 * @param stages the stages in order, at least one
 */
public record ApprovalPolicy(Seq<ApprovalStage> stages) {
  /**
   * Validates the stages.
   *
   * @throws NullPointerException if {@code stages} is null
   * @throws IllegalArgumentException if there are no stages, or two share a name
   */
  public ApprovalPolicy {
    Checks.notNull(stages, "stages");
    stages = Vector.ofAll(stages);
    if (stages.isEmpty()) {
      throw new IllegalArgumentException("stages must not be empty");
    }
    if (stages.map(ApprovalStage::name).distinct().size() != stages.size()) {
      throw new IllegalArgumentException("stage names must be unique, got " + stages.map(ApprovalStage::name));
    }
  }

  /** A policy of the given stages, in order; same errors as the constructor. */
  public static ApprovalPolicy of(ApprovalStage... stages) {
    return new ApprovalPolicy(Vector.of(stages));
  }

  /** One stage named {@code approval}: any one member of {@code group}. */
  public static ApprovalPolicy anyOneOf(GroupId group) {
    return of(ApprovalStage.of("approval", group, ApprovalRule.anyOne()));
  }

  /** One stage named {@code approval}: every eligible member of {@code group}. */
  public static ApprovalPolicy allOf(GroupId group) {
    return of(ApprovalStage.of("approval", group, ApprovalRule.all()));
  }

  /** One stage named {@code approval}: {@code n} different members of {@code group}. */
  public static ApprovalPolicy quorumOf(int n, GroupId group) {
    return of(ApprovalStage.of("approval", group, ApprovalRule.quorum(n)));
  }

  /** This policy with one more stage after the others; same errors as the constructor. */
  public ApprovalPolicy then(ApprovalStage stage) {
    return new ApprovalPolicy(stages.append(Checks.notNull(stage, "stage")));
  }

  /** The groups the stages ask, in stage order, without repeats. */
  public Set<GroupId> groups() {
    return LinkedHashSet.ofAll(stages.map(ApprovalStage::group));
  }

  /**
   * The stages that can never be satisfied with these eligible approvers (a quorum larger than the group, a group
   * with nobody eligible), as human-readable reasons; empty when every stage can be.
   */
  public Seq<String> unsatisfiable(Map<GroupId, ? extends Set<ActorId>> eligible) {
    Checks.notNull(eligible, "eligible");
    return stages.filter(s -> {
      int n = eligible.get(s.group()).map(Set::size).getOrElse(0);
      return n == 0 || s.rule().required(n) > n;
    }).map(s -> "stage " + s + " needs " + s.rule().required(eligible.get(s.group()).map(Set::size).getOrElse(0))
        + " approval(s) but " + eligible.get(s.group()).map(Set::size).getOrElse(0) + " member(s) are eligible");
  }

  /**
   * Evaluates decisions against this policy.
   *
   * @param eligible per group, who may approve (decisions by anyone else do not count)
   * @param decisions the decisions so far, in any order
   * @return rejected if any eligible approver rejected; otherwise pending at the first stage whose rule is not
   *     met, or approved
   * @throws NullPointerException if an argument is null
   */
  public ApprovalProgress evaluate(Map<GroupId, ? extends Set<ActorId>> eligible, Seq<ApprovalDecision> decisions) {
    Checks.notNull(eligible, "eligible");
    Checks.notNull(decisions, "decisions");
    if (decisions.exists(d -> d.verdict() == Verdict.REJECT && counts(eligible, d))) {
      return new ApprovalProgress(ApprovalStatus.REJECTED, Option.none(), HashSet.empty());
    }
    Set<ActorId> counted = LinkedHashSet.empty();
    for (int i = 0; i < stages.size(); i++) {
      ApprovalStage stage = stages.get(i);
      int index = i;
      Set<ActorId> group = eligible.get(stage.group()).map(s -> (Set<ActorId>) s).getOrElse(HashSet.empty());
      Set<ActorId> approvers = LinkedHashSet.ofAll(decisions
          .filter(d -> d.stage() == index && d.verdict() == Verdict.APPROVE && counts(eligible, d))
          .map(ApprovalDecision::approver));
      if (group.isEmpty() || approvers.size() < stage.rule().required(group.size())) {
        return new ApprovalProgress(ApprovalStatus.PENDING, Option.some(i), counted);
      }
      counted = counted.addAll(approvers);
    }
    return new ApprovalProgress(ApprovalStatus.APPROVED, Option.none(), counted);
  }

  private boolean counts(Map<GroupId, ? extends Set<ActorId>> eligible, ApprovalDecision d) {
    return d.stage() < stages.size() && stages.get(d.stage()).group().equals(d.group())
        && eligible.get(d.group()).exists(s -> s.contains(d.approver()));
  }

  @Override
  public String toString() {
    return stages.mkString(" then ");
  }
}
