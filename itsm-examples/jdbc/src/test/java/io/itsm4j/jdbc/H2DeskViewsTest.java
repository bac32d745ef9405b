package io.itsm4j.jdbc;

import javax.sql.DataSource;

/** Views written in the events' transaction on H2, in memory. */
class H2DeskViewsTest extends AbstractDeskViewsOnJdbcTest {

  @Override
  protected DataSource dataSource() {
    return TestDatabases.h2();
  }
}
