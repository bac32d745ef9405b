package io.itsm4j.jdbc;

import io.itsm4j.audit.contract.AbstractPersonalDataVaultContractTest;
import io.itsm4j.audit.port.PersonalDataVault;
import javax.sql.DataSource;

/**
 * The JDBC vault on a real PostgreSQL server, each store in a schema of its own, fulfils the whole {@link
 * PersonalDataVault} contract; every read of the kit's {@code reopen} goes through a second vault instance, so it
 * comes from the table. {@link PostgresAuditAdaptersTest} shows that an erased value is gone from the table.
 */
class PostgresPersonalDataVaultContractTest extends AbstractPersonalDataVaultContractTest {
  private DataSource db;

  @Override
  protected PersonalDataVault newVault() {
    db = TestDatabases.postgresSchema(10);
    return new JdbcPersonalDataVault(db);
  }

  @Override
  protected PersonalDataVault reopen(PersonalDataVault vault) {
    return new JdbcPersonalDataVault(db);
  }
}
