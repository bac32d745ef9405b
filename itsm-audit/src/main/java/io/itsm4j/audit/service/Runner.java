package io.itsm4j.audit.service;

import io.itsm4j.audit.port.HistoryStore;
import io.itsm4j.audit.trail.AuditDraft;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * The one way the audit services run a command: load → replay → decide → append at the expected version → audit
 * the events (or the refusal). Shared so both services keep exactly the same guarantees.
 */
final class Runner<S, E> {
  private final HistoryStore<E> store;
  private final AuditTrail trail;
  private final BiFunction<Option<S>, E, S> evolve;
  private final ToLongFunction<S> version;

  Runner(HistoryStore<E> store, AuditTrail trail, BiFunction<Option<S>, E, S> evolve, ToLongFunction<S> version) {
    this.store = store;
    this.trail = trail;
    this.evolve = evolve;
    this.version = version;
  }

  Either<Rejection, Changed<S, E>> run(TenantId tenant, String id,
      Function<Option<S>, Either<Rejection, Seq<E>>> decide,
      Function<Rejection, AuditDraft> refusal,
      BiFunction<Option<S>, Seq<E>, Seq<AuditDraft>> drafts) {
    Either<Rejection, Option<S>> loaded = load(tenant, id);
    if (loaded.isLeft()) {
      return Either.left(loaded.getLeft());
    }
    Option<S> before = loaded.get();
    Either<Rejection, Seq<E>> decided = port("decide", () -> decide.apply(before)).flatMap(x -> x);
    if (decided.isLeft()) {
      return refused(refusal, decided.getLeft());
    }
    Seq<E> events = decided.get();
    long expected = before.map(version::applyAsLong).getOrElse(0L);
    Either<Rejection, Boolean> appended = port("append", () -> store.append(tenant, id, expected, events));
    if (appended.isLeft()) {
      return refused(refusal, appended.getLeft());
    }
    if (!appended.get()) {
      return refused(refusal, Rejection.of(RejectionCode.VERSION_CONFLICT, id + " changed meanwhile (decided on version "
          + expected + "); reload and try again"));
    }
    S after = events.foldLeft(before, (s, e) -> Option.some(evolve.apply(s, e))).get();
    Option<Rejection> auditFailure = port("audit", () -> trail.recordAll(drafts.apply(before, events)))
        .flatMap(x -> x).swap().toOption();
    return Either.right(new Changed<>(after, events, auditFailure));
  }

  Either<Rejection, Option<S>> load(TenantId tenant, String id) {
    return port("load", () -> store.load(tenant, id))
        .flatMap(h -> port("replay", () -> h.foldLeft(Option.<S>none(), (s, e) -> Option.some(evolve.apply(s, e)))));
  }

  /**
   * Audits a refusal and returns it. If the refusal cannot be audited, the caller gets a
   * {@link RejectionCode#PORT_FAILURE} naming the refusal instead: a gap in the records matters more than why the
   * command was refused.
   */
  private Either<Rejection, Changed<S, E>> refused(Function<Rejection, AuditDraft> refusal, Rejection rejection) {
    Either<Rejection, ?> audited = port("audit", () -> trail.record(refusal.apply(rejection))).flatMap(x -> x);
    if (audited.isLeft()) {
      Rejection failure = audited.getLeft();
      return Either.left(new Rejection(RejectionCode.PORT_FAILURE, "the command was refused (" + rejection
          + ") and the refusal could not be audited: " + failure.message(), rejection.violations(), failure.cause()));
    }
    return Either.left(rejection);
  }

  static <T> Either<Rejection, T> port(String operation, Supplier<T> call) {
    try {
      return Either.right(call.get());
    } catch (RuntimeException e) {
      return Either.left(Rejection.portFailure(operation, e));
    }
  }
}
