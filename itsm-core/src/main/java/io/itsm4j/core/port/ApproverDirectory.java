package io.itsm4j.core.port;

import io.itsm4j.core.ActorId;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.TenantId;
import io.vavr.collection.Set;

/**
 * The host's directory of approving groups: who is in the change advisory board, the emergency CAB, a technical
 * team. Read when approval of a change is requested; the members then are recorded in the change's history.
 *
 * <h2>Contract</h2>
 * Thread-safe; called from many threads. No argument or result is {@code null}; an unknown group has no members.
 * An exception thrown here is reported as a {@link io.itsm4j.core.RejectionCode#PORT_FAILURE}.
 */
@FunctionalInterface
public interface ApproverDirectory {

  /** The members of {@code group} in {@code tenant}, now. */
  Set<ActorId> members(TenantId tenant, GroupId group);
}
