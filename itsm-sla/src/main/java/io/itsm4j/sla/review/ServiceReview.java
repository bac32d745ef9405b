package io.itsm4j.sla.review;

import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.TicketKind;
import io.itsm4j.sla.AgreementType;
import io.itsm4j.sla.ComplianceFigures;
import io.itsm4j.sla.SlaId;
import io.itsm4j.sla.availability.AvailabilityReport;
import io.itsm4j.sla.continuity.Exercise;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A service review (ISO/IEC 20000-1 8.3.3) of one service with one customer for one period: service levels against
 * their targets, availability against its target, volumes, major incidents and breaches with their causes, changes
 * and their success, continuity plans and their exercises, and the actions agreed at the previous review with where
 * they stand. A value compiled by {@link ServiceReviews#compile}; immutable; render it however the host likes.
 *
 * @param agreement what was agreed (customer, service, targets, cadence)
 * @param from the period's start, inclusive
 * @param until the period's end, exclusive
 * @param compiledOn the day it was compiled (overdue actions and the schedule are as of that day)
 * @param schedule where the review schedule stood on {@code compiledOn}
 * @param serviceLevels one line per service level definition with clocks counted in the period, by id
 * @param availability the service's availability in the period, if measured
 * @param volumes per ticket kind with any ticket, in {@link TicketKind} order
 * @param majorIncidents the major incidents open at any time in the period, oldest first
 * @param breaches the clocks counted in the period that breached, earliest breach first
 * @param changes the changes completed in the period
 * @param continuity the continuity plans that recover the service
 * @param previousActions the actions agreed at the previous review, with their status now
 */
public record ServiceReview(ReviewAgreement agreement, Instant from, Instant until, LocalDate compiledOn,
    ReviewAgreement.ReviewDue schedule, Seq<ServiceLevelLine> serviceLevels, Option<AvailabilityReport> availability,
    Seq<Volume> volumes, Seq<MajorIncident> majorIncidents, Seq<Breach> breaches, ChangeFigures changes,
    Seq<ContinuityLine> continuity, Seq<ReviewAction> previousActions) {

  /** Checks that no argument is null. */
  public ServiceReview {
    Objects.requireNonNull(agreement, "agreement must not be null");
    Objects.requireNonNull(from, "from must not be null");
    Objects.requireNonNull(until, "until must not be null");
    Objects.requireNonNull(compiledOn, "compiledOn must not be null");
    Objects.requireNonNull(schedule, "schedule must not be null");
    Objects.requireNonNull(serviceLevels, "serviceLevels must not be null");
    Objects.requireNonNull(availability, "availability must not be null");
    Objects.requireNonNull(volumes, "volumes must not be null");
    Objects.requireNonNull(majorIncidents, "majorIncidents must not be null");
    Objects.requireNonNull(breaches, "breaches must not be null");
    Objects.requireNonNull(changes, "changes must not be null");
    Objects.requireNonNull(continuity, "continuity must not be null");
    Objects.requireNonNull(previousActions, "previousActions must not be null");
  }

  /** The previous actions still open after their due date on {@link #compiledOn}. */
  public Seq<ReviewAction> overdueActions() {
    return previousActions.filter(a -> a.isOverdue(compiledOn));
  }

  /** Whether every target with a verdict was met: service levels, availability. */
  public boolean targetsMet() {
    return serviceLevels.forAll(l -> l.met().getOrElse(true)) && availability.forAll(AvailabilityReport::met);
  }

  /**
   * One service level definition in the period.
   *
   * @param definition the definition
   * @param type SLA, OLA or underpinning contract
   * @param figures its clocks counted in the period
   * @param target the agreed share of clocks met, in percent, if the agreement states one
   */
  public record ServiceLevelLine(SlaId definition, AgreementType type, ComplianceFigures figures,
      Option<Double> target) {
    /** Checks that no argument is null. */
    public ServiceLevelLine {
      Objects.requireNonNull(definition, "definition must not be null");
      Objects.requireNonNull(type, "type must not be null");
      Objects.requireNonNull(figures, "figures must not be null");
      Objects.requireNonNull(target, "target must not be null");
    }

    /** Whether the target was met; none without a target or without a clock in the denominator. */
    public Option<Boolean> met() {
      return target.flatMap(t -> figures.percentMet().map(p -> p >= t));
    }
  }

  /**
   * Ticket volumes of one kind.
   *
   * @param kind the kind
   * @param opened opened in the period
   * @param resolved resolved in the period (last resolution)
   * @param openAtEnd opened before the period's end and not resolved, closed or cancelled when compiled
   */
  public record Volume(TicketKind kind, long opened, long resolved, long openAtEnd) {
    /** Checks the arguments. */
    public Volume {
      Objects.requireNonNull(kind, "kind must not be null");
      if (opened < 0 || resolved < 0 || openAtEnd < 0) {
        throw new IllegalArgumentException("counts must not be negative");
      }
    }
  }

  /**
   * A major incident.
   *
   * @param id the ticket
   * @param title its title
   * @param priority its priority
   * @param openedAt when it was opened
   * @param resolvedAt when it was last resolved, if it is
   * @param cause what its resolution says (code and notes), if it has one
   */
  public record MajorIncident(TicketId id, String title, Priority priority, Instant openedAt,
      Option<Instant> resolvedAt, Option<String> cause) {
    /** Checks that no argument is null. */
    public MajorIncident {
      Objects.requireNonNull(id, "id must not be null");
      Objects.requireNonNull(title, "title must not be null");
      Objects.requireNonNull(priority, "priority must not be null");
      Objects.requireNonNull(openedAt, "openedAt must not be null");
      Objects.requireNonNull(resolvedAt, "resolvedAt must not be null");
      Objects.requireNonNull(cause, "cause must not be null");
    }
  }

  /**
   * A breached clock.
   *
   * @param ticket the ticket
   * @param definition the service level definition
   * @param priority the priority whose goal applied
   * @param breachedAt when the goal ran out
   * @param title the ticket's title, if the ticket was given
   * @param cause what the ticket's resolution says, if it has one
   */
  public record Breach(TicketId ticket, SlaId definition, Priority priority, Instant breachedAt,
      Option<String> title, Option<String> cause) {
    /** Checks that no argument is null. */
    public Breach {
      Objects.requireNonNull(ticket, "ticket must not be null");
      Objects.requireNonNull(definition, "definition must not be null");
      Objects.requireNonNull(priority, "priority must not be null");
      Objects.requireNonNull(breachedAt, "breachedAt must not be null");
      Objects.requireNonNull(title, "title must not be null");
      Objects.requireNonNull(cause, "cause must not be null");
    }
  }

  /**
   * The changes completed in the period: those with an outcome recorded and resolved or closed in it.
   *
   * @param completed how many
   * @param successful successful, possibly with issues
   * @param failed failed or backed out
   * @param emergency how many of them were emergency changes
   * @param failedChanges the failed ones, by id
   */
  public record ChangeFigures(long completed, long successful, long failed, long emergency,
      Seq<TicketId> failedChanges) {
    /** Checks the arguments. */
    public ChangeFigures {
      Objects.requireNonNull(failedChanges, "failedChanges must not be null");
      if (completed < 0 || successful < 0 || failed < 0 || emergency < 0 || successful + failed != completed
          || emergency > completed || failedChanges.size() != failed) {
        throw new IllegalArgumentException("inconsistent change figures: completed " + completed + ", successful "
            + successful + ", failed " + failed + " (" + failedChanges.size() + " listed), emergency " + emergency);
      }
    }

    /** Successful in percent of completed; none without a completed change. */
    public Option<Double> successRate() {
      return completed == 0 ? Option.none() : Option.some(successful * 100.0 / completed);
    }
  }

  /**
   * A continuity plan that recovers the service.
   *
   * @param plan the plan's id
   * @param lastExercise the latest exercise or invocation of the plan, if any was given
   * @param lastPassed whether that exercise met every requirement (no shortfall), if there was one
   * @param exerciseDue when the next exercise is due
   * @param exerciseOverdue whether that is past on the day of compiling
   * @param reviewFor changes since the plan's last review that touch what it covers: it needs a review if any
   */
  public record ContinuityLine(String plan, Option<Exercise> lastExercise, Option<Boolean> lastPassed,
      Instant exerciseDue, boolean exerciseOverdue, Seq<TicketId> reviewFor) {
    /** Checks that no argument is null. */
    public ContinuityLine {
      Objects.requireNonNull(plan, "plan must not be null");
      Objects.requireNonNull(lastExercise, "lastExercise must not be null");
      Objects.requireNonNull(lastPassed, "lastPassed must not be null");
      Objects.requireNonNull(exerciseDue, "exerciseDue must not be null");
      Objects.requireNonNull(reviewFor, "reviewFor must not be null");
    }
  }
}
