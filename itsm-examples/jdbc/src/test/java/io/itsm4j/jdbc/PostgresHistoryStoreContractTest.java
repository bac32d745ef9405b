package io.itsm4j.jdbc;

import io.itsm4j.audit.contract.AbstractHistoryStoreContractTest;
import io.itsm4j.audit.port.HistoryStore;
import javax.sql.DataSource;

/**
 * The JDBC history store on a real PostgreSQL server, each store in a schema of its own, fulfils the whole {@link
 * HistoryStore} contract; every read of the kit's {@code reopen} goes through a second store instance, so it comes
 * from the tables.
 */
class PostgresHistoryStoreContractTest extends AbstractHistoryStoreContractTest {
  private DataSource db;

  @Override
  protected HistoryStore<String> newStore() {
    db = TestDatabases.postgresSchema(10);
    return new JdbcHistoryStore<>(db, "corrective-action", HistoryCodec.text());
  }

  @Override
  protected HistoryStore<String> reopen(HistoryStore<String> store) {
    return new JdbcHistoryStore<>(db, "corrective-action", HistoryCodec.text());
  }
}
