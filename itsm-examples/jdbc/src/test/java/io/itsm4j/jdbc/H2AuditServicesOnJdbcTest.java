package io.itsm4j.jdbc;

import javax.sql.DataSource;

/** The audit programme and corrective action services over the JDBC stores on an embedded H2 database. */
class H2AuditServicesOnJdbcTest extends AbstractAuditServicesOnJdbcTest {
  @Override
  protected DataSource database() {
    return TestDatabases.h2();
  }
}
