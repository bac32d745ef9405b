package io.itsm4j.jdbc;

import io.itsm4j.audit.contract.AbstractHostileInputContractTest;

/** The hostile-input kit on the JDBC adapters over an embedded H2 database. */
class H2HostileInputContractTest extends AbstractHostileInputContractTest {
  @Override
  protected Stores stores() {
    return JdbcHostileInput.on(TestDatabases.h2());
  }

  @Override
  protected String storeName() {
    return "H2";
  }
}
