package io.itsm4j.sla.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.workflow.StateCategory;
import io.itsm4j.sla.SlaDefinition;
import io.itsm4j.sla.SlaEngine;
import io.itsm4j.sla.SlaId;
import io.itsm4j.sla.ThresholdCrossing;
import io.itsm4j.sla.TicketHistory;
import io.itsm4j.sla.memory.InMemorySlaAlarmLedger;
import io.itsm4j.sla.memory.RecordingSlaAlarmSink;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;

/**
 * Each threshold crossing reaches the alarm sink exactly once, however often, in whatever order and on however
 * many threads the host evaluates the ticket.
 */
class SlaMonitorProperties {
  static final Seq<SlaDefinition> DEFINITIONS = List.of(
      SlaDefinition.resolution().id(SlaId.of("resolution"))
          .goals(HashMap.of(Priority.P1, Duration.ofHours(4), Priority.P2, Duration.ofHours(8), Priority.P3,
              Duration.ofHours(24)))
          .build(),
      SlaDefinition.firstResponse().id(SlaId.of("response"))
          .goals(HashMap.of(Priority.P1, Duration.ofMinutes(30), Priority.P2, Duration.ofHours(1), Priority.P3,
              Duration.ofHours(4)))
          .thresholds(List.of(50, 80, 100, 150))
          .build());
  static final Instant OPENED = Instant.parse("2024-06-10T09:00:00Z");

  /** The system under test and the reference: every crossing any evaluation reported, by key. */
  static final class Desk {
    final TicketHistory ticket = TicketHistory.opened("INC-1", OPENED, Priority.P2);
    final RecordingSlaAlarmSink sink = new RecordingSlaAlarmSink();
    final SlaMonitor monitor = SlaMonitor.of(DEFINITIONS, new InMemorySlaAlarmLedger(), sink);
    final Set<String> reported = new HashSet<>();
    Instant now = OPENED;

    void evaluate() {
      SlaMonitor.Result r = monitor.evaluate(ticket.events(), now).get();
      r.evaluation().crossings().forEach(c -> reported.add(c.key()));
      for (Instant alarm : r.nextAlarm()) {
        assertThat(alarm).isAfter(now);
      }
    }

    @Override
    public String toString() {
      return "desk at " + now + " with " + ticket.events().size() + " events";
    }
  }

  static Action.Independent<Desk> waitAndEvaluate() {
    return () -> Arbitraries.integers().between(0, 300).map(minutes -> Transformer.mutate(
        "wait " + minutes + " min and evaluate", d -> {
          d.now = d.now.plusSeconds(minutes * 60L);
          d.evaluate();
        }));
  }

  static Action.Independent<Desk> evaluateAgain() {
    return () -> Arbitraries.just(Transformer.mutate("evaluate again", Desk::evaluate));
  }

  static Action.Dependent<Desk> happen() {
    return new Action.Dependent<>() {
      @Override
      public boolean precondition(Desk d) {
        return !d.ticket.category().isTerminal();
      }

      @Override
      public Arbitrary<Transformer<Desk>> transformer(Desk d) {
        Arbitrary<Transformer<Desk>> move = Arbitraries.of(StateCategory.ACTIVE, StateCategory.ON_HOLD,
            StateCategory.RESOLVED, StateCategory.CLOSED).map(c -> Transformer.mutate("move to " + c,
                desk -> desk.ticket.move(desk.now, c)));
        Arbitrary<Transformer<Desk>> priority = Arbitraries.of(Priority.P1, Priority.P2, Priority.P3)
            .map(p -> Transformer.mutate("priority " + p, desk -> desk.ticket.priority(desk.now, p)));
        Arbitrary<Transformer<Desk>> comment = Arbitraries.of(true, false)
            .map(byCaller -> Transformer.mutate("comment by caller " + byCaller,
                desk -> desk.ticket.comment(desk.now, byCaller)));
        return Arbitraries.oneOf(move, priority, comment);
      }
    };
  }

  @Provide
  Arbitrary<ActionChain<Desk>> desks() {
    return ActionChain.startWith(Desk::new)
        .withAction(3, waitAndEvaluate())
        .withAction(1, evaluateAgain())
        .withAction(2, happen())
        .withMaxTransformations(30);
  }

  @Property(tries = 300)
  void every_reported_crossing_is_delivered_exactly_once(@ForAll("desks") ActionChain<Desk> chain) {
    chain.withInvariant("delivered once each, and all reported", d -> {
      Seq<String> delivered = d.sink.received().map(ThresholdCrossing::key);
      assertThat(delivered).doesNotHaveDuplicates();
      assertThat(delivered.toJavaSet()).isEqualTo(d.reported);
    }).run();
  }

  @Property(tries = 60)
  void concurrent_evaluations_deliver_each_crossing_once(@ForAll("lifeEvents") Seq<io.itsm4j.core.ticket.TicketEvent> history)
      throws Exception {
    RecordingSlaAlarmSink sink = new RecordingSlaAlarmSink();
    SlaMonitor monitor = SlaMonitor.of(DEFINITIONS, new InMemorySlaAlarmLedger(), sink);
    java.util.List<Instant> asOfs = new ArrayList<>();
    for (int m = 0; m <= 3 * 24 * 60; m += 37) {
      asOfs.add(OPENED.plusSeconds(m * 60L));
    }
    Set<String> expected = new HashSet<>();
    asOfs.forEach(t -> SlaEngine.crossings(DEFINITIONS, history, t).forEach(c -> expected.add(c.key())));

    int threads = 4;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch go = new CountDownLatch(1);
      java.util.List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        java.util.List<Instant> mine = new ArrayList<>(asOfs);
        Collections.shuffle(mine, new java.util.Random(i));
        done.add(pool.submit(() -> {
          go.await();
          mine.forEach(t -> assertThat(monitor.evaluate(history, t).isRight()).isTrue());
          return null;
        }));
      }
      go.countDown();
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    Seq<String> delivered = sink.received().map(ThresholdCrossing::key);
    assertThat(delivered).doesNotHaveDuplicates();
    assertThat(delivered.toJavaSet()).isEqualTo(expected);
  }

  @Provide
  Arbitrary<Seq<io.itsm4j.core.ticket.TicketEvent>> lifeEvents() {
    return Arbitraries.integers().between(0, 5).list().ofMaxSize(10).flatMap(kinds ->
        Arbitraries.integers().between(0, 400).list().ofSize(kinds.size()).map(gaps -> {
          TicketHistory h = TicketHistory.opened("INC-9", OPENED, Priority.P1);
          Instant t = OPENED;
          for (int i = 0; i < kinds.size() && !h.category().isTerminal(); i++) {
            t = t.plusSeconds(gaps.get(i) * 60L);
            switch (kinds.get(i)) {
              case 0 -> h.move(t, StateCategory.ACTIVE);
              case 1 -> h.move(t, StateCategory.ON_HOLD);
              case 2 -> h.move(t, StateCategory.RESOLVED);
              case 3 -> h.priority(t, Priority.values()[gaps.get(i) % 3]);
              case 4 -> h.comment(t, gaps.get(i) % 2 == 0);
              default -> h.move(t, StateCategory.CLOSED);
            }
          }
          return h.events();
        }));
  }
}
