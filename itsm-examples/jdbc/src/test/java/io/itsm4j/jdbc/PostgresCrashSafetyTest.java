package io.itsm4j.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * On PostgreSQL the server process of the session is terminated from another connection
 * ({@code pg_terminate_backend}), as an operator or a crash would, as the append's one statement is sent; and the
 * answer of a statement that ran is lost, as a network cut after the commit would.
 */
class PostgresCrashSafetyTest extends AbstractCrashSafetyTest {
  @Override
  protected DataSource database() {
    return TestDatabases.postgresSchema(4);
  }

  @Override
  protected void kill(Connection physical) throws SQLException {
    TestDatabases.terminatePostgresSession(physical);
  }

  @Override
  protected List<String> appendStatements() {
    return List.of("with cmd as");
  }

  @Override
  protected void armAnswerLost(KillingDataSource killing) {
    killing.armAnswerLostAt("with cmd as");
  }
}
