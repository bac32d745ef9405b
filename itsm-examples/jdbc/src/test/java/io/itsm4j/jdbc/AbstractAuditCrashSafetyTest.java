package io.itsm4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itsm4j.audit.port.AppendOutcome;
import io.itsm4j.audit.application.AuditTrail;
import io.itsm4j.audit.trail.AuditChain;
import io.itsm4j.audit.trail.AuditDraft;
import io.itsm4j.audit.trail.AuditEntry;
import io.itsm4j.audit.trail.AuditValue;
import io.itsm4j.audit.trail.Checkpoint;
import io.itsm4j.audit.trail.RecordRef;
import io.itsm4j.audit.trail.Verification;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Crash safety of the JDBC audit adapters: the database session dies in the middle of an append, after its rows were
 * written but before the commit, or while the insert runs; nothing of that append may be left, the chain still
 * verifies, and the next append goes through. A commit whose answer is lost, though it was done, is reported as
 * done and not repeated. Subclasses say how a session is killed on their database.
 */
abstract class AbstractAuditCrashSafetyTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

  /** A fresh database with the tables. */
  protected abstract DataSource database();

  /** Kills the database session behind {@code physical}, as a crash or a network cut would. */
  protected abstract void kill(Connection physical) throws SQLException;

  @Test
  void aSessionKilledAfterTheEntriesWereWrittenLeavesNothingAndTheChainVerifies() throws Exception {
    crash(Trigger.COMMIT);
  }

  @Test
  void aSessionKilledAsTheEntriesAreInsertedLeavesNothingAndTheChainVerifies() throws Exception {
    crash(Trigger.INSERT);
  }

  private void crash(Trigger trigger) throws Exception {
    DataSource db = database();
    KillingDataSource killing = new KillingDataSource(db, this::kill);
    JdbcAuditStore store = new JdbcAuditStore(killing);
    Seq<AuditEntry> first = append(store, draft(0));

    Checkpoint head = store.head(ACME);
    Seq<AuditEntry> batch = AuditChain.seal(head, Vector.of(draft(1), draft(2), draft(3)));
    trigger.arm(killing);
    assertThatThrownBy(() -> store.append(ACME, head, batch)).isInstanceOf(JdbcStoreException.class)
        .hasMessageContaining("nothing was stored");
    assertThat(killing.killed()).as("the session was killed").isTrue();

    JdbcAuditStore observer = new JdbcAuditStore(db);
    assertThat(count(db, "itsm_audit_entry")).isEqualTo(1);
    assertThat(observer.head(ACME)).isEqualTo(head);
    assertThat(AuditChain.verify(observer.entries(ACME, 1, 99), Checkpoint.genesis(ACME), Vector.of(head)))
        .isEqualTo(new Verification.Intact(head, 1));

    assertThat(store.append(ACME, head, batch)).isEqualTo(new AppendOutcome.Appended(batch.last().checkpoint()));
    assertThat(observer.entries(ACME, 1, 99)).containsExactlyElementsOf(first.appendAll(batch));
    assertThat(AuditChain.verify(ACME, observer.entries(ACME, 1, 99)).isIntact()).isTrue();
  }

  @Test
  void aCommitWhoseAnswerIsLostIsReportedAsDoneAndNotRepeated() throws Exception {
    DataSource db = database();
    KillingDataSource killing = new KillingDataSource(db, this::kill);
    JdbcAuditStore store = new JdbcAuditStore(killing);
    append(store, draft(0));
    Checkpoint head = store.head(ACME);
    Seq<AuditEntry> batch = AuditChain.seal(head, Vector.of(draft(1), draft(2)));
    Trigger.ANSWER_LOST.arm(killing);
    assertThat(store.append(ACME, head, batch)).isEqualTo(new AppendOutcome.Appended(batch.last().checkpoint()));
    assertThat(killing.killed()).isTrue();
    assertThat(count(db, "itsm_audit_entry")).isEqualTo(3);
    assertThat(AuditChain.verify(ACME, new JdbcAuditStore(db).entries(ACME, 1, 99)).isIntact()).isTrue();
  }

  @Test
  void theTrailReportsAKilledAppendAsAPortFailureAndTheRetryExtendsTheSameChain() throws Exception {
    DataSource db = database();
    KillingDataSource killing = new KillingDataSource(db, this::kill);
    AuditTrail trail = AuditTrail.builder().store(new JdbcAuditStore(killing)).build();
    AuditEntry opened = trail.record(draft(0)).get();

    Trigger.COMMIT.arm(killing);
    var failed = trail.recordAll(Vector.of(draft(1), draft(2)));
    assertThat(failed.getLeft().code()).isEqualTo(RejectionCode.PORT_FAILURE);
    assertThat(trail.head(ACME).get()).isEqualTo(opened.checkpoint());

    Seq<AuditEntry> retried = trail.recordAll(Vector.of(draft(1), draft(2))).get();
    assertThat(retried.map(AuditEntry::sequence)).containsExactly(2L, 3L);
    assertThat(trail.verify(ACME).get()).isEqualTo(new Verification.Intact(retried.last().checkpoint(), 3));
    assertThat(count(db, "itsm_audit_entry")).isEqualTo(3);
  }

  @Test
  void aHistoryAppendKilledBeforeItsCommitLeavesNothing() throws Exception {
    DataSource db = database();
    KillingDataSource killing = new KillingDataSource(db, this::kill);
    JdbcHistoryStore<String> store = new JdbcHistoryStore<>(killing, "corrective-action", HistoryCodec.text());
    assertThat(HistoryAppends.stored(store, ACME, "CA-1", 0, Vector.of("raised"))).isTrue();
    Trigger.COMMIT.arm(killing);
    assertThatThrownBy(() -> HistoryAppends.stored(store, ACME, "CA-1", 1, Vector.of("analysed", "planned")))
        .isInstanceOf(JdbcStoreException.class).hasMessageContaining("nothing was stored");
    assertThat(killing.killed()).isTrue();
    assertThat(count(db, "itsm_audit_history")).isEqualTo(1);
    assertThat(HistoryAppends.stored(store, ACME, "CA-1", 1, Vector.of("analysed", "planned"))).isTrue();
    Trigger.ANSWER_LOST.arm(killing);
    assertThat(HistoryAppends.stored(store, ACME, "CA-1", 3, Vector.of("implemented"))).as("done, though its answer was lost").isTrue();
    assertThat(new JdbcHistoryStore<>(db, "corrective-action", HistoryCodec.text()).load(ACME, "CA-1"))
        .containsExactly("raised", "analysed", "planned", "implemented");
  }

  private static Seq<AuditEntry> append(JdbcAuditStore store, AuditDraft... drafts) {
    Checkpoint head = store.head(ACME);
    Seq<AuditEntry> sealed = AuditChain.seal(head, Vector.of(drafts));
    assertThat(store.append(ACME, head, sealed)).isInstanceOf(AppendOutcome.Appended.class);
    return sealed;
  }

  private static AuditDraft draft(int minute) {
    return AuditDraft.builder().tenant(ACME).actor(ActorId.of("agent-1")).action("ticket.noted")
        .record(RecordRef.of("ticket", "INC-1")).occurredAt(T0.plusSeconds(60L * minute))
        .after(LinkedHashMap.of("minute", AuditValue.text(Integer.toString(minute)))).build();
  }

  private static long count(DataSource db, String table) throws SQLException {
    try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("select count(*) from " + table);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Where the armed connection fails. */
  private enum Trigger {
    /** The session is killed when the insert of the entries is executed. */
    INSERT,
    /** The session is killed when the commit is asked for: every row is written, none committed. */
    COMMIT,
    /** The commit is done, then the connection answers with an error, as when the network drops the reply. */
    ANSWER_LOST;

    void arm(KillingDataSource killing) {
      switch (this) {
        case INSERT -> killing.armAt("insert into itsm_audit_");
        case COMMIT -> killing.armAtCommit();
        case ANSWER_LOST -> killing.armAnswerLostAtCommit();
      }
    }
  }
}
