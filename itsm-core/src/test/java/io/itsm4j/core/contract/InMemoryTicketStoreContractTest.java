package io.itsm4j.core.contract;

import io.itsm4j.core.memory.InMemoryTicketStore;
import io.itsm4j.core.port.TicketStore;

/** The in-memory reference store fulfils the whole {@link TicketStore} contract. */
class InMemoryTicketStoreContractTest extends AbstractTicketStoreContractTest {
  @Override
  protected TicketStore newStore() {
    return new InMemoryTicketStore();
  }
}
