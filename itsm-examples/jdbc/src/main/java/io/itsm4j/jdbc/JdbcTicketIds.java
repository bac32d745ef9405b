package io.itsm4j.jdbc;

import io.itsm4j.core.TenantId;
import io.itsm4j.core.port.TicketIdGenerator;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.TicketKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * Numbers tickets from the database ({@code INC-000001}, {@code INC-000002}, {@code CHG-000001}, ...; per tenant
 * and kind), so numbers survive restarts and stay unique across every process that shares the database: the
 * {@link TicketIdGenerator} to wire beside {@link JdbcTicketStore}. The in-memory {@code SequentialTicketIds}
 * starts again at 1 in every JVM and suits one process without persistence only.
 *
 * <p>Each call takes a number in a transaction of its own on table {@code itsm_ticket_number} (script {@code
 * V5__itsm4j_ticket_numbers.sql}): an {@code update} that increments the tenant's and kind's row (its row lock
 * makes concurrent takers wait for each other, on one node or many), or the row's first {@code insert}; on
 * PostgreSQL both are one {@code insert ... on conflict do update ... returning} statement, one round trip. With a
 * block size above 1 a call reserves that many numbers at once and hands them out from memory: one round trip per
 * block, at the price that numbers reserved and not used before the process stops are never used (a gap).
 *
 * <p>The service desk draws a number only for an open that was accepted, but the append can still fail after the
 * draw (a port failure, a concurrent open under the same key): that number is not used again, so the numbering
 * is gapless only as far as appends succeed.
 *
 * <p><b>Threading</b>: thread-safe. <b>Errors</b>: a database failure throws {@link JdbcStoreException} (the
 * desk reports it as {@code PORT_FAILURE} and nothing was stored); a number past {@code 999999} gets more digits.
 */
public final class JdbcTicketIds implements TicketIdGenerator {
  private static final String INCREMENT =
      "update itsm_ticket_number set last_number = last_number + ? where tenant = ? and kind = ?";
  private static final String INSERT = "insert into itsm_ticket_number (tenant, kind, last_number) values (?, ?, ?)";
  private static final String SELECT = "select last_number from itsm_ticket_number where tenant = ? and kind = ?";
  /** The whole reservation on PostgreSQL, in one auto-committed round trip: the first row, or the increment. */
  private static final String UPSERT_POSTGRES = INSERT + " on conflict (tenant, kind) do update"
      + " set last_number = itsm_ticket_number.last_number + excluded.last_number returning last_number";
  private static final int MAX_ATTEMPTS = 10;

  private final DataSource dataSource;
  private final int blockSize;
  private final ConcurrentHashMap<String, Block> blocks = new ConcurrentHashMap<>();
  /** Whether the database is PostgreSQL; found on the first reservation. */
  private volatile Boolean postgres;

  /**
   * Numbers taken one at a time: no number is lost when the process stops.
   *
   * @throws NullPointerException if {@code dataSource} is null
   */
  public JdbcTicketIds(DataSource dataSource) {
    this(dataSource, 1);
  }

  /**
   * Numbers reserved {@code blockSize} at a time (see the class documentation for the gaps this leaves).
   *
   * @throws NullPointerException if {@code dataSource} is null
   * @throws IllegalArgumentException if {@code blockSize} is not 1 to 10,000
   */
  public JdbcTicketIds(DataSource dataSource, int blockSize) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    if (blockSize < 1 || blockSize > 10_000) {
      throw new IllegalArgumentException("blockSize must be 1 to 10000, got " + blockSize);
    }
    this.blockSize = blockSize;
  }

  @Override
  public TicketId next(TenantId tenant, TicketKind kind) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(kind, "kind");
    long n = blocks.computeIfAbsent(tenant.value() + "/" + kind.name(), k -> new Block()).next(tenant, kind);
    return TicketId.of(String.format(Locale.ROOT, "%s-%06d", kind.prefix(), n));
  }

  /** The numbers of one tenant and kind reserved by this process and not handed out yet. */
  private final class Block {
    private long next;
    private long end;

    synchronized long next(TenantId tenant, TicketKind kind) {
      if (next == end) {
        end = reserve(tenant, kind);
        next = end - blockSize;
      }
      return ++next;
    }
  }

  /** Reserves {@code blockSize} numbers in the database; the last of them. */
  private long reserve(TenantId tenant, TicketKind kind) {
    Supplier<String> what = () -> "taking a ticket number for " + tenant + "/" + kind;
    Boolean onPostgres = postgres;
    if (onPostgres == null) {
      onPostgres = JdbcTransactions.autoCommitted(dataSource, what, JdbcSchema::isPostgres);
      postgres = onPostgres;
    }
    if (onPostgres) {
      return JdbcTransactions.autoCommitted(dataSource, what, c -> {
        try (PreparedStatement ps = c.prepareStatement(UPSERT_POSTGRES)) {
          ps.setString(1, tenant.value());
          ps.setString(2, kind.name());
          ps.setLong(3, blockSize);
          try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
          }
        }
      });
    }
    return JdbcTransactions.retrying(MAX_ATTEMPTS, what, () -> JdbcTransactions.transaction(dataSource, what,
        c -> Option.of(reserveIn(c, tenant, kind)).filter(last -> last > 0), Option::isDefined));
  }

  /** The last number reserved, or 0 when a concurrent first insert won and the caller should try again. */
  private long reserveIn(Connection c, TenantId tenant, TicketKind kind) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(INCREMENT)) {
      ps.setLong(1, blockSize);
      ps.setString(2, tenant.value());
      ps.setString(3, kind.name());
      if (ps.executeUpdate() == 0) {
        try (PreparedStatement insert = c.prepareStatement(INSERT)) {
          insert.setString(1, tenant.value());
          insert.setString(2, kind.name());
          insert.setLong(3, blockSize);
          insert.executeUpdate();
          return blockSize;
        } catch (SQLException e) {
          if (JdbcTransactions.isUniqueViolation(e)) {
            return 0;
          }
          throw e;
        }
      }
    }
    try (PreparedStatement ps = c.prepareStatement(SELECT)) {
      ps.setString(1, tenant.value());
      ps.setString(2, kind.name());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new SQLException("the number row of " + tenant + "/" + kind + " vanished inside its transaction");
        }
        return rs.getLong(1);
      }
    }
  }
}
