package io.itsm4j.jdbc;

import io.itsm4j.core.contract.AbstractNotificationContractTest;
import io.itsm4j.core.port.TicketStore;

/** A service desk on the JDBC store (PostgreSQL) fulfils the notification contract. */
class PostgresNotificationContractTest extends AbstractNotificationContractTest {
  @Override
  protected TicketStore newStore() {
    return new JdbcTicketStore(TestDatabases.postgresSchema(6));
  }
}
