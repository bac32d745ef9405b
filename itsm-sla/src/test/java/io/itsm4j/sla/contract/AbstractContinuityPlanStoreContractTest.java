package io.itsm4j.sla.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.ActorId;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.sla.continuity.ContinuityPlan;
import io.itsm4j.sla.continuity.Exercise;
import io.itsm4j.sla.port.ContinuityPlanStore;
import io.itsm4j.sla.port.ContinuityPlanStore.StoredPlan;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ContinuityPlanStore}: plans saved with optimistic versions (one winner among racing saves),
 * exercises recorded once per plan and time and refused for an unknown plan, tenants apart. A host adapter extends it
 * and gives {@link #store()}.
 */
public abstract class AbstractContinuityPlanStoreContractTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final TenantId GLOBEX = TenantId.of("globex");
  private static final Instant T0 = Instant.parse("2026-01-15T09:00:00Z");

  /** A fresh, empty store of the adapter under test. */
  protected abstract ContinuityPlanStore store();

  private static ContinuityPlan plan(String id, String criteria) {
    return new ContinuityPlan(id, Vector.of(ServiceId.of("email"), ServiceId.of("crm")), ActorId.of("owner"),
        criteria, Duration.ofDays(180), T0, Option.none());
  }

  private static Exercise exercise(String plan, Instant at, long minutes) {
    return new Exercise(plan, Exercise.Kind.SIMULATION, at, Vector.of(new Exercise.Outcome(ServiceId.of("email"),
        Option.some(Duration.ofMinutes(minutes)), Option.some(Duration.ofMinutes(5)))), Vector.of("runbook step 4 ünï"));
  }

  @Test
  void a_plan_is_saved_at_version_one_and_updated_from_the_version_read() {
    ContinuityPlanStore store = store();
    assertThat(store.save(ACME, plan("dr-1", "site lost"), 0).get()).isEqualTo(1L);
    assertThat(store.save(ACME, plan("dr-1", "site lost for an hour"), 1).get()).isEqualTo(2L);
    assertThat(store.plan(ACME, "dr-1")).contains(new StoredPlan(plan("dr-1", "site lost for an hour"), 2));
    assertThat(store.save(ACME, plan("dr-1", "stale"), 1).getLeft().code()).isEqualTo(RejectionCode.VERSION_CONFLICT);
    assertThat(store.save(ACME, plan("dr-2", "new"), 3).getLeft().code()).isEqualTo(RejectionCode.VERSION_CONFLICT);
    assertThat(store.plan(ACME, "dr-1").get().plan().invocationCriteria()).isEqualTo("site lost for an hour");
    assertThat(store.plan(ACME, "dr-2")).isEmpty();
    store.save(ACME, plan("a-0", "first by id"), 0).get();
    assertThat(store.plans(ACME).map(p -> p.plan().id())).containsExactly("a-0", "dr-1");
  }

  @Test
  void an_exercise_is_recorded_once_per_plan_and_time_and_only_for_a_known_plan() {
    ContinuityPlanStore store = store();
    assertThat(store.recordExercise(ACME, exercise("dr-1", T0, 30)).getLeft().code())
        .isEqualTo(RejectionCode.NOT_FOUND);
    store.save(ACME, plan("dr-1", "site lost"), 0).get();
    Instant later = T0.plus(Duration.ofDays(90));
    assertThat(store.recordExercise(ACME, exercise("dr-1", later, 30)).get()).isTrue();
    assertThat(store.recordExercise(ACME, exercise("dr-1", T0, 45)).get()).isTrue();
    assertThat(store.recordExercise(ACME, exercise("dr-1", T0, 45)).get()).isFalse();
    assertThat(store.recordExercise(ACME, exercise("dr-1", T0, 50)).getLeft().code())
        .isEqualTo(RejectionCode.ALREADY_EXISTS);
    assertThat(store.exercises(ACME, "dr-1")).containsExactly(exercise("dr-1", T0, 45), exercise("dr-1", later, 30));
    assertThat(store.exercises(ACME, "dr-9")).isEmpty();
  }

  @Test
  void tenants_do_not_see_or_change_each_other() {
    ContinuityPlanStore store = store();
    store.save(ACME, plan("dr-1", "site lost"), 0).get();
    store.recordExercise(ACME, exercise("dr-1", T0, 30)).get();
    assertThat(store.plan(GLOBEX, "dr-1")).isEmpty();
    assertThat(store.plans(GLOBEX)).isEmpty();
    assertThat(store.exercises(GLOBEX, "dr-1")).isEmpty();
    assertThat(store.recordExercise(GLOBEX, exercise("dr-1", T0, 30)).getLeft().code())
        .isEqualTo(RejectionCode.NOT_FOUND);
    assertThat(store.save(GLOBEX, plan("dr-1", "theirs"), 0).get()).isEqualTo(1L);
    assertThat(store.plan(ACME, "dr-1").get().plan().invocationCriteria()).isEqualTo("site lost");
  }

  @Test
  void of_racing_saves_from_one_version_exactly_one_wins() throws Exception {
    ContinuityPlanStore store = store();
    store.save(ACME, plan("dr-1", "v1"), 0).get();
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        String criteria = "writer " + i;
        results.add(pool.submit(() -> {
          start.await();
          return store.save(ACME, plan("dr-1", criteria), 1).isRight();
        }));
      }
      start.countDown();
      int wins = 0;
      for (Future<Boolean> r : results) {
        wins += r.get(30, TimeUnit.SECONDS) ? 1 : 0;
      }
      assertThat(wins).isEqualTo(1);
      assertThat(store.plan(ACME, "dr-1").get().version()).isEqualTo(2L);
      assertThat(store.plan(ACME, "dr-1").get().plan().invocationCriteria()).startsWith("writer ");
    } finally {
      pool.shutdownNow();
    }
  }
}
