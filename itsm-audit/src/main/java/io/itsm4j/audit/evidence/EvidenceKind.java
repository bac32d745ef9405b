package io.itsm4j.audit.evidence;

import io.itsm4j.audit.Clause;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;

/**
 * A kind of record a host holds in itsm4j, and the clauses of ISO/IEC 20000-1 it is evidence for. An
 * {@link io.itsm4j.audit.port.EvidenceSource} counts records by kind; {@link EvidenceReports} files the counts under
 * the clauses.
 */
public enum EvidenceKind {
  /** Ticket events of incidents. */
  INCIDENT_EVENTS("ticket events of incidents", Clause.C8_6_1),
  /** Ticket events of service requests. */
  SERVICE_REQUEST_EVENTS("ticket events of service requests", Clause.C8_6_2),
  /** Ticket events of problems. */
  PROBLEM_EVENTS("ticket events of problems", Clause.C8_6_3),
  /** Ticket events of changes. */
  CHANGE_EVENTS("ticket events of changes", Clause.C8_5_1),
  /**
   * Commands refused by a business control (input checks, workflows, guards, authorisation, segregation of duties,
   * freezes): the operational controls at work. Technical refusals (version conflicts, duplicates, port failures)
   * are not counted.
   */
  REFUSED_COMMANDS("refused commands (controls at work)", Clause.C8_1),
  /** Entries of the tamper-evident audit trail. */
  AUDIT_ENTRIES("audit trail entries", Clause.C7_5),
  /** Audited changes to services, offerings and catalogue items (record types service, offering, catalogue-item). */
  CATALOGUE_CHANGES("audited catalogue changes", Clause.C8_2_4),
  /** Audited changes to assets (record type asset). */
  ASSET_CHANGES("audited asset changes", Clause.C8_2_5),
  /** Audited changes to configuration items (record type configuration-item). */
  CONFIGURATION_CHANGES("audited configuration item changes", Clause.C8_2_6),
  /** Audited service level records: agreements, targets, breaches (record types sla, service-level). */
  SERVICE_LEVEL_RECORDS("audited service level records", Clause.C8_3_3, Clause.C9_1),
  /** Audited supplier records (record type supplier). */
  SUPPLIER_RECORDS("audited supplier records", Clause.C8_3_4),
  /** Audited budgeting, demand and capacity records (record types budget, demand, capacity). */
  SUPPLY_AND_DEMAND_RECORDS("audited budget, demand and capacity records", Clause.C8_4),
  /** Audited releases (record type release). */
  RELEASE_RECORDS("audited releases", Clause.C8_5_3),
  /** Audited availability, continuity and information security records (record types availability, continuity, security). */
  ASSURANCE_RECORDS("audited availability, continuity and security records", Clause.C8_7),
  /** Audited service reports (record type service-report). */
  SERVICE_REPORTS("audited service reports", Clause.C9_4),
  /** Audited management reviews (record type management-review). */
  MANAGEMENT_REVIEWS("audited management reviews", Clause.C9_3),
  /** Audited steps of the improvement register (record type improvement). */
  IMPROVEMENT_RECORDS("audited improvement register entries", Clause.C10_2),
  /** Internal audits planned, in progress or completed in the period. */
  INTERNAL_AUDITS("internal audits", Clause.C9_2),
  /** Nonconformities (major and minor) found by internal audits. */
  NONCONFORMITIES("nonconformities found", Clause.C9_2, Clause.C10_1),
  /** Observations found by internal audits. */
  OBSERVATIONS("observations found", Clause.C9_2),
  /** Opportunities for improvement found by internal audits. */
  IMPROVEMENT_OPPORTUNITIES("opportunities for improvement found", Clause.C9_2, Clause.C10_2),
  /** Corrective actions raised and still open. */
  OPEN_CORRECTIVE_ACTIONS("corrective actions open", Clause.C10_1),
  /** Corrective actions closed after a successful effectiveness check. */
  CLOSED_CORRECTIVE_ACTIONS("corrective actions closed", Clause.C10_1, Clause.C10_2),
  /** Corrective actions with a planned step overdue at the end of the period. */
  OVERDUE_CORRECTIVE_ACTIONS("corrective actions overdue", Clause.C10_1);

  private final String label;
  private final Seq<Clause> clauses;

  EvidenceKind(String label, Clause... clauses) {
    this.label = label;
    this.clauses = Vector.of(clauses);
  }

  /** What the records are, for people. */
  public String label() {
    return label;
  }

  /** The clauses these records are evidence for (most specific first). */
  public Seq<Clause> clauses() {
    return clauses;
  }
}
