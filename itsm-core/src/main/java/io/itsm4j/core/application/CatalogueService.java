package io.itsm4j.core.application;

import io.itsm4j.core.Actor;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.catalogue.Catalogue;
import io.itsm4j.core.catalogue.CatalogueCommand;
import io.itsm4j.core.catalogue.CatalogueContext;
import io.itsm4j.core.catalogue.CatalogueDecider;
import io.itsm4j.core.catalogue.CatalogueEvent;
import io.itsm4j.core.change.ConfigurationDependencies;
import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.catalogue.impact.DependencyReport;
import io.itsm4j.core.catalogue.impact.ImpactReport;
import io.itsm4j.core.internal.Checks;
import io.itsm4j.core.memory.InMemoryCatalogueStore;
import io.itsm4j.core.port.CatalogueAccessPolicy;
import io.itsm4j.core.port.CatalogueAppendResult;
import io.itsm4j.core.port.CatalogueListener;
import io.itsm4j.core.port.CatalogueStore;
import io.itsm4j.core.port.TenantReadPolicy;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.InstantSource;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs catalogue commands through the {@link CatalogueStore}: catch up on the tenant's history → decide ({@link
 * CatalogueDecider}) → append with the expected version. Answers impact questions on the current catalogue through
 * an {@link ImpactAnalyzer}.
 *
 * <ul>
 *   <li><b>No lost updates</b>: the append expects the version the command was decided on; if another command got
 *       in first, this one is refused with {@link RejectionCode#VERSION_CONFLICT} and changes nothing. A sender that
 *       decided on what it saw (an edit form) passes that version, and a stale update is refused the same way.
 *   <li><b>Idempotency</b>: a command sent again under the same idempotency key appends nothing and returns the
 *       first outcome ({@link CatalogueResult#replayed()}); the same key with a different command is refused with
 *       {@link RejectionCode#IDEMPOTENCY_KEY_REUSED}. Keys are unique per tenant.
 *   <li><b>Failures</b>: an exception from the store is returned as {@link RejectionCode#PORT_FAILURE} with the
 *       exception as cause; the store's atomic append guarantees nothing half-written.
 *   <li><b>Authorisation</b>: the {@link CatalogueAccessPolicy} is asked before every command and every replay;
 *       a refusal is {@link RejectionCode#NOT_AUTHORISED} with the policy's reason.
 *   <li><b>Listening</b>: the {@link CatalogueListener} hears the events of every accepted command after they are
 *       stored, and every refusal of a well-formed command, so an audit trail records both. A failing listener
 *       does not undo stored events ({@link CatalogueResult#notificationFailure()}).
 *   <li><b>Reads</b>: the service keeps the latest catalogue of each tenant it has seen and reads only the events
 *       after it, so several service instances (host nodes) can share one store.
 * </ul>
 *
 * <p>Thread-safe: one instance serves any number of threads. Null arguments fail fast with a {@link
 * NullPointerException} naming the argument; everything else comes back as a {@link Rejection}.
 */
public final class CatalogueService {
  private static final Logger LOG = LoggerFactory.getLogger(CatalogueService.class);

  private final CatalogueStore store;
  private final CatalogueListener listener;
  private final InstantSource clock;
  private final ImpactAnalyzer analyzer;
  private final ConcurrentHashMap<TenantId, Catalogue> latest = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<TenantId, Graph> graphs = new ConcurrentHashMap<>();
  private final CatalogueAccessPolicy access;
  private final TenantReadPolicy reads;
  private final CommandPipeline<TenantId, Catalogue, CatalogueCommand, CatalogueContext, CatalogueEvent> pipeline;

  private CatalogueService(Builder b) {
    this.store = b.store;
    this.listener = b.listener;
    this.clock = b.clock;
    this.analyzer = b.analyzer;
    this.access = b.access;
    this.reads = b.reads;
    this.pipeline = CommandPipeline.of(new CatalogueSteps());
  }

  /** A builder with the embedded defaults: in-memory store, system clock, an analyzer of default capacity. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Runs a command on the tenant's current catalogue.
   *
   * @return the catalogue after the command and the events it appended, or why not
   * @throws NullPointerException if an argument is null
   */
  public Either<Rejection, CatalogueResult> execute(TenantId tenant, Actor actor, String idempotencyKey,
      CatalogueCommand command) {
    return run(tenant, actor, idempotencyKey, command, Option.none());
  }

  /**
   * Runs a command that was decided on what the sender saw at {@code expectedVersion}; refused with {@link
   * RejectionCode#VERSION_CONFLICT} if the catalogue has moved on since.
   *
   * @return the catalogue after the command and the events it appended, or why not
   * @throws NullPointerException if an argument is null
   */
  public Either<Rejection, CatalogueResult> execute(TenantId tenant, Actor actor, String idempotencyKey,
      CatalogueCommand command, long expectedVersion) {
    return run(tenant, actor, idempotencyKey, command, Option.some(expectedVersion));
  }

  /**
   * The tenant's catalogue as {@code actor} may see it: the {@link TenantReadPolicy} is asked first (records {@value
   * TenantReadPolicy#CATALOGUE}).
   *
   * @return the catalogue (empty at version 0 if the tenant has none); {@link RejectionCode#NOT_AUTHORISED} with the
   *     policy's reason; or a port failure
   * @throws NullPointerException if an argument is null
   */
  public Either<Rejection, Catalogue> catalogue(TenantId tenant, Actor actor) {
    return permitted(tenant, actor).flatMap(ok -> catalogue(tenant));
  }

  /**
   * What an outage of the given configuration items affects, as {@code actor} may ask: read rules as for {@link
   * #catalogue(TenantId, Actor)}.
   *
   * @return the report; {@link RejectionCode#NOT_AUTHORISED}; {@link RejectionCode#NOT_FOUND} naming unknown items;
   *     or a port failure
   * @throws NullPointerException if an argument is null
   */
  public Either<Rejection, ImpactReport> outage(TenantId tenant, Actor actor, Iterable<ConfigurationItemId> failed) {
    Checks.notNull(failed, "failed");
    return permitted(tenant, actor).flatMap(ok -> outage(tenant, failed));
  }

  /**
   * Everything a service depends on, as {@code actor} may ask: read rules as for {@link #catalogue(TenantId,
   * Actor)}.
   *
   * @return the report; {@link RejectionCode#NOT_AUTHORISED}; {@link RejectionCode#NOT_FOUND} for an unknown
   *     service; or a port failure
   * @throws NullPointerException if an argument is null
   */
  public Either<Rejection, DependencyReport> dependencies(TenantId tenant, Actor actor, ServiceId service) {
    Checks.notNull(service, "service");
    return permitted(tenant, actor).flatMap(ok -> dependencies(tenant, service));
  }

  private Either<Rejection, Boolean> permitted(TenantId tenant, Actor actor) {
    return reads.verdict(tenant, actor, TenantReadPolicy.CATALOGUE).toLeft(true);
  }

  /**
   * The tenant's catalogue as it is now (empty at version 0 if it has none). For trusted host code (the SLA
   * selection, the host's own jobs): it names no actor and passes no {@link TenantReadPolicy}; serve people through
   * {@link #catalogue(TenantId, Actor)}.
   *
   * @return the catalogue, or a port failure
   * @throws NullPointerException if {@code tenant} is null
   */
  public Either<Rejection, Catalogue> catalogue(TenantId tenant) {
    Checks.notNull(tenant, "tenant");
    Catalogue known = latest.getOrDefault(tenant, Catalogue.empty(tenant));
    return port("load", () -> store.load(tenant, known.version()))
        .flatMap(events -> port("replay", () -> CatalogueDecider.replay(known, events)))
        .map(c -> remember(tenant, c));
  }

  /**
   * What an outage of the given configuration items affects in the tenant's current catalogue. For trusted host
   * code; serve people through {@link #outage(TenantId, Actor, Iterable)}.
   *
   * @return the report, {@link RejectionCode#NOT_FOUND} naming unknown items, or a port failure
   * @throws NullPointerException if an argument is null
   */
  public Either<Rejection, ImpactReport> outage(TenantId tenant, Iterable<ConfigurationItemId> failed) {
    Checks.notNull(failed, "failed");
    return catalogue(tenant).flatMap(c -> analyzer.outage(c, failed));
  }

  /**
   * Everything a service of the tenant's current catalogue depends on. For trusted host code; serve people through
   * {@link #dependencies(TenantId, Actor, ServiceId)}.
   *
   * @return the report, {@link RejectionCode#NOT_FOUND} for an unknown service, or a port failure
   * @throws NullPointerException if an argument is null
   */
  public Either<Rejection, DependencyReport> dependencies(TenantId tenant, ServiceId service) {
    Checks.notNull(service, "service");
    return catalogue(tenant).flatMap(c -> analyzer.dependencies(c, service));
  }

  /**
   * The tenant's live catalogue as the configuration graph change enablement reads ({@code
   * ChangeEnablement.Builder.dependencies}): each question reads the current catalogue (only the events since the
   * last read) and answers from an index of its relationships, rebuilt only when the graph has changed
   * ({@link ConfigurationDependencies#fromCatalogue}).
   *
   * <p>Thread-safe. If the store fails, a question throws {@link IllegalStateException} with the store's exception
   * as cause; the service desk reports it as {@link RejectionCode#PORT_FAILURE}.
   *
   * @throws NullPointerException if {@code tenant} is null
   */
  public ConfigurationDependencies configurationDependencies(TenantId tenant) {
    Checks.notNull(tenant, "tenant");
    return item -> {
      Catalogue current = catalogue(tenant).getOrElseThrow(r -> new IllegalStateException(
          "the catalogue of " + tenant + " could not be read: " + r.message(), r.cause().getOrNull()));
      Graph graph = graphs.compute(tenant, (t, known) -> known != null && known.version == current.graphVersion()
          ? known : new Graph(current.graphVersion(), ConfigurationDependencies.fromCatalogue(current)));
      return graph.dependencies.dependenciesOf(item);
    };
  }

  /** A tenant's configuration graph as of a graph version. */
  private record Graph(long version, ConfigurationDependencies dependencies) {}

  /** The analyzer this service answers impact questions with, e.g. to query a compiled graph repeatedly. */
  public ImpactAnalyzer analyzer() {
    return analyzer;
  }

  private Either<Rejection, CatalogueResult> run(TenantId tenant, Actor actor, String key, CatalogueCommand command,
      Option<Long> expectedVersion) {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(actor, "actor");
    Checks.notNull(key, "idempotencyKey");
    Checks.notNull(command, "command");
    return pipeline.run(new CommandPipeline.Request<>(tenant, key, CommandPipeline.Target.named(tenant), command,
            expectedVersion, t -> new CatalogueContext(t, actor, key, clock.instant())))
        .map(o -> new CatalogueResult(o.state(), o.events(), o.replayed(),
            o.notificationFailure().flatMap(Rejection::cause)));
  }

  /** The catalogue's part of the pipeline: the store, the decider, the listener. */
  private final class CatalogueSteps
      implements CommandPipeline.Steps<TenantId, Catalogue, CatalogueCommand, CatalogueContext, CatalogueEvent> {
    @Override
    public Option<CommandPipeline.Recorded<TenantId, CatalogueEvent>> findCommand(TenantId tenant, String key) {
      return store.findCommand(tenant, key).map(r -> new CommandPipeline.Recorded<>(tenant, r.fingerprint(),
          r.events()));
    }

    @Override
    public Catalogue load(TenantId tenant, TenantId target) {
      Catalogue known = latest.getOrDefault(tenant, Catalogue.empty(tenant));
      return remember(tenant, CatalogueDecider.replay(known, store.load(tenant, known.version())));
    }

    @Override
    public long version(Catalogue state) {
      return state.version();
    }

    @Override
    public Option<Rejection> authorise(CatalogueContext ctx, CatalogueCommand command, Catalogue state) {
      return access.refusal(ctx, command, state).map(reason -> Rejection.of(RejectionCode.NOT_AUTHORISED, reason));
    }

    @Override
    public Either<Rejection, Seq<CatalogueEvent>> decide(CatalogueContext ctx, CatalogueCommand command,
        Catalogue state) {
      return CatalogueDecider.decide(ctx, command, state);
    }

    @Override
    public CommandPipeline.Appended<TenantId, CatalogueEvent> append(TenantId tenant, TenantId target,
        long expectedVersion, String key, String fingerprint, Seq<CatalogueEvent> events) {
      CatalogueAppendResult result = store.append(tenant, expectedVersion,
          new CatalogueStore.CommandKey(key, fingerprint), events);
      if (result instanceof CatalogueAppendResult.VersionConflict c) {
        return new CommandPipeline.Appended.Conflict<>(c.actualVersion());
      }
      if (result instanceof CatalogueAppendResult.DuplicateCommand d) {
        return new CommandPipeline.Appended.Duplicate<>(new CommandPipeline.Recorded<>(tenant,
            d.previous().fingerprint(), d.previous().events()));
      }
      return new CommandPipeline.Appended.Stored<>();
    }

    @Override
    public Catalogue evolve(Catalogue state, Seq<CatalogueEvent> events) {
      return remember(state.tenant(), CatalogueDecider.replay(state, events));
    }

    @Override
    public Option<Rejection> published(CatalogueContext ctx, Catalogue before, Seq<CatalogueEvent> events) {
      try {
        listener.published(events);
        return Option.none();
      } catch (RuntimeException e) {
        LOG.warn("catalogue listener failed on {} event(s) of {}; the events are stored", events.size(),
            ctx.tenant(), e);
        return Option.some(Rejection.portFailure("notify", e));
      }
    }

    @Override
    public Rejection rejected(CatalogueContext ctx, CatalogueCommand command, Rejection rejection) {
      try {
        listener.rejected(ctx, command, rejection);
      } catch (RuntimeException e) {
        LOG.warn("catalogue listener failed on a rejection of {} in {}", command.type(), ctx.tenant(), e);
      }
      return rejection;
    }
  }

  private Catalogue remember(TenantId tenant, Catalogue c) {
    return latest.merge(tenant, c, (old, fresh) -> fresh.version() > old.version() ? fresh : old);
  }

  private static <T> Either<Rejection, T> port(String operation, Supplier<T> call) {
    return Rejection.fromPort(operation, call);
  }

  /** Configures a {@link CatalogueService}. Not thread-safe; build once and share the service. */
  public static final class Builder {
    private CatalogueStore store = new InMemoryCatalogueStore();
    private InstantSource clock = InstantSource.system();
    private CatalogueListener listener = CatalogueListener.none();
    private ImpactAnalyzer analyzer = ImpactAnalyzer.create();
    private CatalogueAccessPolicy access = CatalogueAccessPolicy.permitAll();
    private TenantReadPolicy reads = TenantReadPolicy.permitAll();

    private Builder() {}

    /** Where catalogue histories are stored; default a new {@link InMemoryCatalogueStore}. */
    public Builder store(CatalogueStore value) {
      this.store = Checks.notNull(value, "store");
      return this;
    }

    /** Who hears of accepted and refused catalogue commands (an audit trail); default nobody. */
    public Builder listener(CatalogueListener value) {
      this.listener = Checks.notNull(value, "listener");
      return this;
    }

    /** Where time comes from; default the system clock. */
    public Builder clock(InstantSource value) {
      this.clock = Checks.notNull(value, "clock");
      return this;
    }

    /**
     * Who may change the catalogue; default everyone ({@link CatalogueAccessPolicy#permitAll()}). Replays under a
     * recorded key are authorised again, like new commands.
     */
    public Builder accessPolicy(CatalogueAccessPolicy value) {
      this.access = Checks.notNull(value, "accessPolicy");
      return this;
    }

    /**
     * Who may read the catalogue and ask impact questions through the reads that name an actor; default everyone
     * ({@link TenantReadPolicy#permitAll()}).
     */
    public Builder readPolicy(TenantReadPolicy value) {
      this.reads = Checks.notNull(value, "readPolicy");
      return this;
    }

    /** The analyzer (and its cache of compiled graphs); default {@link ImpactAnalyzer#create()}. */
    public Builder analyzer(ImpactAnalyzer value) {
      this.analyzer = Checks.notNull(value, "analyzer");
      return this;
    }

    /** The service. */
    public CatalogueService build() {
      return new CatalogueService(this);
    }
  }
}
