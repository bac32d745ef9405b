package io.itsm4j.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itsm4j.core.Actor;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.contract.TestEvents;
import io.itsm4j.core.desk.ServiceDesk;
import io.itsm4j.core.port.AppendResult;
import io.itsm4j.core.port.TicketStore.CommandKey;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.Urgency;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Crash safety of {@link JdbcTicketStore}: the database session dies half-way through an append, after some of
 * its rows were written; nothing of that append may be left, and the same command goes through afterwards.
 * Subclasses say how a session is killed on their database.
 */
abstract class AbstractCrashSafetyTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final TicketId INC1 = TicketId.of("INC-000001");

  /** A fresh database with the tables. */
  protected abstract DataSource database();

  /** Kills the database session behind {@code physical}, as a crash or a network cut would. */
  protected abstract void kill(Connection physical) throws SQLException;

  @Test
  void aSessionKilledAfterTheEventsWereWrittenLeavesNothing() throws Exception {
    crashAt("insert into itsm_outbox");
  }

  @Test
  void aSessionKilledAfterTheCommandRowWasWrittenLeavesNothing() throws Exception {
    crashAt("insert into itsm_ticket_event");
  }

  private void crashAt(String statement) throws Exception {
    DataSource db = database();
    KillingDataSource killing = new KillingDataSource(db);
    JdbcTicketStore store = new JdbcTicketStore(killing);
    JdbcTicketStore observer = new JdbcTicketStore(db);
    store.append(ACME, INC1, 0, new CommandKey("k1", "fp1"), TestEvents.batch(ACME, INC1, 1, 1, "k1"));

    killing.armAt(statement);
    assertThatThrownBy(() -> store.append(ACME, INC1, 1, new CommandKey("k2", "fp2"),
        TestEvents.batch(ACME, INC1, 2, 3, "k2")))
        .isInstanceOf(TicketStorageException.class)
        .hasMessageContaining("nothing was stored");

    assertThat(killing.killed()).as("the session was killed").isTrue();
    assertThat(observer.load(ACME, INC1)).hasSize(1);
    assertThat(observer.findCommand(ACME, "k2").isEmpty()).isTrue();
    assertThat(count(db, "itsm_ticket_event")).isEqualTo(1);
    assertThat(count(db, "itsm_command")).isEqualTo(1);
    assertThat(count(db, "itsm_outbox")).isEqualTo(1);

    assertThat(store.append(ACME, INC1, 1, new CommandKey("k2", "fp2"), TestEvents.batch(ACME, INC1, 2, 3, "k2")))
        .isEqualTo(new AppendResult.Appended(4));
    assertThat(count(db, "itsm_outbox")).isEqualTo(2);
  }

  @Test
  void theServiceDeskReportsAKilledWriteAsAPortFailureAndTheRetryWorks() {
    DataSource db = database();
    KillingDataSource killing = new KillingDataSource(db);
    ServiceDesk desk = ServiceDesk.builder().ticketStore(new JdbcTicketStore(killing)).build();
    Actor agent = Actor.of("agent-1");
    TicketId id = desk.open(ACME, agent, "k1", TicketCommand.Open.incident("VPN down", Impact.HIGH, Urgency.HIGH))
        .get().ticket().id();

    killing.armAt("insert into itsm_outbox");
    var failed = desk.execute(ACME, agent, id, "k2", TicketCommand.ChangeState.to("in-progress"));
    assertThat(failed.getLeft().code()).isEqualTo(RejectionCode.PORT_FAILURE);
    assertThat(desk.ticket(ACME, id).get().state()).isEqualTo("new");

    var retried = desk.execute(ACME, agent, id, "k2", TicketCommand.ChangeState.to("in-progress"));
    assertThat(retried.get().replayed()).isFalse();
    assertThat(desk.ticket(ACME, id).get().state()).isEqualTo("in-progress");
  }

  private static long count(DataSource db, String table) throws SQLException {
    try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("select count(*) from " + table);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Hands out connections that kill their own session when a chosen statement is about to run, once. */
  private final class KillingDataSource implements DataSource {
    private final DataSource target;
    private final AtomicReference<String> armed = new AtomicReference<>();
    private volatile boolean killed;

    KillingDataSource(DataSource target) {
      this.target = target;
    }

    void armAt(String statementPrefix) {
      armed.set(statementPrefix);
    }

    boolean killed() {
      return killed;
    }

    @Override
    public Connection getConnection() throws SQLException {
      Connection real = target.getConnection();
      return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
          (proxy, method, args) -> {
            Object result;
            try {
              result = method.invoke(real, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
            if (method.getName().equals("prepareStatement") && args[0] instanceof String sql) {
              String trigger = armed.get();
              if (trigger != null && sql.startsWith(trigger) && armed.compareAndSet(trigger, null)) {
                PreparedStatement ps = (PreparedStatement) result;
                return Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
                    new Class<?>[] {PreparedStatement.class}, (p, m, a) -> {
                      if (m.getName().startsWith("execute")) {
                        unwrapPhysical(real);
                        killed = true;
                      }
                      try {
                        return m.invoke(ps, a);
                      } catch (InvocationTargetException e) {
                        throw e.getCause();
                      }
                    });
              }
            }
            return result;
          });
    }

    private void unwrapPhysical(Connection real) throws SQLException {
      kill(real);
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
}
