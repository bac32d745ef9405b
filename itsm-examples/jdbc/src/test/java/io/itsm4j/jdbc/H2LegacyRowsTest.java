package io.itsm4j.jdbc;

import javax.sql.DataSource;

/** Text rows and JSON rows in one history, on H2. */
class H2LegacyRowsTest extends AbstractLegacyRowsTest {
  @Override
  protected DataSource database() {
    return TestDatabases.h2();
  }
}
