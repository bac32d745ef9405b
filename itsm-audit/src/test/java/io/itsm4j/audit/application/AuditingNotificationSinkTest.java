package io.itsm4j.audit.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.audit.port.AuditQuery;
import io.itsm4j.audit.trail.AuditEntry;
import io.itsm4j.audit.trail.AuditValue;
import io.itsm4j.audit.trail.Outcome;
import io.itsm4j.audit.trail.RecordRef;
import io.itsm4j.core.Actor;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.application.CommandResult;
import io.itsm4j.core.application.ServiceDesk;
import io.itsm4j.core.memory.InMemoryTicketStore;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketFields;
import io.itsm4j.core.ticket.Urgency;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * ISO/IEC 20000-1 7.5: the records of what happened to a ticket, including what was refused, are complete, tell
 * who did what when with before and after, and are provably untouched.
 */
class AuditingNotificationSinkTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Actor ALICE = Actor.of("alice", "agent");
  private static final Actor BOB = Actor.of("bob", "agent");

  private final AtomicLong seconds = new AtomicLong(1_767_000_000L);
  private final InstantSource clock = () -> Instant.ofEpochSecond(seconds.incrementAndGet());
  private final InMemoryTicketStore tickets = new InMemoryTicketStore();
  private final AuditTrail trail = AuditTrail.builder().build();
  private final ServiceDesk desk = ServiceDesk.builder().ticketStore(tickets).clock(clock)
      .notificationSink(AuditingNotificationSink.withHistory(trail, tickets)).build();

  @Test
  void anIncidentsWholeLifeIncludingARefusalIsInTheTrail() {
    CommandResult opened = desk.open(ACME, ALICE, "req-1",
        TicketCommand.Open.incident("Mail is down", Impact.MEDIUM, Urgency.HIGH)).get();
    Ticket incident = opened.ticket();
    assertThat(opened.notificationFailure()).isEmpty();
    var refused = desk.execute(ACME, BOB, incident.id(), "req-2", TicketCommand.ChangeState.to("resolved"));
    assertThat(refused.getLeft().code()).isEqualTo(RejectionCode.FIELD_REQUIRED);
    desk.execute(ACME, BOB, incident.id(), "req-3", 
        new TicketCommand.ChangePriority(Impact.HIGH, Urgency.HIGH, "whole site affected")).get();
    desk.execute(ACME, BOB, incident.id(), "req-4", TicketCommand.ChangeState.to("resolved")
        .withField(TicketFields.RESOLUTION_CODE, "solved")
        .withField(TicketFields.RESOLUTION_NOTES, "Restarted the mail gateway")).get();

    Seq<AuditEntry> history = trail.query(ACME, AuditQuery.byRecord(RecordRef.of("ticket", incident.id().value()))).get();
    assertThat(history.map(AuditEntry::action)).containsExactly("ticket.opened", "ticket.change-state",
        "ticket.priority-changed", "ticket.state-changed");

    AuditEntry open = history.get(0);
    assertThat(open.actor()).isEqualTo(ActorId.of("alice"));
    assertThat(open.correlation()).contains("req-1");
    assertThat(open.after().get("title")).contains(AuditValue.text("Mail is down"));
    assertThat(open.after().get("priority")).contains(AuditValue.text("P2"));

    AuditEntry refusal = history.get(1);
    assertThat(refusal.outcome()).isEqualTo(Outcome.REJECTED);
    assertThat(refusal.actor()).isEqualTo(ActorId.of("bob"));
    assertThat(refusal.reason().get()).startsWith("FIELD_REQUIRED: ").contains("resolution.code");
    assertThat(refusal.after().get("requested.state")).contains(AuditValue.text("resolved"));

    AuditEntry priority = history.get(2);
    assertThat(priority.before().get("priority")).contains(AuditValue.text("P2"));
    assertThat(priority.before().get("impact")).as("exact before values, replayed from the ticket store")
        .contains(AuditValue.text("MEDIUM"));
    assertThat(priority.after().get("priority")).contains(AuditValue.text("P1"));
    assertThat(priority.reason()).contains("whole site affected");

    AuditEntry resolved = history.get(3);
    assertThat(resolved.before().get("state")).contains(AuditValue.text("new"));
    assertThat(resolved.after().get("state")).contains(AuditValue.text("resolved"));
    assertThat(resolved.after().get("fields.resolution.code")).contains(AuditValue.text("solved"));
    assertThat(resolved.occurredAt()).isAfter(open.occurredAt());

    assertThat(trail.query(ACME, AuditQuery.byActor(ActorId.of("bob"))).get()).hasSize(3);
    assertThat(trail.query(ACME, AuditQuery.byAction("ticket.change-state")).get()).containsExactly(refusal);
    assertThat(trail.query(ACME, AuditQuery.inPeriod(open.occurredAt(), resolved.occurredAt())).get())
        .doesNotContain(resolved).contains(open);
    assertThat(trail.verify(ACME).get().isIntact()).isTrue();
  }

  @Test
  void aRetriedCommandIsRecordedOnce() {
    desk.open(ACME, ALICE, "req-1", TicketCommand.Open.incident("VPN down", Impact.LOW, Urgency.LOW)).get();
    CommandResult again = desk.open(ACME, ALICE, "req-1", TicketCommand.Open.incident("VPN down", Impact.LOW, Urgency.LOW)).get();
    assertThat(again.replayed()).isTrue();
    assertThat(trail.query(ACME, AuditQuery.all()).get()).hasSize(1);
  }

  @Test
  void whenTheTrailFailsTheDeskReportsItAndTheTicketIsStillStored() {
    AuditTrailTest.FaultyStore store = new AuditTrailTest.FaultyStore();
    store.failAppends = true;
    AuditTrail broken = AuditTrail.builder().store(store).build();
    ServiceDesk failing = ServiceDesk.builder().notificationSink(AuditingNotificationSink.of(broken)).build();
    CommandResult r = failing.open(ACME, ALICE, "req-1",
        TicketCommand.Open.incident("Mail is down", Impact.LOW, Urgency.LOW)).get();
    assertThat(r.notificationFailure().isDefined()).isTrue();
    assertThat(r.notificationFailure().get()).isInstanceOf(AuditPortException.class);
    assertThat(((AuditPortException) r.notificationFailure().get()).rejection().code())
        .isEqualTo(RejectionCode.PORT_FAILURE);
    assertThat(failing.ticket(ACME, r.ticket().id()).isRight()).isTrue();
  }

  @Test
  void withoutTheTicketStoreBeforeValuesComeFromTheEventsAlone() {
    AuditTrail own = AuditTrail.builder().build();
    ServiceDesk plain = ServiceDesk.builder().clock(clock).notificationSink(AuditingNotificationSink.of(own)).build();
    Ticket t = plain.open(ACME, ALICE, "req-1", TicketCommand.Open.incident("x", Impact.MEDIUM, Urgency.HIGH)).get().ticket();
    plain.execute(ACME, BOB, t.id(), "req-2", new TicketCommand.ChangePriority(Impact.LOW, Urgency.LOW, "calmer")).get();
    AuditEntry changed = own.query(ACME, AuditQuery.byAction("ticket.priority-changed")).get().single();
    assertThat(changed.before().get("priority")).contains(AuditValue.text("P2"));
    assertThat(changed.before().get("impact")).isEqualTo(Option.none());
  }
}
