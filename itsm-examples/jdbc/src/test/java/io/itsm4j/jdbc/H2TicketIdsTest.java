package io.itsm4j.jdbc;

import javax.sql.DataSource;

/** Database ticket numbers on embedded H2. */
class H2TicketIdsTest extends AbstractTicketIdsTest {
  @Override
  protected DataSource database() {
    return TestDatabases.h2();
  }
}
