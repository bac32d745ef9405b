package io.itsm4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itsm4j.core.contract.TestEvents;
import io.itsm4j.core.port.TicketStore.CommandKey;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** On H2 the session dies with its connection: closing it mid-transaction rolls the transaction back. */
class H2CrashSafetyTest extends AbstractCrashSafetyTest {
  @Override
  protected DataSource database() {
    return TestDatabases.h2();
  }

  @Override
  protected void kill(Connection physical) throws SQLException {
    physical.close();
  }

  @Override
  protected List<String> appendStatements() {
    return List.of("insert into itsm_command", "insert into itsm_ticket_event", "insert into itsm_outbox");
  }

  @Override
  protected void armAnswerLost(KillingDataSource killing) {
    killing.armAnswerLostAtCommit();
  }

  /** Here an append ends with a commit of its own (on PostgreSQL it is one auto-committed statement). */
  @Test
  void aSessionKilledAtTheCommitLeavesNothingAndSaysSo() throws Exception {
    DataSource db = database();
    KillingDataSource killing = new KillingDataSource(db, this::kill);
    JdbcTicketStore store = new JdbcTicketStore(killing);
    store.append(ACME, INC1, 0, new CommandKey("k1", "fp1"), TestEvents.batch(ACME, INC1, 1, 1, "k1"));

    killing.armAtCommit();
    assertThatThrownBy(() -> store.append(ACME, INC1, 1, new CommandKey("k2", "fp2"),
        TestEvents.batch(ACME, INC1, 2, 3, "k2")))
        .isInstanceOf(JdbcStoreException.class).hasMessageContaining("nothing was stored");

    assertThat(killing.killed()).isTrue();
    assertThat(new JdbcTicketStore(db).load(ACME, INC1)).hasSize(1);
    assertThat(count(db, "itsm_command")).isEqualTo(1);
  }
}
