package io.itsm4j.examples.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Creates the tables of {@link JdbcTicketStore}, {@link JdbcCatalogueStore} and the audit adapters ({@link
 * JdbcAuditStore}, {@link JdbcHistoryStore}, {@link JdbcPersonalDataVault}) from the scripts under {@code
 * db/<dialect>/} on the class path. A host with a migration tool (Flyway, Liquibase) copies those scripts into its own migrations instead; they
 * are named the Flyway way for that reason.
 *
 * <p>Stateless and thread-safe.
 */
public final class JdbcSchema {
  /** The databases with a schema script. */
  public enum Dialect {
    /** H2 2.x, embedded or in memory. */
    H2,
    /** PostgreSQL 12 or newer. */
    POSTGRESQL;

    /**
     * The class-path resources of this dialect's schema scripts, in the order they run. One script per store,
     * numbered the Flyway way, so that a host with a migration tool can take only the stores it uses.
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
      "V5__itsm4j_ticket_numbers.sql");

  private JdbcSchema() {}

  /**
   * Runs the dialect's schema scripts in one transaction; tables that exist already are kept as they are.
   *
   * @throws JdbcStoreException if a statement fails (nothing of the script is kept)
   * @throws NullPointerException if an argument is null
   */
  public static void create(DataSource dataSource, Dialect dialect) {
    Objects.requireNonNull(dataSource, "dataSource");
    Objects.requireNonNull(dialect, "dialect");
    List<String> scripts = dialect.scripts().stream().map(JdbcSchema::read).toList();
    JdbcTransactions.transaction(dataSource, () -> "creating the itsm4j tables (" + dialect + ")", c -> {
      try (Statement s = c.createStatement()) {
        for (String script : scripts) {
          for (String statement : statements(script)) {
            s.execute(statement);
          }
        }
      }
      return true;
    }, created -> true);
  }

  /** The statements of a script: split at semicolons that end a line, comment lines dropped. */
  static List<String> statements(String script) {
    List<String> out = new java.util.ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : script.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.startsWith("--") || trimmed.isEmpty()) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        String statement = current.toString().strip();
        out.add(statement.substring(0, statement.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      throw new IllegalStateException("schema script ends without a semicolon: " + current);
    }
    return out;
  }

  private static String read(String resource) {
    try (InputStream in = JdbcSchema.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("schema script " + resource + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + resource + " failed", e);
    }
  }
}
