package io.itsm4j.sla.memory;

import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.catalogue.CustomerId;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.sla.port.ServiceReviewStore;
import io.itsm4j.sla.review.ActionStatus;
import io.itsm4j.sla.review.HeldReview;
import io.itsm4j.sla.review.ReviewAction;
import io.vavr.Tuple3;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.util.Comparator;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link ServiceReviewStore} in memory: per tenant, an immutable map replaced atomically, so a reader never sees a
 * half-recorded review and a compare-and-set is one step. Thread-safe; lost when the process ends.
 */
public final class InMemoryServiceReviewStore implements ServiceReviewStore {
  private static final Comparator<Tuple3<String, String, java.time.LocalDate>> BY_KEY =
      Comparator.<Tuple3<String, String, java.time.LocalDate>, String>comparing(Tuple3::_1)
          .thenComparing(Tuple3::_2).thenComparing(Tuple3::_3);

  /** A tenant's reviews by (customer, service, day), and where each action is held. */
  private record Tenant(TreeMap<Tuple3<String, String, java.time.LocalDate>, HeldReview> reviews,
      Map<String, Tuple3<String, String, java.time.LocalDate>> actions) {
    static final Tenant EMPTY = new Tenant(TreeMap.empty(BY_KEY), HashMap.empty());
  }

  private final ConcurrentHashMap<TenantId, Tenant> tenants = new ConcurrentHashMap<>();

  /** An empty store. */
  public InMemoryServiceReviewStore() {}

  private static Tuple3<String, String, java.time.LocalDate> key(HeldReview r) {
    return new Tuple3<>(r.customer().value(), r.service().value(), r.heldOn());
  }

  @Override
  public Either<Rejection, Boolean> record(TenantId tenant, HeldReview review) {
    Objects.requireNonNull(tenant, "tenant must not be null");
    Objects.requireNonNull(review, "review must not be null");
    Either<?, ?>[] outcome = new Either<?, ?>[1];
    tenants.compute(tenant, (t, current) -> {
      Tenant state = current == null ? Tenant.EMPTY : current;
      var key = key(review);
      var before = state.reviews().get(key);
      if (before.isDefined()) {
        outcome[0] = before.get().equals(review) ? Either.right(false)
            : Either.left(Rejection.of(RejectionCode.ALREADY_EXISTS, "a review of " + review.service().value()
                + " with " + review.customer().value() + " on " + review.heldOn() + " is recorded with other content"));
        return current;
      }
      for (ReviewAction a : review.actions()) {
        if (state.actions().containsKey(a.id())) {
          outcome[0] = Either.left(Rejection.of(RejectionCode.ALREADY_EXISTS, "action " + a.id()
              + " belongs to another review"));
          return current;
        }
      }
      Map<String, Tuple3<String, String, java.time.LocalDate>> actions = state.actions();
      for (ReviewAction a : review.actions()) {
        actions = actions.put(a.id(), key);
      }
      outcome[0] = Either.right(true);
      return new Tenant(state.reviews().put(key, review), actions);
    });
    @SuppressWarnings("unchecked")
    Either<Rejection, Boolean> result = (Either<Rejection, Boolean>) outcome[0];
    return result;
  }

  @Override
  public Seq<HeldReview> held(TenantId tenant, CustomerId customer, ServiceId service) {
    Objects.requireNonNull(customer, "customer must not be null");
    Objects.requireNonNull(service, "service must not be null");
    return all(tenant).filter(r -> r.customer().equals(customer) && r.service().equals(service));
  }

  @Override
  public Seq<HeldReview> all(TenantId tenant) {
    Objects.requireNonNull(tenant, "tenant must not be null");
    Tenant state = tenants.get(tenant);
    return state == null ? Vector.empty() : state.reviews().values().toVector();
  }

  @Override
  public Either<Rejection, ReviewAction> setStatus(TenantId tenant, String actionId, ActionStatus expected,
      ActionStatus status) {
    Objects.requireNonNull(tenant, "tenant must not be null");
    Objects.requireNonNull(actionId, "actionId must not be null");
    Objects.requireNonNull(expected, "expected must not be null");
    Objects.requireNonNull(status, "status must not be null");
    Either<?, ?>[] outcome = new Either<?, ?>[1];
    outcome[0] = Either.left(Rejection.of(RejectionCode.NOT_FOUND, "no action " + actionId));
    tenants.computeIfPresent(tenant, (t, state) -> {
      var key = state.actions().get(actionId);
      if (key.isEmpty()) {
        return state;
      }
      HeldReview review = state.reviews().get(key.get()).get();
      ReviewAction action = review.actions().find(a -> a.id().equals(actionId)).get();
      if (action.status() != expected) {
        outcome[0] = Either.left(Rejection.of(RejectionCode.VERSION_CONFLICT, "action " + actionId + " is "
            + action.status() + ", not " + expected));
        return state;
      }
      ReviewAction changed = action.withStatus(status);
      outcome[0] = Either.right(changed);
      HeldReview updated = new HeldReview(review.customer(), review.service(), review.heldOn(), review.from(),
          review.until(), review.actions().replace(action, changed), review.minutes());
      return new Tenant(state.reviews().put(key.get(), updated), state.actions());
    });
    @SuppressWarnings("unchecked")
    Either<Rejection, ReviewAction> result = (Either<Rejection, ReviewAction>) outcome[0];
    return result;
  }
}
