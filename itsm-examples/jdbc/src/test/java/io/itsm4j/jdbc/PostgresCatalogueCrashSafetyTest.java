package io.itsm4j.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * On PostgreSQL the server process of the session is terminated from another connection
 * ({@code pg_terminate_backend}) while the append's transaction is open.
 */
class PostgresCatalogueCrashSafetyTest extends AbstractCatalogueCrashSafetyTest {
  @Override
  protected DataSource database() {
    return TestDatabases.postgresSchema(4);
  }

  @Override
  protected void kill(Connection physical) throws SQLException {
    TestDatabases.terminatePostgresSession(physical);
  }
}
