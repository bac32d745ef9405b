package io.itsm4j.sla.memory;

import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.sla.continuity.ContinuityPlan;
import io.itsm4j.sla.continuity.Exercise;
import io.itsm4j.sla.port.ContinuityPlanStore;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link ContinuityPlanStore} in memory: per tenant, an immutable state replaced atomically, so a version check and
 * its write are one step. Thread-safe; lost when the process ends.
 */
public final class InMemoryContinuityPlanStore implements ContinuityPlanStore {
  private record Tenant(TreeMap<String, StoredPlan> plans, Map<String, TreeMap<java.time.Instant, Exercise>> exercises) {
    static final Tenant EMPTY = new Tenant(TreeMap.empty(), HashMap.empty());
  }

  private final ConcurrentHashMap<TenantId, Tenant> tenants = new ConcurrentHashMap<>();

  /** An empty store. */
  public InMemoryContinuityPlanStore() {}

  @Override
  public Either<Rejection, Long> save(TenantId tenant, ContinuityPlan plan, long expectedVersion) {
    Objects.requireNonNull(tenant, "tenant must not be null");
    Objects.requireNonNull(plan, "plan must not be null");
    Either<?, ?>[] outcome = new Either<?, ?>[1];
    tenants.compute(tenant, (t, current) -> {
      Tenant state = current == null ? Tenant.EMPTY : current;
      long now = state.plans().get(plan.id()).map(StoredPlan::version).getOrElse(0L);
      if (now != expectedVersion) {
        outcome[0] = Either.left(Rejection.of(RejectionCode.VERSION_CONFLICT, "plan " + plan.id() + " is at version "
            + now + ", not " + expectedVersion));
        return current;
      }
      outcome[0] = Either.right(now + 1);
      return new Tenant(state.plans().put(plan.id(), new StoredPlan(plan, now + 1)), state.exercises());
    });
    @SuppressWarnings("unchecked")
    Either<Rejection, Long> result = (Either<Rejection, Long>) outcome[0];
    return result;
  }

  @Override
  public Option<StoredPlan> plan(TenantId tenant, String id) {
    Objects.requireNonNull(id, "id must not be null");
    return state(tenant).plans().get(id);
  }

  @Override
  public Seq<StoredPlan> plans(TenantId tenant) {
    return state(tenant).plans().values().toVector();
  }

  @Override
  public Either<Rejection, Boolean> recordExercise(TenantId tenant, Exercise exercise) {
    Objects.requireNonNull(tenant, "tenant must not be null");
    Objects.requireNonNull(exercise, "exercise must not be null");
    Either<?, ?>[] outcome = new Either<?, ?>[1];
    outcome[0] = Either.left(Rejection.of(RejectionCode.NOT_FOUND, "no plan " + exercise.plan()));
    tenants.computeIfPresent(tenant, (t, state) -> {
      if (!state.plans().containsKey(exercise.plan())) {
        return state;
      }
      TreeMap<java.time.Instant, Exercise> own = state.exercises().get(exercise.plan()).getOrElse(TreeMap.empty());
      Option<Exercise> before = own.get(exercise.at());
      if (before.isDefined()) {
        outcome[0] = before.get().equals(exercise) ? Either.right(false)
            : Either.left(Rejection.of(RejectionCode.ALREADY_EXISTS, "an exercise of plan " + exercise.plan() + " at "
                + exercise.at() + " is recorded with other content"));
        return state;
      }
      outcome[0] = Either.right(true);
      return new Tenant(state.plans(), state.exercises().put(exercise.plan(), own.put(exercise.at(), exercise)));
    });
    @SuppressWarnings("unchecked")
    Either<Rejection, Boolean> result = (Either<Rejection, Boolean>) outcome[0];
    return result;
  }

  @Override
  public Seq<Exercise> exercises(TenantId tenant, String planId) {
    Objects.requireNonNull(planId, "planId must not be null");
    return state(tenant).exercises().get(planId).map(m -> m.values().toVector()).getOrElse(Vector.empty());
  }

  private Tenant state(TenantId tenant) {
    Tenant state = tenants.get(Objects.requireNonNull(tenant, "tenant must not be null"));
    return state == null ? Tenant.EMPTY : state;
  }
}
