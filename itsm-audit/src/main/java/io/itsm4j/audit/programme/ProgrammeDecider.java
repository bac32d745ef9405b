package io.itsm4j.audit.programme;

import io.itsm4j.audit.ActionContext;
import io.itsm4j.audit.internal.Require;
import io.itsm4j.audit.programme.ProgrammeEvent.Header;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.Violation;
import io.itsm4j.core.Violations;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * The internal audit programme as two pure functions: {@link #decide} (command and programme to events, or a
 * rejection) and {@link #evolve} (programme and event to programme).
 *
 * <p>Rules:
 * <ul>
 *   <li>Auditor independence (9.2.2 c: auditors do not audit their own work): planning with an auditor, assigning
 *       one, starting an audit, and redefining a process are refused with {@link RejectionCode#RULE_VIOLATED} when
 *       they would leave an audit that is not over with an auditor who owns or works in a process in its scope
 *       (named, or implementing a clause in scope). The message names each conflict.
 *   <li>Input ({@link RejectionCode#INVALID_INPUT} / {@link RejectionCode#FIELD_REQUIRED}, every problem at once):
 *       titles and statements non-blank and bounded, scope and criteria not empty, processes known, dates in order
 *       and within the programme's period, evidence for every nonconformity.
 *   <li>Lifecycle ({@link RejectionCode#TRANSITION_NOT_ALLOWED}): planned → in progress → completed; cancelled from
 *       planned or in progress. An audit starts only with an auditor; findings are recorded only while it is in
 *       progress, and only by its auditor ({@link RejectionCode#NOT_AUTHORISED}).
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class ProgrammeDecider {
  /** Longest title, in characters. */
  public static final int TITLE_MAX = 200;
  /** Longest statement or reason, in characters. */
  public static final int TEXT_MAX = 4000;

  private ProgrammeDecider() {}

  /**
   * Decides what a command does.
   *
   * @param context who asks, in which tenant, when
   * @param id the programme
   * @param command what is asked
   * @param state the programme as it is ({@link #replay} of its history); none if it does not exist
   * @return the events to append (numbered from {@code version + 1}), or why not
   * @throws NullPointerException if an argument is null
   */
  public static Either<Rejection, Seq<ProgrammeEvent>> decide(ActionContext context, ProgrammeId id,
      ProgrammeCommand command, Option<AuditProgramme> state) {
    Require.notNull(context, "context");
    Require.notNull(id, "id");
    Require.notNull(command, "command");
    Require.notNull(state, "state");
    if (command instanceof ProgrammeCommand.Establish c) {
      if (state.isDefined()) {
        return reject(RejectionCode.ALREADY_EXISTS, "audit programme " + id + " exists already");
      }
      if (c.periodEnd().isBefore(c.periodStart())) {
        return invalid(List.of(Violation.of("periodEnd", Violation.INVALID, "the period ends before it starts")));
      }
      return one(new ProgrammeEvent.Established(new Header(id, context.tenant(), 1, context.at(), context.actor()),
          c.periodStart(), c.periodEnd()));
    }
    if (state.isEmpty() || !state.get().tenant().equals(context.tenant()) || !state.get().id().equals(id)) {
      return reject(RejectionCode.NOT_FOUND, "no audit programme " + id + " in tenant " + context.tenant());
    }
    AuditProgramme p = state.get();
    Header h = new Header(id, context.tenant(), p.version() + 1, context.at(), context.actor());
    if (command instanceof ProgrammeCommand.DefineProcess c) {
      return defineProcess(p, c.process()).map(ok -> List.of(new ProgrammeEvent.ProcessDefined(h, c.process())));
    } else if (command instanceof ProgrammeCommand.PlanAudit c) {
      return planAudit(p, c, h);
    } else if (command instanceof ProgrammeCommand.RecordFinding c) {
      return recordFinding(context, p, c, h);
    }
    InternalAuditId auditId = auditOf(command);
    Option<InternalAudit> found = p.audits().get(auditId);
    if (found.isEmpty()) {
      return reject(RejectionCode.NOT_FOUND, "no audit " + auditId + " in programme " + id);
    }
    InternalAudit audit = found.get();
    if (command instanceof ProgrammeCommand.AssignAuditor c) {
      return notOver(audit, command)
          .flatMap(ok -> independent(p, audit.processes(), audit.clauses(), c.auditor()))
          .map(ok -> List.of(new ProgrammeEvent.AuditorAssigned(h, auditId, c.auditor())));
    } else if (command instanceof ProgrammeCommand.StartAudit) {
      return status(audit, command, AuditStatus.PLANNED)
          .flatMap(ok -> audit.auditor().isEmpty()
              ? Either.<Rejection, Boolean>left(Rejection.invalid(RejectionCode.FIELD_REQUIRED, List.of(Violation.of(
                  "auditor", Violation.REQUIRED, "audit " + auditId + " has no auditor yet"))))
              : independent(p, audit.processes(), audit.clauses(), audit.auditor().get()))
          .map(ok -> List.of(new ProgrammeEvent.AuditStarted(h, auditId)));
    } else if (command instanceof ProgrammeCommand.CompleteAudit) {
      return status(audit, command, AuditStatus.IN_PROGRESS)
          .map(ok -> List.of(new ProgrammeEvent.AuditCompleted(h, auditId)));
    } else {
      ProgrammeCommand.CancelAudit c = (ProgrammeCommand.CancelAudit) command;
      return notOver(audit, command)
          .flatMap(ok -> {
            Seq<Violation> v = Violations.text("reason", c.reason(), TEXT_MAX, true);
            return v.isEmpty() ? Either.<Rejection, Boolean>right(true) : invalid(v);
          })
          .map(ok -> List.of(new ProgrammeEvent.AuditCancelled(h, auditId, c.reason())));
    }
  }

  private static InternalAuditId auditOf(ProgrammeCommand command) {
    if (command instanceof ProgrammeCommand.AssignAuditor c) {
      return c.audit();
    } else if (command instanceof ProgrammeCommand.StartAudit c) {
      return c.audit();
    } else if (command instanceof ProgrammeCommand.CompleteAudit c) {
      return c.audit();
    }
    return ((ProgrammeCommand.CancelAudit) command).audit();
  }

  private static Either<Rejection, Boolean> defineProcess(AuditProgramme p, ServiceProcess process) {
    AuditProgramme after = ImmutableAuditProgramme.copyOf(p).withProcesses(p.processes().put(process.id(), process));
    Seq<String> conflicts = after.audits().values().filter(a -> !a.status().isOver() && a.auditor().isDefined())
        .flatMap(a -> after.conflicts(a.auditor().get(), a.processes(), a.clauses()).map(c -> "audit " + a.id() + ": " + c));
    return conflicts.isEmpty() ? Either.right(true) : reject(RejectionCode.RULE_VIOLATED,
        "redefining process " + process.id() + " would have auditors audit their own work: " + conflicts.mkString("; "));
  }

  private static Either<Rejection, Seq<ProgrammeEvent>> planAudit(AuditProgramme p, ProgrammeCommand.PlanAudit c,
      Header h) {
    if (p.audits().containsKey(c.audit())) {
      return reject(RejectionCode.ALREADY_EXISTS, "audit " + c.audit() + " exists already in programme " + p.id());
    }
    Seq<Violation> v = Violations.line("title", c.title(), TITLE_MAX, true);
    if (c.processes().isEmpty() && c.clauses().isEmpty()) {
      v = v.append(Violation.of("scope", Violation.REQUIRED, "an audit needs at least one process or clause in scope"));
    }
    v = v.appendAll(c.processes().toSortedSet().filter(id -> !p.processes().containsKey(id))
        .map(id -> Violation.of("processes." + id, Violation.UNKNOWN, "process " + id + " is not defined in the programme")));
    if (c.criteria().isEmpty()) {
      v = v.append(Violation.of("criteria", Violation.REQUIRED, "an audit needs criteria, none of them blank"));
    }
    for (int i = 0; i < c.criteria().size(); i++) {
      v = v.appendAll(Violations.line("criteria[" + i + "]", c.criteria().get(i), TITLE_MAX, true));
    }
    if (c.plannedEnd().isBefore(c.plannedStart())) {
      v = v.append(Violation.of("plannedEnd", Violation.INVALID, "the audit ends before it starts"));
    }
    v = v.appendAll(withinPeriod(p, "plannedStart", c.plannedStart())).appendAll(withinPeriod(p, "plannedEnd", c.plannedEnd()));
    if (!v.isEmpty()) {
      return invalid(v);
    }
    InternalAudit audit = ImmutableInternalAudit.builder().id(c.audit()).title(c.title()).processes(c.processes())
        .clauses(c.clauses()).criteria(c.criteria()).auditor(c.auditor()).plannedStart(c.plannedStart())
        .plannedEnd(c.plannedEnd()).status(AuditStatus.PLANNED).build();
    return (c.auditor().isDefined() ? independent(p, c.processes(), c.clauses(), c.auditor().get()) : Either.<Rejection, Boolean>right(true))
        .map(ok -> List.of(new ProgrammeEvent.AuditPlanned(h, audit)));
  }

  private static Seq<Violation> withinPeriod(AuditProgramme p, String field, LocalDate day) {
    return day.isBefore(p.periodStart()) || day.isAfter(p.periodEnd())
        ? List.of(Violation.of(field, Violation.INVALID, field + " " + day + " lies outside the programme's period "
            + p.periodStart() + " to " + p.periodEnd()))
        : List.empty();
  }

  private static Either<Rejection, Seq<ProgrammeEvent>> recordFinding(ActionContext context, AuditProgramme p,
      ProgrammeCommand.RecordFinding c, Header h) {
    Option<InternalAudit> audit = p.audits().get(c.audit());
    if (audit.isEmpty()) {
      return reject(RejectionCode.NOT_FOUND, "no audit " + c.audit() + " in programme " + p.id());
    }
    if (p.findings().containsKey(c.finding())) {
      return reject(RejectionCode.ALREADY_EXISTS, "finding " + c.finding() + " exists already");
    }
    Either<Rejection, Boolean> inProgress = status(audit.get(), c, AuditStatus.IN_PROGRESS);
    if (inProgress.isLeft()) {
      return Either.left(inProgress.getLeft());
    }
    if (!audit.get().auditor().contains(context.actor())) {
      return reject(RejectionCode.NOT_AUTHORISED, context.actor() + " is not the auditor of audit " + c.audit()
          + "; only the auditor records its findings");
    }
    Seq<Violation> v = Violations.text("statement", c.statement(), TEXT_MAX, true);
    if (c.process().isDefined() && !p.processes().containsKey(c.process().get())) {
      v = v.append(Violation.of("process", Violation.UNKNOWN, "process " + c.process().get() + " is not defined"));
    }
    if (c.severity().isNonconformity() && c.evidence().isEmpty()) {
      v = v.append(Violation.of("evidence", Violation.REQUIRED, "a nonconformity needs at least one evidence reference"));
    }
    if (!v.isEmpty()) {
      return invalid(v);
    }
    Finding f = ImmutableFinding.builder().id(c.finding()).audit(c.audit()).severity(c.severity())
        .statement(c.statement()).clause(c.clause()).process(c.process()).evidence(c.evidence())
        .recordedBy(context.actor()).recordedAt(context.at()).build();
    return one(new ProgrammeEvent.FindingRecorded(h, f));
  }

  /**
   * Applies one event. Events come from {@link #decide} or from storage, so they are trusted.
   *
   * @param state the programme before the event; none only before {@link ProgrammeEvent.Established}
   * @throws IllegalArgumentException if the event does not fit the state (a corrupt history)
   */
  public static AuditProgramme evolve(Option<AuditProgramme> state, ProgrammeEvent event) {
    Require.notNull(state, "state");
    Require.notNull(event, "event");
    Header h = event.header();
    if (event instanceof ProgrammeEvent.Established e) {
      if (state.isDefined()) {
        throw new IllegalArgumentException("audit programme " + h.id() + " is established twice");
      }
      return ImmutableAuditProgramme.builder().id(h.id()).tenant(h.tenant()).periodStart(e.periodStart())
          .periodEnd(e.periodEnd()).version(1).build();
    }
    AuditProgramme p = state.getOrElseThrow(() -> new IllegalArgumentException(
        "history of audit programme " + h.id() + " does not start with established"));
    if (h.sequence() != p.version() + 1) {
      throw new IllegalArgumentException("event " + h.sequence() + " follows version " + p.version());
    }
    ImmutableAuditProgramme next = ImmutableAuditProgramme.copyOf(p).withVersion(h.sequence());
    if (event instanceof ProgrammeEvent.ProcessDefined e) {
      return next.withProcesses(p.processes().put(e.process().id(), e.process()));
    } else if (event instanceof ProgrammeEvent.AuditPlanned e) {
      return next.withAudits(p.audits().put(e.audit().id(), e.audit()));
    } else if (event instanceof ProgrammeEvent.FindingRecorded e) {
      return next.withFindings(p.findings().put(e.finding().id(), e.finding()));
    }
    InternalAuditId id = event instanceof ProgrammeEvent.AuditorAssigned e ? e.audit()
        : event instanceof ProgrammeEvent.AuditStarted e ? e.audit()
        : event instanceof ProgrammeEvent.AuditCompleted e ? e.audit()
        : ((ProgrammeEvent.AuditCancelled) event).audit();
    ImmutableInternalAudit audit = ImmutableInternalAudit.copyOf(p.audits().get(id).getOrElseThrow(
        () -> new IllegalArgumentException("event " + h.sequence() + " names unknown audit " + id)));
    if (event instanceof ProgrammeEvent.AuditorAssigned e) {
      audit = audit.withAuditor(Option.some(e.auditor()));
    } else if (event instanceof ProgrammeEvent.AuditStarted) {
      audit = audit.withStatus(AuditStatus.IN_PROGRESS).withStartedAt(Option.some(h.at()));
    } else if (event instanceof ProgrammeEvent.AuditCompleted) {
      audit = audit.withStatus(AuditStatus.COMPLETED).withEndedAt(Option.some(h.at()));
    } else {
      audit = audit.withStatus(AuditStatus.CANCELLED).withEndedAt(Option.some(h.at()))
          .withCancellationReason(Option.some(((ProgrammeEvent.AuditCancelled) event).reason()));
    }
    return next.withAudits(p.audits().put(id, audit));
  }

  /** The programme as its history leaves it; none for an empty history. */
  public static Option<AuditProgramme> replay(Seq<ProgrammeEvent> history) {
    Require.notNull(history, "history");
    return history.foldLeft(Option.none(), (s, e) -> Option.some(evolve(s, e)));
  }

  private static Either<Rejection, Boolean> independent(AuditProgramme p, io.vavr.collection.Set<ProcessId> processes,
      io.vavr.collection.Set<io.itsm4j.audit.Clause> clauses, ActorId auditor) {
    Seq<String> conflicts = p.conflicts(auditor, processes, clauses);
    return conflicts.isEmpty() ? Either.right(true) : reject(RejectionCode.RULE_VIOLATED,
        "auditors must not audit their own work: " + conflicts.mkString("; "));
  }

  private static Either<Rejection, Boolean> status(InternalAudit audit, ProgrammeCommand command, AuditStatus required) {
    return audit.status() == required ? Either.right(true) : reject(RejectionCode.TRANSITION_NOT_ALLOWED,
        "audit " + audit.id() + " is " + audit.status() + "; " + command.type() + " needs it " + required);
  }

  private static Either<Rejection, Boolean> notOver(InternalAudit audit, ProgrammeCommand command) {
    return !audit.status().isOver() ? Either.right(true) : reject(RejectionCode.TRANSITION_NOT_ALLOWED,
        "audit " + audit.id() + " is " + audit.status() + "; it accepts no " + command.type());
  }

  private static <T> Either<Rejection, T> invalid(Seq<Violation> v) {
    boolean missing = v.exists(x -> x.code().equals(Violation.REQUIRED));
    boolean other = v.exists(x -> !x.code().equals(Violation.REQUIRED));
    return Either.left(Rejection.invalid(missing && !other ? RejectionCode.FIELD_REQUIRED : RejectionCode.INVALID_INPUT, v));
  }

  private static <T> Either<Rejection, T> reject(RejectionCode code, String message) {
    return Either.left(Rejection.of(code, message));
  }

  private static Either<Rejection, Seq<ProgrammeEvent>> one(ProgrammeEvent e) {
    return Either.right(List.of(e));
  }
}
