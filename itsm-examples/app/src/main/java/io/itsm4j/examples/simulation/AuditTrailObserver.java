package io.itsm4j.examples.simulation;

import io.itsm4j.audit.evidence.EvidenceReport;
import io.itsm4j.audit.port.AuditStore;
import io.itsm4j.audit.application.AuditPortException;
import io.itsm4j.audit.application.AuditTrail;
import io.itsm4j.audit.application.AuditingNotificationSink;
import io.itsm4j.audit.application.EvidenceReporter;
import io.itsm4j.audit.application.StoreEvidenceSource;
import io.itsm4j.audit.trail.AuditDraft;
import io.itsm4j.audit.trail.AuditValue;
import io.itsm4j.audit.trail.Checkpoint;
import io.itsm4j.audit.trail.RecordRef;
import io.itsm4j.audit.trail.Verification;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.application.CommandResult;
import io.itsm4j.core.application.ServiceDesk;
import io.itsm4j.core.port.NotificationSink;
import io.itsm4j.core.port.TicketStore;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.sla.ThresholdCrossing;
import io.itsm4j.sla.port.SlaAlarmSink;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * Keeps the simulated desk's tamper-evident audit trail: the service desk hands every stored command's events and
 * every refused command to an {@link AuditingNotificationSink} (with exact before values replayed from the ticket
 * store), every service level warning and breach is recorded as an {@code sla} record, and at the end the whole
 * chain is verified and the ISO/IEC 20000-1 evidence report of itsm-audit ({@link EvidenceReporter}) is built for
 * the simulated period.
 *
 * <p>The chain lives in whatever {@link AuditStore} it is given: the in-memory store by default, a database store
 * by passing another one. Not thread-safe beyond what the simulation needs (one thread). If recording fails, the
 * desk reports it in {@link CommandResult#notificationFailure()}; this observer then ends the simulation with an
 * {@link IllegalStateException}, because a trail with a hole is not evidence.
 */
public final class AuditTrailObserver implements SimulationObserver {
  /** Who records service level crossings in the trail. */
  public static final ActorId SLA_MONITOR = ActorId.of("sla-monitor");

  private final TenantId tenant;
  private final AuditStore store;
  private final AuditTrail trail;
  private Option<TicketStore> tickets = Option.none();
  private Instant start = Instant.EPOCH;
  private Option<Either<Rejection, Verification>> verification = Option.none();
  private Option<Either<Rejection, EvidenceReport>> evidence = Option.none();

  /**
   * An observer recording the tenant's trail in {@code store}.
   *
   * @throws NullPointerException if an argument is null
   */
  public AuditTrailObserver(TenantId tenant, AuditStore store) {
    this.tenant = Objects.requireNonNull(tenant, "tenant");
    this.store = Objects.requireNonNull(store, "store");
    this.trail = AuditTrail.builder().store(store).build();
  }

  /** The trail, for queries. */
  public AuditTrail trail() {
    return trail;
  }

  @Override
  public NotificationSink deskSink(TicketStore ticketStore) {
    this.tickets = Option.some(ticketStore);
    return AuditingNotificationSink.withHistory(trail, ticketStore);
  }

  @Override
  public void started(Instant startAt, Instant end) {
    this.start = startAt;
  }

  @Override
  public void commandSent(Instant at, TicketCommand command, Either<Rejection, CommandResult> outcome) {
    if (outcome.isRight() && outcome.get().notificationFailure().isDefined()) {
      throw new IllegalStateException("the audit trail lost the events of a " + command.type() + " command at " + at,
          outcome.get().notificationFailure().get());
    }
  }

  /**
   * A sink that records each service level crossing as an entry of record type {@code sla} (evidence for ISO/IEC
   * 20000-1 clauses 8.3.3 and 9.1): action {@code sla.warning} or {@code sla.breached}, the record {@code
   * <ticket>:<definition>:<cycle>}, at the simulated instant of the crossing.
   *
   * @return the sink; it throws an {@link AuditPortException} if the trail refuses the entry
   */
  public SlaAlarmSink slaAlarms() {
    return this::recordCrossing;
  }

  private void recordCrossing(ThresholdCrossing c) {
    trail.record(AuditDraft.builder()
        .tenant(c.tenant())
        .actor(SLA_MONITOR)
        .action(c.percent() >= 100 ? "sla.breached" : "sla.warning")
        .record(RecordRef.of("sla", c.ticketId() + ":" + c.definition() + ":" + c.cycle()))
        .occurredAt(c.at())
        .after(AuditValue.texts(LinkedHashMap.of("ticket", c.ticketId().value(), "definition",
            c.definition().value(), "cycle", Integer.toString(c.cycle()), "percent", Integer.toString(c.percent()))))
        .correlation(Option.some(c.key()))
        .build()).getOrElseThrow(AuditPortException::new);
  }

  @Override
  public String progress() {
    return String.format(Locale.ROOT, "%,d audit entries", entries());
  }

  /**
   * The number of entries in the tenant's chain now.
   *
   * @throws AuditPortException if the store cannot tell
   */
  public long entries() {
    return trail.head(tenant).map(Checkpoint::sequence).getOrElseThrow(AuditPortException::new);
  }

  @Override
  public void finished(Instant end, Seq<Ticket> all, ServiceDesk desk) {
    verification = Option.some(verify());
    StoreEvidenceSource source = StoreEvidenceSource.empty().withAuditTrail(store);
    for (TicketStore t : tickets) {
      source = source.withTickets(t);
    }
    evidence = Option.some(EvidenceReporter.of(source).verifying(trail).report(tenant, start, end));
  }

  /**
   * Verifies the tenant's whole chain from its first entry, as it is stored now.
   *
   * @return the verification, or the store's failure
   */
  public Either<Rejection, Verification> verify() {
    return trail.verify(tenant);
  }

  /** The verification made at the end of the run; none before. */
  public Option<Either<Rejection, Verification>> verification() {
    return verification;
  }

  /** The ISO/IEC 20000-1 evidence report of the simulated period, built at the end; none before. */
  public Option<Either<Rejection, EvidenceReport>> evidence() {
    return evidence;
  }

  @Override
  public String summary() {
    return verification.map(AuditTrailObserver::describe).getOrElse("audit trail: not verified (the run did not end)");
  }

  /**
   * One line on a verification: {@code audit trail: chain verified, intact (N entries, head ...)}, or what broke,
   * or why it could not be verified.
   *
   * @throws NullPointerException if {@code verification} is null
   */
  public static String describe(Either<Rejection, Verification> verification) {
    Objects.requireNonNull(verification, "verification");
    if (verification.isLeft()) {
      return "audit trail: NOT VERIFIED, the store failed: " + verification.getLeft();
    }
    Verification v = verification.get();
    if (v instanceof Verification.Intact intact) {
      return String.format(Locale.ROOT, "audit trail: chain verified, intact (%,d entries, head %s)",
          intact.entriesChecked(), intact.head().hash().hex());
    }
    return "audit trail: chain BROKEN, " + ((Verification.Broken) v).at();
  }
}
