package io.itsm4j.core.approval;

import io.itsm4j.core.ActorId;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.internal.Checks;
import java.time.Instant;

/**
 * One approver's decision, as the history records it.
 *
 * @param approver who decided
 * @param stage the index of the policy stage decided in, from 0
 * @param stageName that stage's name
 * @param group the group the approver decided for
 * @param verdict approve or reject
 * @param comment why; possibly empty for an approval, never for a rejection
 * @param at when
 */
public record ApprovalDecision(ActorId approver, int stage, String stageName, GroupId group, Verdict verdict,
    String comment, Instant at) {
  /**
   * Validates the arguments.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code stage} is negative
   */
  public ApprovalDecision {
    Checks.notNull(approver, "approver");
    Checks.notNull(stageName, "stageName");
    Checks.notNull(group, "group");
    Checks.notNull(verdict, "verdict");
    Checks.notNull(comment, "comment");
    Checks.notNull(at, "at");
    if (stage < 0) {
      throw new IllegalArgumentException("stage must not be negative, got " + stage);
    }
  }
}
