package io.itsm4j.jdbc;

import io.itsm4j.audit.port.HistoryStore;
import io.itsm4j.core.TenantId;
import io.vavr.collection.Seq;
import java.util.UUID;

/** Appends to a history store under a fresh idempotency key, for tests about storage rather than idempotency. */
final class HistoryAppends {
  private HistoryAppends() {}

  /** Whether the events were stored. */
  static <E> boolean stored(HistoryStore<E> store, TenantId tenant, String recordId, long expectedVersion,
      Seq<E> events) {
    String key = UUID.randomUUID().toString();
    return store.append(tenant, recordId, expectedVersion, new HistoryStore.CommandKey(key, "fp-" + key), events)
        instanceof HistoryStore.AppendResult.Appended<E>;
  }
}
