package io.itsm4j.jdbc;

import javax.sql.DataSource;

/** The migrations on a real PostgreSQL server, each test in a schema of its own. */
class PostgresSchemaMigrationTest extends AbstractSchemaMigrationTest {
  @Override
  protected DataSource emptyDatabase() {
    return TestDatabases.emptyPostgresSchema(2);
  }

  @Override
  protected JdbcSchema.Dialect dialect() {
    return JdbcSchema.Dialect.POSTGRESQL;
  }
}
