package io.itsm4j.audit.metrics;

import java.time.Duration;
import java.time.Instant;

/**
 * Business time between two instants, the clock the service level agreements count in: a host passes its
 * calendar's {@code elapsed}, for example {@code calendar::elapsed} of itsm-sla's {@code BusinessCalendar}. Must be
 * pure and thread-safe; never returns null or a negative duration for {@code from} not after {@code to}.
 */
@FunctionalInterface
public interface BusinessTime {
  /** The business time in [{@code from}, {@code to}). */
  Duration between(Instant from, Instant to);
}
