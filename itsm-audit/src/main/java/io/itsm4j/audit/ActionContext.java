package io.itsm4j.audit;

import io.itsm4j.audit.internal.Require;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.TenantId;
import java.time.Instant;

/**
 * Who asks for a change to an audit programme or a corrective action, in which tenant, and when. The application
 * layer builds it with time from its clock; tests and replays build it by hand.
 *
 * @param tenant the tenant the record belongs to
 * @param actor who asks
 * @param at when the request is accepted; becomes the events' time
 */
public record ActionContext(TenantId tenant, ActorId actor, Instant at) {
  /**
   * Checks that no argument is null.
   *
   * @throws NullPointerException if an argument is null
   */
  public ActionContext {
    Require.notNull(tenant, "tenant");
    Require.notNull(actor, "actor");
    Require.notNull(at, "at");
  }

  /** Shorthand for the constructor. */
  public static ActionContext of(TenantId tenant, ActorId actor, Instant at) {
    return new ActionContext(tenant, actor, at);
  }
}
