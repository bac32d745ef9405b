package io.itsm4j.sla.continuity;

import io.itsm4j.core.ActorId;
import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.catalogue.Node;
import io.itsm4j.core.catalogue.Relationship;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.change.PlannedChange;
import io.itsm4j.core.ticket.TicketId;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A continuity plan: the services it recovers, who owns it, when it is invoked, how often it is exercised, and when
 * it was last exercised and reviewed. Immutable.
 *
 * @param id the plan's identifier (letters, digits, {@code . _ : -}, at most 64)
 * @param services the services it recovers, at least one
 * @param owner who keeps it current
 * @param invocationCriteria when it is invoked, in words (for example "the data centre is lost for more than an
 *     hour")
 * @param exerciseInterval how often it must be exercised; positive
 * @param lastReviewed when it was last reviewed (or written)
 * @param lastExercised when it was last exercised, if ever
 */
public record ContinuityPlan(String id, Seq<ServiceId> services, ActorId owner, String invocationCriteria,
    Duration exerciseInterval, Instant lastReviewed, Option<Instant> lastExercised) {
  /**
   * Validates the plan.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id is not an identifier, there is no service, or the interval is not
   *     positive
   */
  public ContinuityPlan {
    Objects.requireNonNull(id, "id must not be null");
    Objects.requireNonNull(services, "services must not be null");
    Objects.requireNonNull(owner, "owner must not be null");
    Objects.requireNonNull(invocationCriteria, "invocationCriteria must not be null");
    Objects.requireNonNull(exerciseInterval, "exerciseInterval must not be null");
    Objects.requireNonNull(lastReviewed, "lastReviewed must not be null");
    Objects.requireNonNull(lastExercised, "lastExercised must not be null");
    if (!io.itsm4j.core.Violations.isIdentifier(id)) {
      throw new IllegalArgumentException("id must be an identifier (letters, digits, . _ : -), got '"
          + io.itsm4j.core.TextPolicy.shown(id) + "'");
    }
    if (services.isEmpty()) {
      throw new IllegalArgumentException("a plan recovers at least one service");
    }
    if (exerciseInterval.isNegative() || exerciseInterval.isZero()) {
      throw new IllegalArgumentException("exerciseInterval must be positive, got " + exerciseInterval);
    }
  }

  /**
   * This plan, last exercised at {@code at} if that is later than the exercise it knows (an exercise recorded
   * elsewhere, in a store, after the plan was written); else this plan.
   *
   * @throws NullPointerException if {@code at} is null
   */
  public ContinuityPlan exercisedAt(Instant at) {
    Objects.requireNonNull(at, "at must not be null");
    return lastExercised.exists(l -> !at.isAfter(l)) ? this
        : new ContinuityPlan(id, services, owner, invocationCriteria, exerciseInterval, lastReviewed, Option.some(at));
  }

  /** The configuration items its services need, as the recovery order finds them. */
  public Set<ConfigurationItemId> coveredItems(Iterable<Relationship> relationships) {
    Set<ConfigurationItemId> out = LinkedHashSet.empty();
    for (ServiceId s : services) {
      for (RecoveryOrder.Step step : RecoveryOrder.of(relationships, s)) {
        if (step.node() instanceof Node.CiNode ci) {
          out = out.add(ci.id());
        }
      }
    }
    return out;
  }

  /**
   * Where the plan stands at {@code now}: the changes planned since its last review that touch an item it covers
   * (it needs a review), and whether its exercise is overdue (the interval has passed since its last exercise, or
   * since its last review if it was never exercised).
   *
   * @param relationships the catalogue's relationships
   * @param changes scheduled changes (a host's {@code ScheduledChanges} answer)
   * @param now the time of asking
   */
  public Flags flags(Iterable<Relationship> relationships, Seq<PlannedChange> changes, Instant now) {
    Set<ConfigurationItemId> covered = coveredItems(relationships);
    Vector<TicketId> touching = Vector.empty();
    for (PlannedChange c : changes) {
      if (c.window().start().isAfter(lastReviewed) && c.items().exists(covered::contains)) {
        touching = touching.append(c.change());
      }
    }
    Instant due = lastExercised.getOrElse(lastReviewed).plus(exerciseInterval);
    return new Flags(touching, now.isAfter(due), due);
  }

  /**
   * Where a plan stands.
   *
   * @param reviewFor the changes that touch its items since its last review: it needs a review if any
   * @param overdue whether its exercise is overdue
   * @param exerciseDue when its next exercise is due
   */
  public record Flags(Seq<TicketId> reviewFor, boolean overdue, Instant exerciseDue) {
    /** Whether a change since its last review touches an item it covers. */
    public boolean needsReview() {
      return !reviewFor.isEmpty();
    }
  }
}
