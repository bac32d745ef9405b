package io.itsm4j.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The tables of {@link JdbcTicketStore}, {@link JdbcCatalogueStore}, {@link JdbcTicketIds} and the audit adapters
 * ({@link JdbcAuditStore}, {@link JdbcHistoryStore}, {@link JdbcPersonalDataVault}), as Flyway migrations under
 * {@code db/<dialect>/} on the class path ({@code V1__itsm4j_tickets.sql} ... {@code V13__itsm4j_ticket_view_search.sql}).
 *
 * <p>{@link #migrate} runs them with Flyway, recording what ran in a history table of its own ({@value
 * #HISTORY_TABLE}), so itsm4j's versions never mix with the host's own migrations on the same database. A
 * database whose tables an earlier version created without Flyway is taken over as it is: every script is
 * idempotent ("if not exists"), so the first migration runs them all against the existing tables and records them.
 * A host that prefers its own Flyway adds {@code classpath:db/postgresql} (or {@code db/h2}) to its locations with
 * its own history table for them.
 *
 * <p>Stateless and thread-safe; Flyway serialises concurrent migrations of one database with a lock.
 */
public final class JdbcSchema {
  /** The Flyway history table of itsm4j's migrations. */
  public static final String HISTORY_TABLE = "itsm4j_schema_history";

  /** The databases with migrations. */
  public enum Dialect {
    /** H2 2.x, embedded or in memory. */
    H2,
    /** PostgreSQL 12 or newer. */
    POSTGRESQL;

    /** The Flyway location of this dialect's migrations, e.g. {@code classpath:db/postgresql}. */
    public String location() {
      return "classpath:db/" + name().toLowerCase(Locale.ROOT);
    }

    /**
     * The class-path resources of this dialect's migrations, in the order they run. One script per store, so that
     * a host with a migration tool of its own can take only the stores it uses.
     */
    public List<String> scripts() {
      String folder = "db/" + name().toLowerCase(Locale.ROOT) + "/";
      return SCRIPTS.stream().map(s -> folder + s).toList();
    }
  }

  /** One script per store, in the order they run; the same names exist for every dialect. */
  private static final List<String> SCRIPTS = List.of(
      "V1__itsm4j_tickets.sql",
      "V2__itsm4j_catalogue.sql",
      "V3__itsm4j_audit.sql",
      "V4__itsm4j_audit_commands.sql",
      "V5__itsm4j_ticket_numbers.sql",
      "V6__itsm4j_ticket_event_json.sql",
      "V7__itsm4j_catalogue_event_json.sql",
      "V8__itsm4j_audit_json.sql",
      "V9__itsm4j_versioned_values.sql",
      "V10__itsm4j_service_reviews.sql",
      "V11__itsm4j_continuity.sql",
      "V12__itsm4j_ticket_views.sql",
      "V13__itsm4j_ticket_view_search.sql");

  private JdbcSchema() {}

  /**
   * Brings the database's itsm4j tables up to date: runs, with Flyway, every migration of the dialect not yet
   * recorded in {@value #HISTORY_TABLE}, each in its own transaction.
   *
   * @return how many migrations ran (0 when the database was up to date)
   * @throws JdbcStoreException if a migration fails (that migration is rolled back; those before it stay)
   * @throws NullPointerException if an argument is null
   */
  public static int migrate(DataSource dataSource, Dialect dialect) {
    Objects.requireNonNull(dataSource, "dataSource");
    Objects.requireNonNull(dialect, "dialect");
    try {
      return Flyway.configure(JdbcSchema.class.getClassLoader())
          .dataSource(dataSource)
          .locations(dialect.location())
          .table(HISTORY_TABLE)
          .baselineOnMigrate(true)
          .baselineVersion("0")
          .load()
          .migrate()
          .migrationsExecuted;
    } catch (FlywayException e) {
      throw new JdbcStoreException("migrating the itsm4j tables (" + dialect + ") failed", e);
    }
  }

  /**
   * How a statement on {@code c}'s database takes a JSON text parameter into a JSON column: {@code ? format json}
   * on H2, {@code cast(? as jsonb)} on PostgreSQL.
   */
  static String jsonParameter(Connection c) throws SQLException {
    String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    return product.contains("h2") ? "? format json" : "cast(? as jsonb)";
  }

  /** Whether {@code c} is a connection to PostgreSQL (or a server that says it is one). */
  static boolean isPostgres(Connection c) throws SQLException {
    return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgresql");
  }
}
