package io.itsm4j.sla.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.ActorId;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.catalogue.CustomerId;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.sla.port.ServiceReviewStore;
import io.itsm4j.sla.review.ActionStatus;
import io.itsm4j.sla.review.HeldReview;
import io.itsm4j.sla.review.ReviewAction;
import io.vavr.collection.Vector;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ServiceReviewStore}: reviews recorded once per customer, service and day, refused when
 * they differ or reuse another review's action id, listed oldest first per tenant; action statuses changed by
 * compare-and-set, one winner among racing writers; tenants apart. A host adapter extends it and gives {@link
 * #store()}.
 */
public abstract class AbstractServiceReviewStoreContractTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final TenantId GLOBEX = TenantId.of("globex");
  private static final CustomerId RETAIL = CustomerId.of("retail");
  private static final ServiceId EMAIL = ServiceId.of("email");
  private static final ActorId OWNER = ActorId.of("owner");

  /** A fresh, empty store of the adapter under test. */
  protected abstract ServiceReviewStore store();

  private static HeldReview review(String day, String... actionIds) {
    LocalDate on = LocalDate.parse(day);
    Vector<ReviewAction> actions = Vector.of(actionIds)
        .map(id -> ReviewAction.open(id, "do " + id + " ünï\nsecond line", OWNER, on.plusDays(30)));
    return new HeldReview(RETAIL, EMAIL, on, Instant.parse(day + "T00:00:00Z").minusSeconds(90L * 86_400),
        Instant.parse(day + "T00:00:00Z"), actions, "minutes of " + day);
  }

  @Test
  void a_review_is_recorded_once_and_listed_oldest_first() {
    ServiceReviewStore store = store();
    assertThat(store.record(ACME, review("2026-06-30", "a-2")).get()).isTrue();
    assertThat(store.record(ACME, review("2026-03-31", "a-1")).get()).isTrue();
    assertThat(store.record(ACME, review("2026-03-31", "a-1")).get()).isFalse();
    assertThat(store.held(ACME, RETAIL, EMAIL).map(HeldReview::heldOn))
        .containsExactly(LocalDate.parse("2026-03-31"), LocalDate.parse("2026-06-30"));
    assertThat(store.held(ACME, RETAIL, EMAIL).head()).isEqualTo(review("2026-03-31", "a-1"));
    assertThat(store.held(ACME, RETAIL, ServiceId.of("crm"))).isEmpty();
    assertThat(store.all(ACME)).hasSize(2);
  }

  @Test
  void another_review_on_the_same_day_or_an_action_id_in_use_is_refused_and_writes_nothing() {
    ServiceReviewStore store = store();
    store.record(ACME, review("2026-03-31", "a-1")).get();
    assertThat(store.record(ACME, review("2026-03-31", "a-9")).getLeft().code())
        .isEqualTo(RejectionCode.ALREADY_EXISTS);
    assertThat(store.record(ACME, review("2026-06-30", "a-2", "a-1")).getLeft().code())
        .isEqualTo(RejectionCode.ALREADY_EXISTS);
    assertThat(store.all(ACME)).containsExactly(review("2026-03-31", "a-1"));
    assertThat(store.setStatus(ACME, "a-2", ActionStatus.OPEN, ActionStatus.DONE).getLeft().code())
        .isEqualTo(RejectionCode.NOT_FOUND);
    assertThat(store.setStatus(ACME, "a-9", ActionStatus.OPEN, ActionStatus.DONE).getLeft().code())
        .isEqualTo(RejectionCode.NOT_FOUND);
  }

  @Test
  void an_action_status_changes_only_from_the_status_expected() {
    ServiceReviewStore store = store();
    store.record(ACME, review("2026-03-31", "a-1", "a-2")).get();
    ReviewAction done = store.setStatus(ACME, "a-1", ActionStatus.OPEN, ActionStatus.DONE).get();
    assertThat(done.status()).isEqualTo(ActionStatus.DONE);
    assertThat(store.setStatus(ACME, "a-1", ActionStatus.OPEN, ActionStatus.DROPPED).getLeft().code())
        .isEqualTo(RejectionCode.VERSION_CONFLICT);
    assertThat(store.held(ACME, RETAIL, EMAIL).head().actions().map(ReviewAction::status))
        .containsExactly(ActionStatus.DONE, ActionStatus.OPEN);
    assertThat(store.held(ACME, RETAIL, EMAIL).head().minutes()).isEqualTo("minutes of 2026-03-31");
    assertThat(store.setStatus(ACME, "a-2", ActionStatus.OPEN, ActionStatus.DROPPED).get().id()).isEqualTo("a-2");
    assertThat(store.held(ACME, RETAIL, EMAIL).head().actions().map(ReviewAction::status))
        .containsExactly(ActionStatus.DONE, ActionStatus.DROPPED);
  }

  @Test
  void tenants_do_not_see_or_change_each_other() {
    ServiceReviewStore store = store();
    store.record(ACME, review("2026-03-31", "a-1")).get();
    assertThat(store.held(GLOBEX, RETAIL, EMAIL)).isEmpty();
    assertThat(store.all(GLOBEX)).isEmpty();
    assertThat(store.setStatus(GLOBEX, "a-1", ActionStatus.OPEN, ActionStatus.DONE).getLeft().code())
        .isEqualTo(RejectionCode.NOT_FOUND);
    assertThat(store.record(GLOBEX, review("2026-03-31", "a-1")).get()).isTrue();
    assertThat(store.setStatus(GLOBEX, "a-1", ActionStatus.OPEN, ActionStatus.DONE).isRight()).isTrue();
    assertThat(store.held(ACME, RETAIL, EMAIL).head().actions().head().status()).isEqualTo(ActionStatus.OPEN);
  }

  @Test
  void of_racing_status_changes_from_one_status_exactly_one_wins() throws Exception {
    ServiceReviewStore store = store();
    store.record(ACME, review("2026-03-31", "a-1")).get();
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        ActionStatus to = i % 2 == 0 ? ActionStatus.DONE : ActionStatus.DROPPED;
        results.add(pool.submit(() -> {
          start.await();
          return store.setStatus(ACME, "a-1", ActionStatus.OPEN, to).isRight();
        }));
      }
      start.countDown();
      int wins = 0;
      for (Future<Boolean> r : results) {
        wins += r.get(30, TimeUnit.SECONDS) ? 1 : 0;
      }
      assertThat(wins).isEqualTo(1);
      assertThat(store.held(ACME, RETAIL, EMAIL).head().actions().head().status()).isNotEqualTo(ActionStatus.OPEN);
    } finally {
      pool.shutdownNow();
    }
  }
}
