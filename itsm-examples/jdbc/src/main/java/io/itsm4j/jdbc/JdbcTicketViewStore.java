package io.itsm4j.jdbc;

import io.itsm4j.core.GroupId;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.port.TicketViewStore;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.view.PageKey;
import io.itsm4j.core.view.QueueCounts;
import io.itsm4j.core.view.QueueOrder;
import io.itsm4j.core.view.TicketQuery;
import io.itsm4j.core.view.TicketView;
import io.itsm4j.core.view.TextSearch;
import io.itsm4j.core.workflow.StateCategory;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import javax.sql.DataSource;

/**
 * A {@link TicketViewStore} on plain JDBC: one row per ticket in {@code itsm_ticket_view} (scripts V12 and V13 of
 * {@link JdbcSchema}), the columns queries filter and sort on beside the whole view as JSON, with an index per order
 * of the standard queues and the view's search words.
 *
 * <h2>How the contract is kept</h2>
 * <ul>
 *   <li><b>Newest wins</b>: {@link #put} updates the row only where its version is lower, and inserts when there
 *       is none; of racing puts the newest version stays, whatever the order they commit in.
 *   <li><b>Read your writes</b>: a {@link JdbcTicketStore} on the same data source {@linkplain
 *       JdbcTicketStore#keepsViewsOf keeps} this table in each append's transaction, so a service desk given both
 *       writes a ticket's events and its view together or not at all.
 *   <li><b>Exactly the query</b>: every filter of {@link TicketQuery} is a SQL condition on bound parameters
 *       (nothing of a query is written into SQL text but column names), and a page is a keyset seek in the query's
 *       order: {@code (keys) > (the cursor's keys)} in the order's index. Ticket ids sort in byte order ({@code
 *       collate "C"} on PostgreSQL; H2 compares as Java does), so SQL and the port's comparator agree.
 *   <li><b>Text search</b>: the words {@link TextSearch} cuts from title and description are written with the
 *       view; on PostgreSQL as a {@code tsvector} of exactly those words with a GIN index, searched with a {@code
 *       tsquery} of the quoted words; elsewhere as text between spaces, one {@code LIKE '% word %'} per word.
 *   <li><b>Read policy</b>: a view the reader may not see cannot be filtered in SQL, so rows are read in batches
 *       in order and the policy checked on each, until the page is full.
 *   <li><b>Limits</b>: instants between the years 1678 and 2262 (nanoseconds in a signed 64-bit number); a view
 *       outside throws {@link IllegalArgumentException} before any statement runs.
 * </ul>
 *
 * <p>Thread-safe: each call takes its own connection. Null arguments throw {@link NullPointerException}; database
 * failures throw {@link JdbcStoreException}.
 */
public final class JdbcTicketViewStore implements TicketViewStore {
  private static final long NO_BREACH = Long.MAX_VALUE;
  /**
   * PostgreSQL's search column from the view's words (one text, a space between words): a full-text vector of exactly
   * those words, no parser or dictionary in between, so the database matches the words {@link TextSearch} cuts.
   */
  private static final String PG_SEARCH = "array_to_tsvector(string_to_array(nullif(trim(?), ''), ' '))";
  /** The columns a view's row is written with, in {@link Row#bind}'s order, then the key. */
  private static final String COLUMN_NAMES = "kind, category, priority_rank, group_id, assignee, service, customer,"
      + " requester, opened_ns, updated_ns, next_breach_ns, breached, version, payload, search_words, tenant,"
      + " ticket_id";
  /** {@link Row#bind}'s values; {@code %1$s} the dialect's JSON parameter, {@code %2$s} its search parameter. */
  private static final String VALUES = "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, %1$s, %2$s";
  private static final String UPDATE = "update itsm_ticket_view set kind = ?, category = ?, priority_rank = ?,"
      + " group_id = ?, assignee = ?, service = ?, customer = ?, requester = ?, opened_ns = ?, updated_ns = ?,"
      + " next_breach_ns = ?, breached = ?, version = ?, payload = %1$s, search_words = %2$s"
      + " where tenant = ? and ticket_id = ? and version < ?";
  private static final String INSERT = "insert into itsm_ticket_view (" + COLUMN_NAMES + ") values (" + VALUES
      + ", ?, ?)";
  /** PostgreSQL: on the ticket's key, the stored row takes the new one's columns only if it is older. */
  private static final String ON_CONFLICT = " on conflict (tenant, ticket_id) do update set kind = excluded.kind,"
      + " category = excluded.category, priority_rank = excluded.priority_rank, group_id = excluded.group_id,"
      + " assignee = excluded.assignee, service = excluded.service, customer = excluded.customer,"
      + " requester = excluded.requester, opened_ns = excluded.opened_ns, updated_ns = excluded.updated_ns,"
      + " next_breach_ns = excluded.next_breach_ns, breached = excluded.breached, version = excluded.version,"
      + " payload = excluded.payload, search_words = excluded.search_words"
      + " where itsm_ticket_view.version < excluded.version";
  /** How many views {@link #putAll} writes per batch. */
  private static final int BATCH = 500;
  /** The insert of a view inside a ticket store's transaction: only if there is no row yet. */
  private static final String INSERT_NEW = "insert into itsm_ticket_view (" + COLUMN_NAMES + ") select " + VALUES
      + ", ?, ? where not exists (select 1 from itsm_ticket_view where tenant = ? and ticket_id = ?)";
  /**
   * The view's part of {@link JdbcTicketStore}'s one-statement append on PostgreSQL: its row, inserted beside the
   * command row (only if that was inserted) or, on the key, updated where the stored one is older.
   */
  static final String UPSERT_AFTER_COMMAND = "insert into itsm_ticket_view (" + COLUMN_NAMES + ") select "
      + VALUES.formatted("cast(? as jsonb)", PG_SEARCH) + ", cmd.tenant, cmd.ticket_id from cmd" + ON_CONFLICT;
  /** PostgreSQL's newest-wins upsert of one view, batched by {@link #putAll}. */
  private static final String UPSERT = "insert into itsm_ticket_view (" + COLUMN_NAMES + ") values ("
      + VALUES.formatted("cast(? as jsonb)", PG_SEARCH) + ", ?, ?)" + ON_CONFLICT;
  private static final String SELECT = "select payload from itsm_ticket_view where tenant = ? and ticket_id = ?";

  private final DataSource dataSource;
  private final JsonParameter jsonParameter = new JsonParameter();
  /** Whether the database is PostgreSQL; asked on first use. */
  private volatile Boolean postgres;

  /**
   * A store on {@code dataSource}, whose schema must have the tables of {@link JdbcSchema}.
   *
   * @throws NullPointerException if {@code dataSource} is null
   */
  public JdbcTicketViewStore(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /** The data source this store uses; a {@link JdbcTicketStore} on the same one writes views with the events. */
  DataSource dataSource() {
    return dataSource;
  }

  private boolean postgres(Connection c) throws SQLException {
    Boolean found = postgres;
    if (found == null) {
      found = JdbcSchema.isPostgres(c);
      postgres = found;
    }
    return found;
  }

  /** A statement with this database's JSON and search parameters. */
  private String statement(Connection c, String sql) throws SQLException {
    return sql.formatted(jsonParameter.of(c), postgres(c) ? PG_SEARCH : "?");
  }

  @Override
  public void put(TicketView view) {
    Objects.requireNonNull(view, "view");
    put(Row.of(view));
  }

  private void put(Row row) {
    TicketView view = row.view;
    JdbcTransactions.autoCommitted(dataSource, () -> "keeping the view of " + view.tenant() + "/" + view.id(), c -> {
      if (update(c, row) > 0) {
        return true;
      }
      try {
        insert(c, row);
        return true;
      } catch (SQLException e) {
        if (!JdbcTransactions.isUniqueViolation(e)) {
          throw e;
        }
      }
      // The row exists: it was newer or as new already, or a racing writer inserted it between the two statements;
      // one more update keeps this view if it is the newer one, and rows never go away, so that is the last word.
      return update(c, row) > 0;
    });
  }

  /**
   * {@inheritDoc}
   *
   * <p>On PostgreSQL the views go in batches of {@value #BATCH} upserts ({@code insert ... on conflict do update}
   * where the stored version is older), in key order, each batch one transaction; elsewhere one by one as {@link
   * #put}.
   *
   * @throws IllegalArgumentException if an instant of a view lies outside the years 1678 to 2262, before anything
   *     is written
   */
  @Override
  public void putAll(Seq<TicketView> views) {
    Objects.requireNonNull(views, "views");
    Vector<Row> rows = views.toVector().map(Row::of);
    if (rows.isEmpty()) {
      return;
    }
    if (!JdbcTransactions.autoCommitted(dataSource, () -> "keeping " + rows.size() + " views", this::postgres)) {
      // Each row as encoded above: a view is not encoded twice.
      rows.forEach(this::put);
      return;
    }
    // In key order, so two bulk writers lock common rows in the same order and never deadlock.
    Vector<Row> ordered = rows.sortBy(r -> r.view.tenant().value() + "\u0000" + r.view.id().value());
    for (Seq<Row> batch : ordered.grouped(BATCH)) {
      // A batch is one transaction: one commit (one log flush) per batch, not per view.
      JdbcTransactions.transaction(dataSource, () -> "keeping a batch of " + batch.size() + " views", c -> {
        try (PreparedStatement ps = c.prepareStatement(UPSERT)) {
          for (Row r : batch) {
            int i = r.bind(ps, 1);
            ps.setString(i++, r.view.tenant().value());
            ps.setString(i, r.view.id().value());
            ps.addBatch();
          }
          ps.executeBatch();
        }
        return true;
      }, done -> done);
    }
  }

  /**
   * Writes a view inside the caller's transaction (a ticket store's append): an update if the stored one is older,
   * else an insert if there is none. A racing insert of the same ticket's view makes the insert fail on the key,
   * which the caller treats like any lost race (roll back, try again).
   */
  static void write(Connection c, JsonParameter json, Row row) throws SQLException {
    // Only on databases other than PostgreSQL (its append writes the view in its own statement): words as text.
    if (update(c, UPDATE.formatted(json.of(c), "?"), row) == 0) {
      try (PreparedStatement ps = c.prepareStatement(INSERT_NEW.formatted(json.of(c), "?"))) {
        int i = row.bind(ps, 1);
        ps.setString(i++, row.view.tenant().value());
        ps.setString(i++, row.view.id().value());
        ps.setString(i++, row.view.tenant().value());
        ps.setString(i, row.view.id().value());
        ps.executeUpdate();
      }
    }
  }

  private int update(Connection c, Row row) throws SQLException {
    return update(c, statement(c, UPDATE), row);
  }

  private static int update(Connection c, String sql, Row row) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int i = row.bind(ps, 1);
      ps.setString(i++, row.view.tenant().value());
      ps.setString(i++, row.view.id().value());
      ps.setLong(i, row.view.version());
      return ps.executeUpdate();
    }
  }

  private void insert(Connection c, Row row) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(statement(c, INSERT))) {
      int i = row.bind(ps, 1);
      ps.setString(i++, row.view.tenant().value());
      ps.setString(i, row.view.id().value());
      ps.executeUpdate();
    }
  }

  /**
   * A view as the columns of its row, computed before any statement runs, so a view the table cannot hold is refused
   * before a transaction opens.
   */
  static final class Row {
    final TicketView view;
    private final long opened;
    private final long updated;
    private final long breach;
    private final String json;
    private final String words;

    private Row(TicketView view) {
      this.view = view;
      this.opened = nanos(view.openedAt());
      this.updated = nanos(view.updatedAt());
      this.breach = view.nextBreach().map(JdbcTicketViewStore::nanos).getOrElse(NO_BREACH);
      this.json = WholeValueJson.encode(view);
      this.words = TextSearch.document(view);
    }

    /**
     * @throws IllegalArgumentException if an instant of the view lies outside the years 1678 to 2262
     */
    static Row of(TicketView view) {
      return new Row(view);
    }

    /** Sets the row's columns in the order of {@link #COLUMN_NAMES} from parameter {@code from}; the next index. */
    int bind(PreparedStatement ps, int from) throws SQLException {
      int i = from;
      TicketView v = view;
      ps.setString(i++, v.kind().name());
      ps.setString(i++, v.category().name());
      ps.setShort(i++, (short) v.priority().ordinal());
      ps.setString(i++, v.group().map(g -> g.value()).getOrNull());
      ps.setString(i++, v.assignee().map(a -> a.value()).getOrNull());
      ps.setString(i++, v.service().map(s -> s.value()).getOrNull());
      ps.setString(i++, v.customer().map(s -> s.value()).getOrNull());
      ps.setString(i++, v.requester().value());
      ps.setLong(i++, opened);
      ps.setLong(i++, updated);
      ps.setLong(i++, breach);
      ps.setBoolean(i++, v.isBreached());
      ps.setLong(i++, v.version());
      ps.setString(i++, json);
      ps.setString(i++, words);
      return i;
    }
  }

  @Override
  public Option<TicketView> view(TenantId tenant, TicketId id) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(id, "id");
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(SELECT)) {
      ps.setString(1, tenant.value());
      ps.setString(2, id.value());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Option.some(decode(tenant, rs.getString(1))) : Option.none();
      }
    } catch (SQLException e) {
      throw new JdbcStoreException("reading the view of " + tenant + "/" + id + " failed", e);
    }
  }

  @Override
  public Seq<TicketView> after(TicketQuery query, Option<PageKey> after, int limit, Predicate<TicketView> visible) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(after, "after");
    Objects.requireNonNull(visible, "visible");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be positive, got " + limit);
    }
    // Rows the policy refuses are read and skipped: read a little more than asked, and go on while it is not enough.
    int batch = Math.max(limit, 64);
    List<TicketView> out = new ArrayList<>();
    Option<PageKey> from = after;
    try (Connection c = dataSource.getConnection()) {
      while (true) {
        Sql sql = page(query, from, batch, postgres(c));
        int read = 0;
        try (PreparedStatement ps = c.prepareStatement(sql.text.toString())) {
          sql.bind(ps);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              read++;
              TicketView v = decode(query.tenant(), rs.getString(1));
              from = Option.some(PageKey.of(v));
              if (visible.test(v)) {
                out.add(v);
                if (out.size() == limit) {
                  return Vector.ofAll(out);
                }
              }
            }
          }
        }
        if (read < batch) {
          return Vector.ofAll(out);
        }
      }
    } catch (SQLException e) {
      throw new JdbcStoreException("reading a page of " + query + " failed", e);
    }
  }

  @Override
  public QueueCounts counts(TicketQuery query, Predicate<TicketView> visible) {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(visible, "visible");
    QueueCounts out = QueueCounts.NONE;
    try (Connection c = dataSource.getConnection()) {
      Sql sql = Sql.where(query, postgres(c));
      try (PreparedStatement ps = c.prepareStatement("select payload from itsm_ticket_view" + sql.text)) {
        sql.bind(ps);
        // Each matching row is read, because the read policy judges whole views: counts hint at nothing hidden.
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            TicketView v = decode(query.tenant(), rs.getString(1));
            if (visible.test(v)) {
              out = out.plus(v);
            }
          }
        }
      }
      return out;
    } catch (SQLException e) {
      throw new JdbcStoreException("counting " + query + " failed", e);
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>One statement: the matching rows grouped by category, priority and group ({@code count(*) ... group by}), so
   * the database counts and no view is read.
   */
  @Override
  public QueueCounts counts(TicketQuery query) {
    Objects.requireNonNull(query, "query");
    QueueCounts out = QueueCounts.NONE;
    try (Connection c = dataSource.getConnection()) {
      Sql sql = Sql.where(query, postgres(c));
      try (PreparedStatement ps = c.prepareStatement("select category, priority_rank, group_id, count(*)"
          + " from itsm_ticket_view" + sql.text + " group by category, priority_rank, group_id")) {
        sql.bind(ps);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            String group = rs.getString(3);
            out = out.plus(StateCategory.valueOf(rs.getString(1)), Priority.values()[rs.getShort(2)],
                group == null ? Option.none() : Option.some(GroupId.of(group)), rs.getLong(4));
          }
        }
      }
      return out;
    } catch (SQLException e) {
      throw new JdbcStoreException("counting " + query + " failed", e);
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      throw new JdbcStoreException("a stored ticket view of " + query.tenant() + " cannot be read: " + e, e);
    }
  }

  /** The statement of a batch of a page: the rows of {@code query} after {@code from}, in order. */
  static Sql page(TicketQuery query, Option<PageKey> from, int batch, boolean postgres) {
    Sql sql = Sql.where(query, postgres);
    if (from.isDefined()) {
      seek(sql, query.order(), from.get());
    } else {
      start(sql, query.order());
    }
    sql.text.append(order(query.order())).append(" fetch first ").append(batch).append(" rows only");
    sql.text.insert(0, "select payload from itsm_ticket_view");
    return sql;
  }

  /** A statement (or a where clause, while it is built) and its parameters, in order. */
  static final class Sql {
    final StringBuilder text = new StringBuilder(" where tenant = ?");
    final List<Object> parameters = new ArrayList<>();

    static Sql where(TicketQuery q, boolean postgres) {
      Sql s = new Sql();
      s.parameters.add(q.tenant().value());
      q.conditions(new TicketQuery.Conditions() {
        @Override
        public void in(TicketQuery.Column column, Seq<String> values) {
          s.text.append(" and ").append(name(column)).append(" in (")
              .append(String.join(", ", java.util.Collections.nCopies(values.size(), "?"))).append(')');
          for (String v : values) {
            // Priorities are kept as ranks, so the priority order is the column's order.
            s.parameters.add(column == TicketQuery.Column.PRIORITY ? (Object) (short) Priority.valueOf(v).ordinal()
                : v);
          }
        }

        @Override
        public void unassigned() {
          s.text.append(" and group_id is null and assignee is null");
        }

        @Override
        public void openedFrom(Instant at) {
          s.text.append(" and opened_ns >= ?");
          s.parameters.add(nanos(at));
        }

        @Override
        public void openedBefore(Instant at) {
          s.text.append(" and opened_ns < ?");
          s.parameters.add(nanos(at));
        }

        @Override
        public void updatedBefore(Instant at) {
          s.text.append(" and updated_ns < ?");
          s.parameters.add(nanos(at));
        }

        @Override
        public void breachedAsOf(Instant now) {
          s.text.append(" and (breached or next_breach_ns <= ?)");
          s.parameters.add(nanos(now));
        }

        @Override
        public void words(Seq<String> words) {
          if (postgres) {
            // Quoted lexemes, never parsed: words are letters and digits only, so nothing in them needs escaping.
            s.text.append(" and search_words @@ cast(? as tsquery)");
            s.parameters.add(words.map(w -> "'" + w + "'").mkString(" & "));
          } else {
            // The fallback: the words between spaces, one LIKE each; no index, the other filters narrow the rows.
            for (String w : words) {
              s.text.append(" and search_words like ?");
              s.parameters.add("% " + w + " %");
            }
          }
        }

        @Override
        public void breachesBefore(Instant at) {
          s.text.append(" and next_breach_ns <= ?");
          s.parameters.add(nanos(at));
        }
      });
      return s;
    }

    void bind(PreparedStatement ps) throws SQLException {
      for (int i = 0; i < parameters.size(); i++) {
        Object p = parameters.get(i);
        if (p instanceof Long l) {
          ps.setLong(i + 1, l);
        } else if (p instanceof Short sh) {
          ps.setShort(i + 1, sh);
        } else {
          ps.setString(i + 1, (String) p);
        }
      }
    }
  }

  private static String name(TicketQuery.Column column) {
    return switch (column) {
      case KIND -> "kind";
      case CATEGORY -> "category";
      case PRIORITY -> "priority_rank";
      case GROUP -> "group_id";
      case ASSIGNEE -> "assignee";
      case SERVICE -> "service";
      case CUSTOMER -> "customer";
      case REQUESTER -> "requester";
    };
  }

  /**
   * A first page's bound on the order's leading column, which no row fails: H2 chooses an index by the conditions
   * on its columns, not by the ORDER BY, and without it reads a first page by time to breach off the primary key
   * (every row of the tenant, then a sort). PostgreSQL plans the same either way; {@code H2QueueViewPlanTest} and
   * {@code PostgresQueuePlanTest} check both.
   */
  private static void start(Sql sql, QueueOrder order) {
    switch (order) {
      case PRIORITY -> {
        sql.text.append(" and priority_rank >= ?");
        sql.parameters.add((short) 0);
      }
      case AGE -> {
        sql.text.append(" and opened_ns >= ?");
        sql.parameters.add(Long.MIN_VALUE);
      }
      case LAST_UPDATE -> {
        sql.text.append(" and updated_ns <= ?");
        sql.parameters.add(Long.MAX_VALUE);
      }
      case TIME_TO_BREACH -> {
        sql.text.append(" and next_breach_ns >= ?");
        sql.parameters.add(Long.MIN_VALUE);
      }
    }
  }

  /** The keyset condition: the rows after {@code k} in {@code order}. */
  private static void seek(Sql sql, QueueOrder order, PageKey k) {
    long opened = nanos(k.openedAt());
    long breach = k.nextBreach().map(JdbcTicketViewStore::nanos).getOrElse(NO_BREACH);
    short rank = (short) k.priority().ordinal();
    String id = k.id().value();
    switch (order) {
      case PRIORITY -> {
        sql.text.append(" and (priority_rank, opened_ns, ticket_id) > (?, ?, ?)");
        sql.parameters.addAll(List.of(rank, opened, id));
      }
      case AGE -> {
        sql.text.append(" and (opened_ns, ticket_id) > (?, ?)");
        sql.parameters.addAll(List.of(opened, id));
      }
      case LAST_UPDATE -> {
        long updated = nanos(k.updatedAt());
        sql.text.append(" and (updated_ns < ? or (updated_ns = ? and ticket_id > ?))");
        sql.parameters.addAll(List.of(updated, updated, id));
      }
      case TIME_TO_BREACH -> {
        sql.text.append(" and (next_breach_ns, priority_rank, ticket_id) > (?, ?, ?)");
        sql.parameters.addAll(List.of(breach, rank, id));
      }
    }
  }

  private static String order(QueueOrder order) {
    return switch (order) {
      case PRIORITY -> " order by priority_rank, opened_ns, ticket_id";
      case AGE -> " order by opened_ns, ticket_id";
      case LAST_UPDATE -> " order by updated_ns desc, ticket_id";
      case TIME_TO_BREACH -> " order by next_breach_ns, priority_rank, ticket_id";
    };
  }

  private static long nanos(Instant at) {
    try {
      return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000_000L), at.getNano());
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("a view's instants must lie between the years 1678 and 2262, got " + at, e);
    }
  }

  private static TicketView decode(TenantId tenant, String json) {
    try {
      return WholeValueJson.decode(json, TicketView.class);
    } catch (IllegalArgumentException e) {
      throw new JdbcStoreException("a stored ticket view of " + tenant + " cannot be read: " + e.getMessage(), e);
    }
  }

}
