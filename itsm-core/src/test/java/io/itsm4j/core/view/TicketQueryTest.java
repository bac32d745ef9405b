package io.itsm4j.core.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itsm4j.core.ActorId;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.Violation;
import io.itsm4j.core.ticket.Priority;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TicketQueryTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

  @Test
  void each_part_at_fault_is_named_and_nothing_is_built() {
    var refused = TicketQuery.in(ACME).pageSize(0).openedBetween(T0, T0).unassigned().groups(GroupId.of("desk"))
        .build().getLeft();
    assertThat(refused.code()).isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(refused.violations().map(Violation::field)).containsExactly("pageSize", "openedBefore", "unassigned");
    assertThat(TicketQuery.in(ACME).pageSize(TicketQuery.MAX_PAGE_SIZE + 1).build().getLeft().violations().head()
        .field()).isEqualTo("pageSize");
    assertThat(TicketQuery.in(ACME).unassigned().assignees(ActorId.of("a")).build().getLeft().violations().head()
        .field()).isEqualTo("unassigned");
    assertThat(TicketQuery.in(ACME).priorities(Priority.P1, null).build().getLeft().violations().head().field())
        .isEqualTo("priorities");
    assertThatThrownBy(() -> TicketQuery.in(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void page_sizes_from_one_to_the_cap_are_taken() {
    assertThat(TicketQuery.in(ACME).pageSize(1).build().get().pageSize()).isEqualTo(1);
    assertThat(TicketQuery.in(ACME).pageSize(TicketQuery.MAX_PAGE_SIZE).build().get().pageSize())
        .isEqualTo(TicketQuery.MAX_PAGE_SIZE);
    assertThat(TicketQuery.in(ACME).openedBetween(T0, T0.plusNanos(1)).build().isRight()).isTrue();
  }

  @Test
  void a_query_has_its_defaults_and_a_fingerprint_that_ignores_the_page_size() {
    TicketQuery q = TicketQuery.in(ACME).build().get();
    assertThat(q.pageSize()).isEqualTo(TicketQuery.DEFAULT_PAGE_SIZE);
    assertThat(q.order()).isEqualTo(QueueOrder.PRIORITY);
    assertThat(TicketQuery.in(ACME).pageSize(5).build().get().fingerprint()).isEqualTo(q.fingerprint());
    assertThat(TicketQuery.in(ACME).open().build().get().fingerprint()).isNotEqualTo(q.fingerprint());
    assertThat(TicketQuery.in(ACME).priorities(Priority.P2, Priority.P1).build().get().fingerprint())
        .isEqualTo(TicketQuery.in(ACME).priorities(Priority.P1, Priority.P2).build().get().fingerprint());
    assertThat(TicketQuery.in(TenantId.of("globex")).build().get().fingerprint()).isNotEqualTo(q.fingerprint());
    assertThat(q.toString()).contains("acme").contains("pageSize=50");
  }

  @Test
  void an_adapter_is_told_every_filter_in_a_fixed_order_with_sorted_values() {
    java.util.List<String> calls = new java.util.ArrayList<>();
    TicketQuery.Conditions recorder = new TicketQuery.Conditions() {
      @Override
      public void in(TicketQuery.Column column, io.vavr.collection.Seq<String> values) {
        calls.add(column + " in " + values.mkString(","));
      }

      @Override
      public void unassigned() {
        calls.add("unassigned");
      }

      @Override
      public void openedFrom(Instant at) {
        calls.add("openedFrom " + at);
      }

      @Override
      public void openedBefore(Instant at) {
        calls.add("openedBefore " + at);
      }

      @Override
      public void updatedBefore(Instant at) {
        calls.add("updatedBefore " + at);
      }

      @Override
      public void breachedAsOf(Instant now) {
        calls.add("breachedAsOf " + now);
      }

      @Override
      public void breachesBefore(Instant at) {
        calls.add("breachesBefore " + at);
      }

      @Override
      public void words(io.vavr.collection.Seq<String> words) {
        calls.add("words " + words.mkString(","));
      }
    };
    TicketQuery.in(ACME).kinds(io.itsm4j.core.ticket.TicketKind.PROBLEM, io.itsm4j.core.ticket.TicketKind.INCIDENT)
        .open().priorities(Priority.P2, Priority.P1).assignees(ActorId.of("b"), ActorId.of("a"))
        .services(io.itsm4j.core.catalogue.ServiceId.of("vpn")).customers(io.itsm4j.core.catalogue.CustomerId.of("c"))
        .requester(ActorId.of("r")).openedBetween(T0, T0.plusSeconds(1)).updatedBefore(T0.plusSeconds(2))
        .breachedAsOf(T0.plusSeconds(3)).breachesBefore(T0.plusSeconds(4)).text("VPN, down vpn").build().get()
        .conditions(recorder);
    assertThat(calls).containsExactly("KIND in INCIDENT,PROBLEM", "CATEGORY in ACTIVE,NEW,ON_HOLD", "PRIORITY in P1,P2",
        "ASSIGNEE in a,b", "SERVICE in vpn", "CUSTOMER in c", "REQUESTER in r", "openedFrom " + T0,
        "openedBefore " + T0.plusSeconds(1), "updatedBefore " + T0.plusSeconds(2), "breachedAsOf " + T0.plusSeconds(3),
        "breachesBefore " + T0.plusSeconds(4), "words vpn,down");
    calls.clear();
    TicketQuery.in(ACME).unassigned().build().get().conditions(recorder);
    TicketQuery.in(ACME).groups(GroupId.of("desk")).build().get().conditions(recorder);
    assertThat(calls).containsExactly("unassigned", "GROUP in desk");
  }

  @Test
  void a_cursor_secret_is_long_enough_and_copied() {
    assertThatThrownBy(() -> Cursors.withSecret(new byte[31])).hasMessageContaining("32 bytes");
    byte[] secret = new byte[32];
    Cursors a = Cursors.withSecret(secret);
    Cursors b = Cursors.withSecret(secret.clone());
    TicketQuery q = TicketQuery.in(ACME).build().get();
    PageKey key = new PageKey(Priority.P1, T0, T0, io.vavr.control.Option.some(T0.plusNanos(7)),
        io.itsm4j.core.ticket.TicketId.of("INC-1.a_b:c"));
    String cursor = a.encode(q, key);
    secret[0] = 1;
    assertThat(b.decode(q, cursor)).contains(key);
    assertThat(a.decode(q, cursor)).contains(key);
    PageKey none = new PageKey(Priority.P4, T0, T0, io.vavr.control.Option.none(), key.id());
    assertThat(a.decode(q, a.encode(q, none))).contains(none);
  }
}
