package io.itsm4j.jdbc;

import javax.sql.DataSource;

/** The JDBC audit adapters' own promises, on an embedded H2 database. */
class H2AuditAdaptersTest extends AbstractAuditAdaptersTest {
  @Override
  protected DataSource database() {
    return TestDatabases.h2();
  }

  @Override
  protected JdbcSchema.Dialect dialect() {
    return JdbcSchema.Dialect.H2;
  }

  @Override
  protected String payloadReplaced(String from, String to) {
    return "update itsm_audit_entry set payload = replace(cast(payload as varchar), '" + from + "', '" + to + "') format json";
  }
}
