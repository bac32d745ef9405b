package io.itsm4j.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A small connection pool for the tests and benchmarks (a host uses its own, e.g. HikariCP): keeps up to
 * {@code size} idle physical connections of a {@link DataSource} and hands out wrappers whose {@code close()}
 * returns the connection, rolled back if a transaction was left open. A connection that reports itself closed
 * or broken is dropped instead.
 */
public final class PooledDataSource implements DataSource, AutoCloseable {
  private final DataSource target;
  private final LinkedBlockingDeque<Connection> idle;
  private volatile boolean closed;

  public PooledDataSource(DataSource target, int size) {
    this.target = target;
    this.idle = new LinkedBlockingDeque<>(size);
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection physical = idle.pollFirst();
    if (physical == null || physical.isClosed()) {
      physical = target.getConnection();
    }
    Connection real = physical;
    boolean[] closed = {false};
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          switch (method.getName()) {
            case "close" -> {
              if (!closed[0]) {
                closed[0] = true;
                giveBack(real);
              }
              return null;
            }
            case "isClosed" -> {
              return closed[0] || real.isClosed();
            }
            case "unwrap" -> {
              return real.unwrap((Class<?>) args[0]);
            }
            default -> {
              if (closed[0]) {
                throw new SQLException("connection returned to the pool");
              }
              try {
                return method.invoke(real, args);
              } catch (InvocationTargetException e) {
                throw e.getCause();
              }
            }
          }
        });
  }

  private void giveBack(Connection c) throws SQLException {
    if (c.isClosed()) {
      return;
    }
    try {
      if (!c.getAutoCommit()) {
        c.rollback();
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      c.close();
      return;
    }
    if (closed || !idle.offerFirst(c)) {
      c.close();
    }
  }

  /** Closes the idle connections, and every connection in use when it is given back. */
  @Override
  public void close() throws SQLException {
    closed = true;
    for (Connection c = idle.pollFirst(); c != null; c = idle.pollFirst()) {
      c.close();
    }
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("the pool's credentials are fixed");
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // No driver logging through the pool.
  }

  @Override
  public void setLoginTimeout(int seconds) {
    // Physical connections use the target's own timeout.
  }

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException("no java.util.logging here");
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(target)) {
      return type.cast(target);
    }
    throw new SQLException("not a wrapper for " + type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(target);
  }
}
