package io.itsm4j.audit.application;

import io.itsm4j.audit.ActionContext;
import io.itsm4j.audit.internal.Require;
import io.itsm4j.audit.port.HistoryStore;
import io.itsm4j.audit.port.RecordAccessPolicy;
import io.itsm4j.audit.trail.AuditDraft;
import io.itsm4j.core.Actor;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.application.CommandPipeline;
import io.itsm4j.core.port.TenantReadPolicy;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.InstantSource;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * How the audit services run a command: core's {@link CommandPipeline} over a {@link HistoryStore}, with every
 * event, and every refusal, written to the {@link AuditTrail}. Shared so both services keep exactly the same
 * guarantees as the service desk: idempotency keys with canonical fingerprints, no lost updates, refusals recorded.
 */
final class Runner<S, C, E> {
  /** The decider of a service: the events of a command on a record, or why not. */
  interface Decide<S, C, E> {
    Either<Rejection, Seq<E>> apply(ActionContext context, String id, C command, Option<S> state);
  }

  /** The audit entry of a refused command. */
  interface Refusal<C> {
    AuditDraft apply(ActionContext context, String id, C command, Rejection rejection);
  }

  private final HistoryStore<E> store;
  private final AuditTrail trail;
  private final InstantSource clock;
  private final BiFunction<Option<S>, E, S> evolve;
  private final ToLongFunction<S> version;
  private final Decide<S, C, E> decide;
  private final Refusal<C> refusal;
  private final BiFunction<Option<S>, Seq<E>, Seq<AuditDraft>> drafts;
  private final RecordAccessPolicy<C> access;
  private final TenantReadPolicy reads;
  private final String records;
  private final CommandPipeline<String, Option<S>, C, Context, E> pipeline;

  /** The decider's context and the record it addresses, which the refusal's audit entry names. */
  record Context(ActionContext action, String id) {}

  Runner(HistoryStore<E> store, AuditTrail trail, InstantSource clock, BiFunction<Option<S>, E, S> evolve,
      ToLongFunction<S> version, Decide<S, C, E> decide, Refusal<C> refusal,
      BiFunction<Option<S>, Seq<E>, Seq<AuditDraft>> drafts, RecordAccessPolicy<C> access, TenantReadPolicy reads,
      String records) {
    this.store = store;
    this.trail = trail;
    this.clock = clock;
    this.evolve = evolve;
    this.version = version;
    this.decide = decide;
    this.refusal = refusal;
    this.drafts = drafts;
    this.access = access;
    this.reads = reads;
    this.records = records;
    this.pipeline = CommandPipeline.of(new Steps());
  }

  /** Runs a command; null arguments fail fast, naming the argument. */
  Either<Rejection, Changed<S, E>> run(TenantId tenant, ActorId actor, String key, String id, C command) {
    Require.notNull(tenant, "tenant");
    Require.notNull(actor, "actor");
    Require.notNull(key, "idempotencyKey");
    Require.notNull(command, "command");
    return pipeline.run(new CommandPipeline.Request<>(tenant, key, CommandPipeline.Target.named(id), command,
            Option.none(), target -> new Context(ActionContext.of(tenant, actor, clock.instant()), target)))
        .flatMap(o -> o.state().toEither(() -> Rejection.of(RejectionCode.NOT_FOUND, "no " + id + " in tenant "
            + tenant)).map(s -> new Changed<>(s, o.events(), o.replayed(), o.notificationFailure())));
  }

  Either<Rejection, Option<S>> load(TenantId tenant, String id) {
    return port("load", () -> replay(store.load(tenant, id)));
  }

  /** A record as it is; {@link RejectionCode#NOT_FOUND} naming it ({@code what}, e.g. "audit programme") if absent. */
  Either<Rejection, S> get(TenantId tenant, String id, String what) {
    Require.notNull(tenant, "tenant");
    return load(tenant, id).flatMap(o -> o.toEither(
        () -> Rejection.of(RejectionCode.NOT_FOUND, "no " + what + " " + id + " in tenant " + tenant)));
  }

  /** All of the tenant's records, in the order they were created. */
  Either<Rejection, Seq<S>> all(TenantId tenant) {
    Require.notNull(tenant, "tenant");
    return port("list", () -> store.ids(tenant)).flatMap(ids -> Either.sequenceRight(
        ids.map(id -> load(tenant, id))).map(s -> s.flatMap(o -> o).toVector()));
  }

  /** Asks the read policy whether {@code actor} may read this service's records of the tenant. */
  Either<Rejection, Boolean> permitted(TenantId tenant, Actor actor) {
    return reads.verdict(tenant, actor, records).toLeft(true);
  }

  private Option<S> replay(Seq<E> history) {
    return history.foldLeft(Option.<S>none(), (s, e) -> Option.some(evolve.apply(s, e)));
  }

  static <T> Either<Rejection, T> port(String operation, Supplier<T> call) {
    return Rejection.fromPort(operation, call);
  }

  private final class Steps implements CommandPipeline.Steps<String, Option<S>, C, Context, E> {
    @Override
    public Option<CommandPipeline.Recorded<String, E>> findCommand(TenantId tenant, String key) {
      return store.findCommand(tenant, key)
          .map(r -> new CommandPipeline.Recorded<>(r.recordId(), r.fingerprint(), r.events()));
    }

    @Override
    public Option<S> load(TenantId tenant, String target) {
      return replay(store.load(tenant, target));
    }

    @Override
    public long version(Option<S> state) {
      return state.map(version::applyAsLong).getOrElse(0L);
    }

    @Override
    public Option<Rejection> authorise(Context context, C command, Option<S> state) {
      return access.refusal(context.action(), context.id(), command)
          .map(reason -> Rejection.of(RejectionCode.NOT_AUTHORISED, reason));
    }

    @Override
    public Either<Rejection, Seq<E>> decide(Context context, C command, Option<S> state) {
      return decide.apply(context.action(), context.id(), command, state);
    }

    @Override
    public CommandPipeline.Appended<String, E> append(TenantId tenant, String target, long expectedVersion,
        String key, String fingerprint, Seq<E> events) {
      HistoryStore.AppendResult<E> result = store.append(tenant, target, expectedVersion,
          new HistoryStore.CommandKey(key, fingerprint), events);
      if (result instanceof HistoryStore.AppendResult.VersionConflict<E> c) {
        return new CommandPipeline.Appended.Conflict<>(c.actualVersion());
      }
      if (result instanceof HistoryStore.AppendResult.DuplicateCommand<E> d) {
        return new CommandPipeline.Appended.Duplicate<>(new CommandPipeline.Recorded<>(d.previous().recordId(),
            d.previous().fingerprint(), d.previous().events()));
      }
      return new CommandPipeline.Appended.Stored<>();
    }

    @Override
    public Option<S> evolve(Option<S> state, Seq<E> events) {
      return events.foldLeft(state, (s, e) -> Option.some(evolve.apply(s, e)));
    }

    @Override
    public Option<Rejection> published(Context context, Option<S> before, Seq<E> events) {
      return port("audit", () -> trail.recordAll(drafts.apply(before, events))).flatMap(x -> x).swap().toOption();
    }

    /**
     * Audits a refusal. If the refusal cannot be audited, the caller gets a {@link RejectionCode#PORT_FAILURE}
     * naming the refusal instead: a gap in the records matters more than why the command was refused.
     */
    @Override
    public Rejection rejected(Context context, C command, Rejection rejection) {
      Either<Rejection, ?> audited = port("audit", () -> trail.record(refusal.apply(context.action(), context.id(),
          command, rejection))).flatMap(x -> x);
      if (audited.isLeft()) {
        Rejection failure = audited.getLeft();
        return new Rejection(RejectionCode.PORT_FAILURE, "the command was refused (" + rejection
            + ") and the refusal could not be audited: " + failure.message(), rejection.violations(), failure.cause());
      }
      return rejection;
    }
  }
}
