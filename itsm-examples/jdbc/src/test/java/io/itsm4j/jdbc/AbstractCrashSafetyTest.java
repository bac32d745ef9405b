package io.itsm4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itsm4j.core.Actor;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.contract.TestEvents;
import io.itsm4j.core.application.ServiceDesk;
import io.itsm4j.core.port.AppendResult;
import io.itsm4j.core.port.TicketStore.CommandKey;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.Urgency;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Crash safety of {@link JdbcTicketStore}: the database session dies half-way through an append, after some of
 * its rows were written; nothing of that append may be left, and the same command goes through afterwards. And
 * an append whose answer was lost after it was stored is answered as stored.
 * Subclasses say how a session is killed on their database.
 */
abstract class AbstractCrashSafetyTest {
  static final TenantId ACME = TenantId.of("acme");
  static final TicketId INC1 = TicketId.of("INC-000001");

  /** A fresh database with the tables. */
  protected abstract DataSource database();

  /** Kills the database session behind {@code physical}, as a crash or a network cut would. */
  protected abstract void kill(Connection physical) throws SQLException;

  /**
   * The statements of an append on this database, by their first words, in the order they run: three in one
   * transaction on H2, one on PostgreSQL.
   */
  protected abstract List<String> appendStatements();

  /** Arms the loss of the answer of the append's last step: its commit, or its one auto-committed statement. */
  protected abstract void armAnswerLost(KillingDataSource killing);

  @TestFactory
  Stream<DynamicTest> aSessionKilledAtAnyStatementOfAnAppendLeavesNothing() {
    return appendStatements().stream().map(statement -> DynamicTest.dynamicTest("killed at: " + statement,
        () -> crashAt(statement)));
  }

  @Test
  void anAppendWhoseAnswerWasLostIsAnsweredAsStoredAndARetryIsADuplicate() {
    DataSource db = database();
    KillingDataSource killing = new KillingDataSource(db, this::kill);
    JdbcTicketStore store = new JdbcTicketStore(killing);
    store.append(ACME, INC1, 0, new CommandKey("k1", "fp1"), TestEvents.batch(ACME, INC1, 1, 1, "k1"));

    armAnswerLost(killing);
    assertThat(store.append(ACME, INC1, 1, new CommandKey("k2", "fp2"), TestEvents.batch(ACME, INC1, 2, 3, "k2")))
        .isEqualTo(new AppendResult.Appended(4));

    assertThat(killing.killed()).as("the answer was lost").isTrue();
    assertThat(new JdbcTicketStore(db).load(ACME, INC1)).hasSize(4);
    assertThat(store.append(ACME, INC1, 1, new CommandKey("k2", "fp2"), TestEvents.batch(ACME, INC1, 2, 3, "k2")))
        .isInstanceOfSatisfying(AppendResult.DuplicateCommand.class,
            d -> assertThat(d.previous().events()).hasSize(3));
  }

  private void crashAt(String statement) throws Exception {
    DataSource db = database();
    KillingDataSource killing = new KillingDataSource(db, this::kill);
    JdbcTicketStore store = new JdbcTicketStore(killing);
    JdbcTicketStore observer = new JdbcTicketStore(db);
    store.append(ACME, INC1, 0, new CommandKey("k1", "fp1"), TestEvents.batch(ACME, INC1, 1, 1, "k1"));

    killing.armAt(statement);
    assertThatThrownBy(() -> store.append(ACME, INC1, 1, new CommandKey("k2", "fp2"),
        TestEvents.batch(ACME, INC1, 2, 3, "k2")))
        .isInstanceOf(JdbcStoreException.class)
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
    KillingDataSource killing = new KillingDataSource(db, this::kill);
    ServiceDesk desk = ServiceDesk.builder().ticketStore(new JdbcTicketStore(killing)).build();
    Actor agent = Actor.of("agent-1");
    TicketId id = desk.open(ACME, agent, "k1", TicketCommand.Open.incident("VPN down", Impact.HIGH, Urgency.HIGH))
        .get().ticket().id();

    killing.armAt(appendStatements().get(appendStatements().size() - 1));
    var failed = desk.execute(ACME, agent, id, "k2", TicketCommand.ChangeState.to("in-progress"));
    assertThat(failed.getLeft().code()).isEqualTo(RejectionCode.PORT_FAILURE);
    assertThat(desk.ticket(ACME, id).get().state()).isEqualTo("new");

    var retried = desk.execute(ACME, agent, id, "k2", TicketCommand.ChangeState.to("in-progress"));
    assertThat(retried.get().replayed()).isFalse();
    assertThat(desk.ticket(ACME, id).get().state()).isEqualTo("in-progress");
  }

  static long count(DataSource db, String table) throws SQLException {
    try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("select count(*) from " + table);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
