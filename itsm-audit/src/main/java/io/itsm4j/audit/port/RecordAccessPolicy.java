package io.itsm4j.audit.port;

import io.itsm4j.audit.ActionContext;
import io.itsm4j.core.ActorId;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Decides whether an actor may run a command on an audit programme or a corrective action. Checked by the audit
 * services before a command is decided, and again when a command is replayed under its key; a refusal is a {@link
 * io.itsm4j.core.RejectionCode#NOT_AUTHORISED} rejection carrying the reason, and is audited like every refusal.
 * The services' own rules (auditor independence, who may verify effectiveness) apply after it, on top.
 *
 * <h2>Contract</h2>
 * Thread-safe and quick. No argument is {@code null}. An exception thrown here is reported as a {@link
 * io.itsm4j.core.RejectionCode#PORT_FAILURE}, and the command is not run.
 *
 * @param <C> the service's command type
 */
@FunctionalInterface
public interface RecordAccessPolicy<C> {

  /**
   * Why the command may not run, or none if it may.
   *
   * @param context who asks, in which tenant, when
   * @param recordId the programme's or corrective action's id
   * @param command what is asked
   * @return none to permit, or a one-line reason to refuse
   */
  Option<String> refusal(ActionContext context, String recordId, C command);

  /** A policy that permits everything; the host's own authentication is then the only gate. */
  static <C> RecordAccessPolicy<C> permitAll() {
    return (context, recordId, command) -> Option.none();
  }

  /**
   * A policy that permits only the given actors (the quality team, say) and names the refused one.
   *
   * @throws NullPointerException if {@code actors} is null
   */
  static <C> RecordAccessPolicy<C> onlyActors(Set<ActorId> actors) {
    Objects.requireNonNull(actors, "actors must not be null");
    return (context, recordId, command) -> actors.contains(context.actor()) ? Option.none()
        : Option.some("actor " + context.actor() + " may not act on " + recordId + ": not among the permitted actors");
  }
}
