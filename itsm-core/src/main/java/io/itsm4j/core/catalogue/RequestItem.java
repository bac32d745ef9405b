package io.itsm4j.core.catalogue;

import io.vavr.control.Either;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.Fingerprint;
import io.itsm4j.core.ValueStyle;
import io.itsm4j.core.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import org.immutables.value.Value;

/**
 * A request catalogue item: something a user can order, such as "new laptop", with the form the order fills in,
 * who must approve it, and the tasks that fulfil it. Every item belongs to one service.
 *
 * <p>Build one with {@link #builder()}. Immutable and thread-safe; no accessor returns {@code null}. The
 * definition's content is checked by the {@link CatalogueDecider}; {@link #validate} checks a request against it.
 */
@Value.Immutable
@ValueStyle
public abstract class RequestItem implements Fingerprint.Canonical {
  RequestItem() {}

  /** The id, unique within the tenant. */
  public abstract CatalogueItemId id();

  /** What a user sees in the catalogue. */
  public abstract String name();

  /** The service that delivers the item. */
  public abstract ServiceId service();

  /** The form, in display order; field names are unique. */
  @Value.Default
  public Seq<FormField> fields() {
    return List.empty();
  }

  /** Who must approve a request, in order; empty when no approval is required. */
  @Value.Default
  public Seq<Approver> approvers() {
    return List.empty();
  }

  /** The tasks that fulfil an approved request, in order. */
  @Value.Default
  public Seq<FulfilmentTask> fulfilmentTasks() {
    return List.empty();
  }

  /** Writes every attribute, for idempotency fingerprints. */
  @Override
  public final void writeCanonical(Fingerprint.Writer out) {
    out.value(id()).value(name()).value(service()).value(fields()).value(approvers()).value(fulfilmentTasks());
  }

  /** Whether a request for the item needs approval before fulfilment. */
  public boolean approvalRequired() {
    return !approvers().isEmpty();
  }

  /**
   * Checks a request's field values against the form, reporting every problem at once.
   *
   * <p>Each form field is checked by {@link FormField#validate}; a problem is reported under {@code
   * fields.<name>}. Values under names the form does not declare are not the form's business (workflow and host
   * fields travel in the same map) and pass unchecked.
   *
   * @param values the request's fields, by name
   * @return the values when every form field is satisfied, else {@link io.itsm4j.core.RejectionCode#INVALID_INPUT}
   *     with every violation
   */
  public Either<Rejection, Map<String, String>> validate(Map<String, String> values) {
    Seq<Violation> problems = fields().flatMap(f -> f.validate(values.get(f.name())));
    return problems.isEmpty() ? Either.right(values)
        : Either.left(Rejection.invalid(RejectionCode.INVALID_INPUT, problems));
  }

  /** A builder. */
  public static ImmutableRequestItem.Builder builder() {
    return ImmutableRequestItem.builder();
  }
}
