package io.itsm4j.core.catalogue;

import static io.itsm4j.core.catalogue.Fixtures.MANAGER;
import static io.itsm4j.core.catalogue.Fixtures.TENANT;
import static io.itsm4j.core.catalogue.Fixtures.ci;
import static io.itsm4j.core.catalogue.Fixtures.defineService;
import static io.itsm4j.core.catalogue.Fixtures.registerCi;
import static io.itsm4j.core.catalogue.Fixtures.relate;
import static io.itsm4j.core.catalogue.Fixtures.svc;
import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.application.CatalogueResult;
import io.itsm4j.core.application.CatalogueService;
import io.itsm4j.core.memory.InMemoryCatalogueStore;
import io.itsm4j.core.port.CatalogueAppendResult;
import io.itsm4j.core.port.CatalogueListener;
import io.itsm4j.core.port.CatalogueStore;
import io.itsm4j.core.port.RecordedCatalogueCommand;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The catalogue service: versions, conflicts, idempotency, failing ports, and impact questions. */
class CatalogueServiceTest {
  private static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");
  private final InMemoryCatalogueStore store = new InMemoryCatalogueStore();
  private final CatalogueService service = CatalogueService.builder().store(store)
      .clock(InstantSource.fixed(NOW)).build();

  private CatalogueResult ok(String key, CatalogueCommand command) {
    Either<Rejection, CatalogueResult> r = service.execute(TENANT, MANAGER, key, command);
    assertThat(r.isRight()).as("%s: %s", command, r).isTrue();
    return r.get();
  }

  @Test
  void commandsBecomeEventsStampedWithTheClockAndTheCatalogueFollows() {
    CatalogueResult r = ok("k1", defineService("mail", Lifecycle.LIVE, "sales"));
    assertThat(r.replayed()).isFalse();
    assertThat(r.catalogue().version()).isEqualTo(1);
    assertThat(r.events().head().occurredAt()).isEqualTo(NOW);
    assertThat(r.events().head().header().commandId()).isEqualTo("k1");
    ok("k2", registerCi("mx-1"));
    ok("k3", relate(svc("mail"), RelationshipType.DEPENDS_ON, ci("mx-1")));
    assertThat(store.version(TENANT)).isEqualTo(3);
    assertThat(service.catalogue(TENANT).get().relationships()).hasSize(1);
    assertThat(service.outage(TENANT, List.of(ConfigurationItemId.of("mx-1"))).get().customers())
        .containsExactly(CustomerId.of("sales"));
    assertThat(service.dependencies(TENANT, ServiceId.of("mail")).get().configurationItems())
        .containsExactly(ConfigurationItemId.of("mx-1"));
    assertThat(service.outage(TENANT, List.of(ConfigurationItemId.of("ghost"))).getLeft().code())
        .isEqualTo(RejectionCode.NOT_FOUND);
  }

  @Test
  void aStaleUpdateIsAConflictNeverALostUpdate() {
    ok("k1", defineService("mail", Lifecycle.PIPELINE));
    long seen = service.catalogue(TENANT).get().version();
    ok("k2", new CatalogueCommand.ReviseService(ImmutableService.copyOf(Fixtures.service("mail", Lifecycle.PIPELINE))
        .withName("Mail by Alice")));
    Either<Rejection, CatalogueResult> bob = service.execute(TENANT, MANAGER, "k3", new CatalogueCommand.ReviseService(
        ImmutableService.copyOf(Fixtures.service("mail", Lifecycle.PIPELINE)).withName("Mail by Bob")), seen);
    assertThat(bob.getLeft().code()).isEqualTo(RejectionCode.VERSION_CONFLICT);
    assertThat(service.catalogue(TENANT).get().service(ServiceId.of("mail")).get().name()).isEqualTo("Mail by Alice");
    assertThat(store.version(TENANT)).isEqualTo(2);
  }

  @Test
  void aWriterThatGetsInBetweenDecideAndAppendMakesTheCommandAConflict() {
    AtomicBoolean raced = new AtomicBoolean();
    CatalogueStore racing = new Delegating(store) {
      @Override
      public CatalogueAppendResult append(TenantId tenant, long expectedVersion, CommandKey command,
          Seq<CatalogueEvent> events) {
        if (raced.compareAndSet(false, true)) {
          CatalogueEvent other = new CatalogueEvent.CiRegistered(new CatalogueEventHeader(tenant, expectedVersion + 1,
              NOW, MANAGER.id(), "other"), ConfigurationItem.of("other", "Other", "server"));
          store.append(tenant, expectedVersion, new CommandKey("other", "fp"), List.of(other));
        }
        return super.append(tenant, expectedVersion, command, events);
      }
    };
    CatalogueService s = CatalogueService.builder().store(racing).build();
    Either<Rejection, CatalogueResult> r = s.execute(TENANT, MANAGER, "mine", registerCi("mine"));
    assertThat(r.getLeft().code()).isEqualTo(RejectionCode.VERSION_CONFLICT);
    assertThat(store.load(TENANT, 0)).hasSize(1);
    assertThat(s.execute(TENANT, MANAGER, "mine", registerCi("mine")).isRight()).isTrue();
  }

  @Test
  void concurrentWritersLoseNoUpdate() throws Exception {
    int writers = 4;
    int perWriter = 25;
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
    java.util.concurrent.atomic.AtomicInteger conflicts = new java.util.concurrent.atomic.AtomicInteger();
    try {
      java.util.List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
      for (int w = 0; w < writers; w++) {
        int writer = w;
        done.add(pool.submit(() -> {
          for (int i = 0; i < perWriter; i++) {
            String id = "ci-" + writer + "-" + i;
            Either<Rejection, CatalogueResult> r;
            do {
              r = service.execute(TENANT, MANAGER, id, registerCi(id));
              if (r.isLeft()) {
                assertThat(r.getLeft().code()).isEqualTo(RejectionCode.VERSION_CONFLICT);
                conflicts.incrementAndGet();
              }
            } while (r.isLeft());
          }
          return null;
        }));
      }
      for (java.util.concurrent.Future<?> f : done) {
        f.get(60, java.util.concurrent.TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    Seq<CatalogueEvent> history = store.load(TENANT, 0);
    assertThat(history.map(CatalogueEvent::version)).containsExactlyElementsOf(
        io.vavr.collection.List.rangeClosed(1L, (long) writers * perWriter));
    assertThat(service.catalogue(TENANT).get().configurationItems()).hasSize(writers * perWriter);
  }

  @Test
  void aRetryAppendsNothingTwiceAndAReusedKeyIsRefused() {
    CatalogueResult first = ok("k1", registerCi("db-1"));
    CatalogueResult retry = ok("k1", registerCi("db-1"));
    assertThat(retry.replayed()).isTrue();
    assertThat(retry.events()).isEqualTo(first.events());
    assertThat(store.version(TENANT)).isEqualTo(1);
    Either<Rejection, CatalogueResult> other = service.execute(TENANT, MANAGER, "k1", registerCi("db-2"));
    assertThat(other.getLeft().code()).isEqualTo(RejectionCode.IDEMPOTENCY_KEY_REUSED);
    assertThat(service.execute(TENANT, MANAGER, " ", registerCi("db-2")).getLeft().code())
        .isEqualTo(RejectionCode.INVALID_INPUT);
  }

  @Test
  void aFailingStoreIsAPortFailureAndLeavesNothingWritten() {
    RuntimeException boom = new IllegalStateException("disk full");
    CatalogueStore failing = new Delegating(store) {
      @Override
      public CatalogueAppendResult append(TenantId tenant, long expectedVersion, CommandKey command,
          Seq<CatalogueEvent> events) {
        throw boom;
      }
    };
    CatalogueService s = CatalogueService.builder().store(failing).build();
    Rejection r = s.execute(TENANT, MANAGER, "k1", registerCi("db-1")).getLeft();
    assertThat(r.code()).isEqualTo(RejectionCode.PORT_FAILURE);
    assertThat(r.cause()).contains(boom);
    assertThat(r.message()).contains("append").contains("disk full");
    assertThat(store.version(TENANT)).isZero();
    assertThat(s.catalogue(TENANT).get().version()).isZero();
  }

  @Test
  void theListenerHearsEveryChangeAndEveryRefusalAndItsFailureUndoesNothing() {
    java.util.List<CatalogueEvent> heard = new java.util.ArrayList<>();
    java.util.List<RejectionCode> refusals = new java.util.ArrayList<>();
    AtomicBoolean fail = new AtomicBoolean();
    CatalogueService s = CatalogueService.builder().store(store).listener(new CatalogueListener() {
      @Override
      public void published(Seq<CatalogueEvent> events) {
        if (fail.get()) {
          throw new IllegalStateException("audit trail offline");
        }
        events.forEach(heard::add);
      }

      @Override
      public void rejected(CatalogueContext context, CatalogueCommand command, Rejection rejection) {
        refusals.add(rejection.code());
      }
    }).build();
    s.execute(TENANT, MANAGER, "k1", registerCi("db-1"));
    s.execute(TENANT, MANAGER, "k2", registerCi("db-1"));
    s.execute(TENANT, MANAGER, "k3", registerCi("db-2"), 0);
    s.execute(TENANT, MANAGER, "k1", registerCi("db-9"));
    s.execute(TENANT, MANAGER, "k1\u0000", registerCi("db-9"));
    assertThat(heard).extracting(CatalogueEvent::type).containsExactly("ci-registered");
    // A reused key is a refusal like any other; a malformed key is not a well-formed request and is not heard.
    assertThat(refusals).containsExactly(RejectionCode.ALREADY_EXISTS, RejectionCode.VERSION_CONFLICT,
        RejectionCode.IDEMPOTENCY_KEY_REUSED);

    fail.set(true);
    CatalogueResult r = s.execute(TENANT, MANAGER, "k4", registerCi("db-3")).get();
    assertThat(r.notificationFailure().get()).hasMessage("audit trail offline");
    assertThat(store.version(TENANT)).isEqualTo(2);
  }

  @Test
  void tenantsSeeOnlyTheirOwnCatalogue() {
    ok("k1", registerCi("db-1"));
    TenantId other = TenantId.of("globex");
    assertThat(service.catalogue(other).get().configurationItems()).isEmpty();
    assertThat(service.execute(other, MANAGER, "k1", registerCi("db-1")).get().replayed()).isFalse();
  }

  /** Delegates everything; tests override one method. */
  private static class Delegating implements CatalogueStore {
    private final CatalogueStore inner;

    Delegating(CatalogueStore inner) {
      this.inner = inner;
    }

    @Override
    public Seq<CatalogueEvent> load(TenantId tenant, long afterVersion) {
      return inner.load(tenant, afterVersion);
    }

    @Override
    public long version(TenantId tenant) {
      return inner.version(tenant);
    }

    @Override
    public CatalogueAppendResult append(TenantId tenant, long expectedVersion, CommandKey command,
        Seq<CatalogueEvent> events) {
      return inner.append(tenant, expectedVersion, command, events);
    }

    @Override
    public Option<RecordedCatalogueCommand> findCommand(TenantId tenant, String idempotencyKey) {
      return inner.findCommand(tenant, idempotencyKey);
    }
  }

  @Test
  void theAccessPolicyGuardsEveryCommandAndEveryReplayWithItsReason() {
    CatalogueService guarded = CatalogueService.builder().store(store)
        .accessPolicy(io.itsm4j.core.port.CatalogueAccessPolicy.requireRole("catalogue-manager")).build();
    io.itsm4j.core.Actor manager = io.itsm4j.core.Actor.of("olivia", "catalogue-manager");
    io.itsm4j.core.Actor outsider = io.itsm4j.core.Actor.of("mallory");
    assertThat(guarded.execute(TENANT, manager, "k1", registerCi("db-1")).isRight()).isTrue();
    Rejection refused = guarded.execute(TENANT, outsider, "k2", registerCi("db-2")).getLeft();
    assertThat(refused.code()).isEqualTo(RejectionCode.NOT_AUTHORISED);
    assertThat(refused.message()).contains("the role catalogue-manager is required");
    assertThat(guarded.execute(TENANT, outsider, "k1", registerCi("db-1")).getLeft().code())
        .as("a replay under the manager's key").isEqualTo(RejectionCode.NOT_AUTHORISED);
    assertThat(guarded.execute(TENANT, manager, "k1", registerCi("db-1")).get().replayed()).isTrue();
    assertThat(store.version(TENANT)).isEqualTo(1);
  }
}
