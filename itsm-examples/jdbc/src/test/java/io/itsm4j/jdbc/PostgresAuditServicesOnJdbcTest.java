package io.itsm4j.jdbc;

import javax.sql.DataSource;

/** The audit programme and corrective action services over the JDBC stores on a real PostgreSQL server. */
class PostgresAuditServicesOnJdbcTest extends AbstractAuditServicesOnJdbcTest {
  @Override
  protected DataSource database() {
    return TestDatabases.postgresSchema(4);
  }
}
