package io.itsm4j.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** On H2 the session dies with its connection: closing it mid-transaction rolls the transaction back. */
class H2AuditCrashSafetyTest extends AbstractAuditCrashSafetyTest {
  @Override
  protected DataSource database() {
    return TestDatabases.h2();
  }

  @Override
  protected void kill(Connection physical) throws SQLException {
    physical.close();
  }
}
