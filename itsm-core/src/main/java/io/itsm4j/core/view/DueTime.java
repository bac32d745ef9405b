package io.itsm4j.core.view;

import io.itsm4j.core.internal.Checks;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * Where one service level clock of a ticket stands, as a queue needs it: when it will breach and when it will warn
 * if nothing changes, or when it did breach. Core does not compute these (it does not know calendars or goals); a
 * {@link io.itsm4j.core.port.DueTimes} (itsm-sla's {@code SlaDueTimes}) does, and the view carries them.
 *
 * @param clock the clock's name (an SLA definition's id)
 * @param running whether the clock counts now (not paused, stopped or cancelled)
 * @param breachAt when the clock breaches if nothing changes; only while it runs and has not yet breached
 * @param warnAt when it crosses its next warning threshold below the goal; only while it runs
 * @param breachedAt when it breached, if it did (a clock met in time, or cancelled, has none)
 */
public record DueTime(String clock, boolean running, Option<Instant> breachAt, Option<Instant> warnAt,
    Option<Instant> breachedAt) {
  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a clock that does not run has a breach or warning instant
   */
  public DueTime {
    Checks.notNull(clock, "clock");
    Checks.notNull(breachAt, "breachAt");
    Checks.notNull(warnAt, "warnAt");
    Checks.notNull(breachedAt, "breachedAt");
    if (!running && (breachAt.isDefined() || warnAt.isDefined())) {
      throw new IllegalArgumentException("clock " + clock + " does not run, so it neither breaches nor warns");
    }
  }
}
