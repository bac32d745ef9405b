package io.itsm4j.jdbc;

import io.itsm4j.core.contract.AbstractViewKeepingTicketStoreContractTest;
import javax.sql.DataSource;

/** {@link JdbcTicketStore} keeps {@link JdbcTicketViewStore}'s views with its events on PostgreSQL. */
class PostgresViewKeepingTicketStoreContractTest extends AbstractViewKeepingTicketStoreContractTest {

  @Override
  protected Stores newStores() {
    DataSource dataSource = TestDatabases.postgresSchema(4);
    return new Stores(new JdbcTicketStore(dataSource), new JdbcTicketViewStore(dataSource));
  }
}
