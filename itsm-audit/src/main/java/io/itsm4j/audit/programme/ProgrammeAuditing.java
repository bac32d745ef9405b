package io.itsm4j.audit.programme;

import io.itsm4j.core.TextPolicy;
import io.itsm4j.audit.ActionContext;
import io.itsm4j.audit.Clause;
import io.itsm4j.audit.internal.Require;
import io.itsm4j.audit.trail.AuditDraft;
import io.itsm4j.audit.trail.AuditValue;
import io.itsm4j.audit.trail.Outcome;
import io.itsm4j.audit.trail.RecordRef;
import io.itsm4j.core.Rejection;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;

/**
 * Turns audit programme events and refusals into audit drafts. The record is what changed: {@code audit-programme/<id>}
 * when established, {@code process/<id>} for a process definition, {@code internal-audit/<id>} for an audit's
 * planning and lifecycle, {@code finding/<id>} for a finding. Actions are {@code audit-programme.<event type>}
 * (or {@code audit-programme.<command type>}, refused). Pure and thread-safe.
 */
public final class ProgrammeAuditing {
  /** Prefix of every action this mapper writes. */
  public static final String ACTION_PREFIX = RecordRef.AUDIT_PROGRAMME + ".";

  private ProgrammeAuditing() {}

  /** The drafts of one accepted command's events, given the programme as it was before them (none when new). */
  public static Seq<AuditDraft> accepted(Option<AuditProgramme> before, Seq<ProgrammeEvent> events) {
    Require.notNull(before, "before");
    Require.notNull(events, "events");
    Vector<AuditDraft> out = Vector.empty();
    Option<AuditProgramme> state = before;
    for (ProgrammeEvent e : events) {
      out = out.append(draft(state, e));
      state = Option.some(ProgrammeDecider.evolve(state, e));
    }
    return out;
  }

  private static AuditDraft draft(Option<AuditProgramme> before, ProgrammeEvent e) {
    Map<String, AuditValue> b = LinkedHashMap.empty();
    Map<String, AuditValue> a = LinkedHashMap.empty();
    RecordRef record;
    if (e instanceof ProgrammeEvent.Established x) {
      record = RecordRef.of(RecordRef.AUDIT_PROGRAMME, x.header().id().value());
      a = a.put("period-start", text(x.periodStart().toString())).put("period-end", text(x.periodEnd().toString()));
    } else if (e instanceof ProgrammeEvent.ProcessDefined x) {
      record = RecordRef.of(RecordRef.PROCESS, x.process().id().value());
      Option<ServiceProcess> old = before.flatMap(p -> p.processes().get(x.process().id()));
      if (old.isDefined()) {
        b = process(old.get());
      }
      a = process(x.process());
    } else if (e instanceof ProgrammeEvent.AuditPlanned x) {
      InternalAudit audit = x.audit();
      record = RecordRef.of(RecordRef.INTERNAL_AUDIT, audit.id().value());
      a = a.put("title", text(audit.title()))
          .put("processes", text(audit.processes().map(ProcessId::value).toSortedSet().mkString(",")))
          .put("clauses", text(audit.clauses().map(Clause::number).toSortedSet().mkString(",")))
          .put("criteria", text(audit.criteria().mkString("; ")))
          .put("planned-start", text(audit.plannedStart().toString()))
          .put("planned-end", text(audit.plannedEnd().toString()))
          .put("status", text(audit.status().name()));
      if (audit.auditor().isDefined()) {
        a = a.put("auditor", text(audit.auditor().get().value()));
      }
    } else if (e instanceof ProgrammeEvent.FindingRecorded x) {
      Finding f = x.finding();
      record = RecordRef.of(RecordRef.FINDING, f.id().value());
      a = a.put("audit", text(f.audit().value())).put("severity", text(f.severity().name()))
          .put("statement", text(f.statement()))
          .put("evidence", text(f.evidence().map(EvidenceRef::toString).mkString(",")));
      if (f.clause().isDefined()) {
        a = a.put("clause", text(f.clause().get().number()));
      }
      if (f.process().isDefined()) {
        a = a.put("process", text(f.process().get().value()));
      }
    } else {
      InternalAuditId id = e instanceof ProgrammeEvent.AuditorAssigned x ? x.audit()
          : e instanceof ProgrammeEvent.AuditStarted x ? x.audit()
          : e instanceof ProgrammeEvent.AuditCompleted x ? x.audit()
          : ((ProgrammeEvent.AuditCancelled) e).audit();
      record = RecordRef.of(RecordRef.INTERNAL_AUDIT, id.value());
      Option<InternalAudit> old = before.flatMap(p -> p.audits().get(id));
      if (e instanceof ProgrammeEvent.AuditorAssigned x) {
        if (old.flatMap(InternalAudit::auditor).isDefined()) {
          b = b.put("auditor", text(old.get().auditor().get().value()));
        }
        a = a.put("auditor", text(x.auditor().value()));
      } else {
        AuditStatus to = e instanceof ProgrammeEvent.AuditStarted ? AuditStatus.IN_PROGRESS
            : e instanceof ProgrammeEvent.AuditCompleted ? AuditStatus.COMPLETED : AuditStatus.CANCELLED;
        if (old.isDefined()) {
          b = b.put("status", text(old.get().status().name()));
        }
        a = a.put("status", text(to.name()));
        if (e instanceof ProgrammeEvent.AuditCancelled x) {
          a = a.put("reason", text(x.reason()));
        }
      }
    }
    return AuditDraft.builder().tenant(e.header().tenant()).actor(e.header().actor())
        .action(ACTION_PREFIX + e.type()).record(record).occurredAt(e.header().at()).before(b).after(a).build();
  }

  /** The draft of a refused command; the record is the programme. */
  public static AuditDraft refused(ActionContext context, ProgrammeId id, ProgrammeCommand command,
      Rejection rejection) {
    Require.notNull(context, "context");
    Require.notNull(id, "id");
    Require.notNull(command, "command");
    Require.notNull(rejection, "rejection");
    String r = rejection.code() + ": " + rejection.message();
    return AuditDraft.builder().tenant(context.tenant()).actor(context.actor())
        .action(ACTION_PREFIX + command.type()).outcome(Outcome.REJECTED)
        .record(RecordRef.of(RecordRef.AUDIT_PROGRAMME, id.value())).occurredAt(context.at())
        .reason(Option.some(TextPolicy.truncate(r, AuditDraft.REASON_MAX)))
        .build();
  }

  private static Map<String, AuditValue> process(ServiceProcess p) {
    return LinkedHashMap.<String, AuditValue>empty().put("name", text(p.name())).put("owner", text(p.owner().value()))
        .put("members", text(p.members().map(Object::toString).toSortedSet().mkString(",")))
        .put("clauses", text(p.clauses().map(Clause::number).toSortedSet().mkString(",")));
  }

  private static AuditValue text(String value) {
    return AuditValue.text(value);
  }
}
