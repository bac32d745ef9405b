package io.itsm4j.core.application;

import io.itsm4j.core.Actor;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.Violation;
import io.itsm4j.core.internal.Checks;
import io.itsm4j.core.memory.InMemoryTicketSnapshots;
import io.itsm4j.core.memory.InMemoryTicketStore;
import io.itsm4j.core.memory.SequentialTicketIds;
import io.itsm4j.core.port.AccessPolicy;
import io.itsm4j.core.port.AppendResult;
import io.itsm4j.core.port.CommandPolicy;
import io.itsm4j.core.port.NotificationSink;
import io.itsm4j.core.port.ReadPolicy;
import io.itsm4j.core.port.TicketIdGenerator;
import io.itsm4j.core.port.TicketSnapshots;
import io.itsm4j.core.port.TicketStore;
import io.itsm4j.core.port.DueTimes;
import io.itsm4j.core.port.TicketViewStore;
import io.itsm4j.core.ticket.CommandContext;
import io.itsm4j.core.ticket.CommandRejected;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketDecider;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.view.TicketProjection;
import io.itsm4j.core.view.TicketView;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.InstantSource;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs ticket commands on the {@link CommandPipeline} through the ports: load the history → authorise ({@link
 * AccessPolicy}) → business rules ({@link CommandPolicy}) → decide ({@link TicketDecider}) → append with the
 * expected version ({@link TicketStore}) → notify ({@link NotificationSink}).
 *
 * <ul>
 *   <li><b>No lost updates</b>: the append expects the version the command was decided on; if another command
 *       got in first, this one is refused with {@link RejectionCode#VERSION_CONFLICT} and changes nothing. The
 *       desk does not retry by itself, because the other command may have changed what this one means.
 *   <li><b>Idempotency</b>: a command sent again under the same idempotency key appends nothing and returns the
 *       first outcome ({@link CommandResult#replayed()}); the same key with a different command is refused with
 *       {@link RejectionCode#IDEMPOTENCY_KEY_REUSED}. Keys are 1-128 printable ASCII characters, unique per
 *       tenant; commands are told apart by their canonical {@link io.itsm4j.core.Fingerprint}. A replay is
 *       authorised like a new command, on the ticket as it is now: an actor the {@link AccessPolicy} refuses gets
 *       {@link RejectionCode#NOT_AUTHORISED} and nothing of the ticket, whoever's key it sends.
 *   <li><b>Failures</b>: an exception from a port is returned as {@link RejectionCode#PORT_FAILURE} with the
 *       exception as cause; the store's atomic append guarantees nothing half-written. A failing notification
 *       sink does not undo stored events; see {@link CommandResult#notificationFailure()}.
 *   <li><b>Tenants</b>: a ticket of another tenant is reported as {@link RejectionCode#NOT_FOUND}, as if it did
 *       not exist; links may only point at tickets of the same tenant.
 *   <li><b>Views</b>: with a {@link TicketViewStore} ({@link Builder#views}), each stored command puts the ticket's
 *       {@link TicketView} before the command returns, so a queue read after a command sees it. Where the ticket
 *       store {@linkplain TicketStore#keepsViewsOf keeps the views} itself (the JDBC store does, for a view store on
 *       its data source), the view is written in the events' transaction: both or neither. Otherwise it is put
 *       right after the append, and a failing view store does not undo stored events: the view is stale until the
 *       next command or a rebuild ({@link TicketViewRebuild}), and the failure is logged.
 * </ul>
 *
 * <p>Every refused command whose request was well formed is also handed to {@link NotificationSink#rejected}, so
 * an audit trail sees refusals too: key reuse and refused replays included.
 *
 * <p>Thread-safe: one instance serves any number of threads. Null arguments fail fast with a {@link
 * NullPointerException} naming the argument; everything else comes back as a {@link Rejection}.
 */
public final class ServiceDesk {
  private static final Logger LOG = LoggerFactory.getLogger(ServiceDesk.class);

  private final TicketStore store;
  private final TicketSnapshots snapshots;
  private final NotificationSink sink;
  private final AccessPolicy access;
  private final TicketIdGenerator ids;
  private final InstantSource clock;
  private final TicketDecider decider;
  private final Seq<CommandPolicy> policies;
  private final ReadPolicy reads;
  private final Option<TicketViewStore> views;
  private final TicketProjection projection;
  private final DueTimes dueTimes;
  private final boolean withDueTimes;
  /** Whether the ticket store writes each view with its events (asked once, when the desk is built). */
  private final boolean viewsInTransaction;
  private final CommandPipeline<TicketId, Option<Ticket>, TicketCommand, CommandContext, TicketEvent> pipeline;

  private ServiceDesk(Builder b) {
    this.policies = b.policies;
    this.store = b.store;
    this.snapshots = b.snapshots;
    this.sink = b.sink;
    this.access = b.access;
    this.ids = b.ids;
    this.clock = b.clock;
    this.decider = b.decider;
    this.reads = b.reads;
    this.views = b.views;
    this.projection = b.projection;
    this.dueTimes = b.dueTimes;
    this.withDueTimes = b.withDueTimes;
    this.viewsInTransaction = b.views.exists(store::keepsViewsOf);
    this.pipeline = CommandPipeline.of(new TicketSteps());
  }

  /** A builder with the embedded defaults: in-memory store, no notifications, everything permitted, system clock. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Opens a new ticket. It is decided first under {@link TicketId#PENDING} and numbered by the {@link
   * TicketIdGenerator} only once accepted, so a refused open draws no number and its refusal names {@code
   * pending}, not a ticket that never existed. A retry under the same key returns the ticket the first attempt
   * opened.
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
    return run(tenant, actor, idempotencyKey,
        CommandPipeline.Target.generated(() -> ids.next(tenant, command.kind()), TicketId.PENDING),
        command, Option.none());
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
    if (request.ticketId().equals(TicketId.PENDING)) {
      return Either.left(Rejection.invalid(RejectionCode.INVALID_INPUT, List.of(Violation.of("ticketId",
          Violation.INVALID, "ticket id " + TicketId.PENDING + " is reserved for opens not yet numbered"))));
    }
    return run(request.tenant(), request.actor(), request.idempotencyKey(),
        CommandPipeline.Target.named(request.ticketId()), request.command(), request.expectedVersion());
  }

  /**
   * A ticket as it is now. For trusted host code: it names no actor and passes no {@link ReadPolicy}; serve people
   * through {@link #ticket(TenantId, Actor, TicketId)}.
   *
   * @return the ticket, {@link RejectionCode#NOT_FOUND} if the tenant has none with this id, or a port failure
   */
  public Either<Rejection, Ticket> ticket(TenantId tenant, TicketId ticketId) {
    return history(tenant, ticketId).flatMap(h -> port("replay", () -> TicketDecider.replay(h)))
        .flatMap(t -> t.toEither(() -> notFound(tenant, ticketId)));
  }

  /**
   * A ticket as {@code actor} may see it: the {@link ReadPolicy} is asked first, also when there is no such
   * ticket, so a refused actor learns nothing, not even whether it exists.
   *
   * @return the ticket; {@link RejectionCode#NOT_AUTHORISED} with the policy's reason; {@link
   *     RejectionCode#NOT_FOUND}; or a port failure
   * @throws NullPointerException if an argument is null
   */
  public Either<Rejection, Ticket> ticket(TenantId tenant, Actor actor, TicketId ticketId) {
    return read(tenant, actor, ticketId).map(Tuple2::_2);
  }

  /**
   * A ticket's history as {@code actor} may see it, oldest first; read rules as for {@link #ticket(TenantId, Actor,
   * TicketId)}.
   *
   * @return the events; {@link RejectionCode#NOT_AUTHORISED}; {@link RejectionCode#NOT_FOUND}; or a port failure
   * @throws NullPointerException if an argument is null
   */
  public Either<Rejection, Seq<TicketEvent>> history(TenantId tenant, Actor actor, TicketId ticketId) {
    return read(tenant, actor, ticketId).map(Tuple2::_1);
  }

  /** Loads and replays once, asks the read policy (also for a missing ticket), then answers NOT_FOUND if absent. */
  private Either<Rejection, Tuple2<Seq<TicketEvent>, Ticket>> read(TenantId tenant, Actor actor, TicketId id) {
    Checks.notNull(actor, "actor");
    return history(tenant, id).flatMap(h -> port("replay", () -> TicketDecider.replay(h))
        .flatMap(t -> port("read policy", () -> reads.refusal(tenant, actor, t)).flatMap(refusal -> refusal.isDefined()
            ? Either.left(Rejection.of(RejectionCode.NOT_AUTHORISED, refusal.get()))
            : t.toEither(() -> notFound(tenant, id)).map(ticket -> Tuple.of(h, ticket)))));
  }

  /**
   * A ticket's history, oldest first; empty if the tenant has no such ticket. For trusted host code: it names no
   * actor and passes no {@link ReadPolicy}; serve people through {@link #history(TenantId, Actor, TicketId)}.
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

  private Either<Rejection, CommandResult> run(TenantId tenant, Actor actor, String key,
      CommandPipeline.Target<TicketId> target, TicketCommand command, Option<Long> expectedVersion) {
    return pipeline.run(new CommandPipeline.Request<>(tenant, key, target, command, expectedVersion,
            id -> new CommandContext(tenant, id, actor, key, clock.instant())))
        .flatMap(o -> o.state().toEither(() -> notFound(tenant, o.target()))
            .map(t -> new CommandResult(t, o.events(), o.replayed(),
                o.notificationFailure().flatMap(Rejection::cause))));
  }

  private static Rejection notFound(TenantId tenant, TicketId id) {
    return Rejection.of(RejectionCode.NOT_FOUND, "no ticket " + id + " in tenant " + tenant);
  }

  /** The desk's part of the pipeline: the ticket store, the access policy and rules, the decider, the sink. */
  private final class TicketSteps
      implements CommandPipeline.Steps<TicketId, Option<Ticket>, TicketCommand, CommandContext, TicketEvent> {
    @Override
    public Option<CommandPipeline.Recorded<TicketId, TicketEvent>> findCommand(TenantId tenant, String key) {
      return store.findCommand(tenant, key).map(r -> new CommandPipeline.Recorded<>(r.ticketId(), r.fingerprint(),
          r.events()));
    }

    @Override
    public Option<Ticket> load(TenantId tenant, TicketId target) {
      return TicketDecider.replay(store.load(tenant, target));
    }

    @Override
    public Option<Option<Ticket>> recent(TenantId tenant, TicketId target) {
      Option<Ticket> snapshot = snapshots.get(tenant, target);
      if (snapshot.isDefined()) {
        return Option.some(snapshot);
      }
      return store.recentHistory(tenant, target).filter(h -> !h.isEmpty()).map(TicketDecider::replay);
    }

    @Override
    public CommandPipeline.Lookup<TicketId, Option<Ticket>, TicketEvent> lookUp(TenantId tenant, String key,
        TicketId target) {
      TicketStore.CommandLookup found = store.lookUp(tenant, key, target);
      return found.recorded().isDefined()
          ? new CommandPipeline.Lookup<>(found.recorded().map(r -> new CommandPipeline.Recorded<>(r.ticketId(),
              r.fingerprint(), r.events())), Option.none())
          : new CommandPipeline.Lookup<>(Option.none(), Option.some(remembered(TicketDecider.replay(found.history()))));
    }

    @Override
    public long version(Option<Ticket> state) {
      return state.map(Ticket::version).getOrElse(0L);
    }

    @Override
    public Option<Rejection> authorise(CommandContext ctx, TicketCommand command, Option<Ticket> state) {
      Option<String> refusal = access.refusal(ctx, command, state);
      if (refusal.isDefined()) {
        return Option.some(Rejection.of(RejectionCode.NOT_AUTHORISED, refusal.get()));
      }
      // The decider reports a link its source may not hold; the target is checked only for links it may hold.
      if (command instanceof TicketCommand.AddLink link && state.isDefined()
          && link.link().type().allowsSource(state.get().kind())) {
        Option<Rejection> target = linkTarget(ctx, link);
        if (target.isDefined()) {
          return target;
        }
      }
      for (CommandPolicy policy : policies) {
        Option<Rejection> verdict = policy.check(ctx, command, state);
        if (verdict.isDefined()) {
          return verdict;
        }
      }
      return Option.none();
    }

    @Override
    public Either<Rejection, Seq<TicketEvent>> decide(CommandContext ctx, TicketCommand command,
        Option<Ticket> state) {
      return decider.decide(ctx, command, state);
    }

    @Override
    public CommandPipeline.Appended<TicketId, TicketEvent> append(TenantId tenant, TicketId target,
        long expectedVersion, String key, String fingerprint, Seq<TicketEvent> events) {
      return appended(store.append(tenant, target, expectedVersion, new TicketStore.CommandKey(key, fingerprint),
          events));
    }

    /**
     * Where the ticket store keeps the views, computes the view after the events and hands it to the append, so
     * both commit together; a view that cannot be computed is logged and the events appended without it.
     */
    @Override
    public CommandPipeline.Appended<TicketId, TicketEvent> append(TenantId tenant, TicketId target,
        long expectedVersion, String key, String fingerprint, Option<Ticket> before, Seq<TicketEvent> events) {
      if (!viewsInTransaction) {
        return append(tenant, target, expectedVersion, key, fingerprint, events);
      }
      TicketStore.CommandKey command = new TicketStore.CommandKey(key, fingerprint);
      Option<TicketView> view = Option.none();
      try {
        Ticket after = evolved(before, events).get();
        view = Option.some(view(after, () -> history(tenant, target, expectedVersion).appendAll(events)));
      } catch (RuntimeException e) {
        LOG.warn("the view of {}/{} could not be computed; it is stale until the next command or a rebuild", tenant,
            target, e);
      }
      return appended(view.isDefined() ? store.append(tenant, target, expectedVersion, command, events, view.get())
          : store.append(tenant, target, expectedVersion, command, events));
    }

    /** The ticket's history at {@code version}: the store's recent one when it holds exactly that, else read. */
    private Seq<TicketEvent> history(TenantId tenant, TicketId target, long version) {
      if (version == 0) {
        return io.vavr.collection.Vector.empty();
      }
      return store.recentHistory(tenant, target).filter(h -> h.size() == version)
          .getOrElse(() -> store.load(tenant, target));
    }

    private CommandPipeline.Appended<TicketId, TicketEvent> appended(AppendResult result) {
      if (result instanceof AppendResult.VersionConflict c) {
        return new CommandPipeline.Appended.Conflict<>(c.actualVersion());
      }
      if (result instanceof AppendResult.DuplicateCommand d) {
        return new CommandPipeline.Appended.Duplicate<>(new CommandPipeline.Recorded<>(d.previous().ticketId(),
            d.previous().fingerprint(), d.previous().events()));
      }
      return new CommandPipeline.Appended.Stored<>();
    }

    @Override
    public Option<Ticket> evolve(Option<Ticket> state, Seq<TicketEvent> events) {
      // Called once the events are stored: the result is the ticket's state at the version the append made.
      Option<Ticket> next = evolved(state, events);
      if (!viewsInTransaction) {
        viewed(next);
      }
      return remembered(next);
    }

    private Option<Ticket> evolved(Option<Ticket> state, Seq<TicketEvent> events) {
      Option<Ticket> next = state;
      for (TicketEvent e : events) {
        next = Option.some(TicketDecider.evolve(next, e));
      }
      return next;
    }

    /**
     * Puts the ticket's view, equal to the projection of its events (a property holds the two equal), computed from
     * the state in hand rather than by reading the stored view back.
     */
    private void viewed(Option<Ticket> state) {
      if (views.isEmpty() || state.isEmpty()) {
        return;
      }
      Ticket ticket = state.get();
      // The clocks replay the whole history; the store's recent history saves the read when it holds it.
      TicketView view = view(ticket, () -> history(ticket.tenant(), ticket.id(), ticket.version()));
      try {
        views.get().put(view);
      } catch (RuntimeException e) {
        LOG.warn("the view of {}/{} could not be kept; it is stale until the next command or a rebuild",
            state.get().tenant(), state.get().id(), e);
      }
    }

    /** The ticket's view, with its due times from {@code history} (the ticket's whole history) when asked for. */
    private TicketView view(Ticket ticket, java.util.function.Supplier<Seq<TicketEvent>> history) {
      TicketView view = TicketView.of(ticket, projection.keptFields());
      if (withDueTimes) {
        try {
          view = view.withDue(dueTimes.of(history.get(), ticket.updatedAt()));
        } catch (RuntimeException e) {
          LOG.warn("the due times of {}/{} could not be computed; its view has none", ticket.tenant(), ticket.id(),
              e);
        }
      }
      return view;
    }

    /** Offers a state read or stored to the snapshots; a failing snapshot store costs speed, never the answer. */
    private Option<Ticket> remembered(Option<Ticket> state) {
      if (state.isDefined()) {
        try {
          snapshots.offer(state.get());
        } catch (RuntimeException e) {
          LOG.debug("a snapshot of {} could not be kept", state.get().id(), e);
        }
      }
      return state;
    }

    @Override
    public Option<Rejection> published(CommandContext ctx, Option<Ticket> before, Seq<TicketEvent> events) {
      try {
        sink.published(events);
        return Option.none();
      } catch (RuntimeException e) {
        LOG.warn("notification sink failed on {} event(s) of {}/{}; the events are stored", events.size(),
            ctx.tenant(), ctx.ticketId(), e);
        return Option.some(Rejection.portFailure("notify", e));
      }
    }

    @Override
    public Rejection rejected(CommandContext ctx, TicketCommand command, Rejection rejection) {
      try {
        sink.rejected(new CommandRejected(ctx, command, rejection));
      } catch (RuntimeException e) {
        LOG.warn("notification sink failed on a rejection of {} on {}/{}", command.type(), ctx.tenant(),
            ctx.ticketId(), e);
      }
      return rejection;
    }
  }

  private Option<Rejection> linkTarget(CommandContext ctx, TicketCommand.AddLink link) {
    TicketId target = link.link().target();
    if (target.equals(ctx.ticketId())) {
      return Option.none(); // the decider refuses self-links with a field-level message
    }
    Option<Ticket> t = TicketDecider.replay(store.load(ctx.tenant(), target));
    if (t.isEmpty()) {
      return Option.some(Rejection.invalid(RejectionCode.NOT_FOUND, List.of(Violation.of("link.target",
          Violation.UNKNOWN, "no ticket " + target + " in tenant " + ctx.tenant()))));
    }
    if (!link.link().type().allowsTarget(t.get().kind())) {
      return Option.some(Rejection.invalid(RejectionCode.INVALID_INPUT, List.of(Violation.of("link.target",
          Violation.INVALID, "a " + link.link().type() + " link cannot point at a " + t.get().kind()))));
    }
    return Option.none();
  }

  private static <T> Either<Rejection, T> port(String operation, Supplier<T> call) {
    return Rejection.fromPort(operation, call);
  }

  /** Configures a {@link ServiceDesk}. Not thread-safe; build once and share the desk. */
  public static final class Builder {
    private TicketStore store = new InMemoryTicketStore();
    private TicketSnapshots snapshots = new InMemoryTicketSnapshots();
    private NotificationSink sink = NotificationSink.none();
    private AccessPolicy access = AccessPolicy.permitAll();
    private TicketIdGenerator ids = new SequentialTicketIds();
    private InstantSource clock = InstantSource.system();
    private TicketDecider decider = TicketDecider.standard();
    private Seq<CommandPolicy> policies = List.empty();
    private ReadPolicy reads = ReadPolicy.permitAll();
    private Option<TicketViewStore> views = Option.none();
    private TicketProjection projection = TicketProjection.standard();
    private DueTimes dueTimes = DueTimes.none();
    private boolean withDueTimes;

    private Builder() {}

    /**
     * Keeps each ticket's {@link TicketView} in {@code value} as commands are stored (none unless given), for work
     * queues ({@link TicketQueues}).
     */
    public Builder views(TicketViewStore value) {
      this.views = Option.some(Checks.notNull(value, "views"));
      return this;
    }

    /**
     * Computes each view's service level due times (itsm-sla's {@code SlaDueTimes}); none unless given. The clocks
     * replay the ticket's whole history, read from the store when it does not hold it already.
     */
    public Builder dueTimes(DueTimes value) {
      this.dueTimes = Checks.notNull(value, "dueTimes");
      this.withDueTimes = true;
      return this;
    }

    /** The projection of the views, and so the ticket fields they keep ({@link TicketProjection#standard()}). */
    public Builder viewProjection(TicketProjection value) {
      this.projection = Checks.notNull(value, "viewProjection");
      return this;
    }

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

    /**
     * Where current states are kept beside the histories, so that a command does not replay its ticket's history
     * (see {@link TicketSnapshots}); default a new {@link InMemoryTicketSnapshots} of {@value
     * InMemoryTicketSnapshots#DEFAULT_TICKETS} tickets. {@link TicketSnapshots#none()} makes every command read and
     * replay the history.
     */
    public Builder snapshots(TicketSnapshots value) {
      this.snapshots = Checks.notNull(value, "snapshots");
      return this;
    }

    /** Who hears of accepted and refused commands; default nobody. */
    public Builder notificationSink(NotificationSink value) {
      this.sink = Checks.notNull(value, "notificationSink");
      return this;
    }

    /** Who may read which ticket ({@link ServiceDesk#ticket(TenantId, Actor, TicketId)}); default everyone. */
    public Builder readPolicy(ReadPolicy value) {
      this.reads = Checks.notNull(value, "readPolicy");
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
