package io.itsm4j.jdbc;

import io.itsm4j.audit.port.AppendOutcome;
import io.itsm4j.audit.port.AuditQuery;
import io.itsm4j.audit.port.AuditStore;
import io.itsm4j.audit.trail.AuditEntry;
import io.itsm4j.audit.trail.ChainHash;
import io.itsm4j.audit.trail.Checkpoint;
import io.itsm4j.core.TenantId;
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
import javax.sql.DataSource;

/**
 * An {@link AuditStore} on plain JDBC: one append-only table of entries, one transaction per append. Runs on H2 and
 * PostgreSQL with the scripts under {@code db/} (see {@link JdbcSchema}); any database with standard SQL, unique
 * constraints and read-committed transactions will do.
 *
 * <h2>How the contract is kept</h2>
 * <ul>
 *   <li><b>Linear chains</b>: the primary key {@code (tenant, seq)} is the guard. An append reads the tenant's head
 *       (sequence and hash of its newest entry), refuses any other head than the expected one, also one with the
 *       right sequence and another hash or one the chain has not reached, and inserts its entries numbered on from
 *       the head. Of two appends racing from one head, the second insert hits the key (on PostgreSQL it waits for
 *       the first transaction, then fails), is rolled back and answered {@link AppendOutcome.HeadMoved} with the
 *       head the winner made. No lock is held between appends.
 *   <li><b>Atomicity</b>: all entries of an append are inserted in one transaction; a broken connection or killed
 *       session rolls it back (the database does it when the session dies). When the commit itself fails, its
 *       outcome is looked up on a fresh connection: if the last entry is there with its hash the append is reported
 *       as done, else the store throws, and the chain does not hold the entries.
 *   <li><b>Fidelity</b>: each entry is stored whole as JSON ({@link AuditEntryJson}, in {@code payload}: {@code
 *       jsonb} on PostgreSQL, {@code JSON} on H2), and read back from it; the chain's hashes, computed over the
 *       canonical encoding and never over the JSON, verify after the round trip. Rows written before keep {@link
 *       AuditEntryCodec}'s text form in {@code body} and read as before. Tenant, sequence, hash and the fields
 *       queries filter on are copied into columns of their own; a row whose stored form disagrees with its key
 *       columns is reported, not read.
 *   <li><b>Queries</b> run in SQL: record, actor and action by equality, an action prefix ({@code ticket.*}) by
 *       {@code LIKE} with {@code _} and {@code %} escaped, the period on the exact instant (epoch seconds and
 *       nanoseconds in two columns), in sequence order.
 * </ul>
 *
 * <p>Thread-safe: every call takes its own connection from the {@link DataSource} (use a pool in production) and
 * returns it before it returns. Null arguments throw {@link NullPointerException}; malformed batches and ranges
 * throw {@link IllegalArgumentException} before a connection is taken; database failures, and rows that cannot be
 * read, throw {@link JdbcStoreException} after rolling back. {@link io.itsm4j.audit.application.AuditTrail} reports
 * such a failure as a {@link io.itsm4j.core.RejectionCode#PORT_FAILURE}.
 */
public final class JdbcAuditStore implements AuditStore {
  private static final int MAX_ATTEMPTS = 3;

  // The newest row through the primary key read backwards: H2 does that only when the ORDER BY names the key's
  // columns, and otherwise scans and sorts every entry of the tenant, on every append (tens of milliseconds at
  // 100,000 entries, instead of tens of microseconds).
  static final String SELECT_HEAD = "select seq, hash from itsm_audit_entry where tenant = ?"
      + " order by tenant desc, seq desc fetch first 1 rows only";
  private static final String SELECT_HASH = "select hash from itsm_audit_entry where tenant = ? and seq = ?";
  private static final String SELECT_RANGE = "select seq, hash, body, payload from itsm_audit_entry"
      + " where tenant = ? and seq between ? and ? order by seq";
  private static final String SELECT_QUERY = "select seq, hash, body, payload from itsm_audit_entry where tenant = ?";
  private static final String INSERT_ENTRY = "insert into itsm_audit_entry"
      + " (tenant, seq, hash, previous_hash, format_version, occurred_sec, occurred_nano, actor, action, record_type,"
      + " record_id, payload) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, %s)";

  private final DataSource dataSource;
  /** The insert with this database's JSON parameter; found on the first append. */
  private volatile String insertEntry;

  /**
   * A store on {@code dataSource}, whose schema must have the tables of {@link JdbcSchema}.
   *
   * @throws NullPointerException if {@code dataSource} is null
   */
  public JdbcAuditStore(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  @Override
  public Checkpoint head(TenantId tenant) {
    Objects.requireNonNull(tenant, "tenant");
    try (Connection c = dataSource.getConnection()) {
      return head(c, tenant);
    } catch (SQLException e) {
      throw new JdbcStoreException("reading the audit head of " + tenant + " failed", e);
    }
  }

  @Override
  public AppendOutcome append(TenantId tenant, Checkpoint expectedHead, Seq<AuditEntry> entries) {
    AuditStore.checkBatch(tenant, expectedHead, entries);
    // Encode before touching the database, so a value the codec refuses never opens a transaction.
    Vector<AuditEntry> batch = entries.toVector();
    Vector<String> bodies = batch.map(AuditEntryJson::encode);
    // A lost race under the key whose winner is then rolled back leaves the head where it was; the append is
    // simply tried again, which is rare and bounded.
    return JdbcTransactions.retrying(MAX_ATTEMPTS, () -> "append to the audit chain of " + tenant,
        () -> tryAppend(tenant, expectedHead, batch, bodies));
  }

  private Option<AppendOutcome> tryAppend(TenantId tenant, Checkpoint expectedHead, Vector<AuditEntry> batch,
      Vector<String> bodies) {
    Checkpoint last = batch.last().checkpoint();
    return JdbcTransactions.transaction(dataSource, () -> "append to the audit chain of " + tenant, c -> {
      Checkpoint actual = head(c, tenant);
      if (!actual.equals(expectedHead)) {
        return Option.some(new AppendOutcome.HeadMoved(actual));
      }
      if (!insert(c, tenant, batch, bodies)) {
        c.rollback();
        Checkpoint now = head(c, tenant);
        return now.equals(expectedHead) ? Option.none() : Option.some(new AppendOutcome.HeadMoved(now));
      }
      return Option.some(new AppendOutcome.Appended(last));
    }, result -> result.exists(r -> r instanceof AppendOutcome.Appended),
        failure -> Option.some(resolveCommit(tenant, last, failure)));
  }

  /** Inserts the batch; false if an entry's sequence number was taken meanwhile (nothing of it is kept then). */
  private boolean insert(Connection c, TenantId tenant, Vector<AuditEntry> batch, Vector<String> bodies)
      throws SQLException {
    String sql = insertEntry;
    if (sql == null) {
      sql = String.format(INSERT_ENTRY, JdbcSchema.jsonParameter(c));
      insertEntry = sql;
    }
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < batch.size(); i++) {
        AuditEntry e = batch.get(i);
        Instant at = e.occurredAt();
        ps.setString(1, tenant.value());
        ps.setLong(2, e.sequence());
        ps.setString(3, e.hash().hex());
        ps.setString(4, e.previousHash().hex());
        ps.setInt(5, e.formatVersion());
        ps.setLong(6, at.getEpochSecond());
        ps.setInt(7, at.getNano());
        ps.setString(8, e.actor().value());
        ps.setString(9, e.action());
        ps.setString(10, e.record().type());
        ps.setString(11, e.record().id());
        ps.setString(12, bodies.get(i));
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

  /**
   * The commit threw: the append may or may not have been committed. The last entry's hash, read on a fresh
   * connection, tells; entries are never deleted, so an entry there now was committed by this append.
   */
  private AppendOutcome resolveCommit(TenantId tenant, Checkpoint last, SQLException failure) {
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(SELECT_HASH)) {
      ps.setString(1, tenant.value());
      ps.setLong(2, last.sequence());
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next() && rs.getString(1).equals(last.hash().hex())) {
          return new AppendOutcome.Appended(last);
        }
      }
    } catch (SQLException e) {
      failure.addSuppressed(e);
      throw new JdbcStoreException("the commit of an append to the audit chain of " + tenant + " failed, and"
          + " whether it was stored could not be read back; compare the head with entry " + last.sequence(), failure);
    }
    throw new JdbcStoreException("the commit of an append to the audit chain of " + tenant + " failed;"
        + " nothing was stored", failure);
  }

  @Override
  public Seq<AuditEntry> entries(TenantId tenant, long from, long to) {
    Objects.requireNonNull(tenant, "tenant");
    if (from < 1 || from > to) {
      throw new IllegalArgumentException("range must satisfy 1 <= from <= to, got " + from + ".." + to);
    }
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(SELECT_RANGE)) {
      ps.setString(1, tenant.value());
      ps.setLong(2, from);
      ps.setLong(3, to);
      return read(ps, tenant);
    } catch (SQLException e) {
      throw new JdbcStoreException("reading audit entries " + from + ".." + to + " of " + tenant + " failed", e);
    }
  }

  @Override
  public Seq<AuditEntry> query(TenantId tenant, AuditQuery query) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(query, "query");
    StringBuilder sql = new StringBuilder(SELECT_QUERY);
    List<Object> args = new ArrayList<>();
    args.add(tenant.value());
    query.record().forEach(r -> {
      sql.append(" and record_type = ? and record_id = ?");
      args.add(r.type());
      args.add(r.id());
    });
    query.actor().forEach(a -> {
      sql.append(" and actor = ?");
      args.add(a.value());
    });
    query.action().forEach(a -> {
      if (a.endsWith(".*")) {
        sql.append(" and action like ? escape '!'");
        args.add(likePrefix(a.substring(0, a.length() - 1)));
      } else {
        sql.append(" and action = ?");
        args.add(a);
      }
    });
    query.from().forEach(f -> {
      sql.append(" and (occurred_sec > ? or (occurred_sec = ? and occurred_nano >= ?))");
      args.add(f.getEpochSecond());
      args.add(f.getEpochSecond());
      args.add(f.getNano());
    });
    query.until().forEach(u -> {
      sql.append(" and (occurred_sec < ? or (occurred_sec = ? and occurred_nano < ?))");
      args.add(u.getEpochSecond());
      args.add(u.getEpochSecond());
      args.add(u.getNano());
    });
    sql.append(" order by seq");
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < args.size(); i++) {
        Object a = args.get(i);
        if (a instanceof String s) {
          ps.setString(i + 1, s);
        } else if (a instanceof Long l) {
          ps.setLong(i + 1, l);
        } else {
          ps.setInt(i + 1, (Integer) a);
        }
      }
      return read(ps, tenant);
    } catch (SQLException e) {
      throw new JdbcStoreException("querying the audit chain of " + tenant + " failed", e);
    }
  }

  /**
   * A LIKE pattern matching what starts with {@code prefix}, with {@code %} and {@code _} taken literally; '!' is
   * the escape character because '\' means different things in different databases' string literals.
   */
  static String likePrefix(String prefix) {
    StringBuilder b = new StringBuilder(prefix.length() + 2);
    for (int i = 0; i < prefix.length(); i++) {
      char ch = prefix.charAt(i);
      if (ch == '%' || ch == '_' || ch == '!') {
        b.append('!');
      }
      b.append(ch);
    }
    return b.append('%').toString();
  }

  private static Seq<AuditEntry> read(PreparedStatement ps, TenantId tenant) throws SQLException {
    Vector<AuditEntry> out = Vector.empty();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out = out.append(decode(tenant, rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
      }
    }
    return out;
  }

  private static AuditEntry decode(TenantId tenant, long seq, String hash, String body, String payload) {
    AuditEntry entry;
    try {
      if (payload != null) {
        entry = AuditEntryJson.decode(payload);
      } else if (body != null) {
        entry = AuditEntryCodec.decode(body);
      } else {
        throw new IllegalArgumentException("the row has neither a payload nor a body");
      }
    } catch (IllegalArgumentException e) {
      throw new JdbcStoreException("the stored audit entry " + tenant.value() + "#" + seq + " cannot be read", e);
    }
    if (!entry.tenant().equals(tenant) || entry.sequence() != seq || !entry.hash().hex().equals(hash)) {
      throw new JdbcStoreException("the stored audit entry " + tenant.value() + "#" + seq + " disagrees with"
          + " its key columns (its stored form says " + entry.id() + " with hash " + entry.hash().hex() + ", the row "
          + tenant.value() + "#" + seq + " with hash " + hash + "): the table was changed by hand");
    }
    return entry;
  }

  private static Checkpoint head(Connection c, TenantId tenant) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(SELECT_HEAD)) {
      ps.setString(1, tenant.value());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Checkpoint.genesis(tenant);
        }
        long seq = rs.getLong(1);
        String hex = rs.getString(2);
        try {
          return new Checkpoint(tenant, seq, ChainHash.ofHex(hex));
        } catch (IllegalArgumentException e) {
          throw new JdbcStoreException("the head of the audit chain of " + tenant + " (entry " + seq
              + ") has a malformed hash", e);
        }
      }
    }
  }
}
