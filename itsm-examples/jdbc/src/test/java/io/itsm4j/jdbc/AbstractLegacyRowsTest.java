package io.itsm4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.TenantId;
import io.itsm4j.core.contract.TestEvents;
import io.itsm4j.core.port.AppendResult;
import io.itsm4j.core.port.TicketStore.CommandKey;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketId;
import io.vavr.collection.List;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Rows written before events were stored as JSON (text body, format_version 1) still read, and a history can hold
 * both: the old rows as they are, the new ones as JSON payloads a query can read.
 */
abstract class AbstractLegacyRowsTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final TicketId ID = TicketId.of("INC-000001");

  protected abstract DataSource database();

  @Test
  void a_history_of_text_rows_and_json_rows_reads_whole() throws Exception {
    DataSource db = database();
    TicketEvent opened = TestEvents.opened(ACME, ID, "old-1");
    try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("insert into itsm_ticket_event"
        + " (tenant, ticket_id, seq, event_type, format_version, occurred_at, command_id, body)"
        + " values (?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, "acme");
      ps.setString(2, ID.value());
      ps.setLong(3, 1);
      ps.setString(4, opened.type());
      ps.setInt(5, EventCodec.FORMAT_VERSION);
      ps.setObject(6, opened.occurredAt().atOffset(ZoneOffset.UTC));
      ps.setString(7, "old-1");
      ps.setString(8, EventCodec.encode(opened));
      ps.executeUpdate();
    }
    JdbcTicketStore store = new JdbcTicketStore(db);
    TicketEvent note = TestEvents.note(ACME, ID, 2, "new-2");
    assertThat(store.append(ACME, ID, 1, new CommandKey("new-2", "fp"), List.of(note)))
        .isEqualTo(new AppendResult.Appended(2));
    assertThat(store.load(ACME, ID)).containsExactly(opened, note);
    try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
        "select format_version, body is null, payload is null from itsm_ticket_event where seq = ? and ticket_id = ?")) {
      for (long seq : new long[] {1, 2}) {
        ps.setLong(1, seq);
        ps.setString(2, ID.value());
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          assertThat(rs.getInt(1)).isEqualTo(seq == 1 ? 1 : JdbcTicketStore.JSON_FORMAT);
          assertThat(rs.getBoolean(2)).as("body is null").isEqualTo(seq == 2);
          assertThat(rs.getBoolean(3)).as("payload is null").isEqualTo(seq == 1);
        }
      }
    }
  }

  @Test
  void a_catalogue_history_of_text_rows_and_json_rows_reads_whole() throws Exception {
    DataSource db = database();
    io.vavr.collection.Seq<io.itsm4j.core.catalogue.CatalogueEvent> batch =
        io.itsm4j.core.contract.TestCatalogueEvents.batch(ACME, 1, 2, "k1");
    io.itsm4j.core.catalogue.CatalogueEvent old = batch.head();
    try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("insert into"
        + " itsm_catalogue_event (tenant, version, event_type, format_version, occurred_at, body)"
        + " values (?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, "acme");
      ps.setLong(2, 1);
      ps.setString(3, old.type());
      ps.setInt(4, CatalogueEventCodec.FORMAT_VERSION);
      ps.setObject(5, old.occurredAt().atOffset(ZoneOffset.UTC));
      ps.setString(6, CatalogueEventCodec.encode(old));
      ps.executeUpdate();
    }
    JdbcCatalogueStore store = new JdbcCatalogueStore(db);
    io.vavr.collection.Seq<io.itsm4j.core.catalogue.CatalogueEvent> next =
        io.itsm4j.core.contract.TestCatalogueEvents.batch(ACME, 2, 1, "k2");
    assertThat(store.append(ACME, 1, new io.itsm4j.core.port.CatalogueStore.CommandKey("k2", "fp"), next))
        .isEqualTo(new io.itsm4j.core.port.CatalogueAppendResult.Appended(2));
    assertThat(store.load(ACME, 0)).containsExactly(old, next.head());
  }
}
