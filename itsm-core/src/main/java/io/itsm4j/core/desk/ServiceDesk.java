package io.itsm4j.core.desk;

import io.itsm4j.core.Actor;
import io.itsm4j.core.Fingerprint;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.Violation;
import io.itsm4j.core.internal.Checks;
import io.itsm4j.core.memory.InMemoryTicketStore;
import io.itsm4j.core.memory.SequentialTicketIds;
import io.itsm4j.core.port.AccessPolicy;
import io.itsm4j.core.port.AppendResult;
import io.itsm4j.core.port.CommandPolicy;
import io.itsm4j.core.port.NotificationSink;
import io.itsm4j.core.port.RecordedCommand;
import io.itsm4j.core.port.TicketIdGenerator;
import io.itsm4j.core.port.TicketStore;
import io.itsm4j.core.ticket.CommandContext;
import io.itsm4j.core.ticket.CommandRejected;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketDecider;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.InstantSource;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs ticket commands through the ports: load the history → authorise ({@link AccessPolicy}) → business rules
 * ({@link CommandPolicy}) → decide ({@link TicketDecider}) → append with the expected version ({@link
 * TicketStore}) → notify ({@link NotificationSink}).
 *
 * <ul>
 *   <li><b>No lost updates</b>: the append expects the version the command was decided on; if another command
 *       got in first, this one is refused with {@link RejectionCode#VERSION_CONFLICT} and changes nothing. The
 *       desk does not retry by itself, because the other command may have changed what this one means.
 *   <li><b>Idempotency</b>: a command sent again under the same idempotency key appends nothing and returns the
 *       first outcome ({@link CommandResult#replayed()}); the same key with a different command is refused with
 *       {@link RejectionCode#IDEMPOTENCY_KEY_REUSED}. Keys are unique per tenant.
 *   <li><b>Failures</b>: an exception from a port is returned as {@link RejectionCode#PORT_FAILURE} with the
 *       exception as cause; the store's atomic append guarantees nothing half-written. A failing notification
 *       sink does not undo stored events; see {@link CommandResult#notificationFailure()}.
 *   <li><b>Tenants</b>: a ticket of another tenant is reported as {@link RejectionCode#NOT_FOUND}, as if it did
 *       not exist; links may only point at tickets of the same tenant.
 * </ul>
 *
 * <p>Every refused command whose request was well formed is also handed to {@link NotificationSink#rejected}, so
 * an audit trail sees refusals too.
 *
 * <p>Thread-safe: one instance serves any number of threads. Null arguments fail fast with a {@link
 * NullPointerException} naming the argument; everything else comes back as a {@link Rejection}.
 */
public final class ServiceDesk {
  private static final Logger LOG = LoggerFactory.getLogger(ServiceDesk.class);

  private final TicketStore store;
  private final NotificationSink sink;
  private final AccessPolicy access;
  private final TicketIdGenerator ids;
  private final InstantSource clock;
  private final TicketDecider decider;
  private final Seq<CommandPolicy> policies;

  private ServiceDesk(Builder b) {
    this.policies = b.policies;
    this.store = b.store;
    this.sink = b.sink;
    this.access = b.access;
    this.ids = b.ids;
    this.clock = b.clock;
    this.decider = b.decider;
  }

  /** A builder with the embedded defaults: in-memory store, no notifications, everything permitted, system clock. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Opens a new ticket, numbered by the {@link TicketIdGenerator}. A retry under the same key returns the ticket
   * the first attempt opened.
   *
   * @return the new ticket and its {@code Opened} event, or why not
   * @throws NullPointerException if an argument is null
   */
  public Either<Rejection, CommandResult> open(TenantId tenant, Actor actor, String idempotencyKey,
      TicketCommand.Open command) {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(actor, "actor");
    Checks.notNull(idempotencyKey, "idempotencyKey");
    Checks.notNull(command, "command");
    Either<Rejection, Option<RecordedCommand>> earlier = recorded(tenant, idempotencyKey);
    if (earlier.isLeft()) {
      return Either.left(earlier.getLeft());
    }
    if (earlier.get().isDefined()) {
      RecordedCommand r = earlier.get().get();
      return replayed(tenant, actor, idempotencyKey, command, r, Option.none(), fingerprint(Option.none(), command));
    }
    return port("ticket numbering", () -> ids.next(tenant, command.kind()))
        .flatMap(id -> run(new CommandRequest(tenant, actor, id, idempotencyKey, command, Option.none()), true));
  }

  /**
   * Runs a command on an existing ticket, or opens a ticket under a host-chosen id ({@link TicketCommand.Open}).
   *
   * @return the ticket after the command and the events it appended, or why not
   * @throws NullPointerException if an argument is null
   */
  public Either<Rejection, CommandResult> execute(TenantId tenant, Actor actor, TicketId ticketId,
      String idempotencyKey, TicketCommand command) {
    return execute(CommandRequest.of(tenant, actor, ticketId, idempotencyKey, command));
  }

  /**
   * Runs a command.
   *
   * @return the ticket after the command and the events it appended, or why not
   * @throws NullPointerException if the request is null
   */
  public Either<Rejection, CommandResult> execute(CommandRequest request) {
    Checks.notNull(request, "request");
    return run(request, false);
  }

  /**
   * A ticket as it is now.
   *
   * @return the ticket, {@link RejectionCode#NOT_FOUND} if the tenant has none with this id, or a port failure
   */
  public Either<Rejection, Ticket> ticket(TenantId tenant, TicketId ticketId) {
    return history(tenant, ticketId).flatMap(h -> port("replay", () -> TicketDecider.replay(h)))
        .flatMap(t -> t.toEither(() -> Rejection.of(RejectionCode.NOT_FOUND, "no ticket " + ticketId + " in tenant " + tenant)));
  }

  /**
   * A ticket's history, oldest first; empty if the tenant has no such ticket.
   *
   * @return the events, or a port failure
   */
  public Either<Rejection, Seq<TicketEvent>> history(TenantId tenant, TicketId ticketId) {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(ticketId, "ticketId");
    return port("load", () -> store.load(tenant, ticketId));
  }

  /** The decider this desk applies (workflows and priority matrix). */
  public TicketDecider decider() {
    return decider;
  }

  private Either<Rejection, CommandResult> run(CommandRequest request, boolean keyChecked) {
    TenantId tenant = request.tenant();
    String key = request.idempotencyKey();
    try {
      CommandContext.checkKey(key);
    } catch (IllegalArgumentException e) {
      return Either.left(Rejection.invalid(RejectionCode.INVALID_INPUT,
          List.of(Violation.of("idempotencyKey", Violation.INVALID, e.getMessage()))));
    }
    // A generated id is not part of what the sender asked for, so an open's retry matches on the command alone.
    Option<TicketId> asked = keyChecked ? Option.none() : Option.some(request.ticketId());
    String fingerprint = fingerprint(asked, request.command());
    if (!keyChecked) {
      Either<Rejection, Option<RecordedCommand>> earlier = recorded(tenant, key);
      if (earlier.isLeft()) {
        return Either.left(earlier.getLeft());
      }
      if (earlier.get().isDefined()) {
        return replayed(tenant, request.actor(), key, request.command(), earlier.get().get(), asked, fingerprint);
      }
    }
    Either<Rejection, Seq<TicketEvent>> loaded = port("load", () -> store.load(tenant, request.ticketId()));
    if (loaded.isLeft()) {
      return Either.left(loaded.getLeft());
    }
    Either<Rejection, Option<Ticket>> replayedState = port("replay", () -> TicketDecider.replay(loaded.get()));
    if (replayedState.isLeft()) {
      return Either.left(replayedState.getLeft());
    }
    Option<Ticket> state = replayedState.get();
    long version = state.map(Ticket::version).getOrElse(0L);
    CommandContext ctx = new CommandContext(tenant, request.ticketId(), request.actor(), key, clock.instant());
    Either<Rejection, Seq<TicketEvent>> decided = check(request, ctx, state, version)
        .flatMap(ok -> port("decide", () -> decider.decide(ctx, request.command(), state)).flatMap(e -> e));
    if (decided.isLeft()) {
      return refused(ctx, request.command(), decided.getLeft());
    }
    Seq<TicketEvent> events = decided.get();
    Either<Rejection, AppendResult> appended = port("append",
        () -> store.append(tenant, request.ticketId(), version, new TicketStore.CommandKey(key, fingerprint), events));
    if (appended.isLeft()) {
      return refused(ctx, request.command(), appended.getLeft());
    }
    AppendResult result = appended.get();
    if (result instanceof AppendResult.VersionConflict c) {
      return refused(ctx, request.command(), Rejection.of(RejectionCode.VERSION_CONFLICT, "ticket "
          + request.ticketId() + " changed meanwhile (now at version " + c.actualVersion() + ", decided on "
          + version + "); reload and try again"));
    }
    if (result instanceof AppendResult.DuplicateCommand d) {
      return replayed(tenant, request.actor(), key, request.command(), d.previous(), asked, fingerprint);
    }
    Ticket after = events.foldLeft(state, (s, e) -> Option.some(TicketDecider.evolve(s, e))).get();
    return Either.right(new CommandResult(after, events, false, notify(events)));
  }

  private Either<Rejection, Boolean> check(CommandRequest request, CommandContext ctx, Option<Ticket> state,
      long version) {
    if (request.expectedVersion().isDefined() && request.expectedVersion().get() != version) {
      return Either.left(Rejection.of(RejectionCode.VERSION_CONFLICT, "ticket " + request.ticketId()
          + " is at version " + version + ", not " + request.expectedVersion().get() + "; reload and try again"));
    }
    Either<Rejection, Boolean> permitted = port("access policy", () -> access.permits(ctx, request.command(), state));
    if (permitted.isLeft()) {
      return permitted;
    }
    if (!permitted.get()) {
      return Either.left(notAuthorised(ctx, request.command()));
    }
    // The decider reports a link its source may not hold; the target is checked only for links it may hold.
    if (request.command() instanceof TicketCommand.AddLink link && state.isDefined()
        && link.link().type().allowsSource(state.get().kind())) {
      Either<Rejection, Boolean> target = linkTarget(ctx, link);
      if (target.isLeft()) {
        return target;
      }
    }
    for (CommandPolicy policy : policies) {
      Either<Rejection, Option<Rejection>> verdict = port("command policy", () -> policy.check(ctx, request.command(), state));
      if (verdict.isLeft()) {
        return Either.left(verdict.getLeft());
      }
      if (verdict.get().isDefined()) {
        return Either.left(verdict.get().get());
      }
    }
    return Either.right(true);
  }

  private Either<Rejection, Boolean> linkTarget(CommandContext ctx, TicketCommand.AddLink link) {
    TicketId target = link.link().target();
    if (target.equals(ctx.ticketId())) {
      return Either.right(true); // the decider refuses self-links with a field-level message
    }
    return port("load", () -> store.load(ctx.tenant(), target))
        .flatMap(h -> port("replay", () -> TicketDecider.replay(h)))
        .flatMap(t -> {
          if (t.isEmpty()) {
            return Either.left(Rejection.invalid(RejectionCode.NOT_FOUND, List.of(Violation.of("link.target",
                Violation.UNKNOWN, "no ticket " + target + " in tenant " + ctx.tenant()))));
          }
          if (!link.link().type().allowsTarget(t.get().kind())) {
            return Either.left(Rejection.invalid(RejectionCode.INVALID_INPUT, List.of(Violation.of("link.target",
                Violation.INVALID, "a " + link.link().type() + " link cannot point at a " + t.get().kind()))));
          }
          return Either.right(true);
        });
  }

  private Either<Rejection, Option<RecordedCommand>> recorded(TenantId tenant, String key) {
    try {
      CommandContext.checkKey(key);
    } catch (IllegalArgumentException e) {
      return Either.left(Rejection.invalid(RejectionCode.INVALID_INPUT,
          List.of(Violation.of("idempotencyKey", Violation.INVALID, e.getMessage()))));
    }
    return port("find command", () -> store.findCommand(tenant, key));
  }

  /**
   * Answers a command whose key was recorded before. A replay is authorised as a new command would be, on the
   * ticket as it is now: whoever may not send the command learns nothing of the ticket by resending someone
   * else's key. Refusals, key reuse included, go to the sink like every other refusal.
   */
  private Either<Rejection, CommandResult> replayed(TenantId tenant, Actor actor, String key, TicketCommand command,
      RecordedCommand previous, Option<TicketId> ticketId, String fingerprint) {
    TicketId target = ticketId.getOrElse(previous.ticketId());
    CommandContext ctx = new CommandContext(tenant, target, actor, key, clock.instant());
    if (!previous.fingerprint().equals(fingerprint) || ticketId.exists(id -> !id.equals(previous.ticketId()))) {
      return refused(ctx, command, Rejection.of(RejectionCode.IDEMPOTENCY_KEY_REUSED, "the idempotency key was "
          + "used before for a different command" + (ticketId.isDefined() ? " on ticket " + previous.ticketId() : "")));
    }
    Either<Rejection, Option<Ticket>> state = history(tenant, previous.ticketId())
        .flatMap(h -> port("replay", () -> TicketDecider.replay(h)));
    if (state.isLeft()) {
      return Either.left(state.getLeft());
    }
    Either<Rejection, Boolean> permitted = port("access policy", () -> access.permits(ctx, command, state.get()));
    if (permitted.isLeft()) {
      return refused(ctx, command, permitted.getLeft());
    }
    if (!permitted.get()) {
      return refused(ctx, command, notAuthorised(ctx, command));
    }
    return state.get().toEither(() -> Rejection.of(RejectionCode.NOT_FOUND, "no ticket " + previous.ticketId()
        + " in tenant " + tenant)).map(t -> new CommandResult(t, previous.events(), true, Option.none()));
  }

  private static Rejection notAuthorised(CommandContext ctx, TicketCommand command) {
    return Rejection.of(RejectionCode.NOT_AUTHORISED, "actor " + ctx.actor().id() + " may not " + command.type()
        + " ticket " + ctx.ticketId());
  }

  private Either<Rejection, CommandResult> refused(CommandContext ctx, TicketCommand command, Rejection rejection) {
    try {
      sink.rejected(new CommandRejected(ctx, command, rejection));
    } catch (RuntimeException e) {
      LOG.warn("notification sink failed on a rejection of {} on {}/{}", command.type(), ctx.tenant(),
          ctx.ticketId(), e);
    }
    return Either.left(rejection);
  }

  private Option<Throwable> notify(Seq<TicketEvent> events) {
    try {
      sink.published(events);
      return Option.none();
    } catch (RuntimeException e) {
      LOG.warn("notification sink failed on {} event(s) of {}/{}; the events are stored", events.size(),
          events.head().tenant(), events.head().ticketId(), e);
      return Option.some(e);
    }
  }

  private static <T> Either<Rejection, T> port(String operation, Supplier<T> call) {
    try {
      return Either.right(call.get());
    } catch (RuntimeException e) {
      return Either.left(Rejection.portFailure(operation, e));
    }
  }

  /**
   * The canonical fingerprint ({@link Fingerprint}) that tells a retry of a command from another command reusing
   * its key: the ticket id the sender named (none for a generated one) and the command.
   */
  static String fingerprint(Option<TicketId> ticketId, TicketCommand command) {
    return Fingerprint.of(ticketId, command);
  }

  /** Configures a {@link ServiceDesk}. Not thread-safe; build once and share the desk. */
  public static final class Builder {
    private TicketStore store = new InMemoryTicketStore();
    private NotificationSink sink = NotificationSink.none();
    private AccessPolicy access = AccessPolicy.permitAll();
    private TicketIdGenerator ids = new SequentialTicketIds();
    private InstantSource clock = InstantSource.system();
    private TicketDecider decider = TicketDecider.standard();
    private Seq<CommandPolicy> policies = List.empty();

    private Builder() {}

    /** Adds a business rule checked on every command, after those added before; none by default. */
    public Builder policy(CommandPolicy value) {
      this.policies = policies.append(Checks.notNull(value, "policy"));
      return this;
    }

    /** Where histories are stored; default a new {@link InMemoryTicketStore}. */
    public Builder ticketStore(TicketStore value) {
      this.store = Checks.notNull(value, "ticketStore");
      return this;
    }

    /** Who hears of accepted and refused commands; default nobody. */
    public Builder notificationSink(NotificationSink value) {
      this.sink = Checks.notNull(value, "notificationSink");
      return this;
    }

    /** Who may do what; default everyone everything. */
    public Builder accessPolicy(AccessPolicy value) {
      this.access = Checks.notNull(value, "accessPolicy");
      return this;
    }

    /** How new tickets are numbered; default {@link SequentialTicketIds} (unique within this JVM only). */
    public Builder ticketIds(TicketIdGenerator value) {
      this.ids = Checks.notNull(value, "ticketIds");
      return this;
    }

    /** Where time comes from; default the system clock. */
    public Builder clock(InstantSource value) {
      this.clock = Checks.notNull(value, "clock");
      return this;
    }

    /** Workflows and priority matrix; default {@link TicketDecider#standard()}. */
    public Builder decider(TicketDecider value) {
      this.decider = Checks.notNull(value, "decider");
      return this;
    }

    /** The desk. */
    public ServiceDesk build() {
      return new ServiceDesk(this);
    }
  }
}
