package io.itsm4j.jdbc;

import io.itsm4j.core.TenantId;
import io.itsm4j.core.catalogue.CatalogueContext;
import io.itsm4j.core.catalogue.CatalogueEvent;
import io.itsm4j.core.port.CatalogueAppendResult;
import io.itsm4j.core.port.CatalogueStore;
import io.itsm4j.core.port.RecordedCatalogueCommand;
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
 * A {@link CatalogueStore} on plain JDBC: an append-only event table with one history per tenant and a commands
 * table for idempotency keys, both written in one transaction per append. Runs on H2 and PostgreSQL with the
 * scripts under {@code db/} (see {@link JdbcSchema}, script {@code V2__itsm4j_catalogue.sql}); any database with
 * standard SQL, unique constraints and read-committed transactions will do.
 *
 * <h2>How the contract is kept</h2>
 * <ul>
 *   <li><b>Optimistic concurrency</b>: the event table's primary key {@code (tenant, version)} is the guard. An
 *       append reads the tenant's version, refuses a stale one, and inserts its events numbered on from the
 *       expected version; of two appends racing at one version, the second insert hits the key and is rolled back
 *       as a {@link CatalogueAppendResult.VersionConflict} naming the winner's version. No lock is held between
 *       commands.
 *   <li><b>Idempotency</b>: the commands table's primary key {@code (tenant, idempotency_key)}. The key is
 *       checked before the version also in a race: an append reads the version first and then looks the key up,
 *       so a version that already counts a racing retry's events is followed by a look-up that finds its key (the
 *       two commit together), and the retry is answered as a {@link CatalogueAppendResult.DuplicateCommand}, not
 *       a conflict. The key row is inserted before the events, so two appends under one key that both got past
 *       the look-up meet at the key: the second waits for the first and answers with its record.
 *   <li><b>Atomicity</b>: command row and events commit together or not at all; a broken connection rolls the
 *       whole append back (the database does it when the session dies). A reader's single {@code select} sees
 *       whole appends only.
 *   <li><b>Tenant isolation</b>: every statement names the tenant in its {@code where} clause or key.
 * </ul>
 *
 * <p>Events are stored as JSON ({@link CatalogueEventJson}, {@code payload}, {@code format_version} 2; rows written
 * before keep {@link CatalogueEventCodec}'s text form in {@code body}, format 1), with tenant, version, type and time
 * in columns of their own for queries and reports. Idempotency keys must have the form that {@link
 * CatalogueContext#checkKey} accepts (1-128 characters, no control characters; the catalogue service sends no
 * other) and fingerprints at most {@value #FINGERPRINT_MAX} characters without control characters, so that the
 * commands table can hold them; others are refused before a connection is taken.
 *
 * <p>Thread-safe: every call takes its own connection from the {@link DataSource} (use a pool in production) and
 * returns it before it returns. Null arguments throw {@link NullPointerException}; database failures, and stored
 * rows that cannot be read, throw {@link JdbcStoreException}, after rolling back.
 */
public final class JdbcCatalogueStore implements CatalogueStore {
  /** The longest fingerprint the commands table holds. */
  public static final int FINGERPRINT_MAX = 256;
  private static final int MAX_ATTEMPTS = 3;

  private static final String SELECT_AFTER = "select version, format_version, body, payload from itsm_catalogue_event"
      + " where tenant = ? and version > ? order by version";
  private static final String SELECT_RANGE = "select version, format_version, body, payload from itsm_catalogue_event"
      + " where tenant = ? and version between ? and ? order by version";
  // The newest row through the primary key read backwards: H2 does that only when the ORDER BY names the key's
  // columns, and otherwise (max(version) included) scans every row of the tenant, on every append.
  static final String SELECT_VERSION = "select version from itsm_catalogue_event where tenant = ?"
      + " order by tenant desc, version desc fetch first 1 rows only";
  private static final String SELECT_COMMAND = "select fingerprint, first_version, last_version"
      + " from itsm_catalogue_command where tenant = ? and idempotency_key = ?";
  private static final String INSERT_COMMAND = "insert into itsm_catalogue_command"
      + " (tenant, idempotency_key, fingerprint, first_version, last_version) values (?, ?, ?, ?, ?)";
  private static final String INSERT_EVENT = "insert into itsm_catalogue_event"
      + " (tenant, version, event_type, format_version, occurred_at, payload) values (?, ?, ?, ?, ?, %s)";
  /** The {@code format_version} of rows stored as JSON in {@code payload}. */
  static final int JSON_FORMAT = 2;

  private final DataSource dataSource;
  /** How this database takes a JSON parameter; found on the first append. */
  private volatile String insertEvent;

  /**
   * A store on {@code dataSource}, whose schema must have the tables of {@link JdbcSchema}.
   *
   * @throws NullPointerException if {@code dataSource} is null
   */
  public JdbcCatalogueStore(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  /**
   * {@inheritDoc}
   *
   * @throws JdbcStoreException if the database fails or a stored event cannot be read
   */
  @Override
  public Seq<CatalogueEvent> load(TenantId tenant, long afterVersion) {
    Objects.requireNonNull(tenant, "tenant");
    if (afterVersion < 0) {
      throw new IllegalArgumentException("afterVersion must not be negative, got " + afterVersion);
    }
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(SELECT_AFTER)) {
      ps.setString(1, tenant.value());
      ps.setLong(2, afterVersion);
      return events(ps, tenant);
    } catch (SQLException e) {
      throw new JdbcStoreException("loading the catalogue of " + tenant + " after version " + afterVersion
          + " failed", e);
    }
  }

  /**
   * {@inheritDoc}
   *
   * @throws JdbcStoreException if the database fails
   */
  @Override
  public long version(TenantId tenant) {
    Objects.requireNonNull(tenant, "tenant");
    try (Connection c = dataSource.getConnection()) {
      return version(c, tenant);
    } catch (SQLException e) {
      throw new JdbcStoreException("reading the catalogue version of " + tenant + " failed", e);
    }
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException also if the idempotency key or the fingerprint is not of the form the
   *     commands table holds (see the class documentation); nothing is stored then
   * @throws JdbcStoreException if the database fails; nothing was stored
   */
  @Override
  public CatalogueAppendResult append(TenantId tenant, long expectedVersion, CommandKey command,
      Seq<CatalogueEvent> events) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(events, "events");
    CatalogueStore.checkBatch(tenant, expectedVersion, events);
    CatalogueContext.checkKey(command.idempotencyKey());
    checkFingerprint(command.fingerprint());
    // Encode before touching the database, so a value the codec refuses never opens a transaction.
    Vector<String> bodies = events.toVector().map(CatalogueEventJson.standard()::encode);
    // A lost race under a unique key whose winner is then rolled back leaves nothing to answer with; the append
    // is simply tried again, which is rare and bounded.
    Supplier<String> what = () -> "append to the catalogue of " + tenant;
    return JdbcTransactions.retrying(MAX_ATTEMPTS, what, () -> JdbcTransactions.transaction(dataSource, what,
        c -> appendIn(c, tenant, expectedVersion, command, events, bodies),
        result -> result.exists(r -> r instanceof CatalogueAppendResult.Appended),
        failure -> Option.some(JdbcTransactions.afterFailedCommit(what, failure, () -> findCommand(tenant,
            command.idempotencyKey()).exists(r -> r.fingerprint().equals(command.fingerprint())),
            new CatalogueAppendResult.Appended(expectedVersion + events.size())))));
  }


  private Option<CatalogueAppendResult> appendIn(Connection c, TenantId tenant, long expectedVersion,
      CommandKey command, Seq<CatalogueEvent> events, Vector<String> bodies) throws SQLException {
    // The version is read before the key: a version that already counts a racing retry's events is then always
    // followed by a look-up that finds the retry's key, so the retry is answered as a duplicate, never as a
    // conflict (each read of a read-committed transaction sees what was committed when it ran).
    long version = version(c, tenant);
    Option<RecordedCatalogueCommand> earlier = findCommand(c, tenant, command.idempotencyKey());
    if (earlier.isDefined()) {
      return Option.some(new CatalogueAppendResult.DuplicateCommand(earlier.get()));
    }
    if (version != expectedVersion) {
      return Option.some(new CatalogueAppendResult.VersionConflict(version));
    }
    long last = expectedVersion + events.size();
    try (PreparedStatement ps = c.prepareStatement(INSERT_COMMAND)) {
      ps.setString(1, tenant.value());
      ps.setString(2, command.idempotencyKey());
      ps.setString(3, command.fingerprint());
      ps.setLong(4, expectedVersion + 1);
      ps.setLong(5, last);
      ps.executeUpdate();
    } catch (SQLException e) {
      if (!JdbcTransactions.isUniqueViolation(e)) {
        throw e;
      }
      // Another append under this key committed first (the database made this insert wait for it): its record
      // is the answer, whatever the version says. Nothing found means it was rolled back after all: try again.
      c.rollback();
      return findCommand(c, tenant, command.idempotencyKey()).map(CatalogueAppendResult.DuplicateCommand::new);
    }
    String insert = insertEvent;
    if (insert == null) {
      insert = String.format(INSERT_EVENT, JdbcSchema.jsonParameter(c));
      insertEvent = insert;
    }
    try (PreparedStatement ps = c.prepareStatement(insert)) {
      for (int i = 0; i < events.size(); i++) {
        CatalogueEvent e = events.get(i);
        ps.setString(1, tenant.value());
        ps.setLong(2, e.version());
        ps.setString(3, e.type());
        ps.setInt(4, JSON_FORMAT);
        ps.setObject(5, e.occurredAt().atOffset(ZoneOffset.UTC));
        ps.setString(6, bodies.get(i));
        ps.addBatch();
      }
      ps.executeBatch();
    } catch (SQLException e) {
      if (!JdbcTransactions.isUniqueViolation(e)) {
        throw e;
      }
      // Another append at this version committed first. Once this transaction's key row is rolled back, a retry
      // of this very command may commit, so the key is looked up again after the version, as above. Should the
      // version still be the expected one, the row in the way was rolled back meanwhile: try again.
      c.rollback();
      long now = version(c, tenant);
      Option<RecordedCatalogueCommand> winner = findCommand(c, tenant, command.idempotencyKey());
      if (winner.isDefined()) {
        return Option.some(new CatalogueAppendResult.DuplicateCommand(winner.get()));
      }
      return now == expectedVersion ? Option.none() : Option.some(new CatalogueAppendResult.VersionConflict(now));
    }
    return Option.some(new CatalogueAppendResult.Appended(last));
  }

  /**
   * {@inheritDoc}
   *
   * <p>A key this store could never hold (see the class documentation) has nothing stored under it.
   *
   * @throws JdbcStoreException if the database fails or a stored event cannot be read
   */
  @Override
  public Option<RecordedCatalogueCommand> findCommand(TenantId tenant, String idempotencyKey) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(idempotencyKey, "idempotencyKey");
    try {
      CatalogueContext.checkKey(idempotencyKey);
    } catch (IllegalArgumentException e) {
      return Option.none();
    }
    try (Connection c = dataSource.getConnection()) {
      return findCommand(c, tenant, idempotencyKey);
    } catch (SQLException e) {
      throw new JdbcStoreException("looking up catalogue command " + idempotencyKey + " of " + tenant
          + " failed", e);
    }
  }

  private static Option<RecordedCatalogueCommand> findCommand(Connection c, TenantId tenant, String key)
      throws SQLException {
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
        fingerprint = rs.getString(1);
        first = rs.getLong(2);
        last = rs.getLong(3);
      }
    }
    // The command row and its events were committed together, so once the row is visible its events are too.
    try (PreparedStatement ps = c.prepareStatement(SELECT_RANGE)) {
      ps.setString(1, tenant.value());
      ps.setLong(2, first);
      ps.setLong(3, last);
      Seq<CatalogueEvent> events = events(ps, tenant);
      if (events.size() != last - first + 1) {
        throw new JdbcStoreException("catalogue command " + key + " of " + tenant + " recorded versions "
            + first + "-" + last + " but " + events.size() + " of those events are stored");
      }
      return Option.some(new RecordedCatalogueCommand(fingerprint, events));
    }
  }

  private static Seq<CatalogueEvent> events(PreparedStatement ps, TenantId tenant) throws SQLException {
    Vector<CatalogueEvent> out = Vector.empty();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out = out.append(decode(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), tenant));
      }
    }
    return out;
  }

  private static CatalogueEvent decode(long version, int format, String body, String payload, TenantId tenant) {
    CatalogueEvent event;
    try {
      if (format == JSON_FORMAT && payload != null) {
        event = CatalogueEventJson.standard().decode(payload);
      } else if (format == CatalogueEventCodec.FORMAT_VERSION && body != null) {
        event = CatalogueEventCodec.decode(body);
      } else {
        throw new IllegalArgumentException("format_version " + format + " without its column");
      }
    } catch (IllegalArgumentException e) {
      throw new JdbcStoreException("catalogue event " + version + " of " + tenant + " cannot be read", e);
    }
    // The columns are the index the store answers by; a body that disagrees with them was written by someone
    // else, and handing it out would break the numbering every reader relies on.
    if (event.version() != version || !event.tenant().equals(tenant)) {
      throw new JdbcStoreException("catalogue event " + version + " of " + tenant + " holds event "
          + event.version() + " of " + event.tenant());
    }
    return event;
  }

  private static long version(Connection c, TenantId tenant) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(SELECT_VERSION)) {
      ps.setString(1, tenant.value());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    }
  }

  private static void checkFingerprint(String fingerprint) {
    if (fingerprint.length() > FINGERPRINT_MAX || fingerprint.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("fingerprint must be at most " + FINGERPRINT_MAX
          + " characters without control characters, got " + fingerprint.length() + " characters");
    }
  }
}
