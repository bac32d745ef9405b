package io.itsm4j.examples.simulation;

import static io.itsm4j.core.ticket.TicketFields.CANCEL_REASON;
import static io.itsm4j.core.ticket.TicketFields.CHANGE_OUTCOME;
import static io.itsm4j.core.ticket.TicketFields.HOLD_REASON;
import static io.itsm4j.core.ticket.TicketFields.PLANNED_END;
import static io.itsm4j.core.ticket.TicketFields.PLANNED_START;
import static io.itsm4j.core.ticket.TicketFields.REOPEN_REASON;
import static io.itsm4j.core.ticket.TicketFields.RESOLUTION_CODE;
import static io.itsm4j.core.ticket.TicketFields.RESOLUTION_NOTES;
import static io.itsm4j.core.ticket.TicketFields.ROOT_CAUSE;
import static io.itsm4j.core.ticket.TicketFields.WORKAROUND;

import io.itsm4j.audit.memory.InMemoryAuditStore;
import io.itsm4j.audit.port.AuditStore;
import io.itsm4j.core.Actor;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.application.CommandRequest;
import io.itsm4j.core.application.CommandResult;
import io.itsm4j.core.application.ServiceDesk;
import io.itsm4j.core.application.TicketQueues;
import io.itsm4j.core.approval.ApprovalPolicy;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.change.ApprovalMatrix;
import io.itsm4j.core.change.RiskQuestionnaire;
import io.itsm4j.core.change.policy.ChangeEnablement;
import io.itsm4j.core.memory.InMemoryApproverDirectory;
import io.itsm4j.core.port.NotificationSink;
import io.itsm4j.core.port.ReadPolicy;
import io.itsm4j.core.ticket.ChangeType;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.Link;
import io.itsm4j.core.ticket.LinkType;
import io.itsm4j.core.ticket.RiskLevel;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketCommand.AddNote;
import io.itsm4j.core.ticket.TicketCommand.ChangeState;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketFields;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.TicketSubject;
import io.itsm4j.core.ticket.TicketWorkflows;
import io.itsm4j.core.ticket.Urgency;
import io.itsm4j.core.view.Cursors;
import io.itsm4j.core.view.QueueCounts;
import io.itsm4j.core.view.QueueOrder;
import io.itsm4j.core.view.TicketQuery;
import io.itsm4j.core.view.TicketView;
import io.itsm4j.examples.notify.Slf4jNotificationSink;
import io.itsm4j.jdbc.JdbcAuditStore;
import io.itsm4j.jdbc.JdbcSchema;
import io.itsm4j.jdbc.JdbcTicketIds;
import io.itsm4j.jdbc.JdbcTicketStore;
import io.itsm4j.jdbc.JdbcTicketViewStore;
import io.itsm4j.jdbc.OutboxRelay;
import io.itsm4j.sla.SlaDueTimes;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.jdbcx.JdbcDataSource;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * A month in the life of a service desk, on the JDBC adapter over an in-memory H2 database: incidents and
 * service requests arrive by hour of day and weekday, agents pick them up, put them on hold, callers answer and
 * reopen, problem management opens problems for recurring incidents, and changes go through assessment,
 * authorisation and implementation. Everything is deterministic from the seed (the wall-clock run time aside).
 *
 * <p>Run it through the {@code simulation} profile: {@code ./mvnw -q -Psimulation package} (see
 * docs/getting-started.md), or with {@code java -cp ... io.itsm4j.examples.simulation.ServiceDeskSimulation --seed=42
 * --days=30 --scale=1.0 --report=target/simulation/evidence-report.md}.
 *
 * <p>This class drives the traffic; everything else watches it as a {@link SimulationObserver}: the text summary,
 * the service level clocks ({@link ServiceLevelObserver}), the audit trail ({@link AuditTrailObserver}) and the
 * management-review report ({@link ManagementReviewReport}). {@link #runReviewed} wires them as {@link #main} does.
 *
 * <p>Not thread-safe: a run is one thread. Runs in one JVM use separate in-memory databases.
 */
public final class ServiceDeskSimulation {
  /** The simulated tenant. */
  public static final TenantId TENANT = TenantId.of("acme-it");
  /** Where {@link #main} writes the management-review report unless {@code --report=<path>} says otherwise. */
  public static final Path DEFAULT_REPORT = Path.of("target", "simulation", "evidence-report.md");
  /** Simulated days between two progress lines. */
  public static final int PROGRESS_DAYS = 7;
  private static final List<String> SERVICES = List.of("email", "vpn", "erp", "printing", "wifi", "hr-portal",
      "file-share", "telephony");
  private static final List<GroupId> GROUPS = List.of(GroupId.of("service-desk"), GroupId.of("network"),
      GroupId.of("applications"), GroupId.of("workplace"));
  private static final Actor PROBLEM_MANAGER = Actor.of("pat.problem", "agent", "problem-manager");
  private static final Actor CHANGE_MANAGER = Actor.of("chris.cab", "agent", TicketWorkflows.CHANGE_MANAGER);
  private static final GroupId CHANGE_MANAGERS = GroupId.of("change-managers");
  private static final GroupId CAB = GroupId.of("cab");
  private static final GroupId EMERGENCY_CAB = GroupId.of("ecab");
  private static final Actor SYSTEM = Actor.of("auto-close", "system");

  /** Numbers the in-memory databases, so that runs in one JVM never share one. */
  private static final AtomicLong RUNS = new AtomicLong();

  private final Options options;
  private final Random random;
  private final JdbcDataSource database;
  private final ServiceDesk desk;
  /** Change enablement as a host configures it: risk questionnaire, approval matrix, who sits on which board. */
  private final ChangeEnablement changes = ChangeEnablement.builder()
      .riskModel(RiskQuestionnaire.builder()
          .question("outage", LinkedHashMap.of("none", 0, "partial", 2, "full", 4))
          .question("tested", LinkedHashMap.of("yes", 0, "no", 3))
          .level(RiskLevel.MEDIUM, 2).level(RiskLevel.HIGH, 5).level(RiskLevel.VERY_HIGH, 7)
          .build())
      .approvalMatrix(ApprovalMatrix.typical(CHANGE_MANAGERS, CAB, EMERGENCY_CAB))
      .approverDirectory(new InMemoryApproverDirectory()
          .group(TENANT, CHANGE_MANAGERS, CHANGE_MANAGER.id(), ActorId.of("dana.cm"))
          .group(TENANT, CAB, ActorId.of("cab-1"), ActorId.of("cab-2"), ActorId.of("cab-3"), ActorId.of("cab-4"),
              ActorId.of("cab-5"))
          .group(TENANT, EMERGENCY_CAB, CHANGE_MANAGER.id(), ActorId.of("cab-1"), ActorId.of("cab-2")))
      .build();
  private final JdbcTicketStore store;
  private final OutboxRelay relay;
  private final AtomicLong notified = new AtomicLong();
  private final List<SimulationObserver> observers;
  private final PriorityQueue<Scheduled> agenda = new PriorityQueue<>();
  private final JdbcTicketViewStore views;
  private final Map<String, java.util.List<Recent>> recentIncidents = new HashMap<>();
  private final Map<String, Recent> openProblems = new HashMap<>();
  private final java.util.List<Actor> agents = new ArrayList<>();
  private Instant now;
  private long order;
  private long keys;

  /**
   * What to simulate.
   *
   * @param seed the random seed; the same seed gives the same month
   * @param start the first simulated day (UTC)
   * @param days how many days
   * @param traffic volumes and behaviour
   */
  public record Options(long seed, LocalDate start, int days, TrafficModel traffic) {
    /**
     * Checks the arguments.
     *
     * @throws IllegalArgumentException if {@code days} is less than 1
     */
    public Options {
      java.util.Objects.requireNonNull(start, "start");
      java.util.Objects.requireNonNull(traffic, "traffic");
      if (days < 1) {
        throw new IllegalArgumentException("days must be at least 1, got " + days);
      }
    }

    /** Thirty days from Monday 2 November 2026 with {@link TrafficModel#typical()} traffic. */
    public static Options month(long seed) {
      return new Options(seed, LocalDate.of(2026, 11, 2), 30, TrafficModel.typical());
    }

    /** The first simulated instant: the start day's midnight, UTC. */
    public Instant startInstant() {
      return start.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The end of the simulated period, exclusive. */
    public Instant endInstant() {
      return startInstant().plus(Duration.ofDays(days));
    }
  }

  /**
   * The observers of a reviewed run, after it ended.
   *
   * @param summary the text summary
   * @param serviceLevels the service level clocks and compliance
   * @param audit the audit trail and its verification
   * @param report the management-review report, written to {@link ManagementReviewReport#path()}
   * @param operations monitoring, availability and the continuity exercise
   * @param page the management review as an HTML page, beside the report
   */
  public record Reviewed(SimulationSummary summary, ServiceLevelObserver serviceLevels, AuditTrailObserver audit,
      ManagementReviewReport report, OperationsFeed operations, ManagementReviewPage page) {
    /**
     * Checks the arguments.
     *
     * @throws NullPointerException if an argument is null
     */
    public Reviewed {
      java.util.Objects.requireNonNull(summary, "summary");
      java.util.Objects.requireNonNull(serviceLevels, "serviceLevels");
      java.util.Objects.requireNonNull(audit, "audit");
      java.util.Objects.requireNonNull(report, "report");
      java.util.Objects.requireNonNull(operations, "operations");
      java.util.Objects.requireNonNull(page, "page");
    }

    /** The console summary: the text summary, then each observer's lines. */
    public String render() {
      return summary.render() + "\n" + List.of(serviceLevels.summary(), audit.summary(), operations.summary(),
              report.summary(), page.summary())
          .filter(s -> !s.isEmpty()).mkString("\n");
    }
  }

  private ServiceDeskSimulation(Options options, List<SimulationObserver> observers) {
    this.options = options;
    this.random = new Random(options.seed());
    this.observers = observers;
    this.now = options.start().atStartOfDay(ZoneOffset.UTC).toInstant();
    JdbcDataSource h2 = new JdbcDataSource();
    // A command uses more distinct statements than H2 keeps parsed per session by default (8).
    h2.setURL("jdbc:h2:mem:itsm-simulation-" + RUNS.incrementAndGet() + ";DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=64");
    JdbcSchema.migrate(h2, JdbcSchema.Dialect.H2);
    this.database = h2;
    this.store = new JdbcTicketStore(h2);
    this.views = new JdbcTicketViewStore(h2);
    // Notifications go through the outbox, as in production; the log sink writes them at DEBUG.
    Slf4jNotificationSink log = new Slf4jNotificationSink(LoggerFactory.getLogger("io.itsm4j.events"), Level.DEBUG);
    this.relay = new OutboxRelay(h2, events -> {
      log.published(events);
      notified.addAndGet(events.size());
    });
    // The relay delivers to the log, at least once; observers that must see exactly what the desk stored and
    // refused (the audit trail) are called by the desk itself.
    this.desk = ServiceDesk.builder().ticketStore(store).ticketIds(new JdbcTicketIds(h2))
        .notificationSink(NotificationSink.fanOut(observers.map(o -> o.deskSink(store))
            .toJavaArray(NotificationSink[]::new)))
        .clock(() -> now).policy(changes)
        // Each ticket's row for the groups' queues, with its SLA due times, kept beside the events.
        .views(views).dueTimes(SlaDueTimes.of(DeskServiceLevels.definitions(DeskServiceLevels.officeHours(
            options.start().getYear() - 1, options.endInstant().atZone(ZoneOffset.UTC).getYear() + 1))))
        .build();
    for (int i = 1; i <= 12; i++) {
      agents.add(Actor.of("agent-" + i, "agent"));
    }
  }

  /**
   * Runs a simulation, printing a progress line every {@value #PROGRESS_DAYS} simulated days and at the last day to
   * {@code progress}.
   *
   * @param observers further observers, called after the summary in this order
   * @return the summary
   * @throws NullPointerException if an argument is null
   * @throws io.itsm4j.jdbc.JdbcStoreException if the database fails
   */
  public static SimulationSummary run(Options options, PrintStream progress, List<SimulationObserver> observers) {
    java.util.Objects.requireNonNull(options, "options");
    java.util.Objects.requireNonNull(progress, "progress");
    java.util.Objects.requireNonNull(observers, "observers");
    SimulationSummary summary = new SimulationSummary();
    ServiceDeskSimulation sim = new ServiceDeskSimulation(options, observers.prepend(summary));
    sim.simulate(progress, summary);
    return summary;
  }

  /**
   * Runs a simulation with service level clocks ({@link DeskServiceLevels} on Dresden office hours), the audit
   * trail in {@code auditStore}, and the management-review report written to {@code report}: what {@link #main}
   * runs.
   *
   * @param auditStore where the audit chain is kept, e.g. a new {@link InMemoryAuditStore}
   * @param report where to write the report; missing directories are created
   * @return the observers, after the run
   * @throws NullPointerException if an argument is null
   * @throws java.io.UncheckedIOException if the report cannot be written
   */
  public static Reviewed runReviewed(Options options, PrintStream progress, AuditStore auditStore, Path report) {
    return runReviewed(options, progress, auditStore, report, List.empty());
  }

  /** As {@link #runReviewed(Options, PrintStream, AuditStore, Path)}, with {@code further} observers last. */
  static Reviewed runReviewed(Options options, PrintStream progress, AuditStore auditStore, Path report,
      List<SimulationObserver> further) {
    java.util.Objects.requireNonNull(auditStore, "auditStore");
    java.util.Objects.requireNonNull(report, "report");
    AuditTrailObserver audit = new AuditTrailObserver(TENANT, auditStore);
    // Holidays of the year before too: a clock started before the period may still run in it.
    ServiceLevelObserver serviceLevels = ServiceLevelObserver.of(DeskServiceLevels.definitions(
        DeskServiceLevels.officeHours(options.start().getYear() - 1, options.endInstant().atZone(ZoneOffset.UTC)
            .getYear() + 1)), List.of(audit.slaAlarms()));
    OperationsFeed operations = new OperationsFeed(TENANT, audit.trail(), SERVICES, options.seed());
    ManagementReviewReport writer = new ManagementReviewReport(report, options, serviceLevels, audit, operations);
    Path pageFile = report.resolveSibling("management-review.html");
    ManagementReviewPage page = new ManagementReviewPage(pageFile, TENANT, serviceLevels, operations, audit.trail());
    // The page records the review in the audit trail, so it runs before the trail builds the evidence report.
    SimulationSummary summary = run(options, progress, List.<SimulationObserver>of(serviceLevels, operations, page,
        audit, writer).appendAll(further));
    return new Reviewed(summary, serviceLevels, audit, writer, operations, page);
  }

  /**
   * Runs a month, prints the summary and writes the management-review report. Arguments: {@code --seed=N} (default
   * 42), {@code --days=N} (30), {@code --scale=X} (1.0, multiplies every volume), {@code --report=<path>} (default
   * {@code target/simulation/evidence-report.md}). Exits with status 2 on an unknown or malformed argument.
   */
  public static void main(String[] args) {
    long seed = 42;
    int days = 30;
    double scale = 1.0;
    Path report = DEFAULT_REPORT;
    for (String arg : args) {
      String[] kv = arg.split("=", 2);
      try {
        switch (kv[0]) {
          case "--seed" -> seed = Long.parseLong(value(kv));
          case "--days" -> days = Integer.parseInt(value(kv));
          case "--scale" -> scale = Double.parseDouble(value(kv));
          case "--report" -> report = Path.of(value(kv));
          default -> throw new IllegalArgumentException("unknown argument");
        }
      } catch (IllegalArgumentException e) { // NumberFormatException and InvalidPathException are ones
        System.err.println("bad argument " + arg + " (" + e.getMessage() + "); use --seed=N --days=N --scale=X"
            + " --report=<path>");
        System.exit(2);
        return;
      }
    }
    Options month = Options.month(seed);
    Options options = new Options(seed, month.start(), days, month.traffic().scaled(scale));
    long started = System.nanoTime();
    // The audit chain is kept in H2 as well, through the JDBC audit adapter; any AuditStore fits here.
    JdbcDataSource auditDatabase = new JdbcDataSource();
    auditDatabase.setURL("jdbc:h2:mem:itsm-simulation-audit-" + RUNS.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
    JdbcSchema.migrate(auditDatabase, JdbcSchema.Dialect.H2);
    Reviewed run = runReviewed(options, System.out, new JdbcAuditStore(auditDatabase), report);
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.println();
    System.out.printf(Locale.ROOT, "Service desk simulation: seed %d, %d days from %s, volume x%.2f%n", seed, days,
        options.start(), scale);
    System.out.println(run.render());
    System.out.printf(Locale.ROOT, "Ran in %.1f s wall-clock: %.0f commands/s through ServiceDesk on H2.%n", seconds,
        run.summary().commandsSent() / seconds);
  }

  private static String value(String[] kv) {
    if (kv.length < 2 || kv[1].isEmpty()) {
      throw new IllegalArgumentException("no value after =");
    }
    return kv[1];
  }

  private void simulate(PrintStream progress, SimulationSummary summary) {
    Instant end = options.endInstant();
    observers.forEach(o -> o.started(now, end));
    scheduleArrivals(end);
    for (SimulationObserver o : observers) {
      if (o instanceof SimulationTraffic traffic) {
        traffic.schedule(desk, now, end, this::at);
      }
    }
    long started = System.nanoTime();
    int day = 0;
    Instant nextDrain = now.plus(Duration.ofHours(1));
    while (!agenda.isEmpty() && agenda.peek().at.isBefore(end)) {
      Scheduled next = agenda.poll();
      while (!next.at.isBefore(nextDrain)) {
        relay.drainAll();
        nextDrain = nextDrain.plus(Duration.ofHours(1));
      }
      while (!next.at.isBefore(dayEnd(day + 1))) {
        dayEnded(++day, progress, started);
      }
      advanceTo(next.at);
      next.action.run();
    }
    while (day < options.days()) {
      dayEnded(++day, progress, started);
    }
    advanceTo(end);
    relay.drainAll();
    Seq<Ticket> tickets = store.ticketIds(TENANT).sorted().map(id -> desk.ticket(TENANT, id).get());
    printQueues(progress);
    try {
      observers.forEach(o -> o.finished(end, tickets, desk));
    } finally {
      shutDownDatabase();
    }
    progress.printf(Locale.ROOT, "done: %,d tickets, %,d commands, %,d events stored, %,d events notified through"
        + " the outbox%n", tickets.size(), summary.commandsSent(), summary.eventsStored(), notified.get());
  }

  /**
   * The top of each group's queue at the end: its open tickets, soonest to breach first, read from the views the
   * desk kept (a page, not a replay of the month's histories).
   */
  private void printQueues(PrintStream out) {
    TicketQueues queues = TicketQueues.of(views, Cursors.random(), ReadPolicy.permitAll());
    Actor lead = Actor.of("team-lead", "agent");
    for (GroupId group : GROUPS) {
      TicketQuery query = TicketQuery.in(TENANT).open().groups(group).orderBy(QueueOrder.TIME_TO_BREACH).pageSize(3)
          .build().get();
      QueueCounts counts = queues.counts(lead, query).get();
      out.printf(Locale.ROOT, "queue %s: %,d open%n", group.value(), counts.total());
      for (TicketView v : queues.page(lead, query, Option.none()).get().views()) {
        // Due times are as of each ticket's last event: one due before now has breached since, unseen by an event.
        out.printf(Locale.ROOT, "  %-11s %-3s %-12s %s%n", v.id().value(), v.priority(), v.state(), v.nextBreach()
            .map(at -> (at.isAfter(now) ? "breaches " : "overdue since ") + at)
            .getOrElse(v.isBreached() ? "breached" : "no clock running"));
      }
    }
  }

  private Instant dayEnd(int day) {
    return options.startInstant().plus(Duration.ofDays(day));
  }

  /** Brings simulated time to the end of {@code day} and prints a progress line each week and on the last day. */
  private void dayEnded(int day, PrintStream progress, long started) {
    advanceTo(dayEnd(day));
    if (day % PROGRESS_DAYS == 0 || day == options.days()) {
      String fragments = observers.map(SimulationObserver::progress).filter(s -> !s.isEmpty()).mkString(", ");
      progress.printf(Locale.ROOT, "day %d/%d: %s; %.1f s%n", day, options.days(), fragments,
          (System.nanoTime() - started) / 1e9);
    }
  }

  private void advanceTo(Instant time) {
    now = time;
    observers.forEach(o -> o.advancedTo(time));
  }

  private void shutDownDatabase() {
    // The in-memory database lives until it is shut down; the tickets are in the summary by now.
    try (java.sql.Connection c = database.getConnection(); java.sql.Statement s = c.createStatement()) {
      s.execute("shutdown");
    } catch (java.sql.SQLException e) {
      throw new io.itsm4j.jdbc.JdbcStoreException("shutting the simulation database down failed", e);
    }
  }

  // ---- arrivals -----------------------------------------------------------------------------------------------

  private void scheduleArrivals(Instant end) {
    TrafficModel t = options.traffic();
    for (Instant hour = now; hour.isBefore(end); hour = hour.plus(Duration.ofHours(1))) {
      ZonedDateTime z = hour.atZone(ZoneOffset.UTC);
      arrivals(hour, t.perHour(t.incidentsPerWeekday(), z.getDayOfWeek(), z.getHour()), this::openIncident);
      arrivals(hour, t.perHour(t.requestsPerWeekday(), z.getDayOfWeek(), z.getHour()), this::openRequest);
      arrivals(hour, t.perHour(t.changesPerWeekday(), z.getDayOfWeek(), z.getHour()), this::raiseChange);
    }
  }

  private void arrivals(Instant hour, double mean, Runnable open) {
    int n = poisson(mean);
    for (int i = 0; i < n; i++) {
      at(hour.plusSeconds(random.nextInt(3600)), open);
    }
  }

  // ---- incidents ----------------------------------------------------------------------------------------------

  private void openIncident() {
    String service = SERVICES.get(skewed(SERVICES.size()));
    Actor caller = Actor.of("user-" + (1 + random.nextInt(800)));
    Impact impact = pick(Impact.values(), 0.08, 0.32, 0.60);
    Urgency urgency = pick(Urgency.values(), 0.15, 0.45, 0.40);
    Actor agent = agent();
    String symptom = pick(new String[] {"not working", "slow", "error message", "cannot log in"}, 0.3, 0.3, 0.2,
        0.2);
    Either<Rejection, CommandResult> opened = open(agent, TicketCommand.Open.incident(service + ": " + symptom,
            impact, urgency)
        .withCaller(caller.id()).withSubject(TicketSubject.none().withService(ServiceId.of(service))));
    if (opened.isLeft()) {
      return;
    }
    Ticket t = opened.get().ticket();
    noteRecurrence(service, new Recent(t.id(), symptom));
    // Median hours until an agent picks the incident up, wall-clock.
    double responseHours = switch (t.priority()) {
      case P1 -> 0.1;
      case P2 -> 0.2;
      case P3 -> 1;
      case P4 -> 2.5;
      case P5 -> 5;
    };
    // Agents pick incidents up after a delay that depends on the priority and varies around it.
    later(hours(lognormal(responseHours, 0.5)), () -> startIncident(t.id(), caller));
  }

  private void startIncident(TicketId id, Actor caller) {
    Actor agent = agent();
    send(agent, id, TicketCommand.Assign.to(GROUPS.get(random.nextInt(GROUPS.size())), agent.id()));
    if (send(agent, id, ChangeState.to("in-progress")).isLeft()) {
      return;
    }
    work(id, caller, agent);
  }

  private void work(TicketId id, Actor caller, Actor agent) {
    TrafficModel t = options.traffic();
    double effort = lognormal(priorityHours(id), 0.9);
    if (random.nextDouble() < t.callerUpdateRate()) {
      later(hours(effort * random.nextDouble()), () -> send(caller, id, AddNote.comment("Any news? Still affected.")));
    }
    if (random.nextDouble() < t.holdRate()) {
      later(hours(effort * 0.3), () -> hold(id, caller, agent));
    } else {
      later(hours(effort), () -> resolve(id, caller, agent));
    }
  }

  private void hold(TicketId id, Actor caller, Actor agent) {
    String reason = pick(new String[] {TicketFields.HOLD_AWAITING_CALLER, TicketFields.HOLD_AWAITING_VENDOR,
        TicketFields.HOLD_AWAITING_CHANGE}, 0.65, 0.25, 0.10);
    if (send(agent, id, ChangeState.to("on-hold").withField(HOLD_REASON, reason)).isLeft()) {
      return;
    }
    if (reason.equals(TicketFields.HOLD_AWAITING_CALLER)) {
      // The caller's answer takes the incident off hold by itself (the workflow's caller-update trigger).
      later(hours(lognormal(6, 1.0)), () -> {
        send(caller, id, AddNote.comment("Here is the screenshot you asked for."));
        later(hours(lognormal(priorityHours(id) * 0.7, 0.8)), () -> resolve(id, caller, agent));
      });
    } else {
      later(hours(lognormal(30, 0.8)), () -> {
        send(agent, id, ChangeState.to("in-progress"));
        later(hours(lognormal(priorityHours(id) * 0.7, 0.8)), () -> resolve(id, caller, agent));
      });
    }
  }

  private void resolve(TicketId id, Actor caller, Actor agent) {
    TrafficModel t = options.traffic();
    if (random.nextDouble() < t.sloppyRate()) {
      send(agent, id, ChangeState.to("resolved"));
    }
    Either<Rejection, CommandResult> resolved = send(agent, id, ChangeState.to("resolved")
        .withField(RESOLUTION_CODE, pick(new String[] {"solved", "workaround", "no-fault-found"}, 0.8, 0.15, 0.05))
        .withField(RESOLUTION_NOTES, "Fixed and confirmed with the caller."));
    if (resolved.isLeft()) {
      return;
    }
    if (random.nextDouble() < t.reopenRate()) {
      later(hours(2 + random.nextDouble() * 46), () -> {
        if (send(caller, id, ChangeState.to("in-progress").withField(REOPEN_REASON, "It is broken again")).isRight()) {
          work(id, caller, agent);
        }
      });
    } else {
      later(Duration.ofDays(3), () -> send(SYSTEM, id, ChangeState.to("closed")));
    }
  }

  private double priorityHours(TicketId id) {
    return desk.ticket(TENANT, id).map(t -> switch (t.priority()) {
      case P1 -> 2.0;
      case P2 -> 6.0;
      case P3 -> 16.0;
      case P4 -> 30.0;
      case P5 -> 60.0;
    }).getOrElse(16.0);
  }

  // ---- problems -----------------------------------------------------------------------------------------------

  /** An incident (or the problem about it) and its symptom. */
  private record Recent(TicketId id, String symptom) {}

  /**
   * Problem management watches the incidents of each service; a problem is about the symptom of the incident that
   * made the count, and incidents with that symptom are linked to it while it is open.
   */
  private void noteRecurrence(String service, Recent incident) {
    java.util.List<Recent> recent = recentIncidents.computeIfAbsent(service, s -> new ArrayList<>());
    recent.add(incident);
    later(Duration.ofDays(7), () -> recent.remove(incident));
    Recent problem = openProblems.get(service);
    if (problem != null) {
      if (problem.symptom().equals(incident.symptom())) {
        send(PROBLEM_MANAGER, incident.id(), new TicketCommand.AddLink(Link.of(LinkType.CAUSED_BY_PROBLEM,
            problem.id())));
      }
      return;
    }
    if (recent.size() >= options.traffic().problemThreshold() && skewed(SERVICES.size()) < 3) {
      Either<Rejection, CommandResult> opened = open(PROBLEM_MANAGER, TicketCommand.Open.problem(
          "Recurring failures of " + service + ": " + incident.symptom(), Impact.MEDIUM, Urgency.MEDIUM)
          .withSubject(TicketSubject.none().withService(ServiceId.of(service))));
      if (opened.isRight()) {
        TicketId id = opened.get().ticket().id();
        openProblems.put(service, new Recent(id, incident.symptom()));
        for (Recent i : new ArrayList<>(recent)) {
          if (i.symptom().equals(incident.symptom()) && desk.ticket(TENANT, i.id()).exists(t -> !t.isTerminal())) {
            send(PROBLEM_MANAGER, i.id(), new TicketCommand.AddLink(Link.of(LinkType.CAUSED_BY_PROBLEM, id)));
          }
        }
        later(hours(4), () -> investigate(service, id));
      }
    }
  }

  private void investigate(String service, TicketId problem) {
    send(PROBLEM_MANAGER, problem, ChangeState.to("investigating"));
    later(Duration.ofDays(1 + random.nextInt(4)), () -> {
      send(PROBLEM_MANAGER, problem, ChangeState.to("known-error")
          .withField(ROOT_CAUSE, "Configuration drift on the " + service + " servers")
          .withField(WORKAROUND, "Restart the " + service + " client"));
      Option<TicketId> fix = raiseChangeFor(problem, service);
      later(Duration.ofDays(5 + random.nextInt(6)), () -> {
        send(PROBLEM_MANAGER, problem, ChangeState.to("resolved").withField(RESOLUTION_CODE, "fixed")
            .withField(RESOLUTION_NOTES, fix.map(c -> "Fixed by " + c).getOrElse("Fixed by configuration")));
        openProblems.remove(service);
        later(Duration.ofDays(7), () -> send(PROBLEM_MANAGER, problem, ChangeState.to("closed")));
      });
    });
  }

  // ---- changes ------------------------------------------------------------------------------------------------

  private void raiseChange() {
    ChangeType type = pick(new ChangeType[] {ChangeType.STANDARD, ChangeType.NORMAL, ChangeType.EMERGENCY}, 0.6,
        0.35, 0.05);
    String service = SERVICES.get(random.nextInt(SERVICES.size()));
    Either<Rejection, CommandResult> opened = open(agent(), TicketCommand.Open.change(type,
        "Patch " + service + " servers", pick(Impact.values(), 0.1, 0.4, 0.5), Urgency.MEDIUM));
    opened.forEach(r -> driveChange(r.ticket().id(), type));
  }

  private Option<TicketId> raiseChangeFor(TicketId problem, String service) {
    Either<Rejection, CommandResult> opened = open(PROBLEM_MANAGER, TicketCommand.Open.change(ChangeType.NORMAL,
        "Fix configuration drift on " + service, Impact.MEDIUM, Urgency.MEDIUM));
    if (opened.isLeft()) {
      return Option.none();
    }
    TicketId id = opened.get().ticket().id();
    send(PROBLEM_MANAGER, id, new TicketCommand.AddLink(Link.of(LinkType.FIXES_PROBLEM, problem)));
    driveChange(id, ChangeType.NORMAL);
    return Option.some(id);
  }

  private void driveChange(TicketId id, ChangeType type) {
    Actor owner = agent();
    switch (type) {
      case STANDARD -> later(hours(2), () -> schedule(id, owner, owner, false));
      case EMERGENCY -> later(hours(0.2), () -> {
        send(owner, id, ChangeState.to("authorise"));
        requestApproval(id, owner);
        later(hours(0.3), () -> approve(id, 0.3, () -> schedule(id, owner, CHANGE_MANAGER, true)));
      });
      default -> later(hours(1), () -> {
        send(owner, id, ChangeState.to("assess"));
        changes.assessRisk(LinkedHashMap.of(
                "outage", pick(new String[] {"none", "partial", "full"}, 0.5, 0.35, 0.15),
                "tested", pick(new String[] {"yes", "no"}, 0.8, 0.2)))
            .forEach(risk -> send(owner, id, risk));
        later(Duration.ofDays(1), () -> {
          send(owner, id, ChangeState.to("authorise"));
          requestApproval(id, owner);
          if (random.nextDouble() < 0.1) {
            // The owner tries to schedule before the approvers have decided: GUARD_FAILED.
            send(owner, id, scheduleCommand(now.plus(Duration.ofDays(2))));
          }
          later(hours(lognormal(4, 0.7)), () -> approve(id, 4, () -> schedule(id, owner, CHANGE_MANAGER, false)));
        });
      });
    }
  }

  private void requestApproval(TicketId id, Actor owner) {
    desk.ticket(TENANT, id).toOption().flatMap(t -> changes.requestApproval(TENANT, t).toOption())
        .forEach(request -> send(owner, id, request));
  }

  /**
   * The eligible approvers of the stage now deciding vote one after another, a while apart, until the change is
   * authorised (then {@code authorised} runs) or one of them rejects it (which cancels it).
   */
  private void approve(TicketId id, double medianHours, Runnable authorised) {
    Option<Ticket> change = desk.ticket(TENANT, id).toOption();
    if (change.exists(Ticket::isAuthorised)) {
      authorised.run();
      return;
    }
    if (change.isEmpty() || !change.get().approvalStatus().isPending()) {
      return;
    }
    Ticket c = change.get();
    ApprovalPolicy policy = c.approvalPolicy().get();
    int stage = policy.evaluate(c.approvers(), c.approvalDecisions()).stage().get();
    Option<ActorId> next = c.approvers().get(policy.stages().get(stage).group())
        .map(members -> members.toList().sortBy(ActorId::value)).getOrElse(List.empty())
        .find(a -> !c.approvalDecisions().exists(d -> d.stage() == stage && d.approver().equals(a)));
    if (next.isEmpty()) {
      return;
    }
    TicketCommand vote = random.nextDouble() < 0.03 ? new TicketCommand.Reject("The rollback plan was not tested")
        : new TicketCommand.Approve("Risk understood, rollback plan reviewed");
    if (send(Actor.of(next.get().value(), "agent"), id, vote).isRight() && vote instanceof TicketCommand.Approve) {
      later(hours(lognormal(medianHours, 0.7)), () -> approve(id, medianHours, authorised));
    }
  }

  /** Schedules an authorised change into a window (tonight or within a few nights; in two hours if urgent). */
  private void schedule(TicketId id, Actor owner, Actor scheduler, boolean emergency) {
    Instant window = emergency ? now.plus(Duration.ofHours(2))
        : now.atZone(ZoneOffset.UTC).toLocalDate().plusDays(1 + random.nextInt(4)).atTime(22, 0)
            .toInstant(ZoneOffset.UTC);
    if (send(scheduler, id, scheduleCommand(window)).isLeft()) {
      return;
    }
    at(window, () -> {
      send(owner, id, ChangeState.to("implement"));
      later(hours(1 + random.nextDouble() * 2), () -> {
        send(owner, id, ChangeState.to("review"));
        later(Duration.ofDays(1), () -> closeChange(id, owner));
      });
    });
  }

  private static ChangeState scheduleCommand(Instant window) {
    return ChangeState.to("scheduled").withField(PLANNED_START, window.toString())
        .withField(PLANNED_END, window.plus(Duration.ofHours(2)).toString());
  }

  private void closeChange(TicketId id, Actor owner) {
    String outcome = pick(new String[] {TicketFields.OUTCOME_SUCCESSFUL, TicketFields.OUTCOME_SUCCESSFUL_WITH_ISSUES,
        TicketFields.OUTCOME_FAILED, TicketFields.OUTCOME_BACKED_OUT}, 0.85, 0.08, 0.04, 0.03);
    send(owner, id, ChangeState.to("closed").withField(CHANGE_OUTCOME, outcome));
    if (outcome.equals(TicketFields.OUTCOME_FAILED)) {
      Either<Rejection, CommandResult> incident = open(agent(), TicketCommand.Open.incident(
          "Outage after change " + id, Impact.HIGH, Urgency.HIGH));
      incident.forEach(r -> {
        send(owner, r.ticket().id(), new TicketCommand.AddLink(Link.of(LinkType.CAUSED_BY_CHANGE, id)));
        later(hours(0.1), () -> startIncident(r.ticket().id(), owner));
      });
    }
  }

  // ---- service requests ---------------------------------------------------------------------------------------

  private void openRequest() {
    Actor caller = Actor.of("user-" + (1 + random.nextInt(800)));
    String item = pick(new String[] {"New laptop", "Software licence", "Access to shared folder", "New starter"},
        0.2, 0.3, 0.4, 0.1);
    Either<Rejection, CommandResult> opened = open(agent(), TicketCommand.Open.serviceRequest(item, Impact.LOW,
        pick(Urgency.values(), 0.1, 0.4, 0.5)).withCaller(caller.id())
        .withSubject(TicketSubject.none().withService(ServiceId.of(serviceOf(item)))));
    if (opened.isLeft()) {
      return;
    }
    TicketId id = opened.get().ticket().id();
    Actor agent = agent();
    boolean approval = !item.startsWith("Access");
    later(hours(lognormal(3, 0.7)), () -> {
      if (random.nextDouble() < 0.03) {
        send(caller, id, ChangeState.to("cancelled").withField(CANCEL_REASON, "No longer needed"));
        return;
      }
      if (approval) {
        send(agent, id, ChangeState.to("approval"));
        later(hours(lognormal(8, 0.8)), () -> {
          if (random.nextDouble() < 0.1) {
            send(agent, id, ChangeState.to("rejected").withField(CANCEL_REASON, "Budget not approved"));
          } else {
            send(agent, id, ChangeState.to("fulfilment"));
            fulfil(id, caller, agent);
          }
        });
      } else {
        send(agent, id, ChangeState.to("fulfilment"));
        fulfil(id, caller, agent);
      }
    });
  }

  /** The service a catalogue request belongs to, so that service levels can be reported per service. */
  private static String serviceOf(String item) {
    return switch (item) {
      case "New laptop" -> "workplace";
      case "Software licence" -> "software";
      case "Access to shared folder" -> "file-share";
      default -> "hr-portal";
    };
  }

  private void fulfil(TicketId id, Actor caller, Actor agent) {
    if (random.nextDouble() < options.traffic().holdRate() * 0.5) {
      later(hours(4), () -> {
        send(agent, id, ChangeState.to("on-hold").withField(HOLD_REASON, TicketFields.HOLD_AWAITING_VENDOR));
        later(Duration.ofDays(2 + random.nextInt(3)), () -> {
          send(agent, id, ChangeState.to("fulfilment"));
          later(hours(4), () -> fulfilled(id, agent));
        });
      });
    } else {
      later(hours(lognormal(20, 0.8)), () -> fulfilled(id, agent));
    }
  }

  private void fulfilled(TicketId id, Actor agent) {
    if (send(agent, id, ChangeState.to("fulfilled").withField(RESOLUTION_CODE, "delivered")).isRight()) {
      later(Duration.ofDays(2), () -> send(SYSTEM, id, ChangeState.to("closed")));
    }
  }

  // ---- sending ------------------------------------------------------------------------------------------------

  private Either<Rejection, CommandResult> open(Actor actor, TicketCommand.Open command) {
    String key = key();
    Either<Rejection, CommandResult> outcome = desk.open(TENANT, actor, key, command);
    observe(command, outcome);
    return outcome;
  }

  private Either<Rejection, CommandResult> send(Actor actor, TicketId id, TicketCommand command) {
    TrafficModel t = options.traffic();
    String key = key();
    if (random.nextDouble() < t.staleRate()) {
      // A second browser tab still shows an older version: the desk refuses rather than lose an update.
      long version = desk.ticket(TENANT, id).map(Ticket::version).getOrElse(1L);
      observe(command, desk.execute(CommandRequest.of(TENANT, actor, id, key, command).expectingVersion(version - 1)));
      key = key();
    }
    Either<Rejection, CommandResult> outcome = desk.execute(TENANT, actor, id, key, command);
    observe(command, outcome);
    if (outcome.isRight() && random.nextDouble() < t.retryRate()) {
      // The client timed out and sends the same command again: same key, nothing appended twice.
      observe(command, desk.execute(TENANT, actor, id, key, command));
    }
    return outcome;
  }

  private void observe(TicketCommand command, Either<Rejection, CommandResult> outcome) {
    observers.forEach(o -> o.commandSent(now, command, outcome));
  }

  private String key() {
    return "sim-" + (++keys);
  }

  // ---- time and chance ----------------------------------------------------------------------------------------

  private record Scheduled(Instant at, long order, Runnable action) implements Comparable<Scheduled> {
    @Override
    public int compareTo(Scheduled o) {
      int c = at.compareTo(o.at);
      return c != 0 ? c : Long.compare(order, o.order);
    }
  }

  private void at(Instant when, Runnable action) {
    agenda.add(new Scheduled(when, ++order, action));
  }

  private void later(Duration delay, Runnable action) {
    at(now.plus(delay), action);
  }

  private static Duration hours(double h) {
    return Duration.ofSeconds(Math.max(60, Math.round(h * 3600)));
  }

  private Actor agent() {
    return agents.get(random.nextInt(agents.size()));
  }

  private int poisson(double mean) {
    double l = Math.exp(-mean);
    double p = 1;
    int k = 0;
    do {
      k++;
      p *= random.nextDouble();
    } while (p > l);
    return k - 1;
  }

  private double lognormal(double median, double sigma) {
    return median * Math.exp(sigma * random.nextGaussian());
  }

  /** An index in 0..n-1 where low indexes are more likely: a few services cause most incidents. */
  private int skewed(int n) {
    return Math.min(n - 1, (int) Math.floor(-Math.log(1 - random.nextDouble()) * n / 3.0));
  }

  private <T> T pick(T[] values, double... weights) {
    double r = random.nextDouble();
    double sum = 0;
    for (int i = 0; i < values.length; i++) {
      sum += weights[i];
      if (r < sum) {
        return values[i];
      }
    }
    return values[values.length - 1];
  }
}
