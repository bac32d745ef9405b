package io.itsm4j.jdbc;

import javax.sql.DataSource;

/** Text rows and JSON rows in one history, on Postgres. */
class PostgresLegacyRowsTest extends AbstractLegacyRowsTest {
  @Override
  protected DataSource database() {
    return TestDatabases.postgresSchema(2);
  }
}
