package io.itsm4j.core.port;

import io.itsm4j.core.Actor;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.view.TicketView;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Decides whether an actor may read a ticket (the ticket, its history). Reads are commands' siblings: they name
 * an actor and pass this policy as commands pass the {@link AccessPolicy}. The policy is asked also when the
 * ticket does not exist ({@code ticket} empty), so that a policy refusing the actor outright reveals not even
 * whether a ticket exists.
 *
 * <p>Work queues ask the same policy about ticket views ({@link #refusal(TenantId, Actor, TicketView)}), so what a
 * queue lists, an actor could also open. A policy written as a lambda judges tickets only, and its view form then
 * refuses every view (deny by default): a host that lists tickets under its own policy implements both methods; the
 * policies made here do.
 *
 * <h2>Contract</h2>
 * Thread-safe and quick; a view's answer agrees with the answer for its ticket. No argument is {@code null}. An
 * exception thrown here is reported as a {@link io.itsm4j.core.RejectionCode#PORT_FAILURE} and nothing is read.
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

  /**
   * Why the actor may not see a ticket's view in a queue, or none if it may: the same verdict as for the ticket.
   * Unless a policy overrides it, every view is refused.
   *
   * @param tenant whose data
   * @param actor who lists
   * @param view the ticket's view
   * @return none to permit, or a one-line reason to refuse
   */
  default Option<String> refusal(TenantId tenant, Actor actor, TicketView view) {
    return Option.some("this read policy judges tickets, not views: queues list nothing under it");
  }

  /**
   * Whether the view form permits the actor every view of the tenant, whatever the view: then a store may count a
   * queue's views without judging them one by one (a SQL store counts in SQL). Answering true when some view would be
   * refused lets counts include hidden tickets; the default answers false, which is always safe.
   *
   * @param tenant whose views
   * @param actor who lists
   * @return true only if {@link #refusal(TenantId, Actor, TicketView)} is none for every view of {@code tenant}
   */
  default boolean seesEveryView(TenantId tenant, Actor actor) {
    return false;
  }

  /** A policy that lets everyone read everything; the host's own authentication is then the only gate. */
  static ReadPolicy permitAll() {
    return new ReadPolicy() {
      @Override
      public Option<String> refusal(TenantId tenant, Actor actor, Option<Ticket> ticket) {
        return Option.none();
      }

      @Override
      public Option<String> refusal(TenantId tenant, Actor actor, TicketView view) {
        return Option.none();
      }

      @Override
      public boolean seesEveryView(TenantId tenant, Actor actor) {
        return true;
      }
    };
  }

  /** A policy that lets no one read anything: nothing of a tenant is readable, not even which tickets exist. */
  static ReadPolicy denyAll() {
    return new ReadPolicy() {
      @Override
      public Option<String> refusal(TenantId tenant, Actor actor, Option<Ticket> ticket) {
        return Option.some("actor " + actor.id() + " may read nothing in " + tenant);
      }

      @Override
      public Option<String> refusal(TenantId tenant, Actor actor, TicketView view) {
        return Option.some("actor " + actor.id() + " may read nothing in " + tenant);
      }
    };
  }

  /**
   * A policy that lets actors holding {@code role} read, and the caller of a ticket read that ticket.
   *
   * @throws NullPointerException if {@code role} is null
   */
  static ReadPolicy roleOrCaller(String role) {
    Objects.requireNonNull(role, "role must not be null");
    return new ReadPolicy() {
      @Override
      public Option<String> refusal(TenantId tenant, Actor actor, Option<Ticket> ticket) {
        return verdict(actor, ticket.exists(t -> t.caller().equals(actor.id())));
      }

      @Override
      public Option<String> refusal(TenantId tenant, Actor actor, TicketView view) {
        return verdict(actor, view.requester().equals(actor.id()));
      }

      @Override
      public boolean seesEveryView(TenantId tenant, Actor actor) {
        return actor.hasRole(role);
      }

      private Option<String> verdict(Actor actor, boolean caller) {
        return actor.hasRole(role) || caller ? Option.none()
            : Option.some("actor " + actor.id() + " may not read this ticket: the role " + role
                + " is required, or being its caller");
      }
    };
  }
}
