package io.itsm4j.audit.memory;

import io.itsm4j.audit.contract.AbstractHistoryStoreContractTest;
import io.itsm4j.audit.port.HistoryStore;

/** The in-memory history store passes the whole contract. */
class InMemoryHistoryStoreContractTest extends AbstractHistoryStoreContractTest {
  @Override
  protected HistoryStore<String> newStore() {
    return new InMemoryHistoryStore<>();
  }
}
