package io.itsm4j.jdbc;

import javax.sql.DataSource;

/** Database ticket numbers on a real PostgreSQL server, eight connections drawing at once. */
class PostgresTicketIdsTest extends AbstractTicketIdsTest {
  @Override
  protected DataSource database() {
    return TestDatabases.postgresSchema(8);
  }
}
