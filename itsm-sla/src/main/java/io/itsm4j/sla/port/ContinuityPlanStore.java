package io.itsm4j.sla.port;

import io.itsm4j.core.Rejection;
import io.itsm4j.core.TenantId;
import io.itsm4j.sla.continuity.ContinuityPlan;
import io.itsm4j.sla.continuity.Exercise;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Keeps continuity plans (ISO/IEC 20000-1 8.7.2), versioned, and the exercises and invocations recorded against them,
 * per tenant.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li><b>Optimistic versions</b>: {@link #save} writes a new plan with expected version 0 and an existing one with
 *       the version it was read at; anything else is {@link io.itsm4j.core.RejectionCode#VERSION_CONFLICT} and
 *       nothing is written. Of concurrent saves from one version, exactly one wins.
 *   <li><b>Idempotent exercises</b>: an exercise is identified by its plan and time; recording an equal one again
 *       answers {@code false}; another with the same plan and time is {@code ALREADY_EXISTS}; one for a plan the
 *       tenant does not hold is {@code NOT_FOUND}. Nothing is written on a rejection.
 *   <li><b>Tenancy</b>: nothing of one tenant is visible to, or changed by, another.
 *   <li><b>Threading</b>: thread-safe. <b>Errors</b>: a failing store throws; rejections are the outcomes named
 *       here. <b>Nullness</b>: arguments are never {@code null}, results never are.
 * </ul>
 * The contract kit {@code AbstractContinuityPlanStoreContractTest} (itsm-sla's test-jar) checks an implementation.
 */
public interface ContinuityPlanStore {

  /**
   * A plan as stored.
   *
   * @param plan the plan
   * @param version 1 for the first save, one more for each save after
   */
  record StoredPlan(ContinuityPlan plan, long version) {
    /** Checks the arguments. */
    public StoredPlan {
      Objects.requireNonNull(plan, "plan must not be null");
      if (version < 1) {
        throw new IllegalArgumentException("version must be at least 1, got " + version);
      }
    }
  }

  /**
   * Saves a plan.
   *
   * @param expectedVersion 0 for a new plan, else the version it was read at
   * @return the version written; or {@code VERSION_CONFLICT}
   */
  Either<Rejection, Long> save(TenantId tenant, ContinuityPlan plan, long expectedVersion);

  /** The plan with {@code id}, if the tenant holds it. */
  Option<StoredPlan> plan(TenantId tenant, String id);

  /** The tenant's plans, by id. */
  Seq<StoredPlan> plans(TenantId tenant);

  /**
   * Records an exercise or invocation of its plan.
   *
   * @return {@code true} if recorded, {@code false} if an equal one was before; or a rejection as above
   */
  Either<Rejection, Boolean> recordExercise(TenantId tenant, Exercise exercise);

  /** The exercises of plan {@code planId}, oldest first. */
  Seq<Exercise> exercises(TenantId tenant, String planId);
}
