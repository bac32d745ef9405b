package io.itsm4j.sla;

import io.itsm4j.core.ValueStyle;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.workflow.StateCategory;
import io.itsm4j.sla.calendar.BusinessCalendar;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import java.time.Duration;
import org.immutables.value.Value;

/**
 * One service level target: what is measured, for which tickets, when the clock starts, pauses, resumes, stops,
 * is cancelled or reset, the goal per priority, the business calendar it counts in, and the warning thresholds.
 *
 * <h2>Evaluation order</h2>
 * On each event of a ticket's history, for each definition, in this order:
 * <ol>
 *   <li><b>start</b>: if the clock has not started in the current cycle, the start condition holds and the ticket
 *       is selected ({@link #appliesTo()} and a goal for its priority), the clock starts (at the event, or earlier
 *       per {@link #retroactiveStart()});
 *   <li><b>pause</b>: if the clock runs and the pause condition holds, it pauses;
 *   <li><b>resume</b>: else, if the clock is paused and the resume condition holds, it runs again;
 *   <li><b>stop</b>: if the clock runs or is paused and the stop condition holds, it stops, met or breached;
 *   <li><b>cancel</b>: if the clock runs or is paused and the cancel condition holds, or the ticket is no longer
 *       selected (e.g. its priority has no goal, or its service changed), the cycle is cancelled;
 *   <li><b>reset</b>: if the clock has started in this cycle and the reset condition holds, the cycle ends
 *       (cancelled if it was still active) and a new one begins; steps 1-3 run again for it on the same event.
 * </ol>
 *
 * <p><b>Priority changes</b>: the goal is always the goal of the ticket's current priority (frozen when the clock
 * stops), measured from the original start with every pause kept. A priority change never restarts the clock and
 * never forgets paused time.
 *
 * <p>Immutable and thread-safe. Invalid definitions fail at {@code build()} with an {@link
 * IllegalArgumentException} naming the attribute: no goals, a goal that is not a positive whole number of seconds
 * or is longer than {@link BusinessCalendar#MAX_GOAL}, thresholds out of order, a calendar that is never open
 * ({@link BusinessCalendar#isNeverOpen()}).
 */
@Value.Immutable
@ValueStyle
public abstract class SlaDefinition {

  /** The default warning thresholds: 50 %, 75 % and 100 % of the goal. */
  public static final Seq<Integer> DEFAULT_THRESHOLDS = List.of(50, 75, 100);

  /** A builder. Required: id, metric, start, stop, goals. */
  public static ImmutableSlaDefinition.Builder builder() {
    return ImmutableSlaDefinition.builder();
  }

  /**
   * A builder prefilled as a typical resolution target: starts when work is owed (the ticket enters NEW, ACTIVE or
   * ON_HOLD, i.e. when it is opened and when it is reopened), pauses while on hold,
   * stops when resolved or closed, is cancelled when the ticket is cancelled, and starts a new cycle when a
   * resolved ticket is reopened. Still required: id and goals.
   */
  public static ImmutableSlaDefinition.Builder resolution() {
    return builder()
        .metric(SlaMetric.RESOLUTION)
        .start(SlaCondition.entersCategory(StateCategory.NEW, StateCategory.ACTIVE, StateCategory.ON_HOLD))
        .pause(SlaCondition.entersCategory(StateCategory.ON_HOLD))
        .resume(SlaCondition.leavesCategory(StateCategory.ON_HOLD))
        .stop(SlaCondition.entersCategory(StateCategory.RESOLVED, StateCategory.CLOSED))
        .reset(SlaCondition.reopened());
  }

  /**
   * A builder prefilled as a typical first-response target: starts when the ticket is opened, stops when an agent
   * comments for the caller or the ticket leaves the NEW category. Still required: id and goals.
   */
  public static ImmutableSlaDefinition.Builder firstResponse() {
    return builder()
        .metric(SlaMetric.FIRST_RESPONSE)
        .start(SlaCondition.opened())
        .stop(SlaCondition.agentResponded().or(SlaCondition.leavesCategory(StateCategory.NEW)));
  }

  /** The definition's identifier, unique among the definitions evaluated together. */
  public abstract SlaId id();

  /** A display name; defaults to the id. */
  @Value.Default
  public String name() {
    return id().value();
  }

  /** What is measured. */
  public abstract SlaMetric metric();

  /** SLA, OLA or underpinning contract; defaults to SLA. */
  @Value.Default
  public AgreementType type() {
    return AgreementType.SLA;
  }

  /** Which tickets it applies to; defaults to all. */
  @Value.Default
  public TicketSelector appliesTo() {
    return TicketSelector.any();
  }

  /** When the clock starts. */
  public abstract SlaCondition start();

  /** When a running clock pauses; defaults to never. */
  @Value.Default
  public SlaCondition pause() {
    return SlaCondition.never();
  }

  /** When a paused clock resumes; defaults to never. */
  @Value.Default
  public SlaCondition resume() {
    return SlaCondition.never();
  }

  /** When the clock stops, met or breached. */
  public abstract SlaCondition stop();

  /** When the clock is cancelled; defaults to entering the CANCELLED category. */
  @Value.Default
  public SlaCondition cancel() {
    return SlaCondition.entersCategory(StateCategory.CANCELLED);
  }

  /** When a started clock begins a new cycle; defaults to never. */
  @Value.Default
  public SlaCondition reset() {
    return SlaCondition.never();
  }

  /** The goal per priority, in business time, whole seconds; a priority without a goal is not covered. */
  public abstract Map<Priority, Duration> goals();

  /** The calendar business time counts in; defaults to 24×7. */
  @Value.Default
  public BusinessCalendar calendar() {
    return BusinessCalendar.alwaysOpen();
  }

  /** Warning thresholds in percent of the goal, ascending; defaults to 50, 75, 100. */
  @Value.Default
  public Seq<Integer> thresholds() {
    return DEFAULT_THRESHOLDS;
  }

  /** From when the clock counts once started; defaults to the start event. */
  @Value.Default
  public RetroactiveStart retroactiveStart() {
    return RetroactiveStart.none();
  }

  /** The goals as seconds indexed by priority ordinal, 0 where none: read on every event, so kept flat. */
  @Value.Derived
  @Value.Auxiliary
  GoalTable goalTable() {
    long[] seconds = new long[Priority.values().length];
    Duration[] durations = new Duration[seconds.length];
    goals().forEach((p, d) -> {
      seconds[p.ordinal()] = d.getSeconds();
      durations[p.ordinal()] = d;
    });
    return new GoalTable(seconds, durations);
  }

  /** Goal seconds per priority ordinal. */
  static final class GoalTable {
    private final long[] seconds;
    private final Duration[] durations;

    GoalTable(long[] seconds, Duration[] durations) {
      this.seconds = seconds;
      this.durations = durations;
    }

    /** The goal in seconds, or 0 when the priority has none. */
    long of(Priority p) {
      return seconds[p.ordinal()];
    }

    /** The goal, for a priority that has one. */
    Duration duration(Priority p) {
      return durations[p.ordinal()];
    }
  }

  @Value.Check
  void check() {
    if (goals().isEmpty()) {
      throw new IllegalArgumentException("goals of " + id() + " must name at least one priority");
    }
    goals().forEach((p, d) -> {
      if (d.isNegative() || d.isZero() || d.getNano() != 0) {
        throw new IllegalArgumentException(
            "goals." + p + " of " + id() + " must be a positive whole number of seconds, got " + d);
      }
      if (d.compareTo(BusinessCalendar.MAX_GOAL) > 0) {
        throw new IllegalArgumentException("goals." + p + " of " + id() + " must be at most "
            + BusinessCalendar.MAX_GOAL + " (the supported range), got " + d);
      }
    });
    if (calendar().isNeverOpen()) {
      throw new IllegalArgumentException("calendar of " + id() + " is never open (" + calendar()
          + "), so no deadline of it could ever fall");
    }
    int previous = 0;
    for (Integer t : thresholds()) {
      if (t <= previous || t > 1000) {
        throw new IllegalArgumentException("thresholds of " + id()
            + " must be ascending percentages in 1..1000, got " + thresholds().mkString(", "));
      }
      previous = t;
    }
  }
}
