package io.itsm4j.core.contract;

import io.itsm4j.core.application.ServiceDesk;
import io.itsm4j.core.memory.InMemoryTicketStore;
import io.itsm4j.core.memory.StoredScheduledChanges;

/** {@link StoredScheduledChanges} over the in-memory store passes the contract kit. */
class StoredScheduledChangesContractTest extends AbstractScheduledChangesContractTest {
  @Override
  protected Subject subject() {
    InMemoryTicketStore store = new InMemoryTicketStore();
    return new Subject(ServiceDesk.builder().ticketStore(store).build(), new StoredScheduledChanges(store));
  }
}
