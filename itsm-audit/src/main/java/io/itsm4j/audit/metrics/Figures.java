package io.itsm4j.audit.metrics;

import io.itsm4j.audit.internal.Require;
import io.vavr.control.Option;

/**
 * The figures of one slice, or of several rolled up. Immutable; {@link #plus} adds two.
 *
 * <p>Each figure is counted once, in the slice of the moment that defines it (the ticket's kind, priority,
 * service, offering, customer and group as they were then, the period that holds that moment):
 *
 * @param opened tickets opened (counted when opened)
 * @param acknowledged tickets acknowledged (counted when first acknowledged: the first of an assignment to a person,
 *     leaving New, or a comment to the caller by someone other than the caller)
 * @param resolved tickets resolved for the first time (counted when first entering Resolved, or Closed without
 *     passing Resolved); later resolutions after a reopening are not counted again
 * @param firstContactResolved of those, resolved without a single reassignment before it
 * @param reopened of those, reopened within the configured window after their first resolution (counted in the slice
 *     of the first resolution, so the rate is of the tickets resolved in that period)
 * @param reassignments reassignments (of group or assignee) before the first resolution, summed over the tickets
 *     resolved
 * @param backlog tickets open (New, Active or On hold) at the end of the period, opened before it (counted in the
 *     period that ends, with each ticket's attributes at that moment)
 * @param changesCompleted changes closed with an outcome recorded (counted when closed)
 * @param changesSuccessful of those, successful or successful with issues
 * @param changesFailed of those, failed or backed out
 * @param emergencyChanges of those, emergency changes
 * <p>Durations are exact here (count, sum, mean, minimum, maximum); their percentiles are kept per {@link Cut} in
 * {@link MetricsReport#sketches()}.
 *
 * @param knownErrors problems whose root cause and workaround were both recorded (counted when the second of them
 *     is)
 * @param incidentsLinkedToProblems incidents linked to a problem as caused by it (counted at the first such link)
 * @param incidentsLinkedToKnownErrors of those, linked to a problem that was a known error then
 * @param incidentsCausedByChanges incidents linked to a change as caused by it (counted at the first such link)
 * @param slaMet service level clocks that met their goal ({@link FollowUp.SlaOutcome}, counted when stated)
 * @param slaBreached service level clocks that breached it
 * @param scored satisfaction scores given ({@link FollowUp.Satisfaction}, counted when given)
 * @param satisfied of those, 4 or 5
 * @param timeToAcknowledge wall time from opening to acknowledgement, of the tickets acknowledged
 * @param businessTimeToAcknowledge business time (the configured clock) from opening to acknowledgement; empty
 *     without a clock
 * @param timeToResolve wall time from opening to first resolution, of the tickets resolved
 * @param businessTimeToResolve business time (the configured clock) from opening to first resolution; empty without
 *     a clock
 * @param backlogAge wall time from opening to the period's end, of the backlog
 * @param failedChangeRecovery wall time from opening to first resolution of the incidents caused by a change (DORA's
 *     time to restore service after a failed change), counted at the resolution
 */
public record Figures(long opened, long acknowledged, long resolved, long firstContactResolved, long reopened,
    long reassignments, long backlog, long changesCompleted, long changesSuccessful, long changesFailed,
    long emergencyChanges, long knownErrors, long incidentsLinkedToProblems, long incidentsLinkedToKnownErrors,
    long incidentsCausedByChanges, long slaMet, long slaBreached, long scored, long satisfied,
    Durations timeToAcknowledge, Durations businessTimeToAcknowledge,
    Durations timeToResolve, Durations businessTimeToResolve, Durations backlogAge, Durations failedChangeRecovery) {
  /** Nothing counted. */
  public static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
      Durations.NONE,
      Durations.NONE, Durations.NONE, Durations.NONE, Durations.NONE, Durations.NONE);

  /**
   * Checks the arguments.
   *
   * @throws NullPointerException if a durations argument is null
   * @throws IllegalArgumentException if a count is negative, or satisfied exceeds scored
   */
  public Figures {
    Require.notNull(timeToAcknowledge, "timeToAcknowledge");
    Require.notNull(businessTimeToAcknowledge, "businessTimeToAcknowledge");
    Require.notNull(timeToResolve, "timeToResolve");
    Require.notNull(businessTimeToResolve, "businessTimeToResolve");
    Require.notNull(backlogAge, "backlogAge");
    Require.notNull(failedChangeRecovery, "failedChangeRecovery");
    if ((opened | acknowledged | resolved | firstContactResolved | reopened | reassignments | backlog
        | changesCompleted | changesSuccessful | changesFailed | emergencyChanges | knownErrors
        | incidentsLinkedToProblems | incidentsLinkedToKnownErrors | incidentsCausedByChanges | slaMet | slaBreached
        | scored | satisfied) < 0) {
      throw new IllegalArgumentException("counts must not be negative");
    }
    if (satisfied > scored) {
      throw new IllegalArgumentException("satisfied (" + satisfied + ") must not exceed scored (" + scored + ")");
    }
  }

  /** These figures and {@code other} together: counts and durations added. */
  public Figures plus(Figures other) {
    Require.notNull(other, "other");
    return new Figures(opened + other.opened, acknowledged + other.acknowledged, resolved + other.resolved,
        firstContactResolved + other.firstContactResolved, reopened + other.reopened,
        reassignments + other.reassignments, backlog + other.backlog, changesCompleted + other.changesCompleted,
        changesSuccessful + other.changesSuccessful, changesFailed + other.changesFailed,
        emergencyChanges + other.emergencyChanges, knownErrors + other.knownErrors,
        incidentsLinkedToProblems + other.incidentsLinkedToProblems,
        incidentsLinkedToKnownErrors + other.incidentsLinkedToKnownErrors,
        incidentsCausedByChanges + other.incidentsCausedByChanges, slaMet + other.slaMet,
        slaBreached + other.slaBreached, scored + other.scored, satisfied + other.satisfied,
        timeToAcknowledge.plus(other.timeToAcknowledge),
        businessTimeToAcknowledge.plus(other.businessTimeToAcknowledge),
        timeToResolve.plus(other.timeToResolve), businessTimeToResolve.plus(other.businessTimeToResolve),
        backlogAge.plus(other.backlogAge), failedChangeRecovery.plus(other.failedChangeRecovery));
  }

  /** First-contact resolutions in percent of the tickets resolved; none without any. */
  public Option<Double> firstContactRate() {
    return share(firstContactResolved, resolved);
  }

  /** Reopened within the window in percent of the tickets resolved; none without any. */
  public Option<Double> reopenRate() {
    return share(reopened, resolved);
  }

  /** Reassignments per ticket resolved; none without any. */
  public Option<Double> reassignmentsPerTicket() {
    return resolved == 0 ? Option.none() : Option.some((double) reassignments / resolved);
  }

  /** Successful changes in percent of those completed (the complement of DORA's change failure rate). */
  public Option<Double> changeSuccessRate() {
    return share(changesSuccessful, changesCompleted);
  }

  /** Failed or backed-out changes in percent of those completed (DORA's change failure rate). */
  public Option<Double> changeFailureRate() {
    return share(changesFailed, changesCompleted);
  }

  /** Emergency changes in percent of those completed. */
  public Option<Double> emergencyChangeRate() {
    return share(emergencyChanges, changesCompleted);
  }

  /**
   * Service level compliance: clocks met in percent of those met or breached (the denominator, {@link
   * #slaOutcomes()}); none without any.
   */
  public Option<Double> slaCompliance() {
    return share(slaMet, slaOutcomes());
  }

  /** The denominator of {@link #slaCompliance()}: clocks met or breached. */
  public long slaOutcomes() {
    return slaMet + slaBreached;
  }

  /** Customer satisfaction (CSAT): scores of 4 or 5 in percent of the scores given; none without any. */
  public Option<Double> csat() {
    return share(satisfied, scored);
  }

  private static Option<Double> share(long part, long whole) {
    return whole == 0 ? Option.none() : Option.some(part * 100.0 / whole);
  }
}
