package io.itsm4j.sla;

import io.itsm4j.core.port.DueTimes;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.view.DueTime;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;

/**
 * Core's {@link DueTimes} from SLA definitions: for each definition that applies to a ticket, where its latest
 * cycle stands, computed by {@link SlaEngine} from the ticket's history, as the ticket's view carries it to work
 * queues. A running clock breaches at its {@link SlaStatus#due()} and warns at its next threshold below the goal; a
 * paused, stopped or cancelled clock does neither; a clock that breached says when.
 *
 * <p>Pure and thread-safe. The due times are as of the instant given: the desk gives the ticket's latest event, so
 * a clock that runs past its goal with no event after shows a breach instant in the past, which a queue's {@code
 * breachedAsOf(now)} counts as breached.
 */
public final class SlaDueTimes implements DueTimes {
  private final Seq<SlaDefinition> definitions;

  private SlaDueTimes(Seq<SlaDefinition> definitions) {
    this.definitions = definitions;
  }

  /**
   * Due times of these definitions (ids distinct).
   *
   * @throws NullPointerException if {@code definitions} or one of them is null
   */
  public static SlaDueTimes of(Seq<SlaDefinition> definitions) {
    Objects.requireNonNull(definitions, "definitions must not be null");
    definitions.forEach(d -> Objects.requireNonNull(d, "a definition must not be null"));
    return new SlaDueTimes(definitions);
  }

  @Override
  public Seq<DueTime> of(Seq<TicketEvent> history, Instant asOf) {
    Objects.requireNonNull(history, "history must not be null");
    Objects.requireNonNull(asOf, "asOf must not be null");
    // The latest cycle of each clock: a reset clock's earlier cycles are history, not due times.
    Map<SlaId, SlaStatus> latest = LinkedHashMap.empty();
    for (SlaStatus s : SlaEngine.status(definitions, history, asOf)) {
      latest = latest.put(s.definition(), s);
    }
    Vector<DueTime> out = Vector.empty();
    for (SlaStatus s : latest.values()) {
      boolean running = s.state() == SlaState.RUNNING;
      boolean breached = s.isBreached();
      Option<Instant> breachAt = running && !breached ? s.due() : Option.none();
      Option<Instant> warnAt = Option.none();
      if (breachAt.isDefined()) {
        SlaDefinition definition = definitions.find(d -> d.id().equals(s.definition())).get();
        warnAt = SlaEngine.nextAlarm(Vector.of(definition), history, asOf)
            .filter(alarm -> alarm.isBefore(breachAt.get()));
      }
      out = out.append(new DueTime(s.definition().value(), running, breachAt, warnAt,
          breached ? s.breachedAt() : Option.none()));
    }
    return out;
  }
}
