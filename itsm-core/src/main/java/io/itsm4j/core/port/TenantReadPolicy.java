package io.itsm4j.core.port;

import io.itsm4j.core.Actor;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Decides whether an actor may read one kind of a tenant's records: its catalogue (and the impact questions
 * answered from it), its audit programmes, its corrective actions, its audit trail. The ticket's own {@link
 * ReadPolicy} sees the ticket; this one sees only the tenant and what kind of record is read, because these reads
 * answer from the whole set. A refusal is a {@link io.itsm4j.core.RejectionCode#NOT_AUTHORISED} rejection carrying
 * the reason, and nothing is read.
 *
 * <h2>Contract</h2>
 * Thread-safe and quick. No argument is {@code null}. An exception thrown here is reported as a {@link
 * io.itsm4j.core.RejectionCode#PORT_FAILURE} and nothing is read.
 */
@FunctionalInterface
public interface TenantReadPolicy {

  /** What {@code records} names for a catalogue read. */
  String CATALOGUE = "catalogue";
  /** What {@code records} names for a read of audit programmes. */
  String AUDIT_PROGRAMMES = "audit programmes";
  /** What {@code records} names for a read of corrective actions. */
  String CORRECTIVE_ACTIONS = "corrective actions";
  /** What {@code records} names for a read of the audit trail. */
  String AUDIT_TRAIL = "audit trail";

  /**
   * Why the actor may not read, or none if it may.
   *
   * @param tenant whose records
   * @param actor who reads
   * @param records which kind of record: one of the constants of this interface
   * @return none to permit, or a one-line reason to refuse
   */
  Option<String> refusal(TenantId tenant, Actor actor, String records);

  /**
   * Asks this policy the way every service does before a read: {@link io.itsm4j.core.RejectionCode#NOT_AUTHORISED}
   * carrying the reason if it refuses, {@link io.itsm4j.core.RejectionCode#PORT_FAILURE} if it throws, none if the
   * read may go ahead.
   *
   * @throws NullPointerException if an argument is null
   */
  default Option<Rejection> verdict(TenantId tenant, Actor actor, String records) {
    Objects.requireNonNull(tenant, "tenant must not be null");
    Objects.requireNonNull(actor, "actor must not be null");
    Objects.requireNonNull(records, "records must not be null");
    return Rejection.fromPort("read policy", () -> refusal(tenant, actor, records)).fold(Option::some,
        refusal -> refusal.map(reason -> Rejection.of(RejectionCode.NOT_AUTHORISED, reason)));
  }

  /** A policy that lets everyone read; the host's own authentication is then the only gate. */
  static TenantReadPolicy permitAll() {
    return (tenant, actor, records) -> Option.none();
  }

  /** A policy that lets no one read anything. */
  static TenantReadPolicy denyAll() {
    return (tenant, actor, records) -> Option.some("actor " + actor.id() + " may read nothing in " + tenant);
  }

  /**
   * A policy that lets actors holding {@code role} read and refuses everyone else, naming the role.
   *
   * @throws NullPointerException if {@code role} is null
   */
  static TenantReadPolicy requireRole(String role) {
    Objects.requireNonNull(role, "role must not be null");
    return (tenant, actor, records) -> actor.hasRole(role) ? Option.none()
        : Option.some("actor " + actor.id() + " may not read the " + records + " of " + tenant + ": the role "
            + role + " is required");
  }
}
