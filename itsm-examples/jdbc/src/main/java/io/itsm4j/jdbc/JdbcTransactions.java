package io.itsm4j.jdbc;

import io.vavr.control.Option;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one connection, transaction and retry frame of the JDBC adapters, so that every store opens, commits,
 * rolls back, restores and reports the same way:
 *
 * <ul>
 *   <li>{@link #autoCommitted}: one connection in auto-commit, for reads and one-statement writes;
 *   <li>{@link #transaction}: one connection, one transaction; the work's result says whether to commit, anything
 *       thrown rolls back, and a failed commit can be resolved by reading back (an append writes its key in the
 *       same transaction, so the key tells whether the commit took);
 *   <li>{@link #retrying}: an append that lost a race under a unique key to a writer that then rolled back has
 *       nothing to answer with; it is simply tried again, a bounded number of times.
 * </ul>
 *
 * Every {@link SQLException} leaves as a {@link JdbcStoreException} naming what was being done.
 */
final class JdbcTransactions {
  private static final Logger LOG = LoggerFactory.getLogger(JdbcTransactions.class);
  /** SQLSTATE of a unique or primary key violation, the same on H2 and PostgreSQL. */
  private static final String UNIQUE_VIOLATION = "23505";

  private JdbcTransactions() {}

  /** Work on a connection; may throw what the driver throws. */
  @FunctionalInterface
  interface Work<T> {
    T apply(Connection c) throws SQLException;
  }

  /** What to answer when the commit itself threw: whether the work took effect is to be found out. */
  @FunctionalInterface
  interface CommitFailure<T> {
    T resolve(SQLException failure);
  }

  /**
   * Runs {@code work} on a connection of its own in auto-commit, whatever mode the pool hands it out in: for reads,
   * and for writes of one statement each that must keep what was done before a later failure.
   *
   * @throws JdbcStoreException "{@code what} failed" if the database fails
   */
  static <T> T autoCommitted(DataSource dataSource, Supplier<String> what, Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      if (!autoCommit) {
        c.setAutoCommit(true);
      }
      try {
        return work.apply(c);
      } finally {
        if (!autoCommit) {
          restore(c, false);
        }
      }
    } catch (SQLException e) {
      throw new JdbcStoreException(what.get() + " failed", e);
    }
  }

  /**
   * Runs {@code work} in one transaction, committed when {@code commit} accepts its result and rolled back
   * otherwise (and when anything is thrown). A commit that throws is answered by {@code onCommitFailure}.
   *
   * @throws JdbcStoreException "{@code what} failed; nothing was stored" if the database fails before the commit
   */
  static <T> T transaction(DataSource dataSource, Supplier<String> what, Work<T> work, Predicate<T> commit,
      CommitFailure<T> onCommitFailure) {
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        T result = work.apply(c);
        if (!commit.test(result)) {
          c.rollback();
          return result;
        }
        try {
          c.commit();
        } catch (SQLException e) {
          return onCommitFailure.resolve(e);
        }
        return result;
      } catch (SQLException | RuntimeException e) {
        rollbackQuietly(c, e);
        throw e;
      } finally {
        restore(c, autoCommit);
      }
    } catch (SQLException e) {
      throw new JdbcStoreException(what.get() + " failed; nothing was stored", e);
    }
  }

  /**
   * As {@link #transaction(DataSource, Supplier, Work, Predicate, CommitFailure)}, with a failed commit reported as
   * a failure: for writes with nothing to read back (a schema, a number a caller can take again).
   */
  static <T> T transaction(DataSource dataSource, Supplier<String> what, Work<T> work, Predicate<T> commit) {
    return transaction(dataSource, what, work, commit, failure -> {
      throw new JdbcStoreException(what.get() + " failed at the commit", failure);
    });
  }

  /**
   * Tries {@code attempt} until it answers, at most {@code maxAttempts} times.
   *
   * @throws JdbcStoreException if every attempt lost its race
   */
  static <T> T retrying(int maxAttempts, Supplier<String> what, Supplier<Option<T>> attempt) {
    for (int i = 1; i <= maxAttempts; i++) {
      Option<T> answer = attempt.get();
      if (answer.isDefined()) {
        return answer.get();
      }
    }
    throw new JdbcStoreException(what.get() + " kept colliding with writes that were rolled back; gave up after "
        + maxAttempts + " attempts; nothing was stored");
  }

  /**
   * What an append whose commit threw answers: it may or may not have been committed, and its idempotency key,
   * written in the same transaction, tells which. {@code appended} if {@code storedUnderKey} finds the key with
   * this command's fingerprint.
   *
   * @throws JdbcStoreException "nothing was stored" if the key is not there, or a failure saying that it could not
   *     be read back (a retry under the same key then finds out)
   */
  static <T> T afterFailedCommit(Supplier<String> what, SQLException failure, BooleanSupplier storedUnderKey,
      T appended) {
    boolean stored;
    try {
      stored = storedUnderKey.getAsBoolean();
    } catch (RuntimeException e) {
      failure.addSuppressed(e);
      throw new JdbcStoreException(what.get() + " failed at the commit, and whether it was stored could not be "
          + "read back; a retry under the same key finds out", failure);
    }
    if (stored) {
      return appended;
    }
    throw new JdbcStoreException(what.get() + " failed; nothing was stored", failure);
  }

  /** Whether the driver reports a unique or primary key violation anywhere in the chain. */
  static boolean isUniqueViolation(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s) {
        for (SQLException n = s; n != null; n = n.getNextException()) {
          if (UNIQUE_VIOLATION.equals(n.getSQLState())) {
            return true;
          }
        }
        if (s instanceof BatchUpdateException && UNIQUE_VIOLATION.equals(s.getSQLState())) {
          return true;
        }
      }
    }
    return false;
  }

  /** Rolls back, attaching a failure to roll back to {@code cause}: a dead session rolls back by itself. */
  static void rollbackQuietly(Connection c, Exception cause) {
    try {
      c.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  /** Gives the connection back in the auto-commit mode it came in. */
  static void restore(Connection c, boolean autoCommit) {
    try {
      if (!c.isClosed()) {
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      // Only the pool's state of a broken connection is at stake; closing it discards it.
      LOG.debug("could not restore auto-commit on a connection being returned", e);
    }
  }
}
