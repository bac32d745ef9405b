package io.itsm4j.audit.port;

import io.itsm4j.core.Rejection;
import io.itsm4j.core.TenantId;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Keeps values that change as a whole (surveys, complaints, improvement register entries) per tenant and id, each
 * with a version, so that two writers of one value cannot overwrite each other.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li><b>Optimistic versions</b>: {@link #save} writes a new id with expected version 0 and an existing one with
 *       the version it was read at; anything else is {@link io.itsm4j.core.RejectionCode#VERSION_CONFLICT} and
 *       nothing is written. Of concurrent saves from one version, exactly one wins.
 *   <li><b>Order</b>: {@link #all} lists a tenant's values by id.
 *   <li><b>Tenancy</b>: nothing of one tenant is visible to, or changed by, another.
 *   <li><b>Threading</b>: thread-safe. <b>Errors</b>: a failing store throws; rejections are the outcomes named
 *       here. <b>Nullness</b>: arguments are never {@code null}, results never are.
 * </ul>
 * The contract kit {@code AbstractVersionedStoreContractTest} (itsm-audit's test-jar) checks an implementation.
 *
 * @param <T> the values kept
 */
public interface VersionedStore<T> {

  /**
   * A value as stored.
   *
   * @param value the value
   * @param version 1 for the first save, one more for each save after
   * @param <T> the value's type
   */
  record Stored<T>(T value, long version) {
    /** Checks the arguments. */
    public Stored {
      Objects.requireNonNull(value, "value must not be null");
      if (version < 1) {
        throw new IllegalArgumentException("version must be at least 1, got " + version);
      }
    }
  }

  /**
   * Saves {@code value} under {@code id}.
   *
   * @param expectedVersion 0 for a new id, else the version it was read at
   * @return the version written; or {@code VERSION_CONFLICT}
   */
  Either<Rejection, Long> save(TenantId tenant, String id, T value, long expectedVersion);

  /** The value of {@code id}, if the tenant holds one. */
  Option<Stored<T>> find(TenantId tenant, String id);

  /** The tenant's values, by id. */
  Seq<Stored<T>> all(TenantId tenant);
}
