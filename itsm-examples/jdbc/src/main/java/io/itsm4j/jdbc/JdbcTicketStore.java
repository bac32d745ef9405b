package io.itsm4j.jdbc;

import io.itsm4j.core.TenantId;
import io.itsm4j.core.memory.InMemoryTicketStore;
import io.itsm4j.core.port.AppendResult;
import io.itsm4j.core.port.RecordedCommand;
import io.itsm4j.core.port.TicketStore;
import io.itsm4j.core.port.TicketViewStore;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.view.TicketView;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * A {@link TicketStore} on plain JDBC: an append-only event table, a commands table for idempotency keys and an
 * outbox table, all written in one transaction per append. Runs on H2 and PostgreSQL with the scripts under
 * {@code db/} (see {@link JdbcSchema}); any database with standard SQL, unique constraints and read-committed
 * transactions will do.
 *
 * <h2>How the contract is kept</h2>
 * <ul>
 *   <li><b>Optimistic concurrency</b>: the event table's primary key {@code (tenant, ticket_id, seq)} is the
 *       guard. An append reads the ticket's version, refuses a stale one, and inserts its events numbered on
 *       from the expected version; of two appends racing at one version, the second insert hits the key and is
 *       rolled back as a {@link AppendResult.VersionConflict}. No lock is held between commands.
 *   <li><b>Idempotency</b>: the commands table's primary key {@code (tenant, idempotency_key)}; the key row is
 *       inserted first in the transaction, so a racing retry under the same key becomes a {@link
 *       AppendResult.DuplicateCommand} before its version is looked at.
 *   <li><b>Atomicity</b>: command row, events and outbox row commit together or not at all; a broken connection
 *       rolls the whole append back (the database does it when the session dies).
 *   <li><b>Notifications</b>: the outbox row written with the events is drained by an {@link OutboxRelay}, so a
 *       notification goes out at least once for every committed append and never for a rolled-back one.
 *   <li><b>Views</b>: with a {@link JdbcTicketViewStore} on the same data source ({@link #keepsViewsOf}), the
 *       ticket's view is written by the same append, so a work queue read after a command sees it and a view never
 *       disagrees with the events it comes from.
 * </ul>
 *
 * <p>Events are stored as JSON ({@link TicketEventJson}) in the {@code payload} column ({@code jsonb} on PostgreSQL,
 * {@code JSON} on H2; {@code format_version} 2), with tenant, ticket, sequence, type, time and command id in
 * columns of their own, so a host can query them with SQL (docs/storage-jdbc.md). Rows written before JSON keep
 * their text body ({@link EventCodec}, {@code format_version} 1) and read as they always did.
 *
 * <p>Thread-safe: every call takes its own connection from the {@link DataSource} (use a pool in production) and
 * returns it before it returns. Null arguments throw {@link NullPointerException}; database failures throw
 * {@link JdbcStoreException}, after rolling back.
 */
public final class JdbcTicketStore implements TicketStore {
  private static final int MAX_ATTEMPTS = 3;

  /** How many decoded events a store keeps by default; see {@link #JdbcTicketStore(DataSource, long)}. */
  public static final long DEFAULT_CACHED_EVENTS = 100_000;

  /** The {@code format_version} of rows stored as JSON in {@code payload}. */
  static final int JSON_FORMAT = 2;

  private static final String SELECT_AFTER = "select format_version, body, payload from itsm_ticket_event"
      + " where tenant = ? and ticket_id = ? and seq > ? order by seq";
  private static final String SELECT_RANGE = "select format_version, body, payload from itsm_ticket_event"
      + " where tenant = ? and ticket_id = ? and seq between ? and ? order by seq";
  /**
   * A command's look-up on PostgreSQL in one round trip: the key's row (part 0), then the ticket's events after the
   * cached ones (part 1), in order.
   */
  private static final String LOOK_UP = "select 0 as part, ticket_id, fingerprint, 0 as seq, 0 as format_version,"
      + " cast(null as text) as body, cast(null as text) as payload from itsm_command"
      + " where tenant = ? and idempotency_key = ?"
      + " union all select 1, null, null, seq, format_version, body, cast(payload as text) from itsm_ticket_event"
      + " where tenant = ? and ticket_id = ? and seq > ? order by 1, 4";
  /** Many tickets' events, each ticket's in order (rows of one ticket come in sequence order, tickets interleave). */
  private static final String SELECT_MANY = "select ticket_id, format_version, body, payload from itsm_ticket_event"
      + " where tenant = ? and ticket_id = any(?) order by ticket_id, seq";
  /** How many tickets {@link #loadAll} reads per statement. */
  private static final int LOAD_ALL_BATCH = 500;
  private static final String SELECT_VERSION = "select max(seq) from itsm_ticket_event"
      + " where tenant = ? and ticket_id = ?";
  private static final String SELECT_COMMAND = "select ticket_id, fingerprint, first_seq, last_seq"
      + " from itsm_command where tenant = ? and idempotency_key = ?";
  private static final String SELECT_TICKETS = "select ticket_id from itsm_ticket_event"
      + " where tenant = ? and seq = 1";
  /**
   * The command row, inserted only if the expected version's last event exists (or the ticket is new): without the
   * guard, an append decided on a version ahead of the stored one would leave a gap in the sequence.
   */
  private static final String INSERT_COMMAND = "insert into itsm_command"
      + " (tenant, idempotency_key, ticket_id, fingerprint, first_seq, last_seq)"
      + " select ?, ?, ?, ?, ?, ? where cast(? as bigint) = 0 or exists (select 1 from itsm_ticket_event"
      + " where tenant = ? and ticket_id = ? and seq = ?)";
  private static final String INSERT_EVENT = "insert into itsm_ticket_event"
      + " (tenant, ticket_id, seq, event_type, format_version, occurred_at, command_id, payload)"
      + " values (?, ?, ?, ?, ?, ?, ?, %s)";
  private static final String INSERT_OUTBOX = "insert into itsm_outbox"
      + " (tenant, ticket_id, first_seq, last_seq) values (?, ?, ?, ?)";
  /**
   * The whole append on PostgreSQL, in one round trip: the guarded command row, then the events (from arrays, one
   * element per event, numbered on from the command's first sequence) and the outbox row, each only if the command
   * row was inserted. A unique key refuses the statement as a whole.
   */
  private static final String APPEND_POSTGRES = "with cmd as (" + INSERT_COMMAND
      + " returning tenant, ticket_id, first_seq),"
      + " ev as (insert into itsm_ticket_event"
      + " (tenant, ticket_id, seq, event_type, format_version, occurred_at, command_id, payload)"
      + " select cmd.tenant, cmd.ticket_id, cmd.first_seq + e.n - 1, e.event_type, " + JSON_FORMAT + ","
      + " cast(e.occurred_at as timestamptz), e.command_id, cast(e.payload as jsonb)"
      + " from cmd cross join unnest(cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]))"
      + " with ordinality as e(event_type, occurred_at, command_id, payload, n) returning 1),"
      + " ob as (insert into itsm_outbox (tenant, ticket_id, first_seq, last_seq)"
      + " select tenant, ticket_id, first_seq, ? from cmd returning 1)"
      + " select (select count(*) from cmd), (select count(*) from ev), (select count(*) from ob)";
  /** {@link #APPEND_POSTGRES} with the ticket's view written beside the events (parameters 16 onwards). */
  private static final String APPEND_POSTGRES_WITH_VIEW = APPEND_POSTGRES.replace(" select (select count(*) from cmd)",
      ", vw as (" + JdbcTicketViewStore.UPSERT_AFTER_COMMAND + " returning 1) select (select count(*) from cmd)");

  private final DataSource dataSource;
  /** How this database is written to; found on the first append. */
  private volatile Statements statements;
  private final HistoryCache histories;

  /**
   * A store on {@code dataSource}, whose schema must have the tables of {@link JdbcSchema}.
   *
   * @throws NullPointerException if {@code dataSource} is null
   */
  public JdbcTicketStore(DataSource dataSource) {
    this(dataSource, DEFAULT_CACHED_EVENTS);
  }

  /**
   * A store on {@code dataSource} that keeps up to {@code cachedEvents} decoded events of the histories it used
   * last, so that a load reads only the events after the cached ones (one indexed range read) instead of the whole
   * history. Safe with other processes writing to the same database: histories are append-only, so a cached one is
   * always a prefix of the stored one, and every load still asks the database what follows it. 0 turns the cache
   * off; the default is {@value #DEFAULT_CACHED_EVENTS} events (some tens of megabytes at most).
   *
   * @throws NullPointerException if {@code dataSource} is null
   * @throws IllegalArgumentException if {@code cachedEvents} is negative
   */
  public JdbcTicketStore(DataSource dataSource, long cachedEvents) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.histories = new HistoryCache(cachedEvents);
  }

  /** The data source this store uses; the {@link OutboxRelay} shares it. */
  public DataSource dataSource() {
    return dataSource;
  }

  /** How this store writes on its database: one statement on PostgreSQL, three in a transaction elsewhere. */
  private record Statements(boolean singleStatement, String insertEvent, JsonParameter json) {}

  private Statements statements(Supplier<String> what) {
    Statements found = statements;
    if (found == null) {
      found = JdbcTransactions.autoCommitted(dataSource, what, c -> new Statements(JdbcSchema.isPostgres(c),
          String.format(INSERT_EVENT, JdbcSchema.jsonParameter(c)), new JsonParameter()));
      statements = found;
    }
    return found;
  }

  @Override
  public Seq<TicketEvent> load(TenantId tenant, TicketId ticketId) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(ticketId, "ticketId");
    try (Connection c = dataSource.getConnection()) {
      return histories.load(tenant, ticketId, after -> events(c, SELECT_AFTER, tenant, ticketId, after));
    } catch (SQLException e) {
      throw new JdbcStoreException("loading " + tenant + "/" + ticketId + " failed", e);
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>On PostgreSQL one statement answers both (with the cached history, only the events after it are read);
   * elsewhere the key and then the history are read.
   */
  @Override
  public CommandLookup lookUp(TenantId tenant, String idempotencyKey, TicketId ticketId) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    Objects.requireNonNull(ticketId, "ticketId");
    Supplier<String> what = () -> "looking up command " + idempotencyKey + " on " + tenant + "/" + ticketId;
    if (!statements(what).singleStatement()) {
      return TicketStore.super.lookUp(tenant, idempotencyKey, ticketId);
    }
    try (Connection c = dataSource.getConnection()) {
      boolean[] recorded = {false};
      Seq<TicketEvent> history = histories.load(tenant, ticketId, after -> {
        try (PreparedStatement ps = c.prepareStatement(LOOK_UP)) {
          ps.setString(1, tenant.value());
          ps.setString(2, idempotencyKey);
          ps.setString(3, tenant.value());
          ps.setString(4, ticketId.value());
          ps.setLong(5, after);
          Vector<TicketEvent> out = Vector.empty();
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              if (rs.getInt(1) == 0) {
                recorded[0] = true;
              } else {
                out = out.append(decode(rs.getInt(5), rs.getString(6), rs.getString(7), tenant, ticketId));
              }
            }
          }
          return out;
        }
      });
      // A recorded key is rare (a retry): its events are read then, in a second statement.
      return recorded[0] ? new CommandLookup(findCommand(c, tenant, idempotencyKey), Vector.empty())
          : new CommandLookup(Option.none(), history);
    } catch (SQLException e) {
      throw new JdbcStoreException(what.get() + " failed", e);
    }
  }

  @Override
  public AppendResult append(TenantId tenant, TicketId ticketId, long expectedVersion, CommandKey command,
      Seq<TicketEvent> events) {
    checkAppend(tenant, ticketId, expectedVersion, command, events);
    return append(tenant, ticketId, expectedVersion, command, events, Option.none());
  }

  /** The argument checks both appends make before a connection is taken. */
  private static void checkAppend(TenantId tenant, TicketId ticketId, long expectedVersion, CommandKey command,
      Seq<TicketEvent> events) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(ticketId, "ticketId");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(events, "events");
    InMemoryTicketStore.checkBatch(tenant, ticketId, expectedVersion, events);
  }

  /**
   * {@inheritDoc}
   *
   * <p>True for a {@link JdbcTicketViewStore} on this store's data source (the same object): its table is then
   * written in the events' transaction.
   */
  @Override
  public boolean keepsViewsOf(TicketViewStore views) {
    return views instanceof JdbcTicketViewStore jdbc && jdbc.dataSource() == dataSource;
  }

  /**
   * {@inheritDoc}
   *
   * <p>On PostgreSQL the view's row is one more part of the append's single statement ({@code insert ... on
   * conflict do update} where the stored version is older); elsewhere an update, or an insert if there is no row,
   * in the append's transaction.
   *
   * @throws IllegalArgumentException also if an instant of the view lies outside the years 1678 to 2262, before
   *     anything is written
   */
  @Override
  public AppendResult append(TenantId tenant, TicketId ticketId, long expectedVersion, CommandKey command,
      Seq<TicketEvent> events, TicketView view) {
    Objects.requireNonNull(view, "view");
    checkAppend(tenant, ticketId, expectedVersion, command, events);
    TicketStore.checkView(tenant, ticketId, expectedVersion, events, view);
    return append(tenant, ticketId, expectedVersion, command, events, Option.some(JdbcTicketViewStore.Row.of(view)));
  }

  private AppendResult append(TenantId tenant, TicketId ticketId, long expectedVersion, CommandKey command,
      Seq<TicketEvent> events, Option<JdbcTicketViewStore.Row> view) {
    // Encode before touching the database, so a value the codec refuses never opens a transaction.
    Vector<String> bodies = events.toVector().map(TicketEventJson.standard()::encode);
    // A lost race under a unique key that is then rolled back by its winner leaves nothing to answer with;
    // the append is simply tried again, which is rare and bounded.
    Supplier<String> what = () -> "append to " + tenant + "/" + ticketId;
    AppendResult result = JdbcTransactions.retrying(MAX_ATTEMPTS, what,
        () -> appendOnce(tenant, ticketId, expectedVersion, command, events, bodies, view, what));
    if (result instanceof AppendResult.Appended) {
      histories.appended(tenant, ticketId, expectedVersion, events);
    }
    return result;
  }

  private Option<AppendResult> appendOnce(TenantId tenant, TicketId ticketId, long expectedVersion,
      CommandKey command, Seq<TicketEvent> events, Vector<String> bodies, Option<JdbcTicketViewStore.Row> view,
      Supplier<String> what) {
    Statements sql = statements(what);
    Option<Boolean> stored = sql.singleStatement()
        ? appendInOneRoundTrip(tenant, ticketId, expectedVersion, command, events, bodies, view, what)
        : JdbcTransactions.transaction(dataSource, what,
            c -> appendInStatements(c, sql, tenant, ticketId, expectedVersion, command, events, bodies, view),
            result -> result.contains(true),
            failure -> Option.some(JdbcTransactions.afterFailedCommit(what, failure, () -> storedUnderKey(tenant,
                ticketId, command), true)));
    return stored.contains(true) ? Option.some(new AppendResult.Appended(expectedVersion + events.size()))
        : refused(tenant, ticketId, expectedVersion, command, what);
  }

  /**
   * The one statement in auto-commit: the database commits it with its execution, so a failure that is not a
   * refusal may have come after the commit; the key, written by the same statement, tells.
   */
  private Option<Boolean> appendInOneRoundTrip(TenantId tenant, TicketId ticketId, long expectedVersion,
      CommandKey command, Seq<TicketEvent> events, Vector<String> bodies, Option<JdbcTicketViewStore.Row> view,
      Supplier<String> what) {
    try {
      return JdbcTransactions.autoCommitted(dataSource, what,
          c -> appendInOneStatement(c, tenant, ticketId, expectedVersion, command, events, bodies, view));
    } catch (JdbcStoreException e) {
      if (!(e.getCause() instanceof SQLException failure)) {
        throw e;
      }
      return Option.some(JdbcTransactions.afterFailedCommit(what, failure, () -> storedUnderKey(tenant, ticketId,
          command), true));
    }
  }

  private boolean storedUnderKey(TenantId tenant, TicketId ticketId, CommandKey command) {
    return findCommand(tenant, command.idempotencyKey())
        .exists(r -> r.fingerprint().equals(command.fingerprint()) && r.ticketId().equals(ticketId));
  }

  /**
   * Why an append was not stored: its idempotency key was taken (a duplicate; also answered before a version ahead
   * of the stored one, as the key is the first thing a command is checked by), or the ticket is at another version
   * (a conflict). The version is read before the key: a version that already counts a racing retry's events is
   * then always followed by a look-up that finds the retry's key (the two were committed together, and each
   * read sees what was committed when it ran), so a retry is answered as a duplicate, never as a conflict. If
   * neither explains it, the winner of the race rolled back, and the append is tried again.
   */
  private Option<AppendResult> refused(TenantId tenant, TicketId ticketId, long expectedVersion,
      CommandKey command, Supplier<String> what) {
    return JdbcTransactions.autoCommitted(dataSource, what, c -> {
      long version = version(c, tenant, ticketId);
      Option<RecordedCommand> earlier = findCommand(c, tenant, command.idempotencyKey());
      if (earlier.isDefined()) {
        return Option.some(new AppendResult.DuplicateCommand(earlier.get()));
      }
      return version != expectedVersion ? Option.some(new AppendResult.VersionConflict(version)) : Option.none();
    });
  }

  /**
   * The append as one data-modifying statement (PostgreSQL): the command row, guarded by the expected version's
   * last event; the events and the outbox row, inserted only if the command row was.
   *
   * @return true if stored, false if the expected version's last event is missing (the ticket is behind), none
   *     if a unique key refused it; either way the caller finds out why
   */
  private Option<Boolean> appendInOneStatement(Connection c, TenantId tenant, TicketId ticketId,
      long expectedVersion, CommandKey command, Seq<TicketEvent> events, Vector<String> bodies,
      Option<JdbcTicketViewStore.Row> view) throws SQLException {
    int n = events.size();
    String[] types = new String[n];
    String[] times = new String[n];
    String[] commandIds = new String[n];
    for (int i = 0; i < n; i++) {
      TicketEvent e = events.get(i);
      types[i] = e.type();
      times[i] = e.occurredAt().toString();
      commandIds[i] = EventCodec.escape(e.header().commandId());
    }
    try (PreparedStatement ps = c.prepareStatement(view.isDefined() ? APPEND_POSTGRES_WITH_VIEW : APPEND_POSTGRES)) {
      setCommand(ps, tenant, ticketId, expectedVersion, command, n);
      ps.setArray(11, c.createArrayOf("text", types));
      ps.setArray(12, c.createArrayOf("text", times));
      ps.setArray(13, c.createArrayOf("text", commandIds));
      ps.setArray(14, c.createArrayOf("text", bodies.toJavaArray(String[]::new)));
      ps.setLong(15, expectedVersion + n);
      if (view.isDefined()) {
        view.get().bind(ps, 16);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return Option.some(rs.getInt(1) == 1);
      }
    } catch (SQLException e) {
      if (JdbcTransactions.isUniqueViolation(e)) {
        return Option.none();
      }
      throw e;
    }
  }

  /**
   * The append as three statements in the caller's transaction (any standard database): the guarded command row,
   * the events in one batch, the outbox row.
   *
   * @return as {@link #appendInOneStatement}; the caller commits on true
   */
  private Option<Boolean> appendInStatements(Connection c, Statements sql, TenantId tenant, TicketId ticketId,
      long expectedVersion, CommandKey command, Seq<TicketEvent> events, Vector<String> bodies,
      Option<JdbcTicketViewStore.Row> view) throws SQLException {
    try {
      try (PreparedStatement ps = c.prepareStatement(INSERT_COMMAND)) {
        setCommand(ps, tenant, ticketId, expectedVersion, command, events.size());
        if (ps.executeUpdate() == 0) {
          return Option.some(false);
        }
      }
      try (PreparedStatement ps = c.prepareStatement(sql.insertEvent())) {
        for (int i = 0; i < events.size(); i++) {
          TicketEvent e = events.get(i);
          ps.setString(1, tenant.value());
          ps.setString(2, ticketId.value());
          ps.setLong(3, e.sequence());
          ps.setString(4, e.type());
          ps.setInt(5, JSON_FORMAT);
          ps.setObject(6, e.occurredAt().atOffset(ZoneOffset.UTC));
          // Escaped like the body: a command id is free text to the store, and PostgreSQL text cannot hold NUL.
          ps.setString(7, EventCodec.escape(e.header().commandId()));
          ps.setString(8, bodies.get(i));
          ps.addBatch();
        }
        ps.executeBatch();
      }
      if (view.isDefined()) {
        JdbcTicketViewStore.write(c, sql.json(), view.get());
      }
    } catch (SQLException e) {
      if (JdbcTransactions.isUniqueViolation(e)) {
        c.rollback();
        return Option.none();
      }
      throw e;
    }
    try (PreparedStatement ps = c.prepareStatement(INSERT_OUTBOX)) {
      ps.setString(1, tenant.value());
      ps.setString(2, ticketId.value());
      ps.setLong(3, expectedVersion + 1);
      ps.setLong(4, expectedVersion + events.size());
      ps.executeUpdate();
    }
    return Option.some(true);
  }

  /** The ten parameters of the guarded command row, shared by both forms of the append. */
  private static void setCommand(PreparedStatement ps, TenantId tenant, TicketId ticketId, long expectedVersion,
      CommandKey command, int events) throws SQLException {
    ps.setString(1, tenant.value());
    ps.setString(2, command.idempotencyKey());
    ps.setString(3, ticketId.value());
    ps.setString(4, command.fingerprint());
    ps.setLong(5, expectedVersion + 1);
    ps.setLong(6, expectedVersion + events);
    ps.setLong(7, expectedVersion);
    ps.setString(8, tenant.value());
    ps.setString(9, ticketId.value());
    ps.setLong(10, expectedVersion);
  }

  /**
   * {@inheritDoc}
   *
   * <p>The history this store's cache holds, from its last load or append of the ticket: the service desk decides on
   * it and appends in one round trip, reading afresh only when the append finds the ticket moved on.
   */
  @Override
  public Option<Seq<TicketEvent>> recentHistory(TenantId tenant, TicketId ticketId) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(ticketId, "ticketId");
    return histories.peek(tenant, ticketId);
  }

  @Override
  public Option<RecordedCommand> findCommand(TenantId tenant, String idempotencyKey) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    try (Connection c = dataSource.getConnection()) {
      return findCommand(c, tenant, idempotencyKey);
    } catch (SQLException e) {
      throw new JdbcStoreException("looking up command " + idempotencyKey + " in " + tenant + " failed", e);
    }
  }

  @Override
  public Seq<TicketId> ticketIds(TenantId tenant) {
    Objects.requireNonNull(tenant, "tenant");
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(SELECT_TICKETS)) {
      ps.setString(1, tenant.value());
      Vector<TicketId> out = Vector.empty();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out = out.append(TicketId.of(rs.getString(1)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new JdbcStoreException("listing the tickets of " + tenant + " failed", e);
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>One statement per {@value #LOAD_ALL_BATCH} tickets ({@code ticket_id = any(?)} on the event table's primary
   * key); the histories read are not added to this store's cache, so a rebuild does not push out the histories
   * commands are working on.
   */
  @Override
  public io.vavr.collection.Map<TicketId, Seq<TicketEvent>> loadAll(TenantId tenant, Seq<TicketId> ticketIds) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(ticketIds, "ticketIds");
    Seq<TicketId> ids = ticketIds.distinct();
    java.util.Map<String, Vector<TicketEvent>> read = new java.util.HashMap<>();
    try (Connection c = dataSource.getConnection()) {
      for (Seq<TicketId> batch : ids.grouped(LOAD_ALL_BATCH)) {
        try (PreparedStatement ps = c.prepareStatement(SELECT_MANY)) {
          ps.setString(1, tenant.value());
          ps.setArray(2, c.createArrayOf("varchar", batch.map(TicketId::value).toJavaArray(String[]::new)));
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              String id = rs.getString(1);
              TicketEvent e = decode(rs.getInt(2), rs.getString(3), rs.getString(4), tenant, TicketId.of(id));
              read.merge(id, Vector.of(e), Vector::appendAll);
            }
          }
        }
      }
    } catch (SQLException e) {
      throw new JdbcStoreException("loading " + ids.size() + " histories of " + tenant + " failed", e);
    }
    io.vavr.collection.Map<TicketId, Seq<TicketEvent>> out = io.vavr.collection.LinkedHashMap.empty();
    for (TicketId id : ids) {
      Vector<TicketEvent> history = read.get(id.value());
      if (history != null) {
        out = out.put(id, history);
      }
    }
    return out;
  }

  /** The events {@code first..last} of a ticket, read on {@code c}; used by the outbox relay. */
  static Seq<TicketEvent> range(Connection c, TenantId tenant, TicketId ticketId, long first, long last)
      throws SQLException {
    return events(c, SELECT_RANGE, tenant, ticketId, first, last);
  }

  private static Seq<TicketEvent> events(Connection c, String sql, TenantId tenant, TicketId ticketId,
      long... bounds) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, tenant.value());
      ps.setString(2, ticketId.value());
      for (int i = 0; i < bounds.length; i++) {
        ps.setLong(3 + i, bounds[i]);
      }
      Vector<TicketEvent> out = Vector.empty();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out = out.append(decode(rs.getInt(1), rs.getString(2), rs.getString(3), tenant, ticketId));
        }
      }
      return out;
    }
  }

  private static TicketEvent decode(int format, String body, String payload, TenantId tenant, TicketId ticketId) {
    try {
      if (format == JSON_FORMAT && payload != null) {
        return TicketEventJson.standard().decode(payload);
      }
      if (format == EventCodec.FORMAT_VERSION && body != null) {
        return EventCodec.decode(body);
      }
      throw new IllegalArgumentException("format_version " + format + " with "
          + (payload == null ? "no payload" : "a payload") + " and " + (body == null ? "no body" : "a body"));
    } catch (IllegalArgumentException e) {
      throw new JdbcStoreException("a stored event of " + tenant + "/" + ticketId + " cannot be read", e);
    }
  }

  private static Option<RecordedCommand> findCommand(Connection c, TenantId tenant, String key) throws SQLException {
    String ticket;
    String fingerprint;
    long first;
    long last;
    try (PreparedStatement ps = c.prepareStatement(SELECT_COMMAND)) {
      ps.setString(1, tenant.value());
      ps.setString(2, key);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Option.none();
        }
        ticket = rs.getString(1);
        fingerprint = rs.getString(2);
        first = rs.getLong(3);
        last = rs.getLong(4);
      }
    }
    TicketId id = TicketId.of(ticket);
    return Option.some(new RecordedCommand(id, fingerprint, range(c, tenant, id, first, last)));
  }

  private static long version(Connection c, TenantId tenant, TicketId ticketId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(SELECT_VERSION)) {
      ps.setString(1, tenant.value());
      ps.setString(2, ticketId.value());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
