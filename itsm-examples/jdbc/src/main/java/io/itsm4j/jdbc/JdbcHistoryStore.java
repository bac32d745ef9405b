package io.itsm4j.jdbc;

import io.itsm4j.audit.port.HistoryStore;
import io.itsm4j.core.TenantId;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * A {@link HistoryStore} on plain JDBC for any event type, through a {@link HistoryCodec} the host gives: the
 * histories of audit programmes ({@code HistoryStore<ProgrammeEvent>}) and of corrective actions ({@code
 * HistoryStore<CorrectiveActionEvent>}) share the table {@code itsm_audit_history}, told apart by the history
 * name each store is made with. Runs on H2 and PostgreSQL with the scripts under {@code db/} (see {@link
 * JdbcSchema}).
 *
 * <h2>How the contract is kept</h2>
 * <ul>
 *   <li><b>Optimistic concurrency</b>: the primary key {@code (tenant, history, record_id, seq)} is the guard. An
 *       append reads the record's version ({@code max(seq)}), refuses a stale or future one, and inserts its events
 *       numbered on from the expected version; of two appends racing at one version the second insert hits the key
 *       and is rolled back, answered {@code false}. If the winner of such a race is itself rolled back, the append
 *       is tried again (at most three times).
 *   <li><b>Idempotency</b>: every append writes a row to {@code itsm_audit_history_command} in its transaction;
 *       its primary key {@code (tenant, history, idempotency_key)} makes a key unique per tenant and history. The
 *       record's version is read before the key, so a retry racing its first attempt is answered as a duplicate,
 *       never a conflict; of two racing retries, the second insert of the key fails and is answered with the first.
 *   <li><b>Atomicity</b>: one transaction per append. When the commit itself fails, the key is looked up on a
 *       fresh connection: if it is there with this command's fingerprint, the append is reported as stored, else
 *       the store throws and nothing of it is stored.
 *   <li><b>Creation order</b>: the {@code created} identity column of a record's first event orders {@link #ids}.
 *   <li><b>Fidelity</b>: a JSON codec's text ({@link HistoryCodec#json()}, as {@link AuditHistoryJson}'s) is
 *       stored in {@code payload} ({@code jsonb} on PostgreSQL, {@code JSON} on H2), where SQL can query it; any
 *       other codec's text in {@code body}, in {@link EventCodec#escape}'s form, and so is the record id; any text,
 *       NUL and line breaks included, comes back exactly. Rows keep the column they were written to, so a codec
 *       that reads both forms (as the audit histories' do) reads rows from before and after a change of form.
 * </ul>
 *
 * <p>Thread-safe: every call takes its own connection from the {@link DataSource} and returns it before it
 * returns. Null arguments throw {@link NullPointerException}; empty batches, negative versions and record ids too
 * long for the table ({@value #RECORD_ID_MAX} characters once escaped) throw {@link IllegalArgumentException}, as
 * does an event the codec refuses, before a connection is taken; database failures and stored rows the codec cannot
 * read throw {@link JdbcStoreException}, after rolling back. The services report those as a {@link
 * io.itsm4j.core.RejectionCode#PORT_FAILURE}.
 *
 * @param <E> the event type
 */
public final class JdbcHistoryStore<E> implements HistoryStore<E> {
  /** The longest record id the table holds, in characters of its escaped form. */
  public static final int RECORD_ID_MAX = 256;
  private static final Pattern HISTORY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:\\-]{0,63}");
  private static final int MAX_ATTEMPTS = 3;

  private static final String SELECT_HISTORY = "select body, payload from itsm_audit_history"
      + " where tenant = ? and history = ? and record_id = ? order by seq";
  private static final String SELECT_RANGE = "select body, payload from itsm_audit_history"
      + " where tenant = ? and history = ? and record_id = ? and seq between ? and ? order by seq";
  private static final String SELECT_VERSION = "select max(seq) from itsm_audit_history"
      + " where tenant = ? and history = ? and record_id = ?";
  private static final String SELECT_IDS = "select record_id from itsm_audit_history"
      + " where tenant = ? and history = ? and seq = 1 order by created";
  private static final String INSERT = "insert into itsm_audit_history"
      + " (tenant, history, record_id, seq, body, payload) values (?, ?, ?, ?, ?, %s)";
  private static final String SELECT_COMMAND = "select record_id, fingerprint, first_seq, last_seq"
      + " from itsm_audit_history_command where tenant = ? and history = ? and idempotency_key = ?";
  private static final String INSERT_COMMAND = "insert into itsm_audit_history_command"
      + " (tenant, history, idempotency_key, record_id, fingerprint, first_seq, last_seq)"
      + " values (?, ?, ?, ?, ?, ?, ?)";

  private final DataSource dataSource;
  private final String history;
  private final HistoryCodec<E> codec;
  /** The insert with this database's JSON parameter; found on the first append. */
  private volatile String insert;

  /**
   * A store of the histories named {@code history} on {@code dataSource}, whose schema must have the tables of
   * {@link JdbcSchema}.
   *
   * @param history the name that keeps these histories apart from others in the same table, e.g. {@code
   *     audit-programme} or {@code corrective-action} (the record types of {@link io.itsm4j.audit.trail.RecordRef});
   *     1-64 letters, digits or {@code . _ : -}, starting with a letter or digit
   * @param codec turns events into text and back
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code history} is malformed
   */
  public JdbcHistoryStore(DataSource dataSource, String history, HistoryCodec<E> codec) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.history = Objects.requireNonNull(history, "history");
    this.codec = Objects.requireNonNull(codec, "codec");
    if (!HISTORY.matcher(history).matches()) {
      throw new IllegalArgumentException("history must be 1-64 letters, digits or . _ : - (starting with a letter"
          + " or digit), got '" + abbreviate(history) + "'");
    }
  }

  /** The name of the histories this store keeps. */
  public String history() {
    return history;
  }

  @Override
  public Seq<E> load(TenantId tenant, String recordId) {
    Objects.requireNonNull(tenant, "tenant");
    String id = storedId(recordId);
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(SELECT_HISTORY)) {
      ps.setString(1, tenant.value());
      ps.setString(2, history);
      ps.setString(3, id);
      Vector<E> out = Vector.empty();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out = out.append(decode(tenant, recordId, out.size() + 1, rs.getString(1), rs.getString(2)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new JdbcStoreException("loading " + history + " " + tenant + "/" + recordId + " failed", e);
    }
  }

  @Override
  public AppendResult<E> append(TenantId tenant, String recordId, long expectedVersion, CommandKey command,
      Seq<E> events) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(events, "events");
    String id = storedId(recordId);
    if (expectedVersion < 0) {
      throw new IllegalArgumentException("expectedVersion must not be negative, got " + expectedVersion);
    }
    if (events.isEmpty()) {
      throw new IllegalArgumentException("events must not be empty");
    }
    // Encode before touching the database, so an event the codec refuses never opens a transaction.
    // JSON goes into the payload column as it is (the mapping escapes what jsonb cannot hold); other text is escaped
    // into the body column.
    Vector<String> bodies = events.toVector().map(e -> {
      String text = Objects.requireNonNull(codec.encode(Objects.requireNonNull(e, "event")), "the codec's text");
      return codec.json() ? text : EventCodec.escape(text);
    });
    // A lost race under a unique key whose winner is then rolled back leaves nothing to answer with; the append is
    // simply tried again, which is rare and bounded.
    Supplier<String> what = () -> "append to " + history + " " + tenant + "/" + recordId;
    return JdbcTransactions.retrying(MAX_ATTEMPTS, what, () -> JdbcTransactions.transaction(dataSource, what,
        c -> appendIn(c, tenant, id, expectedVersion, command, bodies),
        result -> result.exists(r -> r instanceof AppendResult.Appended<E>),
        failure -> Option.some(JdbcTransactions.afterFailedCommit(what, failure, () -> findCommand(tenant,
            command.idempotencyKey()).exists(r -> r.fingerprint().equals(command.fingerprint())
            && r.recordId().equals(recordId)), new AppendResult.Appended<>(expectedVersion + bodies.size())))));
  }

  @Override
  public Option<RecordedCommand<E>> findCommand(TenantId tenant, String idempotencyKey) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    try (Connection c = dataSource.getConnection()) {
      return findCommand(c, tenant, idempotencyKey);
    } catch (SQLException e) {
      throw new JdbcStoreException("looking up a command of " + history + " " + tenant + " failed", e);
    }
  }

  private Option<AppendResult<E>> appendIn(Connection c, TenantId tenant, String id, long expectedVersion,
      CommandKey command, Vector<String> bodies) throws SQLException {
    // The version is read before the key, as in JdbcTicketStore: a version that counts a racing retry's events is
    // then always followed by a look-up that finds the retry's key, so a retry is a duplicate, never a conflict.
    long version = version(c, tenant, id);
    Option<RecordedCommand<E>> earlier = findCommand(c, tenant, command.idempotencyKey());
    if (earlier.isDefined()) {
      return Option.some(new AppendResult.DuplicateCommand<>(earlier.get()));
    }
    if (version != expectedVersion) {
      return Option.some(new AppendResult.VersionConflict<>(version));
    }
    long first = expectedVersion + 1;
    long last = expectedVersion + bodies.size();
    try (PreparedStatement ps = c.prepareStatement(INSERT_COMMAND)) {
      ps.setString(1, tenant.value());
      ps.setString(2, history);
      ps.setString(3, command.idempotencyKey());
      ps.setString(4, id);
      ps.setString(5, command.fingerprint());
      ps.setLong(6, first);
      ps.setLong(7, last);
      ps.executeUpdate();
    } catch (SQLException e) {
      if (!JdbcTransactions.isUniqueViolation(e)) {
        throw e;
      }
      c.rollback();
      return findCommand(c, tenant, command.idempotencyKey()).map(AppendResult.DuplicateCommand::new);
    }
    if (!insert(c, tenant, id, expectedVersion, bodies)) {
      c.rollback();
      long now = version(c, tenant, id);
      return now == expectedVersion ? Option.none() : Option.some(new AppendResult.VersionConflict<>(now));
    }
    return Option.some(new AppendResult.Appended<>(last));
  }

  private boolean insert(Connection c, TenantId tenant, String id, long expectedVersion, Vector<String> bodies)
      throws SQLException {
    String sql = insert;
    if (sql == null) {
      sql = String.format(INSERT, JdbcSchema.jsonParameter(c));
      insert = sql;
    }
    boolean json = codec.json();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < bodies.size(); i++) {
        ps.setString(1, tenant.value());
        ps.setString(2, history);
        ps.setString(3, id);
        ps.setLong(4, expectedVersion + 1 + i);
        ps.setString(5, json ? null : bodies.get(i));
        ps.setString(6, json ? bodies.get(i) : null);
        ps.addBatch();
      }
      ps.executeBatch();
      return true;
    } catch (SQLException e) {
      if (JdbcTransactions.isUniqueViolation(e)) {
        return false;
      }
      throw e;
    }
  }


  @Override
  public Seq<String> ids(TenantId tenant) {
    Objects.requireNonNull(tenant, "tenant");
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(SELECT_IDS)) {
      ps.setString(1, tenant.value());
      ps.setString(2, history);
      Vector<String> out = Vector.empty();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String stored = rs.getString(1);
          try {
            out = out.append(EventCodec.unescape(stored));
          } catch (IllegalArgumentException e) {
            throw new JdbcStoreException("a stored record id of " + history + " " + tenant + " cannot be read", e);
          }
        }
      }
      return out;
    } catch (SQLException e) {
      throw new JdbcStoreException("listing the " + history + " records of " + tenant + " failed", e);
    }
  }

  private E decode(TenantId tenant, String recordId, long seq, String body, String payload) {
    try {
      if (payload == null && body == null) {
        throw new IllegalArgumentException("the row has neither a payload nor a body");
      }
      return Objects.requireNonNull(codec.decode(payload != null ? payload : EventCodec.unescape(body)),
          "the codec's event");
    } catch (IllegalArgumentException e) {
      throw new JdbcStoreException("event " + seq + " of " + history + " " + tenant + "/" + recordId
          + " cannot be read", e);
    }
  }

  private Option<RecordedCommand<E>> findCommand(Connection c, TenantId tenant, String key) throws SQLException {
    String id;
    String fingerprint;
    long first;
    long last;
    try (PreparedStatement ps = c.prepareStatement(SELECT_COMMAND)) {
      ps.setString(1, tenant.value());
      ps.setString(2, history);
      ps.setString(3, key);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Option.none();
        }
        id = rs.getString(1);
        fingerprint = rs.getString(2);
        first = rs.getLong(3);
        last = rs.getLong(4);
      }
    }
    String recordId;
    try {
      recordId = EventCodec.unescape(id);
    } catch (IllegalArgumentException e) {
      throw new JdbcStoreException("the record id of a command of " + history + " " + tenant
          + " cannot be read", e);
    }
    Vector<E> events = Vector.empty();
    try (PreparedStatement ps = c.prepareStatement(SELECT_RANGE)) {
      ps.setString(1, tenant.value());
      ps.setString(2, history);
      ps.setString(3, id);
      ps.setLong(4, first);
      ps.setLong(5, last);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          events = events.append(decode(tenant, recordId, first + events.size(), rs.getString(1), rs.getString(2)));
        }
      }
    }
    return Option.some(new RecordedCommand<>(recordId, fingerprint, events));
  }

  private long version(Connection c, TenantId tenant, String id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(SELECT_VERSION)) {
      ps.setString(1, tenant.value());
      ps.setString(2, history);
      ps.setString(3, id);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static String storedId(String recordId) {
    Objects.requireNonNull(recordId, "recordId");
    String id = EventCodec.escape(recordId);
    if (id.length() > RECORD_ID_MAX) {
      throw new IllegalArgumentException("recordId must be at most " + RECORD_ID_MAX + " characters once escaped,"
          + " got " + id.length() + ": '" + abbreviate(recordId) + "'");
    }
    return id;
  }

  private static String abbreviate(String s) {
    return io.itsm4j.core.TextPolicy.shown(s);
  }
}
