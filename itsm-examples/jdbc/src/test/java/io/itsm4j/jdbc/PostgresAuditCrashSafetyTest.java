package io.itsm4j.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * On PostgreSQL the server process of the session is terminated from another connection
 * ({@code pg_terminate_backend}), as an operator or a crash would, while the append's transaction is open.
 */
class PostgresAuditCrashSafetyTest extends AbstractAuditCrashSafetyTest {
  @Override
  protected DataSource database() {
    return TestDatabases.postgresSchema(4);
  }

  @Override
  protected void kill(Connection physical) throws SQLException {
    int pid;
    try (PreparedStatement ps = physical.prepareStatement("select pg_backend_pid()"); ResultSet rs = ps.executeQuery()) {
      rs.next();
      pid = rs.getInt(1);
    }
    try (Connection admin = TestDatabases.postgres().admin.getConnection();
        PreparedStatement ps = admin.prepareStatement("select pg_terminate_backend(?)")) {
      ps.setInt(1, pid);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        if (!rs.getBoolean(1)) {
          throw new IllegalStateException("backend " + pid + " was not terminated");
        }
      }
    }
  }
}
