package io.itsm4j.core.approval;

import io.itsm4j.core.ActorId;
import io.itsm4j.core.internal.Checks;
import io.vavr.collection.Set;
import io.vavr.control.Option;

/**
 * The outcome of evaluating decisions against a policy: the status, the stage now deciding (while pending), and
 * the approvers whose approvals counted.
 *
 * @param status pending, approved or rejected
 * @param stage the index of the first stage not yet satisfied, while pending
 * @param counted the approvers whose approvals count towards the satisfied stages
 */
public record ApprovalProgress(ApprovalStatus status, Option<Integer> stage, Set<ActorId> counted) {
  /**
   * Checks that no argument is null.
   *
   * @throws NullPointerException if an argument is null
   */
  public ApprovalProgress {
    Checks.notNull(status, "status");
    Checks.notNull(stage, "stage");
    Checks.notNull(counted, "counted");
  }
}
