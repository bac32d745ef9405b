package io.itsm4j.core.port;

import io.itsm4j.core.Actor;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.ticket.Ticket;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Decides whether an actor may read a ticket (the ticket, its history). Reads are commands' siblings: they name
 * an actor and pass this policy as commands pass the {@link AccessPolicy}. The policy is asked also when the
 * ticket does not exist ({@code ticket} empty), so that a policy refusing the actor outright reveals not even
 * whether a ticket exists.
 *
 * <h2>Contract</h2>
 * Thread-safe and quick. No argument is {@code null}. An exception thrown here is reported as a {@link
 * io.itsm4j.core.RejectionCode#PORT_FAILURE} and nothing is read.
 */
@FunctionalInterface
public interface ReadPolicy {

  /**
   * Why the actor may not read, or none if it may.
   *
   * @param tenant whose data
   * @param actor who reads
   * @param ticket the ticket, or none if the tenant has no ticket with the id asked for
   * @return none to permit, or a one-line reason to refuse
   */
  Option<String> refusal(TenantId tenant, Actor actor, Option<Ticket> ticket);

  /** A policy that lets everyone read everything; the host's own authentication is then the only gate. */
  static ReadPolicy permitAll() {
    return (tenant, actor, ticket) -> Option.none();
  }

  /** A policy that lets no one read anything: nothing of a tenant is readable, not even which tickets exist. */
  static ReadPolicy denyAll() {
    return (tenant, actor, ticket) -> Option.some("actor " + actor.id() + " may read nothing in " + tenant);
  }

  /**
   * A policy that lets actors holding {@code role} read, and the caller of a ticket read that ticket.
   *
   * @throws NullPointerException if {@code role} is null
   */
  static ReadPolicy roleOrCaller(String role) {
    Objects.requireNonNull(role, "role must not be null");
    return (tenant, actor, ticket) -> actor.hasRole(role) || ticket.exists(t -> t.caller().equals(actor.id()))
        ? Option.none()
        : Option.some("actor " + actor.id() + " may not read this ticket: the role " + role
            + " is required, or being its caller");
  }
}
