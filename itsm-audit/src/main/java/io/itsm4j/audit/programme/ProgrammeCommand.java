package io.itsm4j.audit.programme;

import io.itsm4j.audit.Clause;
import io.itsm4j.audit.internal.Require;
import io.itsm4j.core.ActorId;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.LocalDate;

/**
 * What someone asks of an audit programme. Immutable records; constructors fail fast on {@code null}, and the
 * decider checks the content as user input.
 */
public sealed interface ProgrammeCommand {

  /** A short name for logs and audit entries, e.g. {@code "plan-audit"}. */
  String type();

  /**
   * Establish the programme for a period.
   *
   * @param periodStart first day
   * @param periodEnd last day, not before the first
   */
  record Establish(LocalDate periodStart, LocalDate periodEnd) implements ProgrammeCommand {
    /** Checks that no argument is null. */
    public Establish {
      Require.notNull(periodStart, "periodStart");
      Require.notNull(periodEnd, "periodEnd");
    }

    @Override
    public String type() {
      return "establish";
    }
  }

  /**
   * Define a process, or redefine it (new owner, members, clauses).
   *
   * @param process the process
   */
  record DefineProcess(ServiceProcess process) implements ProgrammeCommand {
    /** Checks that no argument is null. */
    public DefineProcess {
      Require.notNull(process, "process");
    }

    @Override
    public String type() {
      return "define-process";
    }
  }

  /**
   * Plan an audit.
   *
   * @param audit its id
   * @param title one line, at most 200 characters
   * @param processes processes in scope
   * @param clauses clauses in scope; together with {@code processes} not empty
   * @param criteria what it audits against; at least one
   * @param plannedStart first day, within the programme's period
   * @param plannedEnd last day, within the period and not before the first
   * @param auditor the auditor, if already known
   */
  record PlanAudit(InternalAuditId audit, String title, Set<ProcessId> processes, Set<Clause> clauses,
      Seq<String> criteria, LocalDate plannedStart, LocalDate plannedEnd, Option<ActorId> auditor)
      implements ProgrammeCommand {
    /** Checks that no argument is null. */
    public PlanAudit {
      Require.notNull(audit, "audit");
      Require.notNull(title, "title");
      Require.notNull(processes, "processes");
      Require.notNull(clauses, "clauses");
      Require.notNull(criteria, "criteria");
      Require.notNull(plannedStart, "plannedStart");
      Require.notNull(plannedEnd, "plannedEnd");
      Require.notNull(auditor, "auditor");
    }

    @Override
    public String type() {
      return "plan-audit";
    }
  }

  /**
   * Assign (or replace) the auditor of an audit that is not over.
   *
   * @param audit the audit
   * @param auditor who audits; must not own or work in a process in scope
   */
  record AssignAuditor(InternalAuditId audit, ActorId auditor) implements ProgrammeCommand {
    /** Checks that no argument is null. */
    public AssignAuditor {
      Require.notNull(audit, "audit");
      Require.notNull(auditor, "auditor");
    }

    @Override
    public String type() {
      return "assign-auditor";
    }
  }

  /**
   * Begin a planned audit that has an auditor.
   *
   * @param audit the audit
   */
  record StartAudit(InternalAuditId audit) implements ProgrammeCommand {
    /** Checks that no argument is null. */
    public StartAudit {
      Require.notNull(audit, "audit");
    }

    @Override
    public String type() {
      return "start-audit";
    }
  }

  /**
   * Complete an audit in progress.
   *
   * @param audit the audit
   */
  record CompleteAudit(InternalAuditId audit) implements ProgrammeCommand {
    /** Checks that no argument is null. */
    public CompleteAudit {
      Require.notNull(audit, "audit");
    }

    @Override
    public String type() {
      return "complete-audit";
    }
  }

  /**
   * Call off an audit that is not over.
   *
   * @param audit the audit
   * @param reason why; non-blank
   */
  record CancelAudit(InternalAuditId audit, String reason) implements ProgrammeCommand {
    /** Checks that no argument is null. */
    public CancelAudit {
      Require.notNull(audit, "audit");
      Require.notNull(reason, "reason");
    }

    @Override
    public String type() {
      return "cancel-audit";
    }
  }

  /**
   * Record a finding of an audit in progress; only its auditor may.
   *
   * @param finding the finding's id
   * @param audit the audit
   * @param severity how serious
   * @param statement what was found; non-blank, at most 4000 characters
   * @param clause the clause concerned, if one
   * @param process the process concerned, if one (must be known)
   * @param evidence what it rests on; at least one reference for a nonconformity
   */
  record RecordFinding(FindingId finding, InternalAuditId audit, FindingSeverity severity, String statement,
      Option<Clause> clause, Option<ProcessId> process, Seq<EvidenceRef> evidence) implements ProgrammeCommand {
    /** Checks that no argument is null. */
    public RecordFinding {
      Require.notNull(finding, "finding");
      Require.notNull(audit, "audit");
      Require.notNull(severity, "severity");
      Require.notNull(statement, "statement");
      Require.notNull(clause, "clause");
      Require.notNull(process, "process");
      Require.notNull(evidence, "evidence");
    }

    @Override
    public String type() {
      return "record-finding";
    }
  }
}
