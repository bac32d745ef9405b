package io.itsm4j.audit.memory;

import io.itsm4j.audit.contract.AbstractHostileInputContractTest;
import io.itsm4j.core.memory.InMemoryCatalogueStore;
import io.itsm4j.core.memory.InMemoryTicketStore;

/** The hostile-input kit on the embedded default: every in-memory store. */
class InMemoryHostileInputContractTest extends AbstractHostileInputContractTest {
  @Override
  protected Stores stores() {
    return new Stores(new InMemoryTicketStore(), new InMemoryCatalogueStore(), new InMemoryHistoryStore<>(),
        new InMemoryHistoryStore<>(), new InMemoryAuditStore());
  }

  @Override
  protected String storeName() {
    return "in-memory";
  }
}
