package io.itsm4j.audit.application;

import io.itsm4j.audit.corrective.CorrectiveAction;
import io.itsm4j.audit.corrective.CorrectiveActionAuditing;
import io.itsm4j.audit.corrective.CorrectiveActionCommand;
import io.itsm4j.audit.corrective.CorrectiveActionDecider;
import io.itsm4j.audit.corrective.CorrectiveActionEvent;
import io.itsm4j.audit.corrective.CorrectiveActionId;
import io.itsm4j.audit.internal.Require;
import io.itsm4j.audit.memory.InMemoryHistoryStore;
import io.itsm4j.audit.port.HistoryStore;
import io.itsm4j.audit.port.RecordAccessPolicy;
import io.itsm4j.core.Actor;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.port.TenantReadPolicy;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Instant;
import java.time.InstantSource;

/**
 * Runs corrective-action commands on core's {@link io.itsm4j.core.application.CommandPipeline}: idempotency key →
 * load → decide ({@link CorrectiveActionDecider}) → append with the expected version and the key → write every
 * event, and every refusal (key reuse included), to the {@link AuditTrail}.
 *
 * <p>No lost updates: a command decided on a version someone else has moved past is refused with
 * {@link RejectionCode#VERSION_CONFLICT}. Port failures come back as {@link RejectionCode#PORT_FAILURE}. If the
 * events are stored but cannot be audited, the result says so in {@link Changed#auditFailure()}; if a refusal
 * cannot be audited, the caller gets a {@link RejectionCode#PORT_FAILURE} naming the refusal. Thread-safe.
 */
public final class CorrectiveActions {
  private final Runner<CorrectiveAction, CorrectiveActionCommand, CorrectiveActionEvent> runner;

  private CorrectiveActions(AuditTrail trail, HistoryStore<CorrectiveActionEvent> store, InstantSource clock,
      RecordAccessPolicy<CorrectiveActionCommand> access, TenantReadPolicy reads) {
    this.runner = new Runner<>(store, trail, clock, CorrectiveActionDecider::evolve, CorrectiveAction::version,
        (ctx, id, command, state) -> CorrectiveActionDecider.decide(ctx, CorrectiveActionId.of(id), command, state),
        (ctx, id, command, rejection) -> CorrectiveActionAuditing.refused(ctx, CorrectiveActionId.of(id), command,
            rejection),
        CorrectiveActionAuditing::accepted, access, reads,
        TenantReadPolicy.CORRECTIVE_ACTIONS);
  }

  /** Corrective actions kept in memory, audited in {@code trail}, timed by the system clock. */
  public static CorrectiveActions of(AuditTrail trail) {
    return of(trail, new InMemoryHistoryStore<>(), InstantSource.system());
  }

  /** Corrective actions kept in {@code store}, audited in {@code trail}, timed by {@code clock}. */
  public static CorrectiveActions of(AuditTrail trail, HistoryStore<CorrectiveActionEvent> store, InstantSource clock) {
    return of(trail, store, clock, RecordAccessPolicy.permitAll());
  }

  /**
   * Corrective actions kept in {@code store}, audited in {@code trail}, timed by {@code clock}, guarded by {@code access} (asked
   * before every command and every replay).
   *
   * @throws NullPointerException if an argument is null
   */
  public static CorrectiveActions of(AuditTrail trail, HistoryStore<CorrectiveActionEvent> store, InstantSource clock,
      RecordAccessPolicy<CorrectiveActionCommand> access) {
    return of(trail, store, clock, access, TenantReadPolicy.permitAll());
  }

  /**
   * As {@link #of(AuditTrail, HistoryStore, InstantSource, RecordAccessPolicy)}, and the reads that name an actor
   * ask {@code reads} first (records {@value TenantReadPolicy#CORRECTIVE_ACTIONS}).
   *
   * @throws NullPointerException if an argument is null
   */
  public static CorrectiveActions of(AuditTrail trail, HistoryStore<CorrectiveActionEvent> store, InstantSource clock,
      RecordAccessPolicy<CorrectiveActionCommand> access, TenantReadPolicy reads) {
    return new CorrectiveActions(Require.notNull(trail, "trail"), Require.notNull(store, "store"),
        Require.notNull(clock, "clock"), Require.notNull(access, "access"), Require.notNull(reads, "reads"));
  }

  /**
   * Runs a command. A retry under the same idempotency key appends nothing and returns the first outcome ({@link
   * Changed#replayed()}); the same key with a different command is refused with {@link
   * RejectionCode#IDEMPOTENCY_KEY_REUSED}. Keys are 1-128 printable ASCII characters, unique per tenant.
   *
   * @return the action after the command, or why not
   * @throws NullPointerException if an argument is null
   */
  public Either<Rejection, Changed<CorrectiveAction, CorrectiveActionEvent>> execute(TenantId tenant, ActorId actor,
      String idempotencyKey, CorrectiveActionId id, CorrectiveActionCommand command) {
    return runner.run(tenant, actor, idempotencyKey, Require.notNull(id, "id").value(), command);
  }

  /**
   * The corrective action as {@code actor} may see it: the read policy is asked first, also when there is no such
   * action.
   *
   * @return the action; {@link RejectionCode#NOT_AUTHORISED} with the policy's reason; {@link
   *     RejectionCode#NOT_FOUND}; or a port failure
   * @throws NullPointerException if an argument is null
   */
  public Either<Rejection, CorrectiveAction> get(TenantId tenant, Actor actor, CorrectiveActionId id) {
    Require.notNull(id, "id");
    return runner.permitted(tenant, actor).flatMap(ok -> get(tenant, id));
  }

  /**
   * All of the tenant's corrective actions as {@code actor} may see them; read rules as for {@link #get(TenantId,
   * Actor, CorrectiveActionId)}.
   *
   * @throws NullPointerException if an argument is null
   */
  public Either<Rejection, Seq<CorrectiveAction>> all(TenantId tenant, Actor actor) {
    return runner.permitted(tenant, actor).flatMap(ok -> all(tenant));
  }

  /**
   * The tenant's actions with a planned step overdue at {@code asOf}, as {@code actor} may see them; read rules as
   * for {@link #get(TenantId, Actor, CorrectiveActionId)}.
   *
   * @throws NullPointerException if an argument is null
   */
  public Either<Rejection, Seq<CorrectiveAction>> overdue(TenantId tenant, Actor actor, Instant asOf) {
    Require.notNull(asOf, "asOf");
    return runner.permitted(tenant, actor).flatMap(ok -> overdue(tenant, asOf));
  }

  /**
   * The action as it is; {@link RejectionCode#NOT_FOUND} if the tenant has none with this id. For trusted host code:
   * it names no actor and passes no read policy.
   */
  public Either<Rejection, CorrectiveAction> get(TenantId tenant, CorrectiveActionId id) {
    return runner.get(tenant, Require.notNull(id, "id").value(), "corrective action");
  }

  /** All of the tenant's corrective actions, in the order raised. For trusted host code (no read policy). */
  public Either<Rejection, Seq<CorrectiveAction>> all(TenantId tenant) {
    return runner.all(tenant);
  }

  /**
   * The tenant's actions with a planned step overdue at {@code asOf}, in the order raised. For trusted host code (no
   * read policy).
   */
  public Either<Rejection, Seq<CorrectiveAction>> overdue(TenantId tenant, Instant asOf) {
    Require.notNull(asOf, "asOf");
    return all(tenant).map(s -> s.filter(ca -> ca.isOverdue(asOf)));
  }
}
