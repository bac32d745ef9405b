package io.itsm4j.sla.port;

import io.itsm4j.core.Rejection;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.catalogue.CustomerId;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.sla.review.ActionStatus;
import io.itsm4j.sla.review.HeldReview;
import io.itsm4j.sla.review.ReviewAction;
import io.vavr.collection.Seq;
import io.vavr.control.Either;

/**
 * Keeps the service reviews held (ISO/IEC 20000-1 8.3.3) and the status of the actions agreed at them, per tenant.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li><b>Identity</b>: a review is identified by its customer, service and day; an action by its id within the
 *       tenant.
 *   <li><b>Idempotence</b>: recording a review again with equal content changes nothing and answers {@code false};
 *       with other content, or with an action id another review of the tenant holds, it is refused with {@link
 *       io.itsm4j.core.RejectionCode#ALREADY_EXISTS} and nothing is written.
 *   <li><b>No lost updates</b>: {@link #setStatus} is a compare-and-set on the action's status; of two concurrent
 *       updates from the same status, one wins and the other gets {@link
 *       io.itsm4j.core.RejectionCode#VERSION_CONFLICT}.
 *   <li><b>Tenancy</b>: nothing of one tenant is visible to, or changed by, another.
 *   <li><b>Threading</b>: thread-safe. <b>Errors</b>: a failing store throws; rejections are the outcomes named
 *       here. <b>Nullness</b>: arguments are never {@code null}, results never are.
 * </ul>
 * The contract kit {@code AbstractServiceReviewStoreContractTest} (itsm-sla's test-jar) checks an implementation.
 */
public interface ServiceReviewStore {

  /**
   * Records a review held.
   *
   * @return {@code true} if recorded, {@code false} if an equal review was recorded before; or {@code
   *     ALREADY_EXISTS} as above
   */
  Either<Rejection, Boolean> record(TenantId tenant, HeldReview review);

  /** The reviews held with {@code customer} about {@code service}, oldest first, their actions as they stand now. */
  Seq<HeldReview> held(TenantId tenant, CustomerId customer, ServiceId service);

  /** Every review held in the tenant, by customer, service and day. */
  Seq<HeldReview> all(TenantId tenant);

  /**
   * Sets an action's status if it is {@code expected}.
   *
   * @return the action as it is now; {@code NOT_FOUND} if the tenant holds no such action; {@code VERSION_CONFLICT}
   *     if its status is not {@code expected} (nothing written)
   */
  Either<Rejection, ReviewAction> setStatus(TenantId tenant, String actionId, ActionStatus expected,
      ActionStatus status);
}
