package io.itsm4j.sla.monitor;

import io.itsm4j.core.Rejection;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.sla.SlaDefinition;
import io.itsm4j.sla.SlaEngine;
import io.itsm4j.sla.SlaEvaluation;
import io.itsm4j.sla.ThresholdCrossing;
import io.itsm4j.sla.memory.InMemorySlaAlarmLedger;
import io.itsm4j.sla.port.SlaAlarmLedger;
import io.itsm4j.sla.port.SlaAlarmSink;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.Objects;

/**
 * Evaluates a ticket's service level clocks and delivers each threshold crossing to the {@link SlaAlarmSink}
 * exactly once, however often and on however many threads the host evaluates the ticket: the {@link
 * SlaAlarmLedger} decides who delivers.
 *
 * <p>Typical use: on every stored event of a ticket (from the core {@code NotificationSink}) and when the ticket's
 * timer fires, call {@link #evaluate} with the ticket's history and the current time, then (re)schedule one timer
 * for the ticket at {@link Result#nextAlarm()}. No polling needed.
 *
 * <p><b>Threading</b>: thread-safe if the ports are. <b>Errors</b>: a failing ledger or sink is returned as {@link
 * Rejection#portFailure}; a crossing whose delivery failed is released and delivered on a later evaluation;
 * crossings delivered before the failure stay delivered.
 */
public final class SlaMonitor {
  private final SlaSelector selector;
  private final SlaAlarmLedger ledger;
  private final SlaAlarmSink sink;

  private SlaMonitor(SlaSelector selector, SlaAlarmLedger ledger, SlaAlarmSink sink) {
    this.selector = selector;
    this.ledger = ledger;
    this.sink = sink;
  }

  /**
   * A monitor of {@code definitions} with the given ports.
   *
   * @throws NullPointerException if an argument is null
   */
  public static SlaMonitor of(Seq<SlaDefinition> definitions, SlaAlarmLedger ledger, SlaAlarmSink sink) {
    Objects.requireNonNull(definitions, "definitions must not be null");
    return of(SlaSelector.fixed(definitions), ledger, sink);
  }

  /**
   * A monitor that chooses each ticket's definitions with {@code selector}, e.g. {@link SlaSelector#fromCatalogue}
   * so a ticket opened on an offering is measured against that offering's service levels.
   *
   * @throws NullPointerException if an argument is null
   */
  public static SlaMonitor of(SlaSelector selector, SlaAlarmLedger ledger, SlaAlarmSink sink) {
    Objects.requireNonNull(selector, "selector must not be null");
    Objects.requireNonNull(ledger, "ledger must not be null");
    Objects.requireNonNull(sink, "sink must not be null");
    return new SlaMonitor(selector, ledger, sink);
  }

  /**
   * A monitor with an in-memory ledger.
   *
   * @throws NullPointerException if an argument is null
   */
  public static SlaMonitor of(Seq<SlaDefinition> definitions, SlaAlarmSink sink) {
    return of(definitions, new InMemorySlaAlarmLedger(), sink);
  }

  /** How this monitor chooses each ticket's definitions. */
  public SlaSelector selector() {
    return selector;
  }

  /**
   * Evaluates the ticket as of {@code asOf} and delivers the crossings not delivered before.
   *
   * @param history the ticket's events in sequence order
   * @param asOf now, from the host's clock
   * @return the evaluation and the crossings this call delivered; the selector's refusal (see {@link
   *     SlaSelector#fromCatalogue}); or a port failure
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the history is malformed (see {@link SlaEngine})
   */
  public Either<Rejection, Result> evaluate(Seq<TicketEvent> history, Instant asOf) {
    Objects.requireNonNull(history, "history must not be null");
    Objects.requireNonNull(asOf, "asOf must not be null");
    return selector.select(history).flatMap(selection -> deliver(SlaEngine.evaluate(selection, history, asOf)));
  }

  private Either<Rejection, Result> deliver(SlaEvaluation evaluation) {
    List<ThresholdCrossing> delivered = List.empty();
    for (ThresholdCrossing c : evaluation.crossings()) {
      boolean mine;
      try {
        mine = ledger.claim(c);
      } catch (RuntimeException e) {
        return Either.left(Rejection.portFailure("claim SLA alarm " + c.key(), e));
      }
      if (!mine) {
        continue;
      }
      try {
        sink.crossed(c);
      } catch (RuntimeException e) {
        try {
          ledger.release(c);
        } catch (RuntimeException releaseFailure) {
          e.addSuppressed(releaseFailure);
        }
        return Either.left(Rejection.portFailure("deliver SLA alarm " + c.key(), e));
      }
      delivered = delivered.prepend(c);
    }
    return Either.right(new Result(evaluation, delivered.reverse()));
  }

  /**
   * What one evaluation did.
   *
   * @param evaluation statuses, all crossings so far, and the next alarm
   * @param delivered the crossings this call delivered to the sink
   */
  public record Result(SlaEvaluation evaluation, Seq<ThresholdCrossing> delivered) {
    /** Checks that no argument is null. */
    public Result {
      Objects.requireNonNull(evaluation, "evaluation must not be null");
      Objects.requireNonNull(delivered, "delivered must not be null");
    }

    /** When to evaluate the ticket again if nothing happens to it: shorthand for the evaluation's next alarm. */
    public io.vavr.control.Option<Instant> nextAlarm() {
      return evaluation.nextAlarm();
    }
  }
}
