package io.itsm4j.audit.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.audit.port.AuditQuery;
import io.itsm4j.audit.trail.AuditEntry;
import io.itsm4j.audit.trail.Outcome;
import io.itsm4j.core.Actor;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.memory.InMemoryTicketStore;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.Urgency;
import io.vavr.collection.Seq;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * ISO/IEC 20000-1 8.1 evidence counts refusals by business controls only: a workflow that refuses a move is a
 * control at work; a duplicate key or a command that changes nothing is a technical outcome.
 */
class RefusalClassesTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Actor ALICE = Actor.of("alice", "agent");

  @Test
  void only_refusals_by_business_controls_count_as_controls_at_work() {
    AtomicLong seconds = new AtomicLong(1_767_000_000L);
    InMemoryTicketStore tickets = new InMemoryTicketStore();
    AuditTrail trail = AuditTrail.builder().build();
    var desk = io.itsm4j.core.application.ServiceDesk.builder().ticketStore(tickets)
        .clock(() -> Instant.ofEpochSecond(seconds.incrementAndGet()))
        .notificationSink(AuditingNotificationSink.withHistory(trail, tickets)).build();
    Ticket t = desk.open(ACME, ALICE, "k1", TicketCommand.Open.incident("Mail", Impact.LOW, Urgency.LOW)).get()
        .ticket();
    assertThat(desk.execute(ACME, ALICE, t.id(), "k2", TicketCommand.ChangeState.to("closed")).getLeft().code())
        .isEqualTo(RejectionCode.TRANSITION_NOT_ALLOWED);
    assertThat(desk.execute(ACME, ALICE, t.id(), "k3", new TicketCommand.ChangePriority(Impact.LOW, Urgency.LOW,
        "same")).getLeft().code()).isEqualTo(RejectionCode.NO_CHANGE);
    assertThat(desk.execute(ACME, ALICE, t.id(), "k1", TicketCommand.AddNote.workNote("reused key")).getLeft()
        .code()).isEqualTo(RejectionCode.IDEMPOTENCY_KEY_REUSED);

    Seq<AuditEntry> refused = trail.query(ACME, AuditQuery.all()).get().filter(e -> e.outcome() == Outcome.REJECTED);
    assertThat(refused).hasSize(3);
    assertThat(refused.filter(StoreEvidenceSource::isControlAtWork).map(e -> e.reason().get()))
        .singleElement().asString().startsWith("TRANSITION_NOT_ALLOWED: ");
  }

  @Test
  void every_code_is_either_a_control_or_a_technical_outcome() {
    assertThat(RejectionCode.VERSION_CONFLICT.isControl()).isFalse();
    assertThat(RejectionCode.PORT_FAILURE.isControl()).isFalse();
    assertThat(RejectionCode.NOT_AUTHORISED.isControl()).isTrue();
    assertThat(RejectionCode.RULE_VIOLATED.isControl()).isTrue();
    assertThat(RejectionCode.FIELD_REQUIRED.isControl()).isTrue();
    assertThat(RejectionCode.GUARD_FAILED.isControl()).isTrue();
  }
}
