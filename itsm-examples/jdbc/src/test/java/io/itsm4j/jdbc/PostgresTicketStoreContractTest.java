package io.itsm4j.jdbc;

import io.itsm4j.core.contract.AbstractTicketStoreContractTest;
import io.itsm4j.core.port.TicketStore;

/**
 * The JDBC store on a real PostgreSQL server fulfils the whole {@link TicketStore} contract; each store gets a
 * schema of its own in the one server the test JVM starts.
 */
class PostgresTicketStoreContractTest extends AbstractTicketStoreContractTest {
  @Override
  protected TicketStore newStore() {
    return new JdbcTicketStore(TestDatabases.postgresSchema(10));
  }
}
