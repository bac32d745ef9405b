package io.itsm4j.core.application;

import io.itsm4j.core.Fingerprint;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.Violation;
import io.itsm4j.core.internal.Checks;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one loop every keyed service of itsm4j runs, written once so that every guarantee holds for all of them:
 * check the idempotency key → look it up → load the state → authorise → decide → append with the expected version
 * and the key → notify; a refusal of a well-formed request is handed to {@link Steps#rejected} on every path.
 *
 * <ul>
 *   <li><b>Idempotency</b>: a request under a key recorded before appends nothing. If its {@linkplain Fingerprint
 *       canonical fingerprint} (the target the sender named, and the command) matches, it is a replay: it is
 *       authorised on the state as it is now, like a new command, and answered with the first outcome ({@link
 *       Outcome#replayed()}); otherwise it is refused with {@link RejectionCode#IDEMPOTENCY_KEY_REUSED}. Keys are
 *       1-128 printable ASCII characters, unique per tenant.
 *   <li><b>No lost updates</b>: the append expects the version the command was decided on; a racing command that
 *       got in first makes this one {@link RejectionCode#VERSION_CONFLICT}, and nothing is written. A racing retry
 *       of the same command is a replay, never a conflict (the store checks the key before the version).
 *   <li><b>New targets</b>: a target the pipeline numbers ({@link Target.Generated}) is decided first under its
 *       provisional value and numbered only once accepted, so a refusal draws no number. Such a command is
 *       therefore authorised and decided twice (the second time under its number); steps must give the same
 *       answer both times, which pure deciders and policies do.
 *   <li><b>Failures</b>: an exception from any step is returned as {@link RejectionCode#PORT_FAILURE} with the
 *       exception as cause; the store's atomic append leaves nothing half-written. A failing notification does not
 *       undo stored events ({@link Outcome#notificationFailure()}).
 * </ul>
 *
 * <p>A service is its {@link Steps}: its store, its decider, its policy and its listener. Thread-safe if the
 * steps are; one pipeline serves any number of threads. Null arguments fail fast with a {@link
 * NullPointerException}.
 *
 * @param <T> the target a command addresses (a ticket id, a tenant's catalogue, a record id)
 * @param <S> the state a command is decided on, including "not there yet"
 * @param <C> the command
 * @param <X> the context a decider reads (who, when, under which key)
 * @param <E> the event
 */
public final class CommandPipeline<T, S, C, X, E> {
  /** The longest idempotency key, in characters. */
  public static final int KEY_MAX = 128;

  private static final Logger LOG = LoggerFactory.getLogger(CommandPipeline.class);

  private final Steps<T, S, C, X, E> steps;

  private CommandPipeline(Steps<T, S, C, X, E> steps) {
    this.steps = steps;
  }

  /**
   * A pipeline running these steps.
   *
   * @throws NullPointerException if {@code steps} is null
   */
  public static <T, S, C, X, E> CommandPipeline<T, S, C, X, E> of(Steps<T, S, C, X, E> steps) {
    return new CommandPipeline<>(Checks.notNull(steps, "steps"));
  }

  /**
   * What a service plugs into the pipeline. Each method may throw an unchecked exception for an infrastructure
   * failure; the pipeline turns it into {@link RejectionCode#PORT_FAILURE}.
   */
  public interface Steps<T, S, C, X, E> {
    /** The command recorded under {@code key} in the tenant, if any. */
    Option<Recorded<T, E>> findCommand(TenantId tenant, String key);

    /** The target's current state ("not there yet" for a new one). */
    S load(TenantId tenant, T target);

    /**
     * A state of {@code target} held in memory, if any, that may be behind the stored one but never differs from it
     * otherwise: the pipeline decides a command on it without reading anything and lets the append's version and key
     * checks catch a stale state or a recorded key, falling back to {@link #lookUp} then. The default holds none.
     */
    default Option<S> recent(TenantId tenant, T target) {
      return Option.none();
    }

    /**
     * The command recorded under {@code key} and, if there is none, {@code target}'s state: what {@link
     * #findCommand} and then {@link #load} answer, in one call where the store can answer both at once (a
     * database in one round trip). The default calls the two.
     */
    default Lookup<T, S, E> lookUp(TenantId tenant, String key, T target) {
      Option<Recorded<T, E>> recorded = findCommand(tenant, key);
      return new Lookup<>(recorded, recorded.isDefined() ? Option.none() : Option.some(load(tenant, target)));
    }

    /** The version of a state: how many events made it; 0 for "not there yet". */
    long version(S state);

    /**
     * Whether the command may run on the state: access policy and business rules. Also asked of a replay, on the
     * state as it is now.
     *
     * @return none to go on, or the refusal
     */
    Option<Rejection> authorise(X context, C command, S state);

    /** The events of the command, or why not; pure. */
    Either<Rejection, Seq<E>> decide(X context, C command, S state);

    /**
     * Appends the events if the target is at {@code expectedVersion} and the key is new, atomically with the key.
     */
    Appended<T, E> append(TenantId tenant, T target, long expectedVersion, String key, String fingerprint,
        Seq<E> events);

    /**
     * As {@link #append(TenantId, Object, long, String, String, Seq)}, knowing the state the events were decided
     * on, for a service that stores something derived from the state after them in the same transaction (the
     * service desk keeps a ticket's view so). The pipeline calls this form; the default calls the other.
     */
    default Appended<T, E> append(TenantId tenant, T target, long expectedVersion, String key, String fingerprint,
        S before, Seq<E> events) {
      return append(tenant, target, expectedVersion, key, fingerprint, events);
    }

    /** The state after the events. */
    S evolve(S state, Seq<E> events);

    /**
     * Hands stored events to the service's listeners.
     *
     * @return none, or why the events could not be delivered (they stay stored)
     */
    Option<Rejection> published(X context, S before, Seq<E> events);

    /**
     * Hands a refusal of a well-formed request to the service's listeners.
     *
     * @return the refusal the caller gets: {@code rejection}, or one that says it could not be recorded
     */
    Rejection rejected(X context, C command, Rejection rejection);
  }

  /**
   * A command recorded under an idempotency key.
   *
   * @param target what it addressed
   * @param fingerprint its canonical fingerprint
   * @param events the events it appended
   */
  public record Recorded<T, E>(T target, String fingerprint, Seq<E> events) {
    /** Checks that no argument is null. */
    public Recorded {
      Checks.notNull(target, "target");
      Checks.notNull(fingerprint, "fingerprint");
      Checks.notNull(events, "events");
    }
  }

  /**
   * What {@link Steps#lookUp} found.
   *
   * @param recorded the command recorded under the key, if any
   * @param state the target's state if no command was recorded (none otherwise)
   */
  public record Lookup<T, S, E>(Option<Recorded<T, E>> recorded, Option<S> state) {
    /** Checks that no argument is null and that exactly one of the two is there. */
    public Lookup {
      Checks.notNull(recorded, "recorded");
      Checks.notNull(state, "state");
      if (recorded.isDefined() == state.isDefined()) {
        throw new IllegalArgumentException("a lookup holds either the recorded command or the state");
      }
    }
  }

  /** What an append did. */
  public sealed interface Appended<T, E> {
    /** The events are stored. */
    record Stored<T, E>() implements Appended<T, E> {}

    /**
     * Nothing stored: the target is at another version.
     *
     * @param actualVersion the version it is at
     */
    record Conflict<T, E>(long actualVersion) implements Appended<T, E> {}

    /**
     * Nothing stored: the key was recorded meanwhile (a racing retry).
     *
     * @param previous the command recorded under it
     */
    record Duplicate<T, E>(Recorded<T, E> previous) implements Appended<T, E> {
      /** Checks that no argument is null. */
      public Duplicate {
        Checks.notNull(previous, "previous");
      }
    }
  }

  /**
   * Which target a request addresses: one the sender named (part of the fingerprint), or a new one numbered only
   * when the key turns out to be new, so a retry burns no number.
   */
  public sealed interface Target<T> {
    /**
     * A target the sender named.
     *
     * @param id the target
     */
    record Named<T>(T id) implements Target<T> {
      /** Checks that no argument is null. */
      public Named {
        Checks.notNull(id, "id");
      }
    }

    /**
     * A new target, numbered by {@code next} (a port: it may fail) only once the command is accepted: it is first
     * decided under {@code provisional}, which a refusal names.
     *
     * @param next the numbering
     * @param provisional the target the command is decided under before it has a number; no real target has it
     */
    record Generated<T>(Supplier<T> next, T provisional) implements Target<T> {
      /** Checks that no argument is null. */
      public Generated {
        Checks.notNull(next, "next");
        Checks.notNull(provisional, "provisional");
      }
    }

    /** A target the sender named. */
    static <T> Target<T> named(T id) {
      return new Named<>(id);
    }

    /** A new target numbered by {@code next} once accepted, decided under {@code provisional} until then. */
    static <T> Target<T> generated(Supplier<T> next, T provisional) {
      return new Generated<>(next, provisional);
    }
  }

  /**
   * One request.
   *
   * @param tenant whose data
   * @param key the idempotency key
   * @param target what it addresses
   * @param command the command
   * @param expectedVersion the version the sender decided on, if it says so
   * @param context the decider's context for the resolved target; called once per decision (twice when a decision on
   *     a state held in memory is not stored and the command is decided again on a fresh read)
   */
  public record Request<T, C, X>(TenantId tenant, String key, Target<T> target, C command,
      Option<Long> expectedVersion, Function<T, X> context) {
    /** Checks that no argument is null. */
    public Request {
      Checks.notNull(tenant, "tenant");
      Checks.notNull(key, "idempotencyKey");
      Checks.notNull(target, "target");
      Checks.notNull(command, "command");
      Checks.notNull(expectedVersion, "expectedVersion");
      Checks.notNull(context, "context");
    }
  }

  /**
   * The outcome of an accepted (or replayed) command.
   *
   * @param target what it addressed
   * @param state the state after it (for a replay: as it is now)
   * @param events the events it appended (for a replay: those the first run appended)
   * @param replayed whether this was a retry that appended nothing
   * @param notificationFailure why the listeners did not hear of the events, if they did not
   */
  public record Outcome<T, S, E>(T target, S state, Seq<E> events, boolean replayed,
      Option<Rejection> notificationFailure) {
    /** Checks that no argument is null. */
    public Outcome {
      Checks.notNull(target, "target");
      Checks.notNull(state, "state");
      Checks.notNull(events, "events");
      Checks.notNull(notificationFailure, "notificationFailure");
    }
  }

  /**
   * Checks an idempotency key (1-{@value #KEY_MAX} printable ASCII characters, not blank).
   *
   * @return none, or {@link RejectionCode#INVALID_INPUT} naming {@code idempotencyKey}
   */
  public static Option<Rejection> checkKey(String key) {
    try {
      Checks.key(Checks.notNull(key, "idempotencyKey"), "idempotencyKey", KEY_MAX);
      return Option.none();
    } catch (IllegalArgumentException e) {
      return Option.some(Rejection.invalid(RejectionCode.INVALID_INPUT,
          List.of(Violation.of("idempotencyKey", Violation.INVALID, e.getMessage()))));
    }
  }

  /**
   * Runs a request.
   *
   * @return the outcome, or why not
   * @throws NullPointerException if the request is null
   */
  public Either<Rejection, Outcome<T, S, E>> run(Request<T, C, X> request) {
    Checks.notNull(request, "request");
    Option<Rejection> badKey = checkKey(request.key());
    if (badKey.isDefined()) {
      return Either.left(badKey.get());
    }
    TenantId tenant = request.tenant();
    Option<T> named = request.target() instanceof Target.Named<T> n ? Option.some(n.id()) : Option.none();
    String fingerprint = Fingerprint.of(named, request.command());
    if (named.isDefined()) {
      Option<Either<Rejection, Outcome<T, S, E>>> fast = decidedOnRecentState(request, named.get(), fingerprint);
      if (fast.isDefined()) {
        return fast.get();
      }
    }
    T first = request.target() instanceof Target.Generated<T> g ? g.provisional() : named.get();
    Either<Rejection, Lookup<T, S, E>> lookup = port("find command",
        () -> steps.lookUp(tenant, request.key(), first));
    if (lookup.isLeft()) {
      return Either.left(lookup.getLeft());
    }
    if (lookup.get().recorded().isDefined()) {
      return replay(request, named, fingerprint, lookup.get().recorded().get());
    }
    S firstState = lookup.get().state().get();
    if (request.target() instanceof Target.Generated<T> g) {
      // Decide under the provisional target first, so a refused command draws no number: accepted ones stay
      // gapless where the numbering allows, and nothing is recorded for a target that never existed.
      Either<Rejection, Decision<S, X, E>> dry = decide(request, g.provisional(), Option.some(firstState));
      if (dry.isLeft()) {
        return Either.left(dry.getLeft());
      }
    }
    Either<Rejection, T> resolved = request.target() instanceof Target.Generated<T> g
        ? port("numbering", g.next()) : Either.right(named.get());
    if (resolved.isLeft()) {
      return Either.left(resolved.getLeft());
    }
    T target = resolved.get();
    // A generated target is read now that it has its number; a named one was read with the key.
    Either<Rejection, Decision<S, X, E>> decision = decide(request, target,
        request.target() instanceof Target.Named<T> ? Option.some(firstState) : Option.none());
    if (decision.isLeft()) {
      return Either.left(decision.getLeft());
    }
    S before = decision.get().before();
    long version = steps.version(before);
    X context = decision.get().context();
    C command = request.command();
    Seq<E> events = decision.get().events();
    Either<Rejection, Appended<T, E>> appended = port("append",
        () -> steps.append(tenant, target, version, request.key(), fingerprint, before, events));
    if (appended.isLeft()) {
      return refused(context, command, appended.getLeft());
    }
    if (appended.get() instanceof Appended.Conflict<T, E> c) {
      return refused(context, command, Rejection.of(RejectionCode.VERSION_CONFLICT, target + " changed meanwhile "
          + "(now at version " + c.actualVersion() + ", decided on " + version + "); reload and try again"));
    }
    if (appended.get() instanceof Appended.Duplicate<T, E> d) {
      return replay(request, named, fingerprint, d.previous());
    }
    return stored(context, command, target, before, events);
  }

  /**
   * Runs a command on a named target on the state held in memory, with no read before the append: if the append
   * stores it, the key was new and the state current when it did, so the outcome is the one the full path would
   * have given. Anything else the full path answers from fresh reads: no state held, a refusal (which may come from
   * a stale state, or be a retry's whose first run is recorded), a version conflict. Nothing is handed to the
   * listeners before the outcome is known.
   *
   * @return the outcome, or none to take the full path
   */
  private Option<Either<Rejection, Outcome<T, S, E>>> decidedOnRecentState(Request<T, C, X> request, T target,
      String fingerprint) {
    TenantId tenant = request.tenant();
    Option<S> recent;
    try {
      recent = steps.recent(tenant, target);
    } catch (RuntimeException e) {
      LOG.debug("the recent state of {} could not be read; reading it from the store", target, e);
      return Option.none();
    }
    if (recent.isEmpty()) {
      return Option.none();
    }
    S before = recent.get();
    long version = steps.version(before);
    if (request.expectedVersion().exists(v -> v != version)) {
      return Option.none();
    }
    X context = request.context().apply(target);
    C command = request.command();
    Either<Rejection, Seq<E>> decided = port("access policy", () -> steps.authorise(context, command, before))
        .flatMap(refusal -> refusal.<Either<Rejection, Boolean>>map(Either::left).getOrElse(Either.right(true)))
        .flatMap(ok -> port("decide", () -> steps.decide(context, command, before)).flatMap(e -> e));
    if (decided.isLeft()) {
      return Option.none();
    }
    Seq<E> events = decided.get();
    Either<Rejection, Appended<T, E>> appended = port("append",
        () -> steps.append(tenant, target, version, request.key(), fingerprint, before, events));
    if (appended.isLeft()) {
      return Option.some(refused(context, command, appended.getLeft()));
    }
    if (appended.get() instanceof Appended.Conflict<T, E>) {
      return Option.none();
    }
    if (appended.get() instanceof Appended.Duplicate<T, E> d) {
      return Option.some(replay(request, Option.some(target), fingerprint, d.previous()));
    }
    return Option.some(stored(context, command, target, before, events));
  }

  /** The outcome of stored events: the state after them, and the listeners told. */
  private Either<Rejection, Outcome<T, S, E>> stored(X context, C command, T target, S before, Seq<E> events) {
    Either<Rejection, S> after = port("evolve", () -> steps.evolve(before, events));
    if (after.isLeft()) {
      return Either.left(after.getLeft()); // stored; the state is read again on the next call
    }
    Option<Rejection> failure = port("notify", () -> steps.published(context, before, events))
        .fold(Option::some, f -> f);
    return Either.right(new Outcome<>(target, after.get(), events, false, failure));
  }

  /** What a command decided on a target: the state it saw, its context and its events. */
  private record Decision<S, X, E>(S before, X context, Seq<E> events) {}

  /**
   * Loads (unless the state was read with the key), checks the expected version, authorises and decides; a refusal
   * is handed on and returned.
   */
  private Either<Rejection, Decision<S, X, E>> decide(Request<T, C, X> request, T target, Option<S> read) {
    Either<Rejection, S> loaded = read.isDefined() ? Either.right(read.get())
        : port("load", () -> steps.load(request.tenant(), target));
    if (loaded.isLeft()) {
      return Either.left(loaded.getLeft());
    }
    S before = loaded.get();
    long version = steps.version(before);
    X context = request.context().apply(target);
    C command = request.command();
    if (request.expectedVersion().exists(v -> v != version)) {
      return refused(context, command, Rejection.of(RejectionCode.VERSION_CONFLICT, target + " is at version "
          + version + ", not " + request.expectedVersion().get() + "; reload and try again"));
    }
    Either<Rejection, Seq<E>> decided = port("access policy", () -> steps.authorise(context, command, before))
        .flatMap(refusal -> refusal.<Either<Rejection, Boolean>>map(Either::left).getOrElse(Either.right(true)))
        .flatMap(ok -> port("decide", () -> steps.decide(context, command, before)).flatMap(e -> e));
    if (decided.isLeft()) {
      return refused(context, command, decided.getLeft());
    }
    return Either.right(new Decision<>(before, context, decided.get()));
  }

  /**
   * Answers a request whose key was recorded before: authorised as a new command would be, on the target as it is
   * now, so whoever may not send the command learns nothing of the target by resending someone else's key.
   */
  private Either<Rejection, Outcome<T, S, E>> replay(Request<T, C, X> request, Option<T> named, String fingerprint,
      Recorded<T, E> previous) {
    T target = previous.target();
    X context = request.context().apply(named.getOrElse(target));
    C command = request.command();
    if (!previous.fingerprint().equals(fingerprint) || named.exists(id -> !id.equals(target))) {
      return refused(context, command, Rejection.of(RejectionCode.IDEMPOTENCY_KEY_REUSED,
          "the idempotency key was used before for a different command"));
    }
    Either<Rejection, S> now = port("load", () -> steps.load(request.tenant(), target));
    if (now.isLeft()) {
      return Either.left(now.getLeft());
    }
    Either<Rejection, Option<Rejection>> verdict = port("access policy",
        () -> steps.authorise(context, command, now.get()));
    if (verdict.isLeft()) {
      return refused(context, command, verdict.getLeft());
    }
    if (verdict.get().isDefined()) {
      return refused(context, command, verdict.get().get());
    }
    return Either.right(new Outcome<>(target, now.get(), previous.events(), true, Option.none()));
  }

  private <V> Either<Rejection, V> refused(X context, C command, Rejection rejection) {
    return Either.left(port("notify", () -> steps.rejected(context, command, rejection)).fold(failure -> {
      LOG.warn("a listener failed on a refusal ({}): {}", rejection.code(), failure.message(),
          failure.cause().getOrNull());
      return rejection;
    }, r -> r));
  }

  private static <V> Either<Rejection, V> port(String operation, Supplier<V> call) {
    return Rejection.fromPort(operation, call);
  }
}
