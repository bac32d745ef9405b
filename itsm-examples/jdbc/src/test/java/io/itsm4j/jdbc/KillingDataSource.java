package io.itsm4j.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Hands out connections that kill their own database session once, at a chosen point of a transaction: just
 * before a statement starting with a given prefix runs, or just before the commit; or that lose the answer of a
 * commit that was done. The crash-safety tests use it to stop an append half-way, after some of its rows were
 * written, as a crash or a network cut would.
 */
final class KillingDataSource implements DataSource {
  /** Kills the database session behind a connection. */
  @FunctionalInterface
  interface SessionKiller {
    /** Kills the session of {@code physical}; afterwards every call on it fails. */
    void kill(Connection physical) throws SQLException;
  }

  private final DataSource target;
  private final SessionKiller killer;
  private final AtomicReference<String> armedStatement = new AtomicReference<>();
  private final AtomicBoolean armedCommit = new AtomicBoolean();
  private final AtomicBoolean armedAnswerLost = new AtomicBoolean();
  private final AtomicReference<String> armedStatementAnswerLost = new AtomicReference<>();
  private volatile boolean killed;

  KillingDataSource(DataSource target, SessionKiller killer) {
    this.target = target;
    this.killer = killer;
  }

  /** Kills the session that next executes a statement starting with {@code statementPrefix}, before it runs. */
  void armAt(String statementPrefix) {
    armedStatement.set(statementPrefix);
  }

  /** Kills the session that next commits, before the commit reaches the database. */
  void armAtCommit() {
    armedCommit.set(true);
  }

  /**
   * Lets the next commit reach the database and then fails it as a connection reset would, as when the network drops
   * the commit's answer: the transaction is done, the caller does not know.
   */
  void armAnswerLostAtCommit() {
    armedAnswerLost.set(true);
  }

  /**
   * Lets the next statement starting with {@code statementPrefix} run (in auto-commit, it is then committed) and
   * fails it afterwards as a connection reset would: the statement took effect, the caller does not know.
   */
  void armAnswerLostAt(String statementPrefix) {
    armedStatementAnswerLost.set(statementPrefix);
  }

  /** Whether a session was killed or a commit's answer lost. */
  boolean killed() {
    return killed;
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection real = target.getConnection();
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          if (method.getName().equals("commit") && armedCommit.compareAndSet(true, false)) {
            kill(real);
          }
          Object result = invoke(method, real, args);
          if (method.getName().equals("commit") && armedAnswerLost.compareAndSet(true, false)) {
            killed = true;
            throw new SQLException("the connection was reset before the commit's answer arrived", "08006");
          }
          if (method.getName().equals("prepareStatement") && args[0] instanceof String sql) {
            String lost = armedStatementAnswerLost.get();
            if (lost != null && sql.startsWith(lost) && armedStatementAnswerLost.compareAndSet(lost, null)) {
              PreparedStatement ps = (PreparedStatement) result;
              return Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
                  new Class<?>[] {PreparedStatement.class}, (p, m, a) -> {
                    Object answer = invoke(m, ps, a);
                    if (m.getName().startsWith("execute")) {
                      killed = true;
                      throw new SQLException("the connection was reset before the statement's answer arrived",
                          "08006");
                    }
                    return answer;
                  });
            }
            String trigger = armedStatement.get();
            if (trigger != null && sql.startsWith(trigger) && armedStatement.compareAndSet(trigger, null)) {
              PreparedStatement ps = (PreparedStatement) result;
              return Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
                  new Class<?>[] {PreparedStatement.class}, (p, m, a) -> {
                    if (m.getName().startsWith("execute")) {
                      kill(real);
                    }
                    return invoke(m, ps, a);
                  });
            }
          }
          return result;
        });
  }

  private void kill(Connection real) throws SQLException {
    killer.kill(real);
    killed = true;
  }

  private static Object invoke(java.lang.reflect.Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // Not used by the tests.
  }

  @Override
  public void setLoginTimeout(int seconds) {
    // Not used by the tests.
  }

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return false;
  }
}
