package io.itsm4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itsm4j.audit.corrective.CorrectiveActionCommand;
import io.itsm4j.audit.corrective.CorrectiveActionId;
import io.itsm4j.audit.port.AuditQuery;
import io.itsm4j.audit.programme.ProgrammeCommand;
import io.itsm4j.audit.programme.ProgrammeId;
import io.itsm4j.audit.application.AuditProgrammes;
import io.itsm4j.audit.application.AuditTrail;
import io.itsm4j.audit.application.CorrectiveActions;
import io.itsm4j.audit.trail.AuditDraft;
import io.itsm4j.audit.trail.AuditEntry;
import io.itsm4j.audit.trail.AuditValue;
import io.itsm4j.audit.trail.ChainBreak;
import io.itsm4j.audit.trail.PersonalDataPolicy;
import io.itsm4j.audit.trail.PersonalDataRef;
import io.itsm4j.audit.trail.RecordRef;
import io.itsm4j.audit.trail.Verification;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.TenantId;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * What the JDBC audit adapters promise beyond the port contracts, checked in the tables themselves: an erased
 * personal value is gone from its table; histories of different names share one table and stay apart; a row changed
 * by hand is caught; the trail, the vault and verification work end to end over the database, wired as
 * docs/storage-jdbc.md shows; the schema script can run again. Subclasses say which database.
 */
abstract class AbstractAuditAdaptersTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final TenantId GLOBEX = TenantId.of("globex");
  private static final RecordRef INC1 = RecordRef.of("ticket", "INC-1");
  private static final RecordRef INC2 = RecordRef.of("ticket", "INC-2");
  private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

  /** A fresh database with the tables. */
  protected abstract DataSource database();

  /** The dialect of {@link #database()}. */
  protected abstract JdbcSchema.Dialect dialect();

  @Test
  void anErasedValueIsGoneFromTheTableNotJustHidden() throws SQLException {
    DataSource db = database();
    JdbcPersonalDataVault vault = new JdbcPersonalDataVault(db);
    PersonalDataRef name = vault.deposit(ACME, INC1, "Jane Doe");
    vault.deposit(ACME, INC1, "jane.doe@example.org");
    PersonalDataRef other = vault.deposit(ACME, INC2, "John Roe");
    PersonalDataRef globex = vault.deposit(GLOBEX, INC1, "Jane Doe at Globex");
    assertThat(strings(db, "select personal from itsm_audit_personal_data")).anyMatch(v -> v.contains("Jane"));

    assertThat(vault.erase(ACME, name)).isTrue();
    assertThat(vault.eraseRecord(ACME, INC1)).isEqualTo(1);

    assertThat(strings(db, "select token from itsm_audit_personal_data"))
        .containsExactlyInAnyOrder(other.token(), globex.token());
    assertThat(strings(db, "select personal from itsm_audit_personal_data"))
        .containsExactlyInAnyOrder("John Roe", "Jane Doe at Globex")
        .noneMatch(v -> v.contains("jane.doe") || v.equals("Jane Doe"));
  }

  @Test
  void tokensSayNothingAboutTheValue() {
    JdbcPersonalDataVault vault = new JdbcPersonalDataVault(database());
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      tokens.add(vault.deposit(ACME, INC1, "Jane Doe").token());
    }
    assertThat(tokens).doesNotHaveDuplicates()
        .allMatch(t -> t.matches("pd-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
  }

  @Test
  void historiesOfDifferentNamesShareTheTableAndStayApart() {
    DataSource db = database();
    JdbcHistoryStore<String> programmes = new JdbcHistoryStore<>(db, RecordRef.AUDIT_PROGRAMME, HistoryCodec.text());
    JdbcHistoryStore<String> actions = new JdbcHistoryStore<>(db, RecordRef.CORRECTIVE_ACTION, HistoryCodec.text());
    assertThat(HistoryAppends.stored(programmes, ACME, "X-1", 0, Vector.of("established", "audit planned"))).isTrue();
    assertThat(HistoryAppends.stored(actions, ACME, "X-1", 0, Vector.of("raised"))).as("same id, another history").isTrue();
    assertThat(HistoryAppends.stored(actions, ACME, "X-2", 0, Vector.of("raised"))).isTrue();
    assertThat(programmes.load(ACME, "X-1")).containsExactly("established", "audit planned");
    assertThat(actions.load(ACME, "X-1")).containsExactly("raised");
    assertThat(programmes.ids(ACME)).containsExactly("X-1");
    assertThat(actions.ids(ACME)).containsExactly("X-1", "X-2");
  }

  @Test
  void historyArgumentsTheTableCannotHoldAreRefusedByName() {
    DataSource db = database();
    assertThatThrownBy(() -> new JdbcHistoryStore<>(db, "no spaces", HistoryCodec.text()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("history");
    JdbcHistoryStore<String> store = new JdbcHistoryStore<>(db, "corrective-action", HistoryCodec.text());
    String tooLong = "=".repeat(129);
    assertThatThrownBy(() -> HistoryAppends.stored(store, ACME, tooLong, 0, Vector.of("x")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("recordId");
    String longest = "\u0000".repeat(JdbcHistoryStore.RECORD_ID_MAX / 6);
    assertThat(HistoryAppends.stored(store, ACME, longest, 0, Vector.of("x"))).isTrue();
    assertThat(store.ids(ACME)).containsExactly(longest);
    assertThat(store.load(ACME, longest)).containsExactly("x");
  }

  @Test
  void aStoredEventTheCodecCannotReadIsReportedWithItsRecord() {
    DataSource db = database();
    HistoryAppends.stored(new JdbcHistoryStore<>(db, "corrective-action", HistoryCodec.text()), ACME, "CA-7", 0,
        Vector.of("v2 text"));
    HistoryCodec<Integer> numbers = new HistoryCodec<>() {
      @Override
      public String encode(Integer event) {
        return event.toString();
      }

      @Override
      public Integer decode(String text) {
        return Integer.valueOf(text);
      }
    };
    assertThatThrownBy(() -> new JdbcHistoryStore<>(db, "corrective-action", numbers).load(ACME, "CA-7"))
        .isInstanceOf(JdbcStoreException.class).hasMessageContaining("event 1 of corrective-action acme/CA-7");
  }

  /** An update of the entry table that replaces text in the stored JSON, as someone with SQL access could. */
  protected abstract String payloadReplaced(String from, String to);

  @Test
  void anEntryChangedInTheTableIsFoundByVerificationAndARewrittenKeyIsRefused() throws SQLException {
    DataSource db = database();
    JdbcAuditStore store = new JdbcAuditStore(db);
    AuditTrail trail = AuditTrail.builder().store(store).build();
    Seq<AuditEntry> entries = trail.recordAll(Vector.of(draft("ticket.opened", "new", 0),
        draft("ticket.state-changed", "in-progress", 1), draft("ticket.state-changed", "resolved", 2))).get();
    assertThat(trail.verify(ACME).get().isIntact()).isTrue();

    update(db, payloadReplaced("\"in-progress\"", "\"on-hold\"") + " where tenant = 'acme' and seq = 2");
    Verification changed = trail.verify(ACME).get();
    assertThat(changed).isInstanceOf(Verification.Broken.class);
    ChainBreak at = ((Verification.Broken) changed).at();
    assertThat(at.kind()).isEqualTo(ChainBreak.Kind.CHANGED);
    assertThat(at.sequence()).isEqualTo(2);

    update(db, "update itsm_audit_entry set hash = '" + entries.get(0).hash().hex() + "'"
        + " where tenant = 'acme' and seq = 3");
    assertThatThrownBy(() -> store.entries(ACME, 1, 3)).isInstanceOf(JdbcStoreException.class)
        .hasMessageContaining("acme#3").hasMessageContaining("disagrees with its key columns");
  }

  @Test
  void theTrailKeepsPersonalValuesInTheVaultAndTheChainSurvivesTheirErasure() {
    DataSource db = database();
    JdbcPersonalDataVault vault = new JdbcPersonalDataVault(db);
    AuditTrail trail = AuditTrail.builder().store(new JdbcAuditStore(db))
        .personalData(vault, PersonalDataPolicy.ticketText()).build();
    AuditEntry opened = trail.record(AuditDraft.builder().tenant(ACME).actor(ActorId.of("agent-1"))
        .action("ticket.opened").record(INC1).occurredAt(T0)
        .after(LinkedHashMap.of("title", AuditValue.text("Jane Doe cannot log in"), "state", AuditValue.text("new")))
        .build()).get();
    PersonalDataRef title = opened.personalDataRefs().single();

    AuditTrail reader = AuditTrail.builder().store(new JdbcAuditStore(db))
        .personalData(new JdbcPersonalDataVault(db), PersonalDataPolicy.ticketText()).build();
    assertThat(reader.query(ACME, AuditQuery.byRecord(INC1)).get()).containsExactly(opened);
    assertThat(reader.reveal(ACME, title).get()).contains("Jane Doe cannot log in");

    assertThat(vault.eraseRecord(ACME, INC1)).isEqualTo(1);
    assertThat(reader.reveal(ACME, title).get()).isEmpty();
    assertThat(reader.verify(ACME).get()).isEqualTo(new Verification.Intact(opened.checkpoint(), 1));
    assertThat(new JdbcAuditStore(db).entries(ACME, 1, 1).single().after().get("title").get())
        .isEqualTo(AuditValue.personal(title));
  }

  @Test
  void theSchemaScriptsCanRunAgainAndKeepWhatIsStored() {
    DataSource db = database();
    AuditTrail trail = AuditTrail.builder().store(new JdbcAuditStore(db)).build();
    AuditEntry first = trail.record(draft("ticket.opened", "new", 0)).get();
    JdbcSchema.migrate(db, dialect());
    JdbcSchema.migrate(db, dialect());
    assertThat(new JdbcAuditStore(db).entries(ACME, 1, 9)).containsExactly(first);
  }

  @Test
  void theWiringShownInTheGuideWorks() {
    DataSource db = database();
    AuditTrail trail = AuditTrail.builder()
        .store(new JdbcAuditStore(db))
        .personalData(new JdbcPersonalDataVault(db), PersonalDataPolicy.ticketText())
        .build();
    AuditProgrammes programmes = AuditProgrammes.of(trail,
        new JdbcHistoryStore<>(db, RecordRef.AUDIT_PROGRAMME, AuditHistoryJson.programmes()), InstantSource.system());
    CorrectiveActions actions = CorrectiveActions.of(trail,
        new JdbcHistoryStore<>(db, RecordRef.CORRECTIVE_ACTION, AuditHistoryJson.correctiveActions()), InstantSource.system());

    assertThat(programmes.execute(ACME, ActorId.of("qm"), java.util.UUID.randomUUID().toString(), ProgrammeId.of("p-2026"),
        new ProgrammeCommand.Establish(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))).isRight()).isTrue();
    assertThat(actions.execute(ACME, ActorId.of("qm"), java.util.UUID.randomUUID().toString(), CorrectiveActionId.of("CA-1"),
        new CorrectiveActionCommand.Raise("Reviews missing", "P1s lack reviews", Option.none())).isRight()).isTrue();
    assertThat(new JdbcAuditStore(db).entries(ACME, 1, 9).map(AuditEntry::action))
        .containsExactly("audit-programme.established", "corrective-action.raised");
    assertThat(trail.verify(ACME).get().isIntact()).isTrue();
  }

  @Test
  void aChainWrittenInTheTextFormBeforeJsonStillVerifiesAndGrowsInJson() throws SQLException {
    DataSource db = database();
    // What the previous version wrote: entries sealed by the trail, kept in the text form in the body column.
    AuditTrail before = AuditTrail.builder().store(new io.itsm4j.audit.memory.InMemoryAuditStore()).build();
    Seq<AuditEntry> old = before.recordAll(Vector.of(draft("ticket.opened", "new", 0),
        draft("ticket.state-changed", "in-progress", 1))).get();
    try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("insert into itsm_audit_entry"
        + " (tenant, seq, hash, previous_hash, format_version, occurred_sec, occurred_nano, actor, action,"
        + " record_type, record_id, body) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (AuditEntry e : old) {
        ps.setString(1, ACME.value());
        ps.setLong(2, e.sequence());
        ps.setString(3, e.hash().hex());
        ps.setString(4, e.previousHash().hex());
        ps.setInt(5, e.formatVersion());
        ps.setLong(6, e.occurredAt().getEpochSecond());
        ps.setInt(7, e.occurredAt().getNano());
        ps.setString(8, e.actor().value());
        ps.setString(9, e.action());
        ps.setString(10, e.record().type());
        ps.setString(11, e.record().id());
        ps.setString(12, AuditEntryCodec.encode(e));
        ps.executeUpdate();
      }
    }
    AuditTrail trail = AuditTrail.builder().store(new JdbcAuditStore(db)).build();
    assertThat(trail.verify(ACME).get().isIntact()).as("the text rows verify").isTrue();

    AuditEntry added = trail.record(draft("ticket.state-changed", "resolved", 2)).get();

    assertThat(added.previousHash()).isEqualTo(old.last().hash());
    assertThat(trail.verify(ACME).get().isIntact()).as("text rows and a JSON row verify as one chain").isTrue();
    assertThat(new JdbcAuditStore(db).entries(ACME, 1, 3)).containsExactly(old.get(0), old.get(1), added);
    assertThat(strings(db, "select case when body is null then 'json' else 'text' end from itsm_audit_entry"
        + " order by seq")).containsExactly("text", "text", "json");
  }

  private static AuditDraft draft(String action, String state, int minute) {
    return AuditDraft.builder().tenant(ACME).actor(ActorId.of("agent-1")).action(action).record(INC1)
        .occurredAt(T0.plusSeconds(60L * minute)).after(LinkedHashMap.of("state", AuditValue.text(state))).build();
  }

  private static List<String> strings(DataSource db, String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }

  private static void update(DataSource db, String sql) throws SQLException {
    try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      assertThat(ps.executeUpdate()).as(sql).isEqualTo(1);
    }
  }
}
