package io.itsm4j.examples.simulation;

import io.itsm4j.core.Rejection;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.application.CommandResult;
import io.itsm4j.core.application.ServiceDesk;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.port.NotificationSink;
import io.itsm4j.core.port.TicketStore;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.TicketKind;
import io.itsm4j.sla.Compliance;
import io.itsm4j.sla.ComplianceFigures;
import io.itsm4j.sla.SlaDefinition;
import io.itsm4j.sla.SlaId;
import io.itsm4j.sla.SlaStatus;
import io.itsm4j.sla.ThresholdCrossing;
import io.itsm4j.sla.memory.InMemorySlaAlarmLedger;
import io.itsm4j.sla.monitor.SlaBatch;
import io.itsm4j.sla.monitor.SlaMonitor;
import io.itsm4j.sla.port.SlaAlarmSink;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * Runs the service level clocks of every incident and service request while the simulation runs, the way a host
 * would: after each stored command, and when a ticket's next alarm comes due in simulated time, an {@link
 * SlaMonitor} evaluates the ticket and delivers each warning (75 % of the goal) and breach (100 %) once, at the
 * simulated instant it happens. At the end, {@link SlaBatch} evaluates every ticket as of the end and {@link
 * Compliance} counts the figures per definition, per priority and per service.
 *
 * <p>The histories are kept from the commands' results (the events the desk stored), so the clocks never read the
 * database. Not thread-safe: the simulation's single thread feeds it. A crossing that cannot be delivered because a
 * further sink failed ends the simulation with an {@link IllegalStateException} carrying the port failure.
 */
public final class ServiceLevelObserver implements SimulationObserver {
  private static final Comparator<Tuple2<SlaId, Priority>> BY_PRIORITY =
      Comparator.<Tuple2<SlaId, Priority>, SlaId>comparing(Tuple2::_1).thenComparing(Tuple2::_2);
  private static final Comparator<Tuple2<SlaId, ServiceId>> BY_SERVICE =
      Comparator.<Tuple2<SlaId, ServiceId>, SlaId>comparing(Tuple2::_1).thenComparing(Tuple2::_2);
  private final Seq<SlaDefinition> definitions;
  private final SlaMonitor monitor;
  private final java.util.Map<TicketId, Vector<TicketEvent>> histories = new java.util.HashMap<>();
  private final java.util.Map<TicketId, Instant> nextAlarm = new java.util.HashMap<>();
  private final PriorityQueue<Alarm> alarms = new PriorityQueue<>();
  private Vector<ThresholdCrossing> crossings = Vector.empty();
  private Seq<SlaStatus> statuses = Vector.empty();
  private long order;

  private record Alarm(Instant at, long order, TicketId ticket) implements Comparable<Alarm> {
    @Override
    public int compareTo(Alarm o) {
      int c = at.compareTo(o.at);
      return c != 0 ? c : Long.compare(order, o.order);
    }
  }

  private ServiceLevelObserver(Seq<SlaDefinition> definitions, Seq<SlaAlarmSink> further) {
    this.definitions = definitions;
    // Further sinks first: if one fails, the monitor releases the crossing and it is counted on redelivery only.
    SlaAlarmSink sink = crossing -> {
      further.forEach(s -> s.crossed(crossing));
      crossings = crossings.append(crossing);
    };
    this.monitor = SlaMonitor.of(definitions, new InMemorySlaAlarmLedger(), sink);
  }

  /**
   * An observer running {@code definitions}, also handing every crossing to {@code further} sinks (e.g. the audit
   * trail's) before counting it.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if no definition is given
   */
  public static ServiceLevelObserver of(Seq<SlaDefinition> definitions, Seq<SlaAlarmSink> further) {
    Objects.requireNonNull(definitions, "definitions");
    Objects.requireNonNull(further, "further");
    if (definitions.isEmpty()) {
      throw new IllegalArgumentException("definitions must not be empty");
    }
    return new ServiceLevelObserver(definitions, further);
  }

  /** The definitions the clocks run. */
  public Seq<SlaDefinition> definitions() {
    return definitions;
  }

  @Override
  public void commandSent(Instant at, TicketCommand command, Either<Rejection, CommandResult> outcome) {
    // Events arrive through the desk's own sink: the simulation is not the only one sending commands (monitoring
    // opens and resolves incidents too).
  }

  @Override
  public NotificationSink deskSink(TicketStore tickets) {
    return this::stored;
  }

  /** What the desk stored for one command, as it stored it. */
  private void stored(Seq<TicketEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    Instant at = events.last().occurredAt();
    TicketId id = events.head().ticketId();
    Vector<TicketEvent> history = histories.get(id);
    if (history == null) {
      if (!(events.head() instanceof TicketEvent.Opened opened) || !covered(opened.kind())) {
        return;
      }
      history = Vector.empty();
    }
    histories.put(id, history.appendAll(events));
    evaluate(id, at);
  }

  private boolean covered(TicketKind kind) {
    return definitions.exists(d -> d.appliesTo().kinds().isEmpty() || d.appliesTo().kinds().contains(kind));
  }

  @Override
  public void advancedTo(Instant time) {
    while (!alarms.isEmpty() && !alarms.peek().at().isAfter(time)) {
      Alarm due = alarms.poll();
      // A ticket's alarm moves when a command changes it; only its latest one counts.
      if (due.at().equals(nextAlarm.get(due.ticket()))) {
        evaluate(due.ticket(), due.at());
      }
    }
  }

  private void evaluate(TicketId id, Instant asOf) {
    SlaMonitor.Result result = monitor.evaluate(histories.get(id), asOf)
        .getOrElseThrow(r -> new IllegalStateException("service level alarm of " + id + " not delivered: " + r,
            r.cause().getOrNull()));
    Option<Instant> next = result.nextAlarm();
    if (next.isDefined()) {
      nextAlarm.put(id, next.get());
      alarms.add(new Alarm(next.get(), ++order, id));
    } else {
      nextAlarm.remove(id);
    }
  }

  @Override
  public String progress() {
    return String.format(Locale.ROOT, "%,d SLA breaches so far (%,d warnings)", breaches(), warnings());
  }

  @Override
  public void finished(Instant end, Seq<Ticket> tickets, ServiceDesk desk) {
    advancedTo(end);
    java.util.List<Vector<TicketEvent>> ordered = List.ofAll(histories.keySet()).sorted()
        .map(histories::get).toJavaList();
    statuses = Vector.ofAll(SlaBatch.statuses(definitions, ordered, end)).flatMap(s -> s);
  }

  /** Every crossing delivered so far, in the order delivered (simulated-time order). */
  public Seq<ThresholdCrossing> crossings() {
    return crossings;
  }

  /** Warnings (crossings below 100 % of the goal) delivered so far. */
  public long warnings() {
    return crossings.count(c -> c.percent() < 100);
  }

  /** Breaches (crossings at 100 % of the goal) delivered so far. */
  public long breaches() {
    return crossings.count(c -> c.percent() >= 100);
  }

  /** The statuses of every clock as of the end, by ticket id; empty before the end. */
  public Seq<SlaStatus> statuses() {
    return statuses;
  }

  /** The histories the clocks ran on, for the tickets the definitions cover. */
  public Map<TicketId, Seq<TicketEvent>> histories() {
    return TreeMap.ofAll(histories).mapValues(h -> (Seq<TicketEvent>) h);
  }

  /** Compliance per definition at the end. */
  public Map<SlaId, ComplianceFigures> complianceByDefinition() {
    return TreeMap.ofEntries(Compliance.by(statuses, Compliance.byDefinition()));
  }

  /** Compliance per definition and priority at the end. */
  public Map<Tuple2<SlaId, Priority>, ComplianceFigures> complianceByPriority() {
    return TreeMap.ofEntries(BY_PRIORITY,
        Compliance.by(statuses, s -> Option.some(Tuple.of(s.definition(), s.priority()))));
  }

  /** Compliance per definition and service at the end (clocks of tickets without a service are left out). */
  public Map<Tuple2<SlaId, ServiceId>, ComplianceFigures> complianceByService() {
    return TreeMap.ofEntries(BY_SERVICE,
        Compliance.by(statuses, s -> s.service().map(svc -> Tuple.of(s.definition(), svc))));
  }

  @Override
  public String summary() {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT,
        "Service levels: %,d warnings and %,d breaches raised as they happened; compliance at the end:", warnings(),
        breaches()));
    for (SlaDefinition d : definitions) {
      ComplianceFigures f = complianceByDefinition().get(d.id()).getOrElse(ComplianceFigures.EMPTY);
      b.append(String.format(Locale.ROOT, "%n  %-20s %s", d.id(), percent(f)))
          .append(String.format(Locale.ROOT, " (met %,d, breached %,d, running %,d, cancelled %,d)", f.met(),
              f.breached(), f.inProgress(), f.cancelled()));
    }
    return b.toString();
  }

  /** The compliance percentage with one decimal, or "n/a" when no clock counted. */
  static String percent(ComplianceFigures f) {
    return f.percentMet().map(p -> String.format(Locale.ROOT, "%.1f %%", p)).getOrElse("n/a");
  }
}
