package io.itsm4j.core.port;

import io.itsm4j.core.TenantId;
import io.itsm4j.core.change.FreezeWindow;
import io.vavr.collection.Seq;

/**
 * The freeze (blackout) windows a host has declared.
 *
 * <h2>Contract</h2>
 * Thread-safe; called from many threads when a change is scheduled. No argument or result is {@code null}. An
 * exception thrown here is reported as a {@link io.itsm4j.core.RejectionCode#PORT_FAILURE}.
 */
@FunctionalInterface
public interface FreezeCalendar {

  /** The freeze windows of {@code tenant}, past and future; an implementation may leave out those long past. */
  Seq<FreezeWindow> freezes(TenantId tenant);
}
