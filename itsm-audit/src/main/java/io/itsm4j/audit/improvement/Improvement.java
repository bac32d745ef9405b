package io.itsm4j.audit.improvement;

import io.itsm4j.audit.corrective.CorrectiveActionId;
import io.itsm4j.audit.feedback.Complaint;
import io.itsm4j.audit.feedback.Survey;
import io.itsm4j.audit.internal.Require;
import io.itsm4j.audit.trend.Signal;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.Violation;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * One entry of the improvement register. Immutable: each step returns a new value; a step the status does not allow
 * is refused with {@link RejectionCode#TRANSITION_NOT_ALLOWED}.
 *
 * <pre>
 * IDENTIFIED → APPROVED → IN_PROGRESS → IMPLEMENTED → MEASURED → CLOSED
 * IDENTIFIED or APPROVED → REJECTED
 * </pre>
 * Measuring needs a target; closing a measured one records whether it reached its goal.
 *
 * @param id the entry's identifier (letters, digits, {@code . _ : -}, at most 64)
 * @param tenant whose
 * @param title what is to be improved: 1 to 200 characters of text
 * @param source where the opportunity came from
 * @param expectedBenefit the benefit expected, in words: 1 to 2,000 characters of text
 * @param priority 1 (highest) to 4
 * @param owner who drives it
 * @param status where it stands
 * @param target the measure and goal it should move, if stated
 * @param result the measure's value after, once measured
 * @param correctiveAction the corrective action it is linked to, where it comes from a nonconformity
 * @param identifiedAt when it was entered
 * @param updatedAt when it last changed
 */
public record Improvement(String id, TenantId tenant, String title, Source source, String expectedBenefit,
    int priority, ActorId owner, Status status, Option<Target> target, Option<Double> result,
    Option<CorrectiveActionId> correctiveAction, Instant identifiedAt, Instant updatedAt) {

  /** Where an improvement stands. */
  public enum Status {
    /** Entered, not yet decided. */
    IDENTIFIED,
    /** Approved to be done. */
    APPROVED,
    /** Being done. */
    IN_PROGRESS,
    /** Done; its effect not yet measured. */
    IMPLEMENTED,
    /** Its effect measured. */
    MEASURED,
    /** Finished. */
    CLOSED,
    /** Decided against. */
    REJECTED;

    /** Whether it is still to be decided, done or measured. */
    public boolean isOpen() {
      return this != CLOSED && this != REJECTED;
    }
  }

  /**
   * Validates the entry.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a text or the id is malformed, the priority is not 1 to 4, a result is given
   *     without a target or is not finite, or it was updated before it was identified
   */
  public Improvement {
    Require.id(id, "id");
    Require.notNull(tenant, "tenant");
    Require.text(title, "title", 200);
    Require.notNull(source, "source");
    Require.text(expectedBenefit, "expectedBenefit", 2_000);
    Require.notNull(owner, "owner");
    Require.notNull(status, "status");
    Require.notNull(target, "target");
    Require.notNull(result, "result");
    Require.notNull(correctiveAction, "correctiveAction");
    Require.notNull(identifiedAt, "identifiedAt");
    Require.notNull(updatedAt, "updatedAt");
    if (priority < 1 || priority > 4) {
      throw new IllegalArgumentException("priority must be 1 to 4, got " + priority);
    }
    if (result.isDefined() && (target.isEmpty() || !Double.isFinite(result.get()))) {
      throw new IllegalArgumentException("a result is a finite value of the target's measure");
    }
    if (updatedAt.isBefore(identifiedAt)) {
      throw new IllegalArgumentException("updated " + updatedAt + " before identified " + identifiedAt);
    }
  }

  /** A new entry, identified at {@code at}. */
  public static Improvement identify(String id, TenantId tenant, String title, Source source, String expectedBenefit,
      int priority, ActorId owner, Option<Target> target, Instant at) {
    return new Improvement(id, tenant, title, source, expectedBenefit, priority, owner, Status.IDENTIFIED, target,
        Option.none(), Option.none(), at, at);
  }

  /**
   * An opportunity from a control-chart signal on {@code metric}: priority 2 for rules 1 and 2 (a sudden shift),
   * 3 for the others.
   */
  public static Improvement from(Signal signal, String metric, String id, TenantId tenant, ActorId owner,
      Instant at) {
    Require.notNull(signal, "signal");
    return identify(id, tenant, "Investigate " + metric, new Source(Source.Kind.TREND_SIGNAL, metric + ", point "
        + signal.at() + ", rule " + signal.rule().number()), signal.explanation(), signal.rule().number() <= 2 ? 2
        : 3, owner, Option.none(), at);
  }

  /** An opportunity from a complaint: priority 2. */
  public static Improvement from(Complaint complaint, String id, ActorId owner, Instant at) {
    Require.notNull(complaint, "complaint");
    return identify(id, complaint.tenant(), "Act on complaint " + complaint.id() + " about "
        + complaint.service().value(), new Source(Source.Kind.COMPLAINT, complaint.id()), complaint.description(), 2,
        owner, Option.none(), at);
  }

  /**
   * An opportunity from an answered survey with a low score (1 or 2): priority 3.
   *
   * @return the entry; none when the survey is unanswered or scored 3 or more
   */
  public static Option<Improvement> from(Survey survey, String id, ActorId owner, Instant at) {
    Require.notNull(survey, "survey");
    return survey.response().filter(r -> r.score() <= 2).map(r -> identify(id, survey.tenant(),
        "Follow up a score of " + r.score() + " from " + survey.customer().value(), new Source(Source.Kind.FEEDBACK,
            "survey " + survey.id()), r.comment().isEmpty() ? "the customer scored " + r.score() + " of 5"
            : r.comment(), 3, owner, Option.none(), at));
  }

  /** This entry linked to {@code action} (it comes from a nonconformity). */
  public Improvement linkedTo(CorrectiveActionId action, Instant at) {
    Require.notNull(action, "action");
    return new Improvement(id, tenant, title, source, expectedBenefit, priority, owner, status, target, result,
        Option.some(action), identifiedAt, later(at));
  }

  /** Approves an identified entry. */
  public Either<Rejection, Improvement> approve(Instant at) {
    return to(Status.APPROVED, status == Status.IDENTIFIED, at, result);
  }

  /** Starts an approved entry. */
  public Either<Rejection, Improvement> start(Instant at) {
    return to(Status.IN_PROGRESS, status == Status.APPROVED, at, result);
  }

  /** Marks an entry in progress as implemented. */
  public Either<Rejection, Improvement> implemented(Instant at) {
    return to(Status.IMPLEMENTED, status == Status.IN_PROGRESS, at, result);
  }

  /**
   * Records the measure's value after an implementation.
   *
   * @return the measured entry; {@code TRANSITION_NOT_ALLOWED} unless implemented; {@code INVALID_INPUT} naming
   *     {@code result} without a target or for a value that is not finite
   */
  public Either<Rejection, Improvement> measured(double value, Instant at) {
    if (target.isEmpty() || !Double.isFinite(value)) {
      return Either.left(Rejection.invalid(RejectionCode.INVALID_INPUT, Vector.of(Violation.of("result",
          Violation.INVALID, target.isEmpty() ? "improvement " + id + " states no target to measure"
              : "a result must be finite, got " + value))));
    }
    return to(Status.MEASURED, status == Status.IMPLEMENTED, at, Option.some(value));
  }

  /** Closes a measured entry, or an implemented one without a target. */
  public Either<Rejection, Improvement> close(Instant at) {
    return to(Status.CLOSED, status == Status.MEASURED || status == Status.IMPLEMENTED && target.isEmpty(), at,
        result);
  }

  /** Rejects an entry not yet started. */
  public Either<Rejection, Improvement> reject(Instant at) {
    return to(Status.REJECTED, status == Status.IDENTIFIED || status == Status.APPROVED, at, result);
  }

  /** Whether its measured result reached the target's goal; none until measured. */
  public Option<Boolean> goalReached() {
    return result.flatMap(r -> target.map(t -> t.reached(r)));
  }

  private Either<Rejection, Improvement> to(Status next, boolean allowed, Instant at, Option<Double> newResult) {
    Require.notNull(at, "at");
    if (!allowed) {
      return Either.left(Rejection.of(RejectionCode.TRANSITION_NOT_ALLOWED, "improvement " + id + " is " + status
          + "; it cannot become " + next));
    }
    return Either.right(new Improvement(id, tenant, title, source, expectedBenefit, priority, owner, next, target,
        newResult, correctiveAction, identifiedAt, later(at)));
  }

  private Instant later(Instant at) {
    return at.isBefore(updatedAt) ? updatedAt : at;
  }
}
