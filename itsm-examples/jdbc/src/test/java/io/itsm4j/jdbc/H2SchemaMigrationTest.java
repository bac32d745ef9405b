package io.itsm4j.jdbc;

import javax.sql.DataSource;

/** The migrations on embedded H2. */
class H2SchemaMigrationTest extends AbstractSchemaMigrationTest {
  @Override
  protected DataSource emptyDatabase() {
    return TestDatabases.emptyH2();
  }

  @Override
  protected JdbcSchema.Dialect dialect() {
    return JdbcSchema.Dialect.H2;
  }
}
