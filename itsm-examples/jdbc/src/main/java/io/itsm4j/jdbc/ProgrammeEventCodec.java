package io.itsm4j.jdbc;

import io.itsm4j.audit.Clause;
import io.itsm4j.audit.programme.AuditStatus;
import io.itsm4j.audit.programme.EvidenceRef;
import io.itsm4j.audit.programme.Finding;
import io.itsm4j.audit.programme.FindingId;
import io.itsm4j.audit.programme.FindingSeverity;
import io.itsm4j.audit.programme.ImmutableFinding;
import io.itsm4j.audit.programme.ImmutableInternalAudit;
import io.itsm4j.audit.programme.InternalAudit;
import io.itsm4j.audit.programme.InternalAuditId;
import io.itsm4j.audit.programme.ProcessId;
import io.itsm4j.audit.programme.ProgrammeEvent;
import io.itsm4j.audit.programme.ProgrammeId;
import io.itsm4j.audit.programme.ServiceProcess;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.TenantId;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Vector;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The {@link HistoryCodec} of audit programme histories: a {@link ProgrammeEvent} as a line-oriented, versioned
 * text, for a {@link JdbcHistoryStore} named {@link io.itsm4j.audit.trail.RecordRef#AUDIT_PROGRAMME}.
 *
 * <h2>Format, version 1</h2>
 * <pre>
 * itsm4j-programme-event/1 auditor-assigned   first line: form and version, a space, the event type
 * id=programme-2026                           then one "key=value" per line: the header (programme, tenant,
 * tenant=acme                                 sequence, time, actor) ...
 * seq=4
 * at=2026-01-05T12:00:00Z                     instants and dates in ISO-8601, enums and clauses by name
 * actor=quality-manager
 * audit=IA-2026-01                            ... then the fields of the event type
 * auditor=ines
 * </pre>
 * The fields per type: {@code established} periodStart, periodEnd; {@code process-defined} process.id,
 * process.name, process.owner, one process.clause and process.member line per element; {@code audit-planned}
 * audit.id, audit.title, audit.plannedStart, audit.plannedEnd, audit.status, one audit.process, audit.clause and
 * audit.criterion line per element, and audit.auditor, audit.startedAt, audit.endedAt, audit.cancellationReason
 * when present; {@code auditor-assigned} audit, auditor; {@code audit-started} and {@code audit-completed} audit;
 * {@code audit-cancelled} audit, reason; {@code finding-recorded} finding.id, finding.audit, finding.severity,
 * finding.statement, finding.recordedBy, finding.recordedAt, finding.clause and finding.process when present, and
 * one finding.evidence line per reference, {@code <KIND> <id>}. Values are escaped as in {@link EventCodec}. The
 * reader is strict (unknown, repeated or missing keys are errors naming the key), knows version 1 and refuses
 * others by name.
 *
 * <p>Stateless and thread-safe. Null arguments throw {@link NullPointerException}; malformed text throws {@link
 * IllegalArgumentException} naming the problem.
 */
public final class ProgrammeEventCodec implements HistoryCodec<ProgrammeEvent> {
  /** The version of the text form {@link #encode} writes. */
  public static final int FORMAT_VERSION = 1;
  private static final String MAGIC = "itsm4j-programme-event/";
  private static final String WHAT = "programme event";
  private static final Set<String> HEADER = Set.of("id", "tenant", "seq", "at", "actor");
  private static final Map<String, Set<String>> FIELDS = Map.of(
      "established", Set.of("periodStart", "periodEnd"),
      "process-defined", Set.of("process.id", "process.name", "process.clause", "process.owner", "process.member"),
      "audit-planned", Set.of("audit.id", "audit.title", "audit.process", "audit.clause", "audit.criterion",
          "audit.auditor", "audit.plannedStart", "audit.plannedEnd", "audit.status", "audit.startedAt",
          "audit.endedAt", "audit.cancellationReason"),
      "auditor-assigned", Set.of("audit", "auditor"),
      "audit-started", Set.of("audit"),
      "audit-completed", Set.of("audit"),
      "audit-cancelled", Set.of("audit", "reason"),
      "finding-recorded", Set.of("finding.id", "finding.audit", "finding.severity", "finding.statement",
          "finding.clause", "finding.process", "finding.evidence", "finding.recordedBy", "finding.recordedAt"));
  private static final Set<String> KEYS = KeyValueText.union(HEADER, FIELDS.values());
  private static final Set<String> REPEATABLE = Set.of("process.clause", "process.member", "audit.process",
      "audit.clause", "audit.criterion", "finding.evidence");

  /** The codec; it holds no state, so one instance serves every store. */
  public ProgrammeEventCodec() {}

  @Override
  public String encode(ProgrammeEvent event) {
    Objects.requireNonNull(event, "event");
    ProgrammeEvent.Header h = event.header();
    KeyValueText.Writer w = new KeyValueText.Writer(MAGIC + FORMAT_VERSION + " " + event.type())
        .put("id", h.id().value())
        .put("tenant", h.tenant().value())
        .put("seq", Long.toString(h.sequence()))
        .put("at", h.at().toString())
        .put("actor", h.actor().value());
    if (event instanceof ProgrammeEvent.Established e) {
      w.put("periodStart", e.periodStart().toString()).put("periodEnd", e.periodEnd().toString());
    } else if (event instanceof ProgrammeEvent.ProcessDefined e) {
      ServiceProcess p = e.process();
      w.put("process.id", p.id().value()).put("process.name", p.name()).put("process.owner", p.owner().value())
          .putAll("process.clause", p.clauses().map(Clause::name))
          .putAll("process.member", p.members().map(ActorId::value));
    } else if (event instanceof ProgrammeEvent.AuditPlanned e) {
      InternalAudit a = e.audit();
      w.put("audit.id", a.id().value()).put("audit.title", a.title())
          .put("audit.plannedStart", a.plannedStart().toString()).put("audit.plannedEnd", a.plannedEnd().toString())
          .put("audit.status", a.status().name())
          .putAll("audit.process", a.processes().map(ProcessId::value))
          .putAll("audit.clause", a.clauses().map(Clause::name))
          .putAll("audit.criterion", a.criteria())
          .put("audit.auditor", a.auditor().map(ActorId::value))
          .put("audit.startedAt", a.startedAt().map(Instant::toString))
          .put("audit.endedAt", a.endedAt().map(Instant::toString))
          .put("audit.cancellationReason", a.cancellationReason());
    } else if (event instanceof ProgrammeEvent.AuditorAssigned e) {
      w.put("audit", e.audit().value()).put("auditor", e.auditor().value());
    } else if (event instanceof ProgrammeEvent.AuditStarted e) {
      w.put("audit", e.audit().value());
    } else if (event instanceof ProgrammeEvent.AuditCompleted e) {
      w.put("audit", e.audit().value());
    } else if (event instanceof ProgrammeEvent.AuditCancelled e) {
      w.put("audit", e.audit().value()).put("reason", e.reason());
    } else if (event instanceof ProgrammeEvent.FindingRecorded e) {
      Finding f = e.finding();
      w.put("finding.id", f.id().value()).put("finding.audit", f.audit().value())
          .put("finding.severity", f.severity().name()).put("finding.statement", f.statement())
          .put("finding.recordedBy", f.recordedBy().value()).put("finding.recordedAt", f.recordedAt().toString())
          .put("finding.clause", f.clause().map(Clause::name))
          .put("finding.process", f.process().map(ProcessId::value))
          .putAll("finding.evidence", f.evidence().map(r -> r.kind().name() + " " + r.id()));
    } else {
      throw new IllegalArgumentException("unknown programme event type " + event.getClass().getName());
    }
    return w.text();
  }

  @Override
  public ProgrammeEvent decode(String text) {
    Objects.requireNonNull(text, "text");
    KeyValueText.Reader r = KeyValueText.Reader.parse(WHAT, MAGIC, FORMAT_VERSION, true, text, KEYS, REPEATABLE);
    if (FIELDS.containsKey(r.type())) {
      r.allowOnly(KeyValueText.union(HEADER, java.util.List.of(FIELDS.get(r.type()))));
    }
    ProgrammeId id = r.parse("id", ProgrammeId::of);
    TenantId tenant = r.parse("tenant", TenantId::of);
    long seq = r.parse("seq", Long::parseLong);
    Instant at = r.parse("at", Instant::parse);
    ActorId actor = r.parse("actor", ActorId::of);
    try {
      ProgrammeEvent.Header h = new ProgrammeEvent.Header(id, tenant, seq, at, actor);
      return switch (r.type()) {
        case "established" -> new ProgrammeEvent.Established(h, r.parse("periodStart", LocalDate::parse),
            r.parse("periodEnd", LocalDate::parse));
        case "process-defined" -> new ProgrammeEvent.ProcessDefined(h, new ServiceProcess(
            r.parse("process.id", ProcessId::of), r.one("process.name"),
            LinkedHashSet.ofAll(r.parseMany("process.clause", Clause::valueOf)),
            r.parse("process.owner", ActorId::of),
            LinkedHashSet.ofAll(r.parseMany("process.member", ActorId::of))));
        case "audit-planned" -> new ProgrammeEvent.AuditPlanned(h, ImmutableInternalAudit.builder()
            .id(r.parse("audit.id", InternalAuditId::of)).title(r.one("audit.title"))
            .processes(LinkedHashSet.ofAll(r.parseMany("audit.process", ProcessId::of)))
            .clauses(LinkedHashSet.ofAll(r.parseMany("audit.clause", Clause::valueOf)))
            .criteria(Vector.ofAll(r.many("audit.criterion")))
            .auditor(r.parseOpt("audit.auditor", ActorId::of))
            .plannedStart(r.parse("audit.plannedStart", LocalDate::parse))
            .plannedEnd(r.parse("audit.plannedEnd", LocalDate::parse))
            .status(r.parse("audit.status", AuditStatus::valueOf))
            .startedAt(r.parseOpt("audit.startedAt", Instant::parse))
            .endedAt(r.parseOpt("audit.endedAt", Instant::parse))
            .cancellationReason(r.opt("audit.cancellationReason"))
            .build());
        case "auditor-assigned" -> new ProgrammeEvent.AuditorAssigned(h, r.parse("audit", InternalAuditId::of),
            r.parse("auditor", ActorId::of));
        case "audit-started" -> new ProgrammeEvent.AuditStarted(h, r.parse("audit", InternalAuditId::of));
        case "audit-completed" -> new ProgrammeEvent.AuditCompleted(h, r.parse("audit", InternalAuditId::of));
        case "audit-cancelled" -> new ProgrammeEvent.AuditCancelled(h, r.parse("audit", InternalAuditId::of),
            r.one("reason"));
        case "finding-recorded" -> new ProgrammeEvent.FindingRecorded(h, ImmutableFinding.builder()
            .id(r.parse("finding.id", FindingId::of)).audit(r.parse("finding.audit", InternalAuditId::of))
            .severity(r.parse("finding.severity", FindingSeverity::valueOf)).statement(r.one("finding.statement"))
            .clause(r.parseOpt("finding.clause", Clause::valueOf))
            .process(r.parseOpt("finding.process", ProcessId::of))
            .evidence(Vector.ofAll(r.parseMany("finding.evidence", ProgrammeEventCodec::evidence)))
            .recordedBy(r.parse("finding.recordedBy", ActorId::of))
            .recordedAt(r.parse("finding.recordedAt", Instant::parse))
            .build());
        default -> throw new IllegalArgumentException(WHAT + " text has the unknown type '"
            + KeyValueText.abbreviate(r.type()) + "'");
      };
    } catch (IllegalStateException | IllegalArgumentException | NullPointerException e) {
      if (e.getMessage() != null && e.getMessage().startsWith(WHAT + " text")) {
        throw e;
      }
      throw new IllegalArgumentException(WHAT + " text holds an event the domain refuses: " + e.getMessage(), e);
    }
  }

  private static EvidenceRef evidence(String line) {
    int space = line.indexOf(' ');
    if (space < 0) {
      throw new IllegalArgumentException("evidence is '<KIND> <id>'");
    }
    return new EvidenceRef(EvidenceRef.Kind.valueOf(line.substring(0, space)), line.substring(space + 1));
  }
}
