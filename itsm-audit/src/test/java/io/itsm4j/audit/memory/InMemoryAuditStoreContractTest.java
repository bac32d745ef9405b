package io.itsm4j.audit.memory;

import io.itsm4j.audit.contract.AbstractAuditStoreContractTest;
import io.itsm4j.audit.port.AuditStore;

/** The in-memory store passes the whole store contract. */
class InMemoryAuditStoreContractTest extends AbstractAuditStoreContractTest {
  @Override
  protected AuditStore newStore() {
    return new InMemoryAuditStore();
  }
}
