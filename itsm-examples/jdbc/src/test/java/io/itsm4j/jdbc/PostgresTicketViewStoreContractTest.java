package io.itsm4j.jdbc;

import io.itsm4j.core.contract.AbstractTicketViewStoreContractTest;
import io.itsm4j.core.port.TicketViewStore;

/**
 * Ticket views on a real PostgreSQL server, each store in a schema of its own, fulfil the whole {@link
 * TicketViewStore} contract: every page of generated queries equal to the oracle's, the read policy applied, cursors
 * refused when changed, searches answered by their words.
 */
class PostgresTicketViewStoreContractTest extends AbstractTicketViewStoreContractTest {

  @Override
  protected TicketViewStore store() {
    return new JdbcTicketViewStore(TestDatabases.postgresSchema(4));
  }
}
