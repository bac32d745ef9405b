package io.itsm4j.jdbc;

import io.itsm4j.audit.port.PersonalDataVault;
import io.itsm4j.audit.trail.PersonalDataRef;
import io.itsm4j.audit.trail.RecordRef;
import io.itsm4j.core.TenantId;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A {@link PersonalDataVault} on plain JDBC: one row per deposited value in {@code itsm_audit_personal_data}, keyed
 * by tenant and token. Runs on H2 and PostgreSQL with the scripts under {@code db/} (see {@link JdbcSchema}).
 *
 * <h2>How the contract is kept</h2>
 * <ul>
 *   <li><b>Tokens</b> are {@code pd-} and a random (type 4) UUID, drawn from a cryptographically strong generator:
 *       fresh every time, unrelated to the value, and unguessable, so that nobody holding the chain can probe the
 *       vault with made-up tokens. The primary key {@code (tenant, token)} rejects the astronomically unlikely
 *       repeat, and the deposit draws again.
 *   <li><b>Erasure</b> deletes the row: the value is gone from the table, not flagged. (Like any deleted row, its old
 *       version stays in the database's files until they are reused, in PostgreSQL until VACUUM, and in backups and
 *       logs for as long as they are kept; docs/storage-jdbc.md says what a host does about that.)
 *   <li><b>Tenant isolation</b>: every statement is filtered by tenant; a token of one tenant finds nothing in
 *       another.
 *   <li>Values are stored in {@link EventCodec#escape}'s form, so any text, NUL included, is kept exactly.
 * </ul>
 *
 * <p>Thread-safe: every call takes its own connection from the {@link DataSource} and returns it before it returns;
 * each call is one statement, run in auto-commit mode (set for the call when the pool hands out connections without
 * it), so it is committed when the call returns. Null arguments throw {@link NullPointerException}; database
 * failures throw {@link JdbcStoreException}, and then nothing was deposited or erased.
 */
public final class JdbcPersonalDataVault implements PersonalDataVault {
  private static final int MAX_ATTEMPTS = 3;
  private static final String INSERT = "insert into itsm_audit_personal_data"
      + " (tenant, token, record_type, record_id, personal) values (?, ?, ?, ?, ?)";
  private static final String SELECT = "select personal from itsm_audit_personal_data where tenant = ? and token = ?";
  private static final String DELETE = "delete from itsm_audit_personal_data where tenant = ? and token = ?";
  private static final String DELETE_RECORD = "delete from itsm_audit_personal_data"
      + " where tenant = ? and record_type = ? and record_id = ?";

  private final DataSource dataSource;

  /**
   * A vault on {@code dataSource}, whose schema must have the tables of {@link JdbcSchema}.
   *
   * @throws NullPointerException if {@code dataSource} is null
   */
  public JdbcPersonalDataVault(DataSource dataSource) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
  }

  @Override
  public PersonalDataRef deposit(TenantId tenant, RecordRef record, String value) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(value, "value");
    String stored = EventCodec.escape(value);
    return JdbcTransactions.autoCommitted(dataSource,
        () -> "depositing a personal value for " + tenant + "/" + record + " (nothing was stored)",
        c -> deposit(c, tenant, record, stored));
  }

  private static PersonalDataRef deposit(Connection c, TenantId tenant, RecordRef record, String stored)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(INSERT)) {
      for (int attempt = 1; ; attempt++) {
        // UUID.randomUUID draws from SecureRandom: the token says nothing about the value and cannot be guessed.
        PersonalDataRef ref = PersonalDataRef.of("pd-" + UUID.randomUUID());
        ps.setString(1, tenant.value());
        ps.setString(2, ref.token());
        ps.setString(3, record.type());
        ps.setString(4, record.id());
        ps.setString(5, stored);
        try {
          ps.executeUpdate();
          return ref;
        } catch (SQLException e) {
          if (!JdbcTransactions.isUniqueViolation(e) || attempt == MAX_ATTEMPTS) {
            throw e;
          }
        }
      }
    }
  }

  @Override
  public Option<String> reveal(TenantId tenant, PersonalDataRef ref) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(ref, "ref");
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(SELECT)) {
      ps.setString(1, tenant.value());
      ps.setString(2, ref.token());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Option.none();
        }
        String stored = rs.getString(1);
        try {
          return Option.some(EventCodec.unescape(stored));
        } catch (IllegalArgumentException e) {
          throw new JdbcStoreException("the personal value " + tenant + "/" + ref + " cannot be read", e);
        }
      }
    } catch (SQLException e) {
      throw new JdbcStoreException("revealing the personal value " + tenant + "/" + ref + " failed", e);
    }
  }

  @Override
  public boolean erase(TenantId tenant, PersonalDataRef ref) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(ref, "ref");
    return JdbcTransactions.autoCommitted(dataSource, () -> "erasing the personal value " + tenant + "/" + ref,
        c -> {
      try (PreparedStatement ps = c.prepareStatement(DELETE)) {
        ps.setString(1, tenant.value());
        ps.setString(2, ref.token());
        return ps.executeUpdate() > 0;
      }
    });
  }

  @Override
  public int eraseRecord(TenantId tenant, RecordRef record) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(record, "record");
    return JdbcTransactions.autoCommitted(dataSource, () -> "erasing the personal values of " + tenant + "/" + record,
        c -> {
      try (PreparedStatement ps = c.prepareStatement(DELETE_RECORD)) {
        ps.setString(1, tenant.value());
        ps.setString(2, record.type());
        ps.setString(3, record.id());
        return ps.executeUpdate();
      }
    });
  }

}
