package io.itsm4j.core.approval;

/** Where a record's approval stands. */
public enum ApprovalStatus {
  /** No approval was requested yet. */
  NOT_REQUESTED,
  /** Approval was requested and its policy is not yet satisfied; no one rejected. */
  PENDING,
  /** Every stage of the policy is satisfied: the record is authorised. */
  APPROVED,
  /** An approver rejected; the approval is over. */
  REJECTED;

  /** Whether approval decisions are still accepted. */
  public boolean isPending() {
    return this == PENDING;
  }
}
