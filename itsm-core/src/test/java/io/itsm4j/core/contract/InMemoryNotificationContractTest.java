package io.itsm4j.core.contract;

import io.itsm4j.core.memory.InMemoryTicketStore;
import io.itsm4j.core.port.TicketStore;

/** The service desk on the in-memory store fulfils the {@link io.itsm4j.core.port.NotificationSink} contract. */
class InMemoryNotificationContractTest extends AbstractNotificationContractTest {
  @Override
  protected TicketStore newStore() {
    return new InMemoryTicketStore();
  }
}
