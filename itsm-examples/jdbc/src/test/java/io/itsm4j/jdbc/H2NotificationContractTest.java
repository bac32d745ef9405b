package io.itsm4j.jdbc;

import io.itsm4j.core.contract.AbstractNotificationContractTest;
import io.itsm4j.core.port.TicketStore;

/** A service desk on the JDBC store (H2) fulfils the notification contract. */
class H2NotificationContractTest extends AbstractNotificationContractTest {
  @Override
  protected TicketStore newStore() {
    return new JdbcTicketStore(TestDatabases.h2());
  }
}
