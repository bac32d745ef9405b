package io.itsm4j.jdbc;

import io.itsm4j.core.contract.AbstractViewKeepingTicketStoreContractTest;
import javax.sql.DataSource;

/** {@link JdbcTicketStore} keeps {@link JdbcTicketViewStore}'s views with its events on H2. */
class H2ViewKeepingTicketStoreContractTest extends AbstractViewKeepingTicketStoreContractTest {

  @Override
  protected Stores newStores() {
    DataSource dataSource = TestDatabases.h2();
    return new Stores(new JdbcTicketStore(dataSource), new JdbcTicketViewStore(dataSource));
  }
}
