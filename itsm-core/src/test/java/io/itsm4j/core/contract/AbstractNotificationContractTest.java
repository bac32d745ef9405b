package io.itsm4j.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.Actor;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.application.CommandResult;
import io.itsm4j.core.application.ServiceDesk;
import io.itsm4j.core.memory.RecordingNotificationSink;
import io.itsm4j.core.port.NotificationSink;
import io.itsm4j.core.port.TicketStore;
import io.itsm4j.core.ticket.CommandRejected;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketFields;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.Urgency;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The {@link NotificationSink} contract as a {@link ServiceDesk} fulfils it over a given {@link TicketStore}:
 * extend this class and implement {@link #newStore()} to check that a store lets the desk deliver every accepted
 * command's events exactly once, in sequence order, and nothing for a refused or replayed command; and that a
 * throwing sink leaves the events stored and is reported in {@link CommandResult#notificationFailure()}.
 *
 * <p>A host whose own sink forwards to somewhere else (a queue, a mail gateway) overrides {@link
 * #deliverThrough(NotificationSink)} to put its sink in front of the recording one the kit reads from, and
 * {@link #awaitDelivery()} if its sink delivers asynchronously.
 */
public abstract class AbstractNotificationContractTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Actor AGENT = Actor.of("agent-1", "agent");
  private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2026-01-05T09:00:00Z"));

  /** A new, empty store, not shared with any earlier call. */
  protected abstract TicketStore newStore();

  /**
   * The sink the desk calls, delivering to {@code recorder}; by default {@code recorder} itself. A host puts its
   * own forwarding sink here.
   */
  protected NotificationSink deliverThrough(NotificationSink recorder) {
    return recorder;
  }

  /** Waits until everything handed to the sink has reached the recorder; by default nothing to wait for. */
  protected void awaitDelivery() {}

  private ServiceDesk desk(TicketStore store, NotificationSink sink) {
    return ServiceDesk.builder().ticketStore(store).notificationSink(deliverThrough(sink)).clock(CLOCK).build();
  }

  private static TicketCommand.Open incident() {
    return TicketCommand.Open.incident("Printer on fire", Impact.LOW, Urgency.HIGH);
  }

  @Test
  void everyAcceptedCommandIsDeliveredOnceInSequenceOrder() {
    TicketStore store = newStore();
    RecordingNotificationSink recorder = new RecordingNotificationSink();
    ServiceDesk desk = desk(store, recorder);

    TicketId id = desk.open(ACME, AGENT, "k1", incident()).get().ticket().id();
    desk.execute(ACME, AGENT, id, "k2", TicketCommand.ChangeState.to("in-progress")).get();
    desk.execute(ACME, AGENT, id, "k3", TicketCommand.AddNote.workNote("checked the cable")).get();
    desk.execute(ACME, AGENT, id, "k4", TicketCommand.ChangeState.to("resolved")
        .withField(TicketFields.RESOLUTION_CODE, "solved").withField(TicketFields.RESOLUTION_NOTES, "replaced")).get();
    awaitDelivery();

    assertThat(recorder.events()).containsExactlyElementsOf(store.load(ACME, id));
    assertThat(recorder.events().map(TicketEvent::sequence)).containsExactly(1L, 2L, 3L, 4L);
  }

  @Test
  void aRetriedCommandIsNotDeliveredAgain() {
    TicketStore store = newStore();
    RecordingNotificationSink recorder = new RecordingNotificationSink();
    ServiceDesk desk = desk(store, recorder);

    TicketId id = desk.open(ACME, AGENT, "k1", incident()).get().ticket().id();
    CommandResult first = desk.execute(ACME, AGENT, id, "k2", TicketCommand.AddNote.workNote("once")).get();
    CommandResult retry = desk.execute(ACME, AGENT, id, "k2", TicketCommand.AddNote.workNote("once")).get();
    awaitDelivery();

    assertThat(retry.replayed()).isTrue();
    assertThat(retry.events()).containsExactlyElementsOf(first.events());
    assertThat(recorder.events()).hasSize(2);
    assertThat(store.load(ACME, id)).hasSize(2);
  }

  @Test
  void aRefusedCommandIsReportedAsRejectedAndPublishesNothing() {
    TicketStore store = newStore();
    RecordingNotificationSink recorder = new RecordingNotificationSink();
    ServiceDesk desk = desk(store, recorder);

    TicketId id = desk.open(ACME, AGENT, "k1", incident()).get().ticket().id();
    Either<io.itsm4j.core.Rejection, CommandResult> refused =
        desk.execute(ACME, AGENT, id, "k2", TicketCommand.ChangeState.to("resolved"));
    awaitDelivery();

    assertThat(refused.getLeft().code()).isEqualTo(RejectionCode.FIELD_REQUIRED);
    assertThat(recorder.events()).hasSize(1);
    assertThat(recorder.rejections()).extracting(r -> r.rejection().code()).containsExactly(RejectionCode.FIELD_REQUIRED);
    assertThat(store.load(ACME, id)).hasSize(1);
  }

  @Test
  void aThrowingSinkLeavesTheEventsStoredAndIsReported() {
    TicketStore store = newStore();
    RecordingNotificationSink recorder = new RecordingNotificationSink();
    AtomicInteger calls = new AtomicInteger();
    NotificationSink flaky = new NotificationSink() {
      @Override
      public void published(Seq<TicketEvent> events) {
        if (calls.incrementAndGet() == 2) {
          throw new IllegalStateException("mail gateway down");
        }
        recorder.published(events);
      }

      @Override
      public void rejected(CommandRejected rejection) {
        recorder.rejected(rejection);
      }
    };
    ServiceDesk desk = desk(store, flaky);

    CommandResult opened = desk.open(ACME, AGENT, "k1", incident()).get();
    TicketId id = opened.ticket().id();
    CommandResult failed = desk.execute(ACME, AGENT, id, "k2", TicketCommand.ChangeState.to("in-progress")).get();
    CommandResult next = desk.execute(ACME, AGENT, id, "k3", TicketCommand.AddNote.workNote("later")).get();
    awaitDelivery();

    assertThat(opened.notificationFailure().isEmpty()).isTrue();
    assertThat(failed.notificationFailure().get()).hasMessage("mail gateway down");
    assertThat(failed.ticket().state()).isEqualTo("in-progress");
    assertThat(next.notificationFailure().isEmpty()).isTrue();
    assertThat(store.load(ACME, id).map(TicketEvent::sequence)).containsExactly(1L, 2L, 3L);
    assertThat(recorder.events().map(TicketEvent::sequence)).containsExactly(1L, 3L);
  }

  @Test
  void concurrentCommandsDeliverEachStoredEventExactlyOnce() throws Exception {
    TicketStore store = newStore();
    ConcurrentLinkedQueue<Seq<TicketEvent>> batches = new ConcurrentLinkedQueue<>();
    RecordingNotificationSink recorder = new RecordingNotificationSink();
    ServiceDesk desk = desk(store, new NotificationSink() {
      @Override
      public void published(Seq<TicketEvent> events) {
        batches.add(events);
        recorder.published(events);
      }
    });
    TicketId id = desk.open(ACME, AGENT, "open", incident()).get().ticket().id();
    int threads = 4;
    int perThread = 10;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicInteger accepted = new AtomicInteger(1);
    try {
      CountDownLatch start = new CountDownLatch(1);
      java.util.List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        futures.add(pool.submit(() -> {
          start.await();
          for (int i = 0; i < perThread; i++) {
            Either<io.itsm4j.core.Rejection, CommandResult> r = desk.execute(ACME, AGENT, id, "t" + thread + "-" + i,
                TicketCommand.AddNote.workNote("note " + thread + "/" + i));
            if (r.isRight()) {
              accepted.incrementAndGet();
            } else {
              assertThat(r.getLeft().code()).isEqualTo(RejectionCode.VERSION_CONFLICT);
            }
          }
          return null;
        }));
      }
      start.countDown();
      for (Future<?> f : futures) {
        f.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    awaitDelivery();

    Seq<TicketEvent> stored = store.load(ACME, id);
    assertThat(stored).hasSize(accepted.get());
    assertThat(batches).hasSize(accepted.get());
    assertThat(Vector.ofAll(batches).flatMap(b -> b).map(TicketEvent::sequence).sorted())
        .containsExactlyElementsOf(stored.map(TicketEvent::sequence));
    assertThat(recorder.events()).containsExactlyInAnyOrderElementsOf(stored);
  }
}
