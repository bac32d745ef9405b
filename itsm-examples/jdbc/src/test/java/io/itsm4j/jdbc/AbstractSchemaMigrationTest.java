package io.itsm4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.TenantId;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.TicketKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The tables come from Flyway migrations only: an empty database gets all of them, a second run changes nothing,
 * a database whose tables an earlier version created by hand is taken over with its rows, and a host's own Flyway
 * migrations on the same database keep their history apart from itsm4j's.
 */
abstract class AbstractSchemaMigrationTest {

  /** A database without any table. */
  protected abstract DataSource emptyDatabase();

  protected abstract JdbcSchema.Dialect dialect();

  @Test
  void an_empty_database_gets_every_migration_once() throws SQLException {
    DataSource db = emptyDatabase();
    assertThat(JdbcSchema.migrate(db, dialect())).isEqualTo(dialect().scripts().size());
    assertThat(JdbcSchema.migrate(db, dialect())).as("a second run").isZero();
    assertThat(versions(db, JdbcSchema.HISTORY_TABLE)).containsExactlyElementsOf(java.util.stream.IntStream
        .rangeClosed(1, dialect().scripts().size()).mapToObj(String::valueOf).toList());
    assertThat(new JdbcTicketIds(db).next(TenantId.of("acme"), TicketKind.INCIDENT))
        .isEqualTo(TicketId.of("INC-000001"));
  }

  @Test
  void tables_created_by_hand_are_taken_over_with_their_rows() throws SQLException, IOException {
    DataSource db = emptyDatabase();
    // What an earlier version did: run the ticket-number script by hand, and use the table.
    try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
      s.execute(script(dialect().scripts().get(4)));
    }
    new JdbcTicketIds(db).next(TenantId.of("acme"), TicketKind.INCIDENT);
    assertThat(JdbcSchema.migrate(db, dialect())).isEqualTo(dialect().scripts().size());
    assertThat(new JdbcTicketIds(db).next(TenantId.of("acme"), TicketKind.INCIDENT))
        .as("the row written before the takeover is kept").isEqualTo(TicketId.of("INC-000002"));
  }

  @Test
  void a_hosts_own_migrations_keep_their_own_history() throws SQLException {
    DataSource db = emptyDatabase();
    Flyway.configure().dataSource(db).locations("classpath:host-migrations").load().migrate();
    JdbcSchema.migrate(db, dialect());
    assertThat(versions(db, "flyway_schema_history")).containsExactly("1");
    assertThat(versions(db, JdbcSchema.HISTORY_TABLE)).contains("1", String.valueOf(dialect().scripts().size()));
  }

  private static List<String> versions(DataSource db, String table) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = db.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select \"version\" from \"" + table + "\" where \"success\" and \"version\" is not null order by \"installed_rank\"")) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  private static String script(String resource) throws IOException {
    try (InputStream in = AbstractSchemaMigrationTest.class.getClassLoader().getResourceAsStream(resource)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      StringBuilder sql = new StringBuilder();
      text.lines().filter(l -> !l.strip().startsWith("--")).forEach(l -> sql.append(l).append('\n'));
      return sql.toString().strip().replaceAll(";$", "");
    }
  }
}
