package io.itsm4j.core.contract;

import io.itsm4j.core.memory.InMemoryTicketViewStore;
import io.itsm4j.core.port.TicketViewStore;

/** The in-memory view store fulfils the whole {@link TicketViewStore} contract. */
class InMemoryTicketViewStoreContractTest extends AbstractTicketViewStoreContractTest {
  @Override
  protected TicketViewStore store() {
    return new InMemoryTicketViewStore();
  }
}
