package io.itsm4j.core.monitoring;

import io.itsm4j.core.internal.Checks;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import java.time.Duration;

/**
 * The correlator's rules, as data. Immutable; each {@code with} method returns a changed copy and refuses a value
 * that could not work with an {@link IllegalArgumentException} naming the setting (they are configuration, set in
 * code at start-up).
 *
 * @param groupingWindow an alert joins an open group of its services if the group's last alert came at most this
 *     long before it
 * @param flapWindow the period over which state changes are counted for flapping
 * @param flapStart an alert with more state changes than this in the window is flapping
 * @param flapStop a flapping alert settles when its changes in the window fall to this or fewer (below
 *     {@code flapStart}: the gap is the hysteresis)
 * @param quietPeriod a firing alert with no event for this long is resolved by {@link AlertCorrelator#tick}
 * @param quietAction what a group restored by quiet alerts does to its incident, unless its source says otherwise
 * @param quietActionBySource the same, per source
 * @param stormWindow the period over which alerts raised per source and per service are counted
 * @param stormThreshold more alerts than this in the window from one source or on one service are a storm: one
 *     major incident with the other incidents as its children
 */
public record CorrelationPolicy(Duration groupingWindow, Duration flapWindow, int flapStart, int flapStop,
    Duration quietPeriod, RestoreAction quietAction, Map<String, RestoreAction> quietActionBySource,
    Duration stormWindow, int stormThreshold) {
  private static final CorrelationPolicy DEFAULTS = new CorrelationPolicy(Duration.ofMinutes(5),
      Duration.ofMinutes(30), 6, 3, Duration.ofHours(1), RestoreAction.ADD_NOTE, HashMap.empty(),
      Duration.ofMinutes(5), 50);

  /**
   * Validates the rules.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException naming the setting, for a duration that is not positive, a flap threshold
   *     below 1, a stop threshold not below the start threshold, or a storm threshold below 1
   */
  public CorrelationPolicy {
    positive(groupingWindow, "groupingWindow");
    positive(flapWindow, "flapWindow");
    positive(quietPeriod, "quietPeriod");
    positive(stormWindow, "stormWindow");
    Checks.notNull(quietAction, "quietAction");
    Checks.notNull(quietActionBySource, "quietActionBySource");
    if (flapStart < 1) {
      throw new IllegalArgumentException("flapStart must be at least 1, got " + flapStart);
    }
    if (flapStop < 0 || flapStop >= flapStart) {
      throw new IllegalArgumentException("flapStop must be from 0 to flapStart - 1 (" + (flapStart - 1) + "), got "
          + flapStop);
    }
    if (stormThreshold < 1) {
      throw new IllegalArgumentException("stormThreshold must be at least 1, got " + stormThreshold);
    }
  }

  private static void positive(Duration d, String name) {
    Checks.notNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, got " + d);
    }
  }

  /**
   * Five-minute grouping, flapping above 6 changes in 30 minutes until 3 or fewer, auto-resolve after an hour quiet
   * with a note only, storms above 50 alerts in 5 minutes.
   */
  public static CorrelationPolicy defaults() {
    return DEFAULTS;
  }

  /** This policy with another grouping window. */
  public CorrelationPolicy withGroupingWindow(Duration value) {
    return new CorrelationPolicy(value, flapWindow, flapStart, flapStop, quietPeriod, quietAction,
        quietActionBySource, stormWindow, stormThreshold);
  }

  /** This policy with other flapping rules. */
  public CorrelationPolicy withFlapping(Duration window, int start, int stop) {
    return new CorrelationPolicy(groupingWindow, window, start, stop, quietPeriod, quietAction, quietActionBySource,
        stormWindow, stormThreshold);
  }

  /** This policy with another quiet period and default action. */
  public CorrelationPolicy withQuietPeriod(Duration period, RestoreAction action) {
    return new CorrelationPolicy(groupingWindow, flapWindow, flapStart, flapStop, period, action,
        quietActionBySource, stormWindow, stormThreshold);
  }

  /**
   * This policy with a quiet action for one source.
   *
   * @throws IllegalArgumentException if {@code source} is not an identifier
   */
  public CorrelationPolicy withQuietAction(String source, RestoreAction action) {
    Checks.id(source, "source");
    Checks.notNull(action, "action");
    return new CorrelationPolicy(groupingWindow, flapWindow, flapStart, flapStop, quietPeriod, quietAction,
        quietActionBySource.put(source, action), stormWindow, stormThreshold);
  }

  /** This policy with other storm rules. */
  public CorrelationPolicy withStorm(Duration window, int threshold) {
    return new CorrelationPolicy(groupingWindow, flapWindow, flapStart, flapStop, quietPeriod, quietAction,
        quietActionBySource, window, threshold);
  }

  /** What quiet alerts of {@code source} do to their incident. */
  public RestoreAction quietActionOf(String source) {
    return quietActionBySource.get(source).getOrElse(quietAction);
  }
}
