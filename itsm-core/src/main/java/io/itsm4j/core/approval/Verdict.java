package io.itsm4j.core.approval;

/** What an approver decided. */
public enum Verdict {
  /** The approver agrees. */
  APPROVE,
  /** The approver refuses; one rejection ends the approval, whatever the policy. */
  REJECT
}
