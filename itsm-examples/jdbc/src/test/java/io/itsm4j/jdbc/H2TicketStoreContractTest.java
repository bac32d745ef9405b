package io.itsm4j.jdbc;

import io.itsm4j.core.contract.AbstractTicketStoreContractTest;
import io.itsm4j.core.port.TicketStore;

/** The JDBC store on an embedded H2 database fulfils the whole {@link TicketStore} contract. */
class H2TicketStoreContractTest extends AbstractTicketStoreContractTest {
  @Override
  protected TicketStore newStore() {
    return new JdbcTicketStore(TestDatabases.h2());
  }
}
