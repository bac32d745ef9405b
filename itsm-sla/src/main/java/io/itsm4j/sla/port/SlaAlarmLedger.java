package io.itsm4j.sla.port;

import io.itsm4j.sla.ThresholdCrossing;

/**
 * Remembers which threshold crossings were already delivered, by {@link ThresholdCrossing#key()} (tenant, ticket,
 * definition, cycle, threshold), so that evaluating a ticket twice, or on two nodes at once, delivers each
 * crossing once.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li><b>Atomicity</b>: {@link #claim} is atomic: among any number of concurrent calls for the same key, exactly
 *       one returns {@code true} until the key is released. A database adapter uses a unique key and an insert.
 *   <li><b>Threading</b>: thread-safe.
 *   <li><b>Errors</b>: a failing store throws; the monitor turns that into a port-failure rejection.
 *   <li><b>Nullness</b>: arguments are never {@code null}.
 * </ul>
 */
public interface SlaAlarmLedger {

  /** Records the crossing; {@code true} if it was not recorded before (the caller delivers it). */
  boolean claim(ThresholdCrossing crossing);

  /** Forgets a claimed crossing whose delivery failed, so it is delivered again later. */
  void release(ThresholdCrossing crossing);
}
