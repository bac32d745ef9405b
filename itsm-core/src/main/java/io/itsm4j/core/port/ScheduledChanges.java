package io.itsm4j.core.port;

import io.itsm4j.core.TenantId;
import io.itsm4j.core.change.PlannedChange;
import io.itsm4j.core.ticket.ChangeWindow;
import io.vavr.collection.Seq;

/**
 * The changes on a tenant's schedule, for collision detection.
 *
 * <h2>Contract</h2>
 * Thread-safe; called from many threads. No argument or result is {@code null}. The result holds at least every
 * change that is scheduled or being implemented (not closed, cancelled or under review) whose planned window
 * overlaps {@code window}; it may hold more (the caller filters). An exception thrown here is reported as a
 * {@link io.itsm4j.core.RejectionCode#PORT_FAILURE}.
 */
@FunctionalInterface
public interface ScheduledChanges {

  /** The scheduled changes of {@code tenant} whose windows may overlap {@code window}. */
  Seq<PlannedChange> overlapping(TenantId tenant, ChangeWindow window);
}
