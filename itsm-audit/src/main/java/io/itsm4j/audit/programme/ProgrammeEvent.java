package io.itsm4j.audit.programme;

import io.itsm4j.audit.internal.Require;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.TenantId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Something that happened to an audit programme. Its history is the source of truth; every event is also written
 * to the audit trail by {@link io.itsm4j.audit.application.AuditProgrammes}.
 */
public sealed interface ProgrammeEvent {

  /** Which programme, tenant, place in the history, time and actor. */
  Header header();

  /** A short name for logs and audit entries, e.g. {@code "audit-planned"}. */
  String type();

  /**
   * What every event carries.
   *
   * @param id the programme
   * @param tenant its tenant
   * @param sequence 1 for the event that established it, then one more per event
   * @param at when the command was accepted
   * @param actor who sent it
   */
  record Header(ProgrammeId id, TenantId tenant, long sequence, Instant at, ActorId actor) {
    /** Checks the arguments. */
    public Header {
      Require.notNull(id, "id");
      Require.notNull(tenant, "tenant");
      Require.notNull(at, "at");
      Require.notNull(actor, "actor");
      if (sequence < 1) {
        throw new IllegalArgumentException("sequence must be at least 1, got " + sequence);
      }
    }
  }

  /**
   * The programme was established.
   *
   * @param header common data
   * @param periodStart first day
   * @param periodEnd last day
   */
  record Established(Header header, LocalDate periodStart, LocalDate periodEnd) implements ProgrammeEvent {
    /** Checks that no argument is null. */
    public Established {
      Require.notNull(header, "header");
      Require.notNull(periodStart, "periodStart");
      Require.notNull(periodEnd, "periodEnd");
    }

    @Override
    public String type() {
      return "established";
    }
  }

  /**
   * A process was defined or redefined.
   *
   * @param header common data
   * @param process the process as defined now
   */
  record ProcessDefined(Header header, ServiceProcess process) implements ProgrammeEvent {
    /** Checks that no argument is null. */
    public ProcessDefined {
      Require.notNull(header, "header");
      Require.notNull(process, "process");
    }

    @Override
    public String type() {
      return "process-defined";
    }
  }

  /**
   * An audit was planned.
   *
   * @param header common data
   * @param audit the audit as planned
   */
  record AuditPlanned(Header header, InternalAudit audit) implements ProgrammeEvent {
    /** Checks that no argument is null. */
    public AuditPlanned {
      Require.notNull(header, "header");
      Require.notNull(audit, "audit");
    }

    @Override
    public String type() {
      return "audit-planned";
    }
  }

  /**
   * An auditor was assigned.
   *
   * @param header common data
   * @param audit the audit
   * @param auditor the auditor
   */
  record AuditorAssigned(Header header, InternalAuditId audit, ActorId auditor) implements ProgrammeEvent {
    /** Checks that no argument is null. */
    public AuditorAssigned {
      Require.notNull(header, "header");
      Require.notNull(audit, "audit");
      Require.notNull(auditor, "auditor");
    }

    @Override
    public String type() {
      return "auditor-assigned";
    }
  }

  /**
   * An audit began.
   *
   * @param header common data
   * @param audit the audit
   */
  record AuditStarted(Header header, InternalAuditId audit) implements ProgrammeEvent {
    /** Checks that no argument is null. */
    public AuditStarted {
      Require.notNull(header, "header");
      Require.notNull(audit, "audit");
    }

    @Override
    public String type() {
      return "audit-started";
    }
  }

  /**
   * An audit was completed.
   *
   * @param header common data
   * @param audit the audit
   */
  record AuditCompleted(Header header, InternalAuditId audit) implements ProgrammeEvent {
    /** Checks that no argument is null. */
    public AuditCompleted {
      Require.notNull(header, "header");
      Require.notNull(audit, "audit");
    }

    @Override
    public String type() {
      return "audit-completed";
    }
  }

  /**
   * An audit was called off.
   *
   * @param header common data
   * @param audit the audit
   * @param reason why
   */
  record AuditCancelled(Header header, InternalAuditId audit, String reason) implements ProgrammeEvent {
    /** Checks that no argument is null. */
    public AuditCancelled {
      Require.notNull(header, "header");
      Require.notNull(audit, "audit");
      Require.notNull(reason, "reason");
    }

    @Override
    public String type() {
      return "audit-cancelled";
    }
  }

  /**
   * A finding was recorded.
   *
   * @param header common data
   * @param finding the finding
   */
  record FindingRecorded(Header header, Finding finding) implements ProgrammeEvent {
    /** Checks that no argument is null. */
    public FindingRecorded {
      Require.notNull(header, "header");
      Require.notNull(finding, "finding");
    }

    @Override
    public String type() {
      return "finding-recorded";
    }
  }
}
