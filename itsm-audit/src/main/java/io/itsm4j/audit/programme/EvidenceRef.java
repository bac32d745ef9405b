package io.itsm4j.audit.programme;

import io.itsm4j.audit.internal.Require;

/**
 * What a finding rests on: a ticket, an audit entry, a document.
 *
 * @param kind what kind of record
 * @param id its id: a ticket id, an audit entry id ({@code <tenant>#<sequence>}), a document reference; 1-200
 *     characters without control characters
 */
public record EvidenceRef(Kind kind, String id) {
  /**
   * Checks the arguments.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the id is blank, too long, or has control characters
   */
  public EvidenceRef {
    Require.notNull(kind, "kind");
    Require.text(id, "id", 200);
  }

  /** A ticket as evidence. */
  public static EvidenceRef ticket(String ticketId) {
    return new EvidenceRef(Kind.TICKET, ticketId);
  }

  /** An audit entry as evidence, by its id ({@code <tenant>#<sequence>}). */
  public static EvidenceRef auditEntry(String entryId) {
    return new EvidenceRef(Kind.AUDIT_ENTRY, entryId);
  }

  /** A document as evidence (a procedure, a record outside itsm4j, by the host's reference). */
  public static EvidenceRef document(String reference) {
    return new EvidenceRef(Kind.DOCUMENT, reference);
  }

  /** Kinds of evidence. */
  public enum Kind {
    /** A ticket of itsm-core. */
    TICKET,
    /** An entry of the audit trail. */
    AUDIT_ENTRY,
    /** A document or record kept elsewhere. */
    DOCUMENT
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
  }
}
