/**
 * Approvals as data: an {@link io.itsm4j.core.approval.ApprovalPolicy} of sequential
 * {@link io.itsm4j.core.approval.ApprovalStage}s, each asking a group for any one, all, or a quorum of its
 * members ({@link io.itsm4j.core.approval.ApprovalRule}), and the pure evaluation of recorded
 * {@link io.itsm4j.core.approval.ApprovalDecision}s against it.
 *
 * <p>This package knows nothing of tickets, so the ticket history can record a policy and its decisions while the
 * change enablement rules ({@code io.itsm4j.core.change}) build on both. Values are immutable and thread-safe; no
 * method accepts or returns {@code null}.
 */
@NullMarked
package io.itsm4j.core.approval;

import org.jspecify.annotations.NullMarked;
