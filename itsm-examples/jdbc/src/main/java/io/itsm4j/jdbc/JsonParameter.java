package io.itsm4j.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * This database's JSON parameter in a statement ({@link JdbcSchema#jsonParameter}: {@code ? format json} on H2,
 * {@code cast(? as jsonb)} on PostgreSQL), asked of the database once per store, on its first write. Thread-safe:
 * racing first writes ask twice and agree.
 */
final class JsonParameter {
  private volatile String value;

  String of(Connection c) throws SQLException {
    String p = value;
    if (p == null) {
      p = JdbcSchema.jsonParameter(c);
      value = p;
    }
    return p;
  }
}
