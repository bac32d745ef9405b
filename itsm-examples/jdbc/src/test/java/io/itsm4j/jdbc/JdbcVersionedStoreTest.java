package io.itsm4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itsm4j.audit.feedback.Complaint;
import io.itsm4j.audit.port.VersionedStore;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.catalogue.CustomerId;
import io.itsm4j.core.catalogue.ServiceId;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** What the contract kit does not reach: the edges of ids, and rows the store did not write. */
class JdbcVersionedStoreTest {
  private static final TenantId ACME = TenantId.of("acme");

  private static Complaint complaint(String id) {
    return Complaint.record(id, ACME, ServiceId.of("email"), CustomerId.of("retail"), "Mail was down",
        ActorId.of("owner"), Instant.parse("2026-05-04T09:00:00Z"));
  }

  @Test
  void ids_keep_every_character_and_list_in_java_order_whatever_the_collation() {
    VersionedStore<Complaint> store = JdbcVersionedStore.complaints(TestDatabases.h2());
    String[] ids = {"b", "B", "a\u0000z", "\uFFFF", "\u00e9", "a", "Z"};
    java.util.Map<String, String> complaintOf = new java.util.HashMap<>();
    for (int i = 0; i < ids.length; i++) {
      complaintOf.put(ids[i], "C-" + i);
      assertThat(store.save(ACME, ids[i], complaint("C-" + i), 0).get()).isEqualTo(1L);
    }
    for (String id : ids) {
      assertThat(store.find(ACME, id).get().value().id()).isEqualTo(complaintOf.get(id));
    }
    assertThat(store.find(ACME, "a\u0000")).isEmpty();
    java.util.List<String> sorted = new java.util.ArrayList<>(java.util.List.of(ids));
    java.util.Collections.sort(sorted);
    assertThat(store.all(ACME).map(s -> s.value().id()))
        .containsExactlyElementsOf(sorted.stream().map(complaintOf::get).toList());
  }

  @Test
  void an_id_too_long_to_store_is_refused_before_any_statement() {
    VersionedStore<Complaint> store = JdbcVersionedStore.complaints(TestDatabases.h2());
    assertThatThrownBy(() -> store.save(ACME, "x".repeat(257), complaint("C-1"), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 256");
    // NUL counts two once escaped.
    assertThatThrownBy(() -> store.find(ACME, "\u0000".repeat(129)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 256");
    assertThat(store.save(ACME, "x".repeat(256), complaint("C-1"), 0).get()).isEqualTo(1L);
  }

  @Test
  void a_version_below_zero_is_a_conflict_that_writes_nothing() {
    VersionedStore<Complaint> store = JdbcVersionedStore.complaints(TestDatabases.h2());
    assertThat(store.save(ACME, "C-1", complaint("C-1"), -1).getLeft().code())
        .isEqualTo(RejectionCode.VERSION_CONFLICT);
    assertThat(store.find(ACME, "C-1")).isEmpty();
  }

  @Test
  void a_row_the_store_cannot_read_is_an_error_naming_it_never_a_half_read_value() throws Exception {
    DataSource db = TestDatabases.h2();
    JdbcVersionedStore<Complaint> store = JdbcVersionedStore.complaints(db);
    store.save(ACME, "C-1", complaint("C-1"), 0).get();
    store.save(ACME, "C-2", complaint("C-2"), 0).get();
    try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
      s.executeUpdate("update itsm_versioned_value set payload = '{\"v\":2,\"id\":\"C-1\"}' format json"
          + " where id = 'C-1'");
      s.executeUpdate("update itsm_versioned_value set payload = '{\"v\":1,\"unknown\":true}' format json"
          + " where id = 'C-2'");
    }
    assertThatThrownBy(() -> store.find(ACME, "C-1")).isInstanceOf(JdbcStoreException.class)
        .hasMessageContaining("complaint acme/C-1 cannot be read").hasMessageContaining("\"v\": 1");
    assertThatThrownBy(() -> store.find(ACME, "C-2")).isInstanceOf(JdbcStoreException.class)
        .hasMessageContaining("complaint acme/C-2 cannot be read");
    assertThatThrownBy(() -> store.all(ACME)).isInstanceOf(JdbcStoreException.class);
  }

  @Test
  void families_share_the_table_and_stay_apart() {
    DataSource db = TestDatabases.h2();
    JdbcVersionedStore<Complaint> complaints = JdbcVersionedStore.complaints(db);
    complaints.save(ACME, "same-id", complaint("C-1"), 0).get();
    assertThat(JdbcVersionedStore.surveys(db).find(ACME, "same-id")).isEmpty();
    assertThat(JdbcVersionedStore.improvements(db).all(ACME)).isEmpty();
    assertThat(complaints.family()).isEqualTo("complaint");
  }
}
