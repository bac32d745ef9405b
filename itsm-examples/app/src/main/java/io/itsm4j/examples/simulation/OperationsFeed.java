package io.itsm4j.examples.simulation;

import io.itsm4j.audit.application.AuditTrail;
import io.itsm4j.audit.application.ContinuityRecords;
import io.itsm4j.audit.application.CorrectiveActions;
import io.itsm4j.audit.memory.InMemoryHistoryStore;
import io.itsm4j.core.Actor;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.application.CatalogueService;
import io.itsm4j.core.application.MonitoringDesk;
import io.itsm4j.core.application.ServiceDesk;
import io.itsm4j.core.catalogue.CatalogueCommand;
import io.itsm4j.core.catalogue.ConfigurationItem;
import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.catalogue.Lifecycle;
import io.itsm4j.core.catalogue.Relationship;
import io.itsm4j.core.catalogue.RelationshipType;
import io.itsm4j.core.catalogue.Service;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.catalogue.ServiceKind;
import io.itsm4j.core.catalogue.impact.CompiledCatalogue;
import io.itsm4j.core.monitoring.AlertCorrelator;
import io.itsm4j.core.monitoring.AlertDecision;
import io.itsm4j.core.monitoring.AlertSeverity;
import io.itsm4j.core.monitoring.CorrelationPolicy;
import io.itsm4j.core.monitoring.MonitoringEvent;
import io.itsm4j.core.monitoring.ServiceImpact;
import io.itsm4j.core.monitoring.SuppressionWindows;
import io.itsm4j.core.application.CommandResult;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.sla.availability.AlertOutages;
import io.itsm4j.sla.availability.Availability;
import io.itsm4j.sla.availability.AvailabilityReport;
import io.itsm4j.sla.availability.AvailabilityTarget;
import io.itsm4j.sla.availability.Outage;
import io.itsm4j.sla.calendar.BusinessCalendar;
import io.itsm4j.sla.continuity.ContinuityPlan;
import io.itsm4j.sla.continuity.ContinuityRequirement;
import io.itsm4j.sla.continuity.Exercise;
import io.itsm4j.sla.memory.InMemoryContinuityPlanStore;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Random;
import java.util.function.BiConsumer;

/**
 * Operation and control in the simulation: a monitoring tool watching each service's application and database,
 * whose alerts the {@link MonitoringDesk} turns into incidents; each service's availability over the period
 * (24×7 against {@value #TARGET_PERCENT} %) from the outages those incidents stood for; and one continuity exercise,
 * half-way through, that falls short for one service, so a corrective action is raised and the audit trail holds
 * the exercise as 8.7 evidence.
 *
 * <p>It draws from a random generator of its own (seeded from the run's seed), so the desk's other traffic is the
 * same with or without it.
 */
public final class OperationsFeed implements SimulationObserver, SimulationTraffic {
  /** The availability target of every simulated service. */
  public static final double TARGET_PERCENT = 99.5;

  private static final Actor MONITOR = Actor.of("prometheus", "agent");
  private static final Actor CATALOGUE_MANAGER = Actor.of("dana.catalogue", "catalogue-manager");
  private static final ActorId CONTINUITY_MANAGER = ActorId.of("cora.continuity");

  private final TenantId tenant;
  private final AuditTrail trail;
  private final Seq<String> services;
  private final Random random;
  private final InMemoryContinuityPlanStore plans = new InMemoryContinuityPlanStore();
  private Vector<AlertDecision> decisions = Vector.empty();
  private MonitoringDesk monitoring;
  private Instant start;
  private Instant nowSeen = Instant.EPOCH;
  private long events;
  private long incidents;
  private long restored;
  private long grouped;
  private long refused;
  private Option<ContinuityRecords.Recorded> exercise = Option.none();
  private TreeMap<String, AvailabilityReport> availability = TreeMap.empty();

  /**
   * A feed for {@code services}, recording its continuity exercise in {@code trail}.
   *
   * @param seed the run's seed; the feed's generator is derived from it
   */
  public OperationsFeed(TenantId tenant, AuditTrail trail, Seq<String> services, long seed) {
    this.tenant = tenant;
    this.trail = trail;
    this.services = services;
    this.random = new Random(seed ^ 0x6d6f6e69746f72L);
  }

  @Override
  public void schedule(ServiceDesk desk, Instant from, Instant end, BiConsumer<Instant, Runnable> at) {
    start = from;
    CatalogueService catalogue = CatalogueService.builder().clock(InstantSource.fixed(from)).build();
    int keys = 0;
    for (String s : services) {
      catalogue(catalogue, ++keys, new CatalogueCommand.DefineService(Service.builder().id(ServiceId.of(s)).name(s)
          .kind(ServiceKind.BUSINESS).owner(ActorId.of("owner-" + s)).lifecycle(Lifecycle.LIVE).build()));
      catalogue(catalogue, ++keys, new CatalogueCommand.RegisterCi(ConfigurationItem.of(s + "-app", s + " application",
          "application")));
      catalogue(catalogue, ++keys, new CatalogueCommand.RegisterCi(ConfigurationItem.of(s + "-db", s + " database",
          "database")));
      catalogue(catalogue, ++keys, CatalogueCommand.Relate.of(Relationship.of(ConfigurationItemId.of(s + "-app"),
          RelationshipType.DEPENDS_ON, ConfigurationItemId.of(s + "-db"))));
      catalogue(catalogue, ++keys, CatalogueCommand.Relate.of(Relationship.dependsOn(ServiceId.of(s),
          ConfigurationItemId.of(s + "-app"))));
    }
    ServiceImpact impact = ServiceImpact.of(CompiledCatalogue.compile(catalogue.catalogue(tenant).get()));
    monitoring = MonitoringDesk.of(desk, tenant, MONITOR, "simulation",
        AlertCorrelator.create(CorrelationPolicy.defaults(), impact, SuppressionWindows.none()));
    double days = Duration.between(from, end).toHours() / 24.0;
    int n = 0;
    for (String s : services) {
      for (String item : List.of(s + "-app", s + "-db")) {
        // About one outage per item a month: most short, a few long.
        int count = poisson(0.8 * days / 30);
        for (int i = 0; i < count; i++) {
          Instant firing = from.plusSeconds((long) (random.nextDouble() * Duration.between(from, end).toSeconds()));
          long minutes = 3 + Math.round(-Math.log(1 - random.nextDouble()) * 45);
          Instant resolved = firing.plus(Duration.ofMinutes(minutes));
          AlertSeverity severity = item.endsWith("-db") ? AlertSeverity.CRITICAL : AlertSeverity.MAJOR;
          MonitoringEvent event = MonitoringEvent.firing("e-" + (++n), "prometheus", item.endsWith("-db") ? "DbDown"
              : "AppDown", ConfigurationItemId.of(item), severity, firing);
          at.accept(firing, () -> accept(event));
          // A repeat two minutes on: the tool re-sends while the check fails; it is counted, not a second alert.
          String repeatId = "e-" + (++n);
          at.accept(firing.plus(Duration.ofMinutes(2)), () -> accept(new MonitoringEvent(repeatId, event.source(),
              event.check(), event.configurationItem(), severity, event.dedupKey(), MonitoringEvent.Status.FIRING,
              event.at().plus(Duration.ofMinutes(2)), event.labels(), event.summary())));
          String resolvedId = "e-" + (++n);
          if (resolved.isBefore(end)) {
            at.accept(resolved, () -> accept(event.resolved(resolvedId, resolved)));
          }
        }
      }
    }
    at.accept(from.plus(Duration.between(from, end).dividedBy(2)), this::runExercise);
  }

  private void catalogue(CatalogueService catalogue, int key, CatalogueCommand command) {
    Either<Rejection, ?> done = catalogue.execute(tenant, CATALOGUE_MANAGER, "catalogue-" + key, command);
    if (done.isLeft()) {
      throw new IllegalStateException("the simulated catalogue refused " + command.type() + ": " + done.getLeft());
    }
  }

  private void accept(MonitoringEvent event) {
    events++;
    Either<Rejection, MonitoringDesk.Applied> applied = monitoring.accept(event);
    if (applied.isLeft()) {
      refused++;
      return;
    }
    refused += applied.get().refused().size();
    decisions = decisions.appendAll(applied.get().decisions());
    for (AlertDecision d : applied.get().decisions()) {
      if (d instanceof AlertDecision.IncidentRequested) {
        incidents++;
      } else if (d instanceof AlertDecision.Grouped) {
        grouped++;
      } else if (d instanceof AlertDecision.Restored) {
        restored++;
      }
    }
  }

  /**
   * A full failover of the plan for the two busiest services: the first recovers within its recovery time
   * objective, the second does not, which raises a corrective action.
   */
  private void runExercise() {
    ServiceId first = ServiceId.of(services.get(0));
    ServiceId second = ServiceId.of(services.get(2));
    Instant now = nowSeen;
    ContinuityPlan plan = new ContinuityPlan("dr-core", Vector.of(first, second), CONTINUITY_MANAGER,
        "the primary data centre is lost for more than an hour", Duration.ofDays(180), start, Option.none());
    plans.save(tenant, plan, 0).get();
    Seq<ContinuityRequirement> requirements = Vector.of(
        new ContinuityRequirement(first, ContinuityRequirement.Criticality.VITAL, Duration.ofHours(4),
            Duration.ofMinutes(15), Duration.ofHours(24)),
        new ContinuityRequirement(second, ContinuityRequirement.Criticality.HIGH, Duration.ofHours(4),
            Duration.ofMinutes(30), Duration.ofHours(48)));
    Exercise done = new Exercise(plan.id(), Exercise.Kind.FULL_FAILOVER, now, Vector.of(
        new Exercise.Outcome(first, Option.some(Duration.ofMinutes(150)), Option.some(Duration.ofMinutes(5))),
        new Exercise.Outcome(second, Option.some(Duration.ofMinutes(400)), Option.some(Duration.ofMinutes(20)))),
        Vector.of("the " + second.value() + " database restore ran from tape, not from the replica"));
    plans.recordExercise(tenant, done).get();
    // Corrective actions timed by the simulated clock: the same seed writes the same audit trail.
    CorrectiveActions actions = CorrectiveActions.of(trail, new InMemoryHistoryStore<>(), () -> nowSeen);
    exercise = Option.some(ContinuityRecords.of(trail, actions)
        .record(tenant, CONTINUITY_MANAGER, plan, done, requirements)
        .getOrElseThrow(r -> new IllegalStateException("recording the exercise failed: " + r)));
  }


  @Override
  public void advancedTo(Instant now) {
    nowSeen = now;
  }

  @Override
  public void commandSent(Instant at, TicketCommand command, Either<Rejection, CommandResult> outcome) {}

  @Override
  public String progress() {
    return monitoring == null ? "" : incidents + " monitoring incidents";
  }

  @Override
  public void finished(Instant end, Seq<Ticket> tickets, ServiceDesk desk) {
    // Each group monitoring opened an incident for is an outage of its services until it was restored.
    TreeMap<ServiceId, Seq<Outage>> outages = AlertOutages.of(decisions, end);
    AvailabilityTarget target = AvailabilityTarget.of(TARGET_PERCENT, BusinessCalendar.alwaysOpen());
    for (String s : services) {
      Seq<Outage> mine = outages.get(ServiceId.of(s)).getOrElse(Vector.empty());
      availability = availability.put(s, Availability.measure(target, mine, start, end)
          .getOrElseThrow(r -> new IllegalStateException("measuring " + s + " failed: " + r)));
    }
  }

  /** Availability per service over the period, by service. */
  public TreeMap<String, AvailabilityReport> availability() {
    return availability;
  }

  /** The continuity exercise as recorded, once it took place. */
  public Option<ContinuityRecords.Recorded> exercise() {
    return exercise;
  }

  /** Monitoring events sent. */
  public long events() {
    return events;
  }

  /** Incidents monitoring opened. */
  public long incidents() {
    return incidents;
  }

  /** Incidents monitoring restored. */
  public long restored() {
    return restored;
  }

  /** Alerts that joined an incident already open instead of opening one. */
  public long grouped() {
    return grouped;
  }

  /** Events or commands refused. */
  public long refused() {
    return refused;
  }

  @Override
  public String summary() {
    if (availability.isEmpty()) {
      return "";
    }
    var worst = availability.minBy(e -> e._2.availability().getOrElse(100.0)).get();
    return String.format(java.util.Locale.ROOT, "monitoring: %,d events, %,d incidents opened (%,d alerts grouped"
        + " into them), %,d restored; availability: lowest %s %.3f %% against %.1f %%; continuity exercise: %d"
        + " shortfall(s), %d corrective action(s)", events, incidents, grouped, restored, worst._1,
        worst._2.availability().getOrElse(100.0), TARGET_PERCENT,
        exercise.map(e -> e.shortfalls().size()).getOrElse(0), exercise.map(e -> e.actions().size()).getOrElse(0));
  }

  private int poisson(double mean) {
    double l = Math.exp(-mean);
    int k = 0;
    double p = 1;
    do {
      k++;
      p *= random.nextDouble();
    } while (p > l);
    return k - 1;
  }
}
