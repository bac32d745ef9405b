package io.itsm4j.sla.contract;

import io.itsm4j.sla.memory.InMemoryServiceReviewStore;
import io.itsm4j.sla.port.ServiceReviewStore;

/** The in-memory adapter against the contract. */
class InMemoryServiceReviewStoreContractTest extends AbstractServiceReviewStoreContractTest {
  @Override
  protected ServiceReviewStore store() {
    return new InMemoryServiceReviewStore();
  }
}
