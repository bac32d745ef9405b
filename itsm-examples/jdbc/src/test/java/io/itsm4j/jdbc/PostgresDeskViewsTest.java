package io.itsm4j.jdbc;

import javax.sql.DataSource;

/** Views written in the events' transaction on a real PostgreSQL server: one statement per command, the view's row part of it. */
class PostgresDeskViewsTest extends AbstractDeskViewsOnJdbcTest {

  @Override
  protected DataSource dataSource() {
    return TestDatabases.postgresSchema(4);
  }
}
