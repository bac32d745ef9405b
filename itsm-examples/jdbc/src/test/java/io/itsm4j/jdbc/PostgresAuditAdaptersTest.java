package io.itsm4j.jdbc;

import javax.sql.DataSource;

/** The JDBC audit adapters' own promises, on a real PostgreSQL server, each test in a schema of its own. */
class PostgresAuditAdaptersTest extends AbstractAuditAdaptersTest {
  @Override
  protected DataSource database() {
    return TestDatabases.postgresSchema(4);
  }

  @Override
  protected JdbcSchema.Dialect dialect() {
    return JdbcSchema.Dialect.POSTGRESQL;
  }

  @Override
  protected String payloadReplaced(String from, String to) {
    return "update itsm_audit_entry set payload = cast(replace(cast(payload as text), '" + from + "', '" + to + "') as jsonb)";
  }
}
