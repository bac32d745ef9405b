package io.itsm4j.core.approval;

/**
 * How many members of a stage's group must approve: any one, all, or a quorum. Counted over the stage's
 * eligible approvers (the group's members at the time approval was requested, minus those segregation of duties
 * excludes).
 */
public sealed interface ApprovalRule permits ApprovalRule.AnyOne, ApprovalRule.All, ApprovalRule.Quorum {

  /** One approval from the group is enough. */
  static ApprovalRule anyOne() {
    return new AnyOne();
  }

  /** Every eligible member must approve. */
  static ApprovalRule all() {
    return new All();
  }

  /**
   * At least {@code n} different members must approve.
   *
   * @throws IllegalArgumentException if {@code n} is less than 1
   */
  static ApprovalRule quorum(int n) {
    return new Quorum(n);
  }

  /** How many approvals the rule needs from a group with {@code eligible} eligible approvers. */
  int required(int eligible);

  /** Any one eligible member approves. */
  record AnyOne() implements ApprovalRule {
    @Override
    public int required(int eligible) {
      return 1;
    }

    @Override
    public String toString() {
      return "any one";
    }
  }

  /** Every eligible member approves; a group with no eligible member cannot approve. */
  record All() implements ApprovalRule {
    @Override
    public int required(int eligible) {
      return Math.max(1, eligible);
    }

    @Override
    public String toString() {
      return "all";
    }
  }

  /**
   * At least {@code n} different eligible members approve.
   *
   * @param n the quorum, at least 1
   */
  record Quorum(int n) implements ApprovalRule {
    /**
     * Validates the quorum.
     *
     * @throws IllegalArgumentException if {@code n} is less than 1
     */
    public Quorum {
      if (n < 1) {
        throw new IllegalArgumentException("n must be at least 1, got " + n);
      }
    }

    @Override
    public int required(int eligible) {
      return n;
    }

    @Override
    public String toString() {
      return "quorum of " + n;
    }
  }
}
