package io.itsm4j.audit.trail;

import io.itsm4j.audit.internal.Require;
import java.util.regex.Pattern;

/**
 * The record an audit entry is about: its type and id, e.g. {@code ticket/INC-000042},
 * {@code service/email}, {@code corrective-action/CA-7}.
 *
 * @param type an identifier naming the kind of record; see the constants for the types itsm4j writes itself
 * @param id the record's id within its type and tenant: 1-128 characters, no control characters or slashes
 */
public record RecordRef(String type, String id) implements Comparable<RecordRef> {
  /** Tickets of {@code itsm-core}. */
  public static final String TICKET = "ticket";
  /** Audit programmes. */
  public static final String AUDIT_PROGRAMME = "audit-programme";
  /** Processes an audit programme knows. */
  public static final String PROCESS = "process";
  /** Internal audits of an audit programme. */
  public static final String INTERNAL_AUDIT = "internal-audit";
  /** Findings of internal audits. */
  public static final String FINDING = "finding";
  /** Corrective actions. */
  public static final String CORRECTIVE_ACTION = "corrective-action";

  private static final Pattern RECORD_ID = Pattern.compile("[^/\\p{Cntrl}]{1,128}");

  /**
   * Validates the arguments.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the type is not an identifier or the id is malformed
   */
  public RecordRef {
    Require.id(type, "type");
    Require.matches(id, RECORD_ID, "id", "1-128 characters without control characters or '/'");
  }

  /** Shorthand for the constructor; same errors. */
  public static RecordRef of(String type, String id) {
    return new RecordRef(type, id);
  }

  @Override
  public int compareTo(RecordRef other) {
    int c = type.compareTo(other.type);
    return c != 0 ? c : id.compareTo(other.id);
  }

  @Override
  public String toString() {
    return type + "/" + id;
  }
}
