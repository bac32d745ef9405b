package io.itsm4j.audit.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.audit.port.AuditQuery;
import io.itsm4j.audit.trail.AuditDraft;
import io.itsm4j.audit.trail.AuditEntry;
import io.itsm4j.audit.trail.Outcome;
import io.itsm4j.audit.trail.RecordRef;
import io.itsm4j.core.Actor;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.TextPolicy;
import io.itsm4j.core.application.CommandResult;
import io.itsm4j.core.application.ServiceDesk;
import io.itsm4j.core.memory.InMemoryTicketStore;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.Urgency;
import io.vavr.collection.Seq;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * What the desk accepts, the trail records: abbreviation for the trail cuts between code points, so a long text
 * of emoji, accepted or refused, leaves no hole in the records.
 */
class HostileTextAuditTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Actor ALICE = Actor.of("alice", "agent");
  private static final String EMOJI = "\uD83D\uDE00";

  private final AtomicLong seconds = new AtomicLong(1_767_000_000L);
  private final InstantSource clock = () -> Instant.ofEpochSecond(seconds.incrementAndGet());
  private final InMemoryTicketStore tickets = new InMemoryTicketStore();
  private final AuditTrail trail = AuditTrail.builder().build();
  private final ServiceDesk desk = ServiceDesk.builder().ticketStore(tickets).clock(clock)
      .notificationSink(AuditingNotificationSink.withHistory(trail, tickets)).build();

  @Test
  void a_reason_of_a_thousand_and_one_emoji_is_accepted_and_audited_whole_or_cut_between_pairs() {
    Ticket t = desk.open(ACME, ALICE, "k-1", TicketCommand.Open.incident("Mail", Impact.LOW, Urgency.LOW)).get()
        .ticket();
    String reason = EMOJI.repeat(1001);
    CommandResult r = desk.execute(ACME, ALICE, t.id(), "k-2",
        new TicketCommand.ChangePriority(Impact.HIGH, Urgency.HIGH, reason)).get();
    assertThat(r.notificationFailure()).isEmpty();
    Seq<AuditEntry> history = trail.query(ACME, AuditQuery.byRecord(RecordRef.of("ticket", t.id().value()))).get();
    AuditEntry changed = history.find(e -> e.action().equals("ticket.priority-changed")).get();
    String recorded = changed.reason().get();
    assertThat(TextPolicy.isWellFormed(recorded)).isTrue();
    assertThat(TextPolicy.length(recorded)).isLessThanOrEqualTo(AuditDraft.REASON_MAX);
    assertThat(reason).startsWith(recorded.endsWith("…") ? recorded.substring(0, recorded.length() - 1) : recorded);
    assertThat(trail.verify(ACME).get().isIntact()).isTrue();
  }

  @Test
  void a_refusal_whose_message_shows_emoji_is_audited() {
    Ticket t = desk.open(ACME, ALICE, "k-1", TicketCommand.Open.incident("Mail", Impact.LOW, Urgency.LOW)).get()
        .ticket();
    var refused = desk.execute(ACME, ALICE, t.id(), "k-2", TicketCommand.ChangeState.to(EMOJI.repeat(500)));
    assertThat(refused.getLeft().code()).isEqualTo(RejectionCode.TRANSITION_NOT_ALLOWED);
    Seq<AuditEntry> history = trail.query(ACME, AuditQuery.byRecord(RecordRef.of("ticket", t.id().value()))).get();
    AuditEntry refusal = history.find(e -> e.outcome() == Outcome.REJECTED).get();
    assertThat(TextPolicy.isWellFormed(refusal.reason().get())).isTrue();
    assertThat(refusal.reason().get()).contains("(500 characters)");
  }

  @Test
  void a_checkpoint_line_with_a_megabyte_sequence_number_gets_a_short_message() {
    String line = "itsm4j-audit-checkpoint/1 acme " + "9".repeat(1 << 20) + " " + "a".repeat(64);
    var problems = io.itsm4j.audit.trail.Checkpoint.parse(line).getLeft().violations();
    assertThat(problems.map(v -> v.field())).containsExactly("sequence");
    assertThat(problems.head().message()).contains("(1048576 characters)").hasSizeLessThan(400);
  }
}
