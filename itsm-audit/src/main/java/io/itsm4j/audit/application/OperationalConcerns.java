package io.itsm4j.audit.application;

import io.itsm4j.audit.Clause;
import io.itsm4j.audit.evidence.Concern;
import io.itsm4j.audit.port.ConcernSource;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.catalogue.Relationship;
import io.itsm4j.core.port.ScheduledChanges;
import io.itsm4j.core.ticket.ChangeWindow;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.sla.continuity.ContinuityPlan;
import io.itsm4j.sla.port.ContinuityPlanStore;
import io.itsm4j.sla.port.ServiceReviewStore;
import io.itsm4j.sla.review.HeldReview;
import io.itsm4j.sla.review.ReviewAction;
import io.itsm4j.sla.review.ReviewAgreement;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.function.Function;

/**
 * The concerns of operation and control, for the evidence report: continuity plans whose exercise is overdue or
 * that a change touches since their last review (8.7), service reviews not held in time and actions agreed at them
 * still open after their day (8.3.3). Immutable and thread-safe as its sources are.
 *
 * <h2>What it asks</h2>
 * <ul>
 *   <li><b>Plans</b>: every plan of the {@link ContinuityPlanStore}, its last exercise taken as the later of the
 *       plan's own and the latest recorded in the store; overdue once its interval has passed since then (or since
 *       its last review if never exercised). With {@link #changes} and {@link #relationships}, changes scheduled or
 *       being implemented from the plan's last review up to {@code asOf} plus the {@link #horizon} that touch a
 *       configuration item the plan covers: the plan needs a review before they land.
 *   <li><b>Reviews</b>: for each agreement {@link #agreements} gives, whether the next review is overdue on the
 *       day of {@code asOf} in the {@link #zone}; for every review held, its actions open after their day.
 * </ul>
 */
public final class OperationalConcerns implements ConcernSource {
  private final ContinuityPlanStore plans;
  private final ServiceReviewStore reviews;
  private final Function<TenantId, Seq<ReviewAgreement>> agreements;
  private final Function<TenantId, ? extends Iterable<Relationship>> relationships;
  private final Option<ScheduledChanges> changes;
  private final ZoneId zone;
  private final Duration horizon;

  private OperationalConcerns(ContinuityPlanStore plans, ServiceReviewStore reviews,
      Function<TenantId, Seq<ReviewAgreement>> agreements,
      Function<TenantId, ? extends Iterable<Relationship>> relationships, Option<ScheduledChanges> changes,
      ZoneId zone, Duration horizon) {
    this.plans = plans;
    this.reviews = reviews;
    this.agreements = agreements;
    this.relationships = relationships;
    this.changes = changes;
    this.zone = zone;
    this.horizon = horizon;
  }

  /**
   * Concerns from {@code plans} and {@code reviews}: no agreements, no changes, days in UTC, until the withers say
   * otherwise.
   *
   * @throws NullPointerException if an argument is null
   */
  public static OperationalConcerns of(ContinuityPlanStore plans, ServiceReviewStore reviews) {
    return new OperationalConcerns(Objects.requireNonNull(plans, "plans must not be null"),
        Objects.requireNonNull(reviews, "reviews must not be null"), t -> Vector.empty(), t -> Vector.empty(),
        Option.none(), ZoneOffset.UTC, Duration.ofDays(30));
  }

  /** These concerns, reading each tenant's review agreements from {@code value}. */
  public OperationalConcerns agreements(Function<TenantId, Seq<ReviewAgreement>> value) {
    return new OperationalConcerns(plans, reviews, Objects.requireNonNull(value, "agreements must not be null"),
        relationships, changes, zone, horizon);
  }

  /** These concerns, reading each tenant's catalogue relationships (what a plan covers) from {@code value}. */
  public OperationalConcerns relationships(Function<TenantId, ? extends Iterable<Relationship>> value) {
    return new OperationalConcerns(plans, reviews, agreements,
        Objects.requireNonNull(value, "relationships must not be null"), changes, zone, horizon);
  }

  /** These concerns, asking {@code value} which changes are scheduled (plans a change touches need a review). */
  public OperationalConcerns changes(ScheduledChanges value) {
    return new OperationalConcerns(plans, reviews, agreements, relationships,
        Option.some(Objects.requireNonNull(value, "changes must not be null")), zone, horizon);
  }

  /** These concerns, taking the day of an instant in {@code value} (the provider's zone). */
  public OperationalConcerns zone(ZoneId value) {
    return new OperationalConcerns(plans, reviews, agreements, relationships, changes,
        Objects.requireNonNull(value, "zone must not be null"), horizon);
  }

  /**
   * These concerns, looking {@code value} ahead for changes that touch a plan.
   *
   * @throws IllegalArgumentException if {@code value} is negative
   */
  public OperationalConcerns horizon(Duration value) {
    if (Objects.requireNonNull(value, "horizon must not be null").isNegative()) {
      throw new IllegalArgumentException("horizon must not be negative, got " + value);
    }
    return new OperationalConcerns(plans, reviews, agreements, relationships, changes, zone, value);
  }

  @Override
  public Seq<Concern> concerns(TenantId tenant, Instant asOf) {
    Objects.requireNonNull(tenant, "tenant must not be null");
    Objects.requireNonNull(asOf, "asOf must not be null");
    Vector<Concern> out = Vector.empty();
    Iterable<Relationship> graph = relationships.apply(tenant);
    for (ContinuityPlanStore.StoredPlan stored : plans.plans(tenant)) {
      ContinuityPlan plan = withLatestExercise(tenant, stored.plan(), asOf);
      Seq<io.itsm4j.core.change.PlannedChange> planned = changes.isEmpty() || !asOf.isAfter(plan.lastReviewed())
          ? Vector.empty()
          : changes.get().overlapping(tenant, ChangeWindow.of(plan.lastReviewed(), asOf.plus(horizon)));
      ContinuityPlan.Flags flags = plan.flags(graph, planned, asOf);
      String subject = "continuity plan " + plan.id();
      if (flags.overdue()) {
        out = out.append(new Concern(Clause.C8_7, subject, "exercise overdue since " + flags.exerciseDue()
            + plan.lastExercised().map(l -> "; last exercised " + l).getOrElse("; never exercised")));
      }
      if (flags.needsReview()) {
        out = out.append(new Concern(Clause.C8_7, subject, "needs a review: "
            + flags.reviewFor().map(TicketId::value).mkString(", ") + " change what it covers since its last review "
            + plan.lastReviewed()));
      }
    }
    LocalDate today = asOf.atZone(zone).toLocalDate();
    for (ReviewAgreement agreement : agreements.apply(tenant)) {
      Seq<HeldReview> held = reviews.held(tenant, agreement.customer(), agreement.service());
      ReviewAgreement.ReviewDue due = agreement.due(held.map(HeldReview::heldOn), today);
      if (due.overdue()) {
        out = out.append(new Concern(Clause.C8_3_3, "service review of " + agreement.service().value() + " with "
            + agreement.customer().value(), "due " + due.nextDue() + ", overdue by " + due.daysOverdue() + " days"
            + due.lastHeld().map(d -> "; last held " + d).getOrElse("; never held")));
      }
    }
    for (HeldReview review : reviews.all(tenant)) {
      for (ReviewAction action : review.actions().filter(a -> a.isOverdue(today))) {
        out = out.append(new Concern(Clause.C8_3_3, "action " + action.id() + " of the review of "
            + review.service().value() + " with " + review.customer().value() + " on " + review.heldOn(),
            "open after its day " + action.due() + " (owner " + action.owner().value() + ")"));
      }
    }
    return out;
  }

  private ContinuityPlan withLatestExercise(TenantId tenant, ContinuityPlan plan, Instant asOf) {
    Seq<io.itsm4j.sla.continuity.Exercise> done = plans.exercises(tenant, plan.id()).filter(e -> !e.at().isAfter(asOf));
    if (done.isEmpty()) {
      return plan;
    }
    return plan.exercisedAt(done.map(io.itsm4j.sla.continuity.Exercise::at).max().get());
  }
}
