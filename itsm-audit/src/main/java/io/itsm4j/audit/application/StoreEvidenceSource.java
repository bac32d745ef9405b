package io.itsm4j.audit.application;

import io.itsm4j.audit.corrective.CorrectiveAction;
import io.itsm4j.audit.corrective.CorrectiveActionState;
import io.itsm4j.audit.evidence.EvidenceCount;
import io.itsm4j.audit.evidence.EvidenceKind;
import io.itsm4j.audit.internal.Require;
import io.itsm4j.audit.port.AuditQuery;
import io.itsm4j.audit.port.AuditStore;
import io.itsm4j.audit.port.EvidenceSource;
import io.itsm4j.audit.programme.AuditProgramme;
import io.itsm4j.audit.programme.Finding;
import io.itsm4j.audit.programme.FindingSeverity;
import io.itsm4j.audit.programme.InternalAudit;
import io.itsm4j.audit.trail.AuditEntry;
import io.itsm4j.audit.trail.Outcome;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.port.TicketStore;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketKind;
import io.vavr.collection.HashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Function;

/**
 * An {@link EvidenceSource} that counts from itsm4j's own ports: ticket histories from a {@link TicketStore},
 * audit entries from an {@link AuditStore}, internal audits and findings from {@link AuditProgrammes}, corrective
 * actions from {@link CorrectiveActions}. Each source is optional; what is not given counts as none.
 *
 * <p>It reads whole histories, which suits the in-memory adapters and small hosts; a host with a database answers
 * {@link EvidenceSource} with its own {@code COUNT} queries instead. Audit dates count in UTC. Thread-safe; a
 * failing port is thrown as an {@link AuditPortException} carrying the port failure.
 */
public final class StoreEvidenceSource implements EvidenceSource {
  private static final int SAMPLES = 3;
  private static final Map<String, EvidenceKind> RECORD_TYPES = HashMap.ofEntries(
      io.vavr.Tuple.of("service", EvidenceKind.CATALOGUE_CHANGES),
      io.vavr.Tuple.of("offering", EvidenceKind.CATALOGUE_CHANGES),
      io.vavr.Tuple.of("catalogue-item", EvidenceKind.CATALOGUE_CHANGES),
      io.vavr.Tuple.of("asset", EvidenceKind.ASSET_CHANGES),
      io.vavr.Tuple.of("configuration-item", EvidenceKind.CONFIGURATION_CHANGES),
      io.vavr.Tuple.of("sla", EvidenceKind.SERVICE_LEVEL_RECORDS),
      io.vavr.Tuple.of("service-level", EvidenceKind.SERVICE_LEVEL_RECORDS),
      io.vavr.Tuple.of("supplier", EvidenceKind.SUPPLIER_RECORDS),
      io.vavr.Tuple.of("budget", EvidenceKind.SUPPLY_AND_DEMAND_RECORDS),
      io.vavr.Tuple.of("demand", EvidenceKind.SUPPLY_AND_DEMAND_RECORDS),
      io.vavr.Tuple.of("capacity", EvidenceKind.SUPPLY_AND_DEMAND_RECORDS),
      io.vavr.Tuple.of("release", EvidenceKind.RELEASE_RECORDS),
      io.vavr.Tuple.of("availability", EvidenceKind.ASSURANCE_RECORDS),
      io.vavr.Tuple.of("continuity", EvidenceKind.ASSURANCE_RECORDS),
      io.vavr.Tuple.of("security", EvidenceKind.ASSURANCE_RECORDS),
      io.vavr.Tuple.of("service-report", EvidenceKind.SERVICE_REPORTS),
      io.vavr.Tuple.of("management-review", EvidenceKind.MANAGEMENT_REVIEWS),
      io.vavr.Tuple.of("improvement", EvidenceKind.IMPROVEMENT_RECORDS));

  private final Option<TicketStore> tickets;
  private final Option<AuditStore> audit;
  private final Option<AuditProgrammes> programmes;
  private final Option<CorrectiveActions> actions;

  private StoreEvidenceSource(Option<TicketStore> tickets, Option<AuditStore> audit,
      Option<AuditProgrammes> programmes, Option<CorrectiveActions> actions) {
    this.tickets = tickets;
    this.audit = audit;
    this.programmes = programmes;
    this.actions = actions;
  }

  /** A source counting nothing; add sources with the {@code with*} methods. */
  public static StoreEvidenceSource empty() {
    return new StoreEvidenceSource(Option.none(), Option.none(), Option.none(), Option.none());
  }

  /** This source, also counting ticket events. */
  public StoreEvidenceSource withTickets(TicketStore store) {
    return new StoreEvidenceSource(Option.some(Require.notNull(store, "store")), audit, programmes, actions);
  }

  /** This source, also counting audit entries. */
  public StoreEvidenceSource withAuditTrail(AuditStore store) {
    return new StoreEvidenceSource(tickets, Option.some(Require.notNull(store, "store")), programmes, actions);
  }

  /** This source, also counting internal audits and findings. */
  public StoreEvidenceSource withProgrammes(AuditProgrammes value) {
    return new StoreEvidenceSource(tickets, audit, Option.some(Require.notNull(value, "programmes")), actions);
  }

  /** This source, also counting corrective actions. */
  public StoreEvidenceSource withCorrectiveActions(CorrectiveActions value) {
    return new StoreEvidenceSource(tickets, audit, programmes, Option.some(Require.notNull(value, "actions")));
  }

  /**
   * Whether an entry records a refusal by a business control ({@link RejectionCode#isControl()}). The reason of a
   * refusal starts with its code ({@code NOT_AUTHORISED: ...}), as every auditing mapping writes it; a version
   * conflict or a port failure is a technical outcome and no evidence that controls operate.
   */
  static boolean isControlAtWork(AuditEntry e) {
    if (e.outcome() != Outcome.REJECTED || e.reason().isEmpty()) {
      return false;
    }
    String reason = e.reason().get();
    int colon = reason.indexOf(':');
    return colon > 0 && Option.of(io.vavr.control.Try.of(() -> RejectionCode.valueOf(reason.substring(0, colon)))
        .getOrNull()).exists(RejectionCode::isControl);
  }

  @Override
  public Seq<EvidenceCount> count(TenantId tenant, Instant from, Instant until) {
    Require.notNull(tenant, "tenant");
    Require.notNull(from, "from");
    Require.notNull(until, "until");
    Vector<EvidenceCount> out = Vector.empty();
    for (TicketStore store : tickets) {
      out = out.appendAll(ticketCounts(store, tenant, from, until));
    }
    for (AuditStore store : audit) {
      Seq<AuditEntry> entries = store.query(tenant, AuditQuery.inPeriod(from, until));
      out = out.append(count(EvidenceKind.AUDIT_ENTRIES, entries, AuditEntry::occurredAt, AuditEntry::id));
      out = out.append(count(EvidenceKind.REFUSED_COMMANDS, entries.filter(StoreEvidenceSource::isControlAtWork),
          AuditEntry::occurredAt, AuditEntry::id));
      for (var byKind : entries.filter(e -> RECORD_TYPES.containsKey(e.record().type()))
          .groupBy(e -> RECORD_TYPES.get(e.record().type()).get())) {
        out = out.append(count(byKind._1, byKind._2.sortBy(AuditEntry::sequence), AuditEntry::occurredAt,
            e -> e.record().toString()));
      }
    }
    for (AuditProgrammes p : programmes) {
      Seq<AuditProgramme> all = get(p.all(tenant));
      Seq<InternalAudit> audits = all.flatMap(a -> a.audits().values())
          .filter(a -> !a.plannedEnd().atStartOfDay(ZoneOffset.UTC).toInstant().isBefore(from)
              && a.plannedStart().atStartOfDay(ZoneOffset.UTC).toInstant().isBefore(until));
      out = out.append(count(EvidenceKind.INTERNAL_AUDITS, audits,
          a -> a.plannedStart().atStartOfDay(ZoneOffset.UTC).toInstant(), a -> a.id().value()));
      Seq<Finding> findings = all.flatMap(a -> a.findings().values())
          .filter(f -> !f.recordedAt().isBefore(from) && f.recordedAt().isBefore(until));
      out = out.append(count(EvidenceKind.NONCONFORMITIES, findings.filter(f -> f.severity().isNonconformity()),
          Finding::recordedAt, f -> f.id().value()));
      out = out.append(count(EvidenceKind.OBSERVATIONS, findings.filter(f -> f.severity() == FindingSeverity.OBSERVATION),
          Finding::recordedAt, f -> f.id().value()));
      out = out.append(count(EvidenceKind.IMPROVEMENT_OPPORTUNITIES,
          findings.filter(f -> f.severity() == FindingSeverity.OPPORTUNITY_FOR_IMPROVEMENT), Finding::recordedAt,
          f -> f.id().value()));
    }
    for (CorrectiveActions c : actions) {
      Seq<CorrectiveAction> raised = get(c.all(tenant)).filter(ca -> ca.raisedAt().isBefore(until)
          && ca.closedAt().forAll(t -> !t.isBefore(from)));
      out = out.append(count(EvidenceKind.OPEN_CORRECTIVE_ACTIONS,
          raised.filter(ca -> ca.state() != CorrectiveActionState.CLOSED || ca.closedAt().exists(t -> !t.isBefore(until))),
          CorrectiveAction::raisedAt, ca -> ca.id().value()));
      out = out.append(count(EvidenceKind.CLOSED_CORRECTIVE_ACTIONS,
          raised.filter(ca -> ca.closedAt().exists(t -> t.isBefore(until))), ca -> ca.closedAt().get(),
          ca -> ca.id().value()));
      out = out.append(count(EvidenceKind.OVERDUE_CORRECTIVE_ACTIONS, raised.filter(ca -> ca.isOverdue(until)),
          CorrectiveAction::raisedAt, ca -> ca.id().value()));
    }
    return out;
  }

  private static Seq<EvidenceCount> ticketCounts(TicketStore store, TenantId tenant, Instant from, Instant until) {
    Vector<EvidenceCount> out = Vector.empty();
    Map<TicketKind, Vector<TicketEvent>> byKind = HashMap.empty();
    for (var id : store.ticketIds(tenant).sorted()) {
      Seq<TicketEvent> history = store.load(tenant, id);
      if (history.isEmpty() || !(history.head() instanceof TicketEvent.Opened opened)) {
        continue;
      }
      Seq<TicketEvent> inPeriod = history.filter(e -> !e.occurredAt().isBefore(from) && e.occurredAt().isBefore(until));
      byKind = byKind.put(opened.kind(), byKind.get(opened.kind()).getOrElse(Vector.empty()).appendAll(inPeriod));
    }
    Map<TicketKind, EvidenceKind> kinds = HashMap.of(TicketKind.INCIDENT, EvidenceKind.INCIDENT_EVENTS,
        TicketKind.SERVICE_REQUEST, EvidenceKind.SERVICE_REQUEST_EVENTS, TicketKind.PROBLEM, EvidenceKind.PROBLEM_EVENTS,
        TicketKind.CHANGE, EvidenceKind.CHANGE_EVENTS);
    for (TicketKind k : TicketKind.values()) {
      out = out.append(count(kinds.get(k).get(), byKind.get(k).getOrElse(Vector.empty()), TicketEvent::occurredAt,
          e -> e.ticketId().value()));
    }
    return out;
  }

  private static <T> EvidenceCount count(EvidenceKind kind, Seq<T> records, Function<T, Instant> at,
      Function<T, String> id) {
    Seq<Instant> times = records.map(at);
    return new EvidenceCount(kind, records.size(), times.minBy(Function.identity()).map(Function.identity()),
        times.maxBy(Function.identity()).map(Function.identity()), records.map(id).distinct().take(SAMPLES).toVector());
  }

  private static <T> T get(Either<Rejection, T> result) {
    return result.getOrElseThrow(AuditPortException::new);
  }
}
