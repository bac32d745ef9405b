package io.itsm4j.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/** On H2 the session dies with its connection: closing it mid-transaction rolls the transaction back. */
class H2CrashSafetyTest extends AbstractCrashSafetyTest {
  @Override
  protected DataSource database() {
    return TestDatabases.h2();
  }

  @Override
  protected void kill(Connection physical) throws SQLException {
    physical.close();
  }

  @Override
  protected List<String> appendStatements() {
    return List.of("insert into itsm_command", "insert into itsm_ticket_event", "insert into itsm_outbox");
  }

  @Override
  protected void armAnswerLost(KillingDataSource killing) {
    killing.armAnswerLostAtCommit();
  }
}
