package io.itsm4j.jdbc;

import io.itsm4j.audit.contract.AbstractHostileInputContractTest;

/** The hostile-input kit on the JDBC adapters over a real PostgreSQL server, in a schema of its own. */
class PostgresHostileInputContractTest extends AbstractHostileInputContractTest {
  @Override
  protected Stores stores() {
    return JdbcHostileInput.on(TestDatabases.postgresSchema(4));
  }

  @Override
  protected String storeName() {
    return "PostgreSQL";
  }
}
