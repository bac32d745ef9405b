package io.itsm4j.audit.application;

import io.itsm4j.audit.internal.Require;
import io.itsm4j.audit.memory.InMemoryHistoryStore;
import io.itsm4j.audit.port.HistoryStore;
import io.itsm4j.audit.port.RecordAccessPolicy;
import io.itsm4j.audit.programme.AuditProgramme;
import io.itsm4j.audit.programme.ProgrammeAuditing;
import io.itsm4j.audit.programme.ProgrammeCommand;
import io.itsm4j.audit.programme.ProgrammeDecider;
import io.itsm4j.audit.programme.ProgrammeEvent;
import io.itsm4j.audit.programme.ProgrammeId;
import io.itsm4j.core.Actor;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.port.TenantReadPolicy;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.InstantSource;

/**
 * Runs audit programme commands on core's {@link io.itsm4j.core.application.CommandPipeline}: idempotency key →
 * load → decide ({@link ProgrammeDecider}) → append with the expected version and the key → write every event, and
 * every refusal, to the {@link AuditTrail}. Same guarantees as {@link CorrectiveActions}.
 * Thread-safe.
 */
public final class AuditProgrammes {
  private final Runner<AuditProgramme, ProgrammeCommand, ProgrammeEvent> runner;

  private AuditProgrammes(AuditTrail trail, HistoryStore<ProgrammeEvent> store, InstantSource clock,
      RecordAccessPolicy<ProgrammeCommand> access, TenantReadPolicy reads) {
    this.runner = new Runner<>(store, trail, clock, ProgrammeDecider::evolve, AuditProgramme::version,
        (ctx, id, command, state) -> ProgrammeDecider.decide(ctx, ProgrammeId.of(id), command, state),
        (ctx, id, command, rejection) -> ProgrammeAuditing.refused(ctx, ProgrammeId.of(id), command, rejection),
        ProgrammeAuditing::accepted, access, reads,
        TenantReadPolicy.AUDIT_PROGRAMMES);
  }

  /** Programmes kept in memory, audited in {@code trail}, timed by the system clock. */
  public static AuditProgrammes of(AuditTrail trail) {
    return of(trail, new InMemoryHistoryStore<>(), InstantSource.system());
  }

  /** Programmes kept in {@code store}, audited in {@code trail}, timed by {@code clock}. */
  public static AuditProgrammes of(AuditTrail trail, HistoryStore<ProgrammeEvent> store, InstantSource clock) {
    return of(trail, store, clock, RecordAccessPolicy.permitAll());
  }

  /**
   * Programmes kept in {@code store}, audited in {@code trail}, timed by {@code clock}, guarded by {@code access} (asked
   * before every command and every replay).
   *
   * @throws NullPointerException if an argument is null
   */
  public static AuditProgrammes of(AuditTrail trail, HistoryStore<ProgrammeEvent> store, InstantSource clock,
      RecordAccessPolicy<ProgrammeCommand> access) {
    return of(trail, store, clock, access, TenantReadPolicy.permitAll());
  }

  /**
   * As {@link #of(AuditTrail, HistoryStore, InstantSource, RecordAccessPolicy)}, and the reads that name an actor
   * ask {@code reads} first (records {@value TenantReadPolicy#AUDIT_PROGRAMMES}).
   *
   * @throws NullPointerException if an argument is null
   */
  public static AuditProgrammes of(AuditTrail trail, HistoryStore<ProgrammeEvent> store, InstantSource clock,
      RecordAccessPolicy<ProgrammeCommand> access, TenantReadPolicy reads) {
    return new AuditProgrammes(Require.notNull(trail, "trail"), Require.notNull(store, "store"),
        Require.notNull(clock, "clock"), Require.notNull(access, "access"), Require.notNull(reads, "reads"));
  }

  /**
   * Runs a command. A retry under the same idempotency key appends nothing and returns the first outcome ({@link
   * Changed#replayed()}); the same key with a different command is refused with {@link
   * RejectionCode#IDEMPOTENCY_KEY_REUSED}. Keys are 1-128 printable ASCII characters, unique per tenant.
   *
   * @return the programme after the command, or why not
   * @throws NullPointerException if an argument is null
   */
  public Either<Rejection, Changed<AuditProgramme, ProgrammeEvent>> execute(TenantId tenant, ActorId actor,
      String idempotencyKey, ProgrammeId id, ProgrammeCommand command) {
    return runner.run(tenant, actor, idempotencyKey, Require.notNull(id, "id").value(), command);
  }

  /**
   * The programme as {@code actor} may see it: the read policy is asked first, also when there is no such
   * programme.
   *
   * @return the programme; {@link RejectionCode#NOT_AUTHORISED} with the policy's reason; {@link
   *     RejectionCode#NOT_FOUND}; or a port failure
   * @throws NullPointerException if an argument is null
   */
  public Either<Rejection, AuditProgramme> get(TenantId tenant, Actor actor, ProgrammeId id) {
    Require.notNull(id, "id");
    return runner.permitted(tenant, actor).flatMap(ok -> get(tenant, id));
  }

  /**
   * All of the tenant's programmes as {@code actor} may see them; read rules as for {@link #get(TenantId, Actor,
   * ProgrammeId)}.
   *
   * @throws NullPointerException if an argument is null
   */
  public Either<Rejection, Seq<AuditProgramme>> all(TenantId tenant, Actor actor) {
    return runner.permitted(tenant, actor).flatMap(ok -> all(tenant));
  }

  /**
   * The programme as it is; {@link RejectionCode#NOT_FOUND} if the tenant has none with this id. For trusted host
   * code: it names no actor and passes no read policy.
   */
  public Either<Rejection, AuditProgramme> get(TenantId tenant, ProgrammeId id) {
    return runner.get(tenant, Require.notNull(id, "id").value(), "audit programme");
  }

  /** All of the tenant's programmes, in the order established. For trusted host code (no read policy). */
  public Either<Rejection, Seq<AuditProgramme>> all(TenantId tenant) {
    return runner.all(tenant);
  }
}
