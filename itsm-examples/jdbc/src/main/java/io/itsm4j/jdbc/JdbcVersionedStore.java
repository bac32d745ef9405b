package io.itsm4j.jdbc;

import io.itsm4j.audit.feedback.Complaint;
import io.itsm4j.audit.feedback.Survey;
import io.itsm4j.audit.improvement.Improvement;
import io.itsm4j.audit.port.VersionedStore;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.TextPolicy;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * A {@link VersionedStore} on plain JDBC: one row per tenant, family and id in {@code itsm_versioned_value} (script
 * {@code V9__itsm4j_versioned_values.sql} of {@link JdbcSchema}), the value as JSON in {@code payload} ({@code jsonb}
 * on PostgreSQL, {@code JSON} on H2). The three families itsm-audit keeps this way have a factory each:
 * {@link #surveys}, {@link #complaints}, {@link #improvements}.
 *
 * <h2>How the contract is kept</h2>
 * <ul>
 *   <li><b>Optimistic versions</b>: a first save inserts at version 1, and the primary key refuses a second first
 *       save of the id; a later save is one {@code update ... where version = expected}, so of racing saves from one
 *       version the database lets exactly one change the row. A save that changes no row is a {@code
 *       VERSION_CONFLICT} naming the version found, and nothing was written.
 *   <li><b>Stored form</b>: {@code {"v":1, ...}} with the record's components in {@link StoredJson}'s mapping (any
 *       text kept exactly, NUL included); {@code v} is the form's schema version, so a later release can read rows
 *       written now. A row that is not such JSON is a {@link JdbcStoreException} naming it, never a half-read value.
 *   <li><b>Order</b>: {@link #all} sorts by id as Java compares strings, as the in-memory store does, whatever the
 *       database's collation.
 *   <li><b>Tenancy</b>: every statement is filtered by tenant and family.
 *   <li><b>Limits</b>: an id of at most 256 characters (NUL and U+FFFF count two); a longer one is an {@link
 *       IllegalArgumentException} before any statement runs.
 * </ul>
 *
 * <p>Thread-safe: each call takes its own connection and is one statement in auto-commit mode, committed when the
 * call returns. Null arguments throw {@link NullPointerException}; database failures throw {@link
 * JdbcStoreException}, and then nothing was written.
 *
 * @param <T> the values kept
 */
public final class JdbcVersionedStore<T> implements VersionedStore<T> {
  private static final int ID_MAX = 256;
  private static final String INSERT = "insert into itsm_versioned_value (tenant, family, id, version, payload)"
      + " values (?, ?, ?, 1, %s)";
  private static final String UPDATE = "update itsm_versioned_value set version = version + 1, payload = %s"
      + " where tenant = ? and family = ? and id = ? and version = ?";
  private static final String SELECT = "select version, payload from itsm_versioned_value"
      + " where tenant = ? and family = ? and id = ?";
  private static final String SELECT_ALL = "select id, version, payload from itsm_versioned_value"
      + " where tenant = ? and family = ?";

  private final DataSource dataSource;
  private final String family;
  private final Class<T> type;
  private final JsonParameter jsonParameter = new JsonParameter();

  private JdbcVersionedStore(DataSource dataSource, String family, Class<T> type) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.family = family;
    this.type = type;
  }

  /**
   * Surveys ({@code family = 'survey'}) on {@code dataSource}, whose schema must have the tables of {@link
   * JdbcSchema}.
   *
   * @throws NullPointerException if {@code dataSource} is null
   */
  public static JdbcVersionedStore<Survey> surveys(DataSource dataSource) {
    return new JdbcVersionedStore<>(dataSource, "survey", Survey.class);
  }

  /**
   * Complaints ({@code family = 'complaint'}) on {@code dataSource}.
   *
   * @throws NullPointerException if {@code dataSource} is null
   */
  public static JdbcVersionedStore<Complaint> complaints(DataSource dataSource) {
    return new JdbcVersionedStore<>(dataSource, "complaint", Complaint.class);
  }

  /**
   * Improvement register entries ({@code family = 'improvement'}) on {@code dataSource}.
   *
   * @throws NullPointerException if {@code dataSource} is null
   */
  public static JdbcVersionedStore<Improvement> improvements(DataSource dataSource) {
    return new JdbcVersionedStore<>(dataSource, "improvement", Improvement.class);
  }

  /** A store of another family of whole values in the same table, for the adapters of this package. */
  static <T> JdbcVersionedStore<T> of(DataSource dataSource, String family, Class<T> type) {
    return new JdbcVersionedStore<>(dataSource, family, type);
  }

  /** The family of values this store keeps apart from the others in the table. */
  public String family() {
    return family;
  }

  @Override
  public Either<Rejection, Long> save(TenantId tenant, String id, T value, long expectedVersion) {
    Objects.requireNonNull(tenant, "tenant");
    String key = storedId(id);
    Objects.requireNonNull(value, "value");
    if (expectedVersion < 0) {
      return Either.left(conflict(id, expectedVersion, "no version below 0"));
    }
    // Encoded before a connection is taken: a value the mapping refuses never reaches the database.
    String json = encode(value);
    return JdbcTransactions.autoCommitted(dataSource,
        () -> "saving " + family + " " + tenant + "/" + TextPolicy.shown(id) + " (nothing was written)",
        c -> expectedVersion == 0 ? insert(c, tenant, key, id, json) : update(c, tenant, key, id, json,
            expectedVersion));
  }

  private Either<Rejection, Long> insert(Connection c, TenantId tenant, String key, String id, String json)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(INSERT.formatted(jsonParameter.of(c)))) {
      ps.setString(1, tenant.value());
      ps.setString(2, family);
      ps.setString(3, key);
      ps.setString(4, json);
      ps.executeUpdate();
      return Either.right(1L);
    } catch (SQLException e) {
      if (!JdbcTransactions.isUniqueViolation(e)) {
        throw e;
      }
      return Either.left(conflict(id, 0, "it is already stored"));
    }
  }

  private Either<Rejection, Long> update(Connection c, TenantId tenant, String key, String id, String json,
      long expectedVersion) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(UPDATE.formatted(jsonParameter.of(c)))) {
      ps.setString(1, json);
      ps.setString(2, tenant.value());
      ps.setString(3, family);
      ps.setString(4, key);
      ps.setLong(5, expectedVersion);
      if (ps.executeUpdate() == 1) {
        return Either.right(expectedVersion + 1);
      }
    }
    long found = version(c, tenant, key);
    return Either.left(conflict(id, expectedVersion, found == 0 ? "it is not stored" : "it is at version " + found));
  }


  /** Whether the tenant holds {@code id}, read on the caller's connection. */
  boolean exists(Connection c, TenantId tenant, String id) throws SQLException {
    return version(c, tenant, storedId(id)) > 0;
  }

  private long version(Connection c, TenantId tenant, String key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(SELECT)) {
      ps.setString(1, tenant.value());
      ps.setString(2, family);
      ps.setString(3, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    }
  }

  private Rejection conflict(String id, long expectedVersion, String why) {
    return Rejection.of(RejectionCode.VERSION_CONFLICT, family + " " + TextPolicy.shown(id) + " was saved from version "
        + expectedVersion + ", but " + why);
  }

  @Override
  public Option<Stored<T>> find(TenantId tenant, String id) {
    Objects.requireNonNull(tenant, "tenant");
    String key = storedId(id);
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(SELECT)) {
      ps.setString(1, tenant.value());
      ps.setString(2, family);
      ps.setString(3, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Option.some(new Stored<>(decode(tenant, id, rs.getString(2)), rs.getLong(1)))
            : Option.none();
      }
    } catch (SQLException e) {
      throw new JdbcStoreException("reading " + family + " " + tenant + "/" + TextPolicy.shown(id) + " failed", e);
    }
  }

  @Override
  public Seq<Stored<T>> all(TenantId tenant) {
    Objects.requireNonNull(tenant, "tenant");
    record Row<T>(String id, Stored<T> stored) {}
    List<Row<T>> rows = new ArrayList<>();
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(SELECT_ALL)) {
      ps.setString(1, tenant.value());
      ps.setString(2, family);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String id = StoredJson.unescape(rs.getString(1));
          rows.add(new Row<>(id, new Stored<>(decode(tenant, id, rs.getString(3)), rs.getLong(2))));
        }
      }
    } catch (SQLException e) {
      throw new JdbcStoreException("listing the " + family + " values of " + tenant + " failed", e);
    }
    // Sorted here, not by SQL: a database's collation orders text its own way, the port orders as Java does.
    rows.sort(Comparator.comparing(Row::id));
    return Vector.ofAll(rows).map(Row::stored);
  }

  private String encode(T value) {
    return WholeValueJson.encode(value);
  }

  private T decode(TenantId tenant, String id, String json) {
    try {
      return WholeValueJson.decode(json, type);
    } catch (IllegalArgumentException e) {
      throw new JdbcStoreException("the stored " + family + " " + tenant + "/" + TextPolicy.shown(id)
          + " cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * The stored form of an id: escaped as all stored text is, at most 256 characters.
   *
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException if it is longer
   */
  static String storedId(String id) {
    Objects.requireNonNull(id, "id");
    String key = StoredJson.escape(id);
    if (key.length() > ID_MAX) {
      throw new IllegalArgumentException("id must be at most " + ID_MAX + " characters once escaped, got "
          + key.length() + ": '" + TextPolicy.shown(id) + "'");
    }
    return key;
  }
}
