package io.itsm4j.core.change;

import io.itsm4j.core.GroupId;
import io.itsm4j.core.approval.ApprovalPolicy;
import io.itsm4j.core.approval.ApprovalRule;
import io.itsm4j.core.approval.ApprovalStage;
import io.itsm4j.core.internal.Checks;
import io.itsm4j.core.ticket.ChangeType;
import io.itsm4j.core.ticket.RiskLevel;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;

/**
 * Which approval policy a change needs, by change type and risk level. Standard changes need none (their
 * template is pre-approved). An emergency change whose risk was not assessed is treated as
 * {@link RiskLevel#VERY_HIGH}; a normal change must be assessed first.
 *
 * <p>Immutable and thread-safe.
 */
public final class ApprovalMatrix {
  private static final ApprovalMatrix EMPTY = new ApprovalMatrix(HashMap.empty());

  private final Map<Tuple2<ChangeType, RiskLevel>, ApprovalPolicy> cells;

  private ApprovalMatrix(Map<Tuple2<ChangeType, RiskLevel>, ApprovalPolicy> cells) {
    this.cells = cells;
  }

  /** A matrix with no policy at all; add cells with {@link #with}. */
  public static ApprovalMatrix empty() {
    return EMPTY;
  }

  /**
   * A typical matrix: normal changes of low risk need any one change manager; medium risk a quorum of two of the
   * change advisory board; high and very high risk a change manager (technical stage) then every eligible CAB
   * member; emergency changes any one member of the emergency CAB.
   *
   * @throws NullPointerException if an argument is null
   */
  public static ApprovalMatrix typical(GroupId changeManagers, GroupId cab, GroupId emergencyCab) {
    ApprovalPolicy manager = ApprovalPolicy.of(ApprovalStage.of("change-manager", changeManagers, ApprovalRule.anyOne()));
    ApprovalMatrix m = empty()
        .with(ChangeType.NORMAL, RiskLevel.LOW, manager)
        .with(ChangeType.NORMAL, RiskLevel.MEDIUM, ApprovalPolicy.of(ApprovalStage.of("cab", cab, ApprovalRule.quorum(2))))
        .with(ChangeType.NORMAL, RiskLevel.HIGH, manager.then(ApprovalStage.of("cab", cab, ApprovalRule.all())))
        .with(ChangeType.NORMAL, RiskLevel.VERY_HIGH, manager.then(ApprovalStage.of("cab", cab, ApprovalRule.all())));
    return m.withEveryLevel(ChangeType.EMERGENCY,
        ApprovalPolicy.of(ApprovalStage.of("ecab", emergencyCab, ApprovalRule.anyOne())));
  }

  /**
   * This matrix with {@code policy} for changes of {@code type} at {@code risk}.
   *
   * @throws IllegalArgumentException for {@link ChangeType#STANDARD}, which needs no approval
   */
  public ApprovalMatrix with(ChangeType type, RiskLevel risk, ApprovalPolicy policy) {
    Checks.notNull(type, "type");
    Checks.notNull(risk, "risk");
    Checks.notNull(policy, "policy");
    if (type == ChangeType.STANDARD) {
      throw new IllegalArgumentException("standard changes are pre-approved by their template");
    }
    return new ApprovalMatrix(cells.put(Tuple.of(type, risk), policy));
  }

  /** This matrix with {@code policy} for changes of {@code type} at every risk level; same errors as {@link #with}. */
  public ApprovalMatrix withEveryLevel(ChangeType type, ApprovalPolicy policy) {
    ApprovalMatrix m = this;
    for (RiskLevel r : RiskLevel.values()) {
      m = m.with(type, r, policy);
    }
    return m;
  }

  /**
   * The policy a change needs.
   *
   * @param type the change type
   * @param risk its assessed risk, if any
   * @return the policy, or none for a standard change, an unassessed normal change, or a cell not set
   */
  public Option<ApprovalPolicy> policyFor(ChangeType type, Option<RiskLevel> risk) {
    Checks.notNull(type, "type");
    Checks.notNull(risk, "risk");
    if (type == ChangeType.STANDARD || (type == ChangeType.NORMAL && risk.isEmpty())) {
      return Option.none();
    }
    return cells.get(Tuple.of(type, risk.getOrElse(RiskLevel.VERY_HIGH)));
  }
}
