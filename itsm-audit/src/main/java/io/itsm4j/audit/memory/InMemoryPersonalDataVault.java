package io.itsm4j.audit.memory;

import io.itsm4j.audit.internal.Require;
import io.itsm4j.audit.port.PersonalDataVault;
import io.itsm4j.audit.trail.PersonalDataRef;
import io.itsm4j.audit.trail.RecordRef;
import io.itsm4j.core.TenantId;
import io.vavr.control.Option;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A {@link PersonalDataVault} in memory; fulfils the port contract. Tokens are {@code pd-1}, {@code pd-2}, ... per
 * vault: fresh, and unrelated to the values. Thread-safe; nothing survives a restart.
 */
public final class InMemoryPersonalDataVault implements PersonalDataVault {
  private final AtomicLong counter = new AtomicLong();
  private final ConcurrentHashMap<Key, Deposit> values = new ConcurrentHashMap<>();

  /** An empty vault. */
  public InMemoryPersonalDataVault() {}

  @Override
  public PersonalDataRef deposit(TenantId tenant, RecordRef record, String value) {
    Require.notNull(tenant, "tenant");
    Require.notNull(record, "record");
    Require.notNull(value, "value");
    PersonalDataRef ref = PersonalDataRef.of("pd-" + counter.incrementAndGet());
    values.put(new Key(tenant, ref), new Deposit(record, value));
    return ref;
  }

  @Override
  public Option<String> reveal(TenantId tenant, PersonalDataRef ref) {
    Require.notNull(tenant, "tenant");
    Require.notNull(ref, "ref");
    return Option.of(values.get(new Key(tenant, ref))).map(Deposit::value);
  }

  @Override
  public boolean erase(TenantId tenant, PersonalDataRef ref) {
    Require.notNull(tenant, "tenant");
    Require.notNull(ref, "ref");
    return values.remove(new Key(tenant, ref)) != null;
  }

  @Override
  public int eraseRecord(TenantId tenant, RecordRef record) {
    Require.notNull(tenant, "tenant");
    Require.notNull(record, "record");
    int[] erased = {0};
    values.forEach((k, d) -> {
      if (k.tenant().equals(tenant) && d.record().equals(record) && values.remove(k, d)) {
        erased[0]++;
      }
    });
    return erased[0];
  }

  private record Key(TenantId tenant, PersonalDataRef ref) {}

  private record Deposit(RecordRef record, String value) {}
}
