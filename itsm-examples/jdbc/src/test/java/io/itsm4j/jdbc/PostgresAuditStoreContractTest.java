package io.itsm4j.jdbc;

import io.itsm4j.audit.contract.AbstractAuditStoreContractTest;
import io.itsm4j.audit.port.AuditStore;
import javax.sql.DataSource;

/**
 * The JDBC audit store on a real PostgreSQL server, each store in a schema of its own, fulfils the whole {@link
 * AuditStore} contract; every read of the kit's {@code reopen} goes through a second store instance, so it comes
 * from the tables.
 */
class PostgresAuditStoreContractTest extends AbstractAuditStoreContractTest {
  private DataSource db;

  @Override
  protected AuditStore newStore() {
    db = TestDatabases.postgresSchema(10);
    return new JdbcAuditStore(db);
  }

  @Override
  protected AuditStore reopen(AuditStore store) {
    return new JdbcAuditStore(db);
  }
}
