package io.itsm4j.jdbc;

import io.itsm4j.core.TenantId;
import io.itsm4j.core.port.NotificationSink;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketId;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Delivers what {@link JdbcTicketStore} wrote to its outbox to a {@link NotificationSink}, and marks each row
 * sent once the sink returned. Use it with a service desk whose own sink is {@link NotificationSink#none()} (or
 * only handles {@link NotificationSink#rejected}, which has no outbox), and call {@link #drain} on a schedule:
 *
 * <pre>{@code
 * OutboxRelay relay = new OutboxRelay(dataSource, sink);
 * scheduler.scheduleWithFixedDelay(() -> relay.drain(500), 1, 1, TimeUnit.SECONDS);
 * }</pre>
 *
 * <h2>Guarantees</h2>
 * <ul>
 *   <li><b>At least once</b>: a row is marked sent after the sink returned, so a crash in between delivers that
 *       command's events again on the next drain. Sinks should be idempotent (events carry ticket, tenant and
 *       sequence, which identify them).
 *   <li><b>Never for a rolled-back write</b>: rows are written in the append's transaction, so an append that
 *       did not commit has no row.
 *   <li><b>Order</b>: rows are delivered in the order they were written, one command's events in one call, in
 *       sequence order; so a ticket's events arrive in sequence order. A sink failure stops the drain at that row,
 *       so nothing overtakes it; the next drain starts with it again.
 * </ul>
 *
 * <p>Run one relay per database: two relays draining at once may deliver a row twice (never lose one). {@link
 * #drain} is synchronized, so one relay instance shared between threads is safe.
 */
public final class OutboxRelay {
  private static final String SELECT_UNSENT = "select id, tenant, ticket_id, first_seq, last_seq from itsm_outbox"
      + " where sent_at is null order by id fetch first ? rows only";
  private static final String MARK_SENT = "update itsm_outbox set sent_at = current_timestamp where id = ?";
  private static final String COUNT_UNSENT = "select count(*) from itsm_outbox where sent_at is null";

  private final DataSource dataSource;
  private final NotificationSink sink;

  /**
   * A relay from the outbox in {@code dataSource} to {@code sink}.
   *
   * @throws NullPointerException if an argument is null
   */
  public OutboxRelay(DataSource dataSource, NotificationSink sink) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.sink = Objects.requireNonNull(sink, "sink");
  }

  /**
   * What one {@link #drain} did.
   *
   * @param delivered the number of commands whose events were delivered and marked sent
   * @param failure what the sink threw, if it did; that command's row stays unsent for the next drain
   */
  public record Drained(int delivered, Option<Throwable> failure) {
    /** Checks that no argument is null. */
    public Drained {
      Objects.requireNonNull(failure, "failure");
    }
  }

  /**
   * Delivers up to {@code maxCommands} unsent outbox rows, oldest first, and marks each sent after the sink took
   * it. Stops at the first sink failure and reports it.
   *
   * @throws IllegalArgumentException if {@code maxCommands} is less than 1
   * @throws JdbcStoreException if the database fails (rows delivered before that stay marked sent)
   */
  public synchronized Drained drain(int maxCommands) {
    if (maxCommands < 1) {
      throw new IllegalArgumentException("maxCommands must be at least 1, got " + maxCommands);
    }
    // Each row is marked sent on its own, so a failure later in the drain keeps what was delivered before.
    return JdbcTransactions.autoCommitted(dataSource, () -> "draining the outbox", c -> drain(c, maxCommands));
  }

  private Drained drain(Connection c, int maxCommands) throws SQLException {
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(SELECT_UNSENT)) {
      ps.setInt(1, maxCommands);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(new Row(rs.getLong(1), TenantId.of(rs.getString(2)), TicketId.of(rs.getString(3)), rs.getLong(4),
              rs.getLong(5)));
        }
      }
    }
    int delivered = 0;
    for (Row row : rows) {
      Seq<TicketEvent> events = JdbcTicketStore.range(c, row.tenant(), row.ticket(), row.first(), row.last());
      try {
        sink.published(events);
      } catch (RuntimeException e) {
        return new Drained(delivered, Option.some(e));
      }
      try (PreparedStatement ps = c.prepareStatement(MARK_SENT)) {
        ps.setLong(1, row.id());
        ps.executeUpdate();
      }
      delivered++;
    }
    return new Drained(delivered, Option.none());
  }

  private record Row(long id, TenantId tenant, TicketId ticket, long first, long last) {}

  /**
   * Drains until the outbox is empty or the sink fails.
   *
   * @return the total delivered, and the failure that stopped it, if any
   */
  public Drained drainAll() {
    int total = 0;
    while (true) {
      Drained d = drain(500);
      total += d.delivered();
      if (d.failure().isDefined() || d.delivered() == 0) {
        return new Drained(total, d.failure());
      }
    }
  }

  /** The number of outbox rows not yet delivered. */
  public long pending() {
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(COUNT_UNSENT);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new JdbcStoreException("counting the outbox failed", e);
    }
  }
}
