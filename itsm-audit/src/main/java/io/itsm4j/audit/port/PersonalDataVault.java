package io.itsm4j.audit.port;

import io.itsm4j.audit.trail.PersonalDataRef;
import io.itsm4j.audit.trail.RecordRef;
import io.itsm4j.core.TenantId;
import io.vavr.control.Option;

/**
 * Keeps the personal values that audit entries only refer to, so that they can be erased (an erasure request under
 * data protection law) without touching the hash chain: the entries keep their {@link PersonalDataRef tokens}, the
 * values behind the tokens go.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li><b>Threading</b>: called from many threads at once; every method is thread-safe.
 *   <li><b>Tokens</b>: {@link #deposit} returns a fresh token every time, never derived from the value (a hash of
 *       the value would let anyone holding the chain confirm a guess), unique within the tenant.
 *   <li><b>Erasure</b>: once erased, a value is gone for good: {@link #reveal} answers none from then on.
 *   <li><b>Tenant isolation</b>: a token of one tenant reveals nothing through another tenant's id.
 *   <li><b>Nullness</b>: no argument or result is {@code null}.
 *   <li><b>Errors</b>: a failure of the underlying storage is thrown as an unchecked exception.
 * </ul>
 */
public interface PersonalDataVault {

  /**
   * Stores a personal value that an entry about {@code record} will refer to.
   *
   * @return a fresh token for it
   */
  PersonalDataRef deposit(TenantId tenant, RecordRef record, String value);

  /** The value behind a token; none if it was erased or never existed. */
  Option<String> reveal(TenantId tenant, PersonalDataRef ref);

  /**
   * Erases one value.
   *
   * @return whether there was a value to erase
   */
  boolean erase(TenantId tenant, PersonalDataRef ref);

  /**
   * Erases every value deposited for one record (e.g. all personal data in a ticket's audit history).
   *
   * @return how many values were erased
   */
  int eraseRecord(TenantId tenant, RecordRef record);
}
