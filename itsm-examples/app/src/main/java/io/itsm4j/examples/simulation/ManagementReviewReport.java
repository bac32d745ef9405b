package io.itsm4j.examples.simulation;

import io.itsm4j.audit.evidence.EvidenceReport;
import io.itsm4j.audit.port.AuditQuery;
import io.itsm4j.audit.trail.AuditEntry;
import io.itsm4j.audit.trail.Outcome;
import io.itsm4j.audit.trail.Verification;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.approval.ApprovalStatus;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.application.CommandResult;
import io.itsm4j.core.application.ServiceDesk;
import io.itsm4j.core.ticket.ChangeType;
import io.itsm4j.core.ticket.LinkType;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.port.NotificationSink;
import io.itsm4j.core.port.TicketStore;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketFields;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.TicketKind;
import io.itsm4j.core.workflow.StateCategory;
import io.itsm4j.sla.ComplianceFigures;
import io.itsm4j.sla.SlaDefinition;
import io.itsm4j.sla.SlaId;
import io.itsm4j.sla.ThresholdCrossing;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * Writes the management-review report of a simulation run to a Markdown file when the run ends: volumes by kind
 * and priority, service level compliance per priority and per service with breach counts, warnings and breaches as
 * they happened, the reopen rate and time on hold, problems and changes with the change success rate, the services
 * with the most incidents, the audit trail's verification, and the ISO/IEC 20000-1 evidence report that itsm-audit
 * builds ({@link io.itsm4j.audit.application.EvidenceReporter}).
 *
 * <p>Every figure is a function of the run, so the same seed gives the same file byte for byte, except the single
 * last line, which states the wall-clock run time and contains the word {@code wall-clock}.
 *
 * <p>Must come after the {@link ServiceLevelObserver} and the {@link AuditTrailObserver} it reads in the list of
 * observers, so that they have finished first. Not thread-safe: the simulation's single thread feeds it. A file
 * that cannot be written ends the simulation with an {@link UncheckedIOException} naming the path.
 */
public final class ManagementReviewReport implements SimulationObserver {
  /** The sections of the report, as their headings read. */
  public static final Seq<String> SECTIONS = List.of("## Headlines", "## 1. Volumes by kind and priority",
      "## 2. Service level compliance by priority", "## 3. Service level compliance by service",
      "## 4. Warnings and breaches as they happened", "## 5. Reopenings and time on hold",
      "## 6. Problems and changes", "## 7. Top services by incidents", "## 8. Audit trail",
      "## 9. Operation and control: monitoring, availability, continuity",
      "## 10. ISO/IEC 20000-1 evidence held in itsm4j");

  private static final int TOP_SERVICES = 5;

  private final Path path;
  private final ServiceDeskSimulation.Options options;
  private final ServiceLevelObserver serviceLevels;
  private final AuditTrailObserver audit;
  private final LongSupplier nanoTime;
  private final java.util.Map<TicketId, Vector<TicketEvent>> histories = new java.util.HashMap<>();
  private long startedNanos;
  private Instant start = Instant.EPOCH;
  private Option<String> written = Option.none();
  private final Option<OperationsFeed> operations;

  /**
   * A report written to {@code path}, timed with {@link System#nanoTime()}.
   *
   * @param path where to write it; missing parent directories are created
   * @param options what was simulated, for the report's header
   * @param serviceLevels the service level clocks of the same run
   * @param audit the audit trail of the same run
   * @throws NullPointerException if an argument is null
   */
  public ManagementReviewReport(Path path, ServiceDeskSimulation.Options options, ServiceLevelObserver serviceLevels,
      AuditTrailObserver audit) {
    this(path, options, serviceLevels, audit, Option.none(), System::nanoTime);
  }

  /**
   * A report that also shows monitoring, availability and the continuity exercise of {@code operations}.
   *
   * @throws NullPointerException if an argument is null
   */
  public ManagementReviewReport(Path path, ServiceDeskSimulation.Options options, ServiceLevelObserver serviceLevels,
      AuditTrailObserver audit, OperationsFeed operations) {
    this(path, options, serviceLevels, audit, Option.some(Objects.requireNonNull(operations, "operations")),
        System::nanoTime);
  }

  ManagementReviewReport(Path path, ServiceDeskSimulation.Options options, ServiceLevelObserver serviceLevels,
      AuditTrailObserver audit, Option<OperationsFeed> operations, LongSupplier nanoTime) {
    this.operations = Objects.requireNonNull(operations, "operations");
    this.path = Objects.requireNonNull(path, "path");
    this.options = Objects.requireNonNull(options, "options");
    this.serviceLevels = Objects.requireNonNull(serviceLevels, "serviceLevels");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
  }

  /** Where the report is written. */
  public Path path() {
    return path;
  }

  /** The report as written; none before the run ended. */
  public Option<String> text() {
    return written;
  }

  @Override
  public void started(Instant startAt, Instant end) {
    this.start = startAt;
    this.startedNanos = nanoTime.getAsLong();
  }

  @Override
  public void commandSent(Instant at, TicketCommand command, Either<Rejection, CommandResult> outcome) {
    // Histories arrive through the desk's own sink, monitoring's commands included.
  }

  @Override
  public NotificationSink deskSink(TicketStore tickets) {
    return events -> {
      if (!events.isEmpty()) {
        histories.merge(events.head().ticketId(), Vector.ofAll(events), Vector::appendAll);
      }
    };
  }

  @Override
  public void finished(Instant end, Seq<Ticket> tickets, ServiceDesk desk) {
    double seconds = (nanoTime.getAsLong() - startedNanos) / 1e9;
    String text = render(end, tickets) + String.format(Locale.ROOT,
        "%n---%n%nThis run took %.1f s wall-clock (not a reviewed figure).%n", seconds);
    try {
      Path parent = path.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(path, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("writing the management-review report to " + path + " failed", e);
    }
    written = Option.some(text);
  }

  @Override
  public String summary() {
    return written.isDefined() ? "Management-review report: " + path.toAbsolutePath().normalize() : "";
  }

  // ---- rendering ----------------------------------------------------------------------------------------------

  private String render(Instant end, Seq<Ticket> tickets) {
    StringBuilder b = new StringBuilder();
    Seq<DeskServiceLevels.Holiday> holidays = DeskServiceLevels.holidaysBetween(start.atZone(ZoneOffset.UTC)
        .toLocalDate(), end.minusSeconds(1).atZone(ZoneOffset.UTC).toLocalDate());
    b.append(f("# Management review: service desk `%s`, %s to %s%n%n", ServiceDeskSimulation.TENANT, day(start),
        day(end.minusSeconds(1))));
    b.append(f("Input to the management review (ISO/IEC 20000-1, clause 9.3) for the period %s to %s (%d days, end"
        + " exclusive). Simulated by `ServiceDeskSimulation` with seed %d and traffic of %.1f incidents, %.1f service"
        + " requests and %.1f changes on an average weekday, on the JDBC ticket store over H2. Every figure is computed"
        + " from this run's stored events, its service level clocks and its audit trail.%n%n", start, end,
        options.days(), options.seed(), options.traffic().incidentsPerWeekday(),
        options.traffic().requestsPerWeekday(), options.traffic().changesPerWeekday()));
    headlines(b, tickets);
    volumes(b, tickets);
    complianceByPriority(b, holidays);
    complianceByService(b);
    warningsAndBreaches(b);
    reopeningsAndHolds(b, tickets, end);
    problemsAndChanges(b, tickets);
    topServices(b, tickets);
    auditTrail(b);
    operations(b);
    evidence(b);
    return b.toString();
  }

  private void headlines(StringBuilder b, Seq<Ticket> tickets) {
    b.append(SECTIONS.get(0)).append("\n\n| measure | value |\n|---|---|\n");
    b.append(f("| tickets opened | %,d (%s) |%n", tickets.size(), List.of(TicketKind.values())
        .map(k -> f("%,d %s", tickets.count(t -> t.kind() == k), label(k))).mkString(", ")));
    for (SlaDefinition d : serviceLevels.definitions()) {
      ComplianceFigures c = serviceLevels.complianceByDefinition().get(d.id()).getOrElse(ComplianceFigures.EMPTY);
      b.append(f("| %s within target | %s (%,d breached of %,d counted) |%n", d.name(),
          ServiceLevelObserver.percent(c), c.breached(), c.denominator()));
    }
    b.append(f("| SLA warnings / breaches raised as they happened | %,d / %,d |%n", serviceLevels.warnings(),
        serviceLevels.breaches()));
    b.append(f("| incidents reopened | %s of those resolved |%n",
        pct(SimulationSummary.reopenRate(tickets, TicketKind.INCIDENT))));
    Seq<Ticket> closedChanges = tickets.filter(t -> t.kind() == TicketKind.CHANGE
        && t.field(TicketFields.CHANGE_OUTCOME).isDefined());
    b.append(f("| changes successful | %s of %,d closed with an outcome |%n", ratio(closedChanges.count(
        ManagementReviewReport::successful), closedChanges.size()), closedChanges.size()));
    b.append(f("| audit trail | %s |%n%n", audit.verification().map(ManagementReviewReport::integrity)
        .getOrElse("not verified")));
  }

  private void volumes(StringBuilder b, Seq<Ticket> tickets) {
    b.append(SECTIONS.get(1)).append("\n\nTickets opened in the period by kind and priority, and where they stood at"
        + " the end.\n\n| kind |");
    for (Priority p : Priority.values()) {
      b.append(' ').append(p).append(" |");
    }
    b.append(" total | open | resolved | closed | cancelled |\n|---|");
    b.append("---:|".repeat(Priority.values().length + 5)).append('\n');
    for (TicketKind k : TicketKind.values()) {
      Seq<Ticket> of = tickets.filter(t -> t.kind() == k);
      b.append("| ").append(label(k)).append(" |");
      for (Priority p : Priority.values()) {
        b.append(f(" %,d |", of.count(t -> t.priority() == p)));
      }
      b.append(f(" %,d | %,d | %,d | %,d | %,d |%n", of.size(), of.count(t -> t.category().isOpen()),
          of.count(t -> t.category() == StateCategory.RESOLVED), of.count(t -> t.category() == StateCategory.CLOSED),
          of.count(t -> t.category() == StateCategory.CANCELLED)));
    }
    b.append('\n');
  }

  private void complianceByPriority(StringBuilder b, Seq<DeskServiceLevels.Holiday> holidays) {
    b.append(SECTIONS.get(2)).append(f("%n%nService hours: Monday to Friday 08:00-18:00 Europe/Berlin, closed on the"
        + " public holidays of Saxony (in this period: %s). The resolution and fulfilment clocks pause while a ticket"
        + " is on hold awaiting the caller or a vendor, and start a new cycle when a ticket is reopened. Compliance is"
        + " met / (met + breached), where breached includes clocks still running past their goal; clocks still"
        + " running within their goal, and cancelled ones, are shown but not counted in it.%n%n",
        holidays.isEmpty() ? "none" : holidays.map(h -> h.date() + " " + h.name()).mkString(", ")));
    b.append("| target | priority | goal (business time) | met | breached | running | cancelled | compliance |\n"
        + "|---|---|---:|---:|---:|---:|---:|---:|\n");
    Map<Tuple2<SlaId, Priority>, ComplianceFigures> figures = serviceLevels.complianceByPriority();
    for (SlaDefinition d : serviceLevels.definitions()) {
      for (Priority p : Priority.values()) {
        ComplianceFigures c = figures.get(Tuple.of(d.id(), p)).getOrElse(ComplianceFigures.EMPTY);
        b.append(f("| %s | %s | %s | %,d | %,d | %,d | %,d | %s |%n", d.name(), p,
            d.goals().get(p).map(ManagementReviewReport::duration).getOrElse("none"), c.met(), c.breached(),
            c.inProgress(), c.cancelled(), ServiceLevelObserver.percent(c)));
      }
    }
    b.append('\n');
  }

  private void complianceByService(StringBuilder b) {
    b.append(SECTIONS.get(3)).append("\n\nThe same clocks by the ticket's service, all priorities; tickets without a"
        + " service (incidents raised after a failed change) are left out.\n\n"
        + "| service | target | met | breached | running | compliance |\n|---|---|---:|---:|---:|---:|\n");
    Map<Tuple2<SlaId, ServiceId>, ComplianceFigures> figures = serviceLevels.complianceByService();
    Seq<ServiceId> services = figures.keySet().map(Tuple2::_2).toSortedSet().toList();
    for (ServiceId s : services) {
      for (SlaDefinition d : serviceLevels.definitions()) {
        for (ComplianceFigures c : figures.get(Tuple.of(d.id(), s))) {
          b.append(f("| %s | %s | %,d | %,d | %,d | %s |%n", s, d.name(), c.met(), c.breached(), c.inProgress(),
              ServiceLevelObserver.percent(c)));
        }
      }
    }
    b.append('\n');
  }

  private void warningsAndBreaches(StringBuilder b) {
    b.append(SECTIONS.get(4)).append(f("%n%nThe SLA monitor delivered each warning (%d %% of the goal) and breach"
        + " (100 %%) once, at the simulated instant it happened; a breach raised on a clock that was later cancelled"
        + " (a request withdrawn) still counts here.%n%n", DeskServiceLevels.WARNING_PERCENT));
    b.append("| week | days |");
    for (SlaDefinition d : serviceLevels.definitions()) {
      b.append(' ').append(d.name()).append(" warnings / breaches |");
    }
    b.append("\n|---|---|").append("---:|".repeat(serviceLevels.definitions().size())).append('\n');
    int weeks = (options.days() + 6) / 7;
    for (int w = 0; w < weeks; w++) {
      Instant from = start.plus(Duration.ofDays(7L * w));
      Instant until = start.plus(Duration.ofDays(Math.min(7L * (w + 1), options.days())));
      b.append(f("| %d | %s to %s |", w + 1, day(from), day(until.minusSeconds(1))));
      for (SlaDefinition d : serviceLevels.definitions()) {
        Seq<ThresholdCrossing> in = serviceLevels.crossings().filter(c -> c.definition().equals(d.id())
            && !c.at().isBefore(from) && c.at().isBefore(until));
        b.append(f(" %,d / %,d |", in.count(c -> c.percent() < 100), in.count(c -> c.percent() >= 100)));
      }
      b.append('\n');
    }
    b.append(f("| all | |"));
    for (SlaDefinition d : serviceLevels.definitions()) {
      Seq<ThresholdCrossing> in = serviceLevels.crossings().filter(c -> c.definition().equals(d.id()));
      b.append(f(" **%,d / %,d** |", in.count(c -> c.percent() < 100), in.count(c -> c.percent() >= 100)));
    }
    b.append("\n\n");
  }

  private void reopeningsAndHolds(StringBuilder b, Seq<Ticket> tickets, Instant end) {
    b.append(SECTIONS.get(5)).append("\n\n| kind | resolved at least once | reopened | reopen rate |\n"
        + "|---|---:|---:|---:|\n");
    for (TicketKind k : List.of(TicketKind.INCIDENT, TicketKind.SERVICE_REQUEST, TicketKind.PROBLEM)) {
      Seq<Ticket> resolved = tickets.filter(t -> t.kind() == k && t.resolvedAt().isDefined());
      b.append(f("| %s | %,d | %,d | %s |%n", label(k), resolved.size(), resolved.count(t -> t.cycle() > 1),
          pct(SimulationSummary.reopenRate(tickets, k))));
    }
    b.append("\nTime on hold in calendar hours, by hold reason; holds still open at the end count until the end.\n\n"
        + "| hold reason | holds | tickets | hours on hold | mean hours per hold | still on hold | pauses the SLA |\n"
        + "|---|---:|---:|---:|---:|---:|---|\n");
    java.util.TreeMap<String, long[]> byReason = new java.util.TreeMap<>();
    java.util.TreeMap<String, java.util.Set<TicketId>> ticketsByReason = new java.util.TreeMap<>();
    for (Vector<TicketEvent> history : new java.util.TreeMap<>(histories).values()) {
      Option<Tuple2<String, Instant>> held = Option.none();
      for (TicketEvent e : history) {
        if (!(e instanceof TicketEvent.StateChanged s)) {
          continue;
        }
        if (s.toCategory() == StateCategory.ON_HOLD && s.fromCategory() != StateCategory.ON_HOLD) {
          held = Option.some(Tuple.of(s.fields().get(TicketFields.HOLD_REASON).getOrElse("(none)"), s.occurredAt()));
        } else if (s.fromCategory() == StateCategory.ON_HOLD && s.toCategory() != StateCategory.ON_HOLD
            && held.isDefined()) {
          hold(byReason, ticketsByReason, held.get()._1, s.ticketId(), held.get()._2, s.occurredAt(), false);
          held = Option.none();
        }
      }
      if (held.isDefined()) {
        hold(byReason, ticketsByReason, held.get()._1, history.head().ticketId(), held.get()._2, end, true);
      }
    }
    long holds = 0;
    long seconds = 0;
    for (java.util.Map.Entry<String, long[]> r : byReason.entrySet()) {
      long[] v = r.getValue();
      holds += v[0];
      seconds += v[1];
      boolean pauses = r.getKey().equals(TicketFields.HOLD_AWAITING_CALLER)
          || r.getKey().equals(TicketFields.HOLD_AWAITING_VENDOR);
      b.append(f("| %s | %,d | %,d | %,.1f | %.1f | %,d | %s |%n", r.getKey(), v[0],
          ticketsByReason.get(r.getKey()).size(), v[1] / 3600.0, v[1] / 3600.0 / v[0], v[2], pauses ? "yes" : "no"));
    }
    b.append(f("| all | %,d | | %,.1f | %.1f | | |%n%n", holds, seconds / 3600.0,
        holds == 0 ? 0 : seconds / 3600.0 / holds));
  }

  private static void hold(java.util.Map<String, long[]> byReason, java.util.Map<String, java.util.Set<TicketId>> tickets,
      String reason, TicketId id, Instant from, Instant until, boolean ongoing) {
    long[] v = byReason.computeIfAbsent(reason, r -> new long[3]);
    v[0]++;
    v[1] += Duration.between(from, until).toSeconds();
    v[2] += ongoing ? 1 : 0;
    tickets.computeIfAbsent(reason, r -> new java.util.HashSet<>()).add(id);
  }

  private void problemsAndChanges(StringBuilder b, Seq<Ticket> tickets) {
    Seq<Ticket> problems = tickets.filter(t -> t.kind() == TicketKind.PROBLEM);
    Seq<Ticket> incidents = tickets.filter(t -> t.kind() == TicketKind.INCIDENT);
    b.append(SECTIONS.get(6)).append("\n\n| problems | count |\n|---|---:|\n");
    b.append(f("| opened | %,d |%n", problems.size()));
    b.append(f("| known error recorded (root cause and workaround) | %,d |%n",
        problems.count(t -> t.field(TicketFields.ROOT_CAUSE).isDefined())));
    b.append(f("| resolved at least once | %,d |%n", problems.count(t -> t.resolvedAt().isDefined())));
    b.append(f("| closed | %,d |%n", problems.count(t -> t.category() == StateCategory.CLOSED)));
    b.append(f("| still open at the end | %,d |%n", problems.count(t -> t.category().isOpen())));
    b.append(f("| incidents linked to a problem | %,d |%n%n", incidents.count(t -> t.links().exists(l -> l.type()
        == LinkType.CAUSED_BY_PROBLEM))));
    Seq<Ticket> changes = tickets.filter(t -> t.kind() == TicketKind.CHANGE);
    b.append("| change type | raised | closed | cancelled | still open | successful | successful with issues |"
        + " failed | backed out | success rate |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (ChangeType type : ChangeType.values()) {
      changeRow(b, type.toString(), changes.filter(t -> t.changeType().contains(type)));
    }
    changeRow(b, "all", changes);
    Seq<Ticket> approvals = changes.filter(t -> t.approvalStatus() != ApprovalStatus.NOT_REQUESTED);
    b.append(f("%nThe success rate counts successful changes, with or without issues, among those closed with an"
        + " outcome. Approval was requested for %,d changes: %,d authorised, %,d rejected, %,d still awaiting a"
        + " decision. Incidents caused by a change (linked to it): %,d.%n%n", approvals.size(),
        approvals.count(Ticket::isAuthorised), approvals.count(t -> t.approvalStatus() == ApprovalStatus.REJECTED),
        approvals.count(t -> t.approvalStatus().isPending()), incidents.count(t -> t.links()
        .exists(l -> l.type() == LinkType.CAUSED_BY_CHANGE))));
  }

  private static void changeRow(StringBuilder b, String name, Seq<Ticket> changes) {
    Seq<String> outcomes = changes.flatMap(t -> t.field(TicketFields.CHANGE_OUTCOME));
    b.append(f("| %s | %,d | %,d | %,d | %,d | %,d | %,d | %,d | %,d | %s |%n", name, changes.size(),
        changes.count(t -> t.category() == StateCategory.CLOSED),
        changes.count(t -> t.category() == StateCategory.CANCELLED), changes.count(t -> t.category().isOpen()
            || t.category() == StateCategory.RESOLVED),
        outcomes.count(TicketFields.OUTCOME_SUCCESSFUL::equals),
        outcomes.count(TicketFields.OUTCOME_SUCCESSFUL_WITH_ISSUES::equals),
        outcomes.count(TicketFields.OUTCOME_FAILED::equals), outcomes.count(TicketFields.OUTCOME_BACKED_OUT::equals),
        ratio(changes.count(ManagementReviewReport::successful), outcomes.size())));
  }

  private static boolean successful(Ticket change) {
    return change.field(TicketFields.CHANGE_OUTCOME).exists(o -> o.equals(TicketFields.OUTCOME_SUCCESSFUL)
        || o.equals(TicketFields.OUTCOME_SUCCESSFUL_WITH_ISSUES));
  }

  private void topServices(StringBuilder b, Seq<Ticket> tickets) {
    b.append(SECTIONS.get(7)).append("\n\n| rank | service | incidents | share | P1 and P2 | reopened |"
        + " resolution breached | resolution compliance |\n|---:|---|---:|---:|---:|---:|---:|---:|\n");
    Seq<Ticket> incidents = tickets.filter(t -> t.kind() == TicketKind.INCIDENT);
    Seq<Tuple2<ServiceId, Integer>> ranked = incidents.filter(t -> t.subject().service().isDefined())
        .groupBy(t -> t.subject().service().get()).toList().map(e -> Tuple.of(e._1, e._2.size()))
        .sortBy(Tuple2::_1).sortBy(e -> -e._2);
    Map<Tuple2<SlaId, ServiceId>, ComplianceFigures> figures = serviceLevels.complianceByService();
    int rank = 0;
    for (Tuple2<ServiceId, Integer> s : ranked.take(TOP_SERVICES)) {
      Seq<Ticket> of = incidents.filter(t -> t.subject().service().contains(s._1));
      ComplianceFigures c = figures.get(Tuple.of(DeskServiceLevels.INCIDENT_RESOLUTION, s._1))
          .getOrElse(ComplianceFigures.EMPTY);
      b.append(f("| %d | %s | %,d | %s | %,d | %,d | %,d | %s |%n", ++rank, s._1, of.size(),
          ratio(of.size(), incidents.size()), of.count(t -> t.priority() == Priority.P1 || t.priority()
              == Priority.P2), of.count(t -> t.cycle() > 1), c.breached(), ServiceLevelObserver.percent(c)));
    }
    b.append('\n');
  }

  private void auditTrail(StringBuilder b) {
    b.append(SECTIONS.get(8)).append("\n\n");
    b.append(audit.verification().map(AuditTrailObserver::describe).getOrElse("audit trail: not verified"))
        .append(".\n\n");
    Seq<AuditEntry> entries = audit.trail().query(ServiceDeskSimulation.TENANT, AuditQuery.all()).getOrElse(Vector.empty());
    b.append("| entries | count |\n|---|---:|\n");
    b.append(f("| ticket events (accepted commands) | %,d |%n", entries.count(e -> e.action().startsWith("ticket.")
        && e.outcome() == Outcome.APPLIED)));
    b.append(f("| refused commands | %,d |%n", entries.count(e -> e.outcome() == Outcome.REJECTED)));
    b.append(f("| service level warnings and breaches | %,d |%n", entries.count(e -> e.action().startsWith("sla."))));
    b.append(f("| all | %,d |%n%n", entries.size()));
    audit.trail().head(ServiceDeskSimulation.TENANT).forEach(h -> b.append("Checkpoint to publish: `")
        .append(h.export()).append("`\n\n"));
  }

  private void operations(StringBuilder b) {
    b.append(SECTIONS.get(9)).append("\n\n");
    if (operations.isEmpty()) {
      b.append("Monitoring was not simulated in this run.\n\n");
      return;
    }
    OperationsFeed o = operations.get();
    b.append(f("A monitoring tool watched each service's application and database. %,d events were sent; the"
        + " alert correlator opened %,d incidents through the `MonitoringDesk` (%,d alerts joined an incident already"
        + " open) and restored %,d of them when every alert of the incident had resolved.%n%n", o.events(),
        o.incidents(), o.grouped(), o.restored()));
    b.append(f("Availability per service over the period, 24x7, against %.1f %% (itsm-sla `Availability`):%n%n",
        OperationsFeed.TARGET_PERCENT));
    b.append("| service | availability | downtime | outages | MTRS | budget left | target |\n"
        + "|---|---:|---:|---:|---:|---:|---|\n");
    for (var e : o.availability()) {
      var a = e._2;
      b.append(f("| %s | %s | %s | %d | %s | %s | %s |%n", e._1, a.availability()
              .map(p -> String.format(Locale.ROOT, "%.3f %%", p)).getOrElse("n/a"), duration(a.downtime()),
          a.outages(), a.mtrs().map(ManagementReviewReport::duration).getOrElse("-"), duration(a.budgetLeft()),
          a.met() ? "met" : "**missed**"));
    }
    b.append('\n');
    if (o.exercise().isEmpty()) {
      b.append("No continuity exercise took place in the period.\n\n");
      return;
    }
    var x = o.exercise().get();
    b.append(f("Continuity: plan `dr-core` was exercised by full failover; %s. The exercise is audit record `%s`"
        + " (8.7).%n%n", x.shortfalls().isEmpty() ? "every service met its objectives"
            : x.shortfalls().size() + " shortfall(s), each raised as a corrective action (10.2)",
        x.entry().record()));
    for (int i = 0; i < x.shortfalls().size(); i++) {
      var sf = x.shortfalls().get(i);
      b.append(f("- %s: %s achieved %s against %s -> corrective action `%s`%n", sf.service().value(),
          sf.objective(), sf.achieved().map(ManagementReviewReport::duration).getOrElse("nothing measured"),
          sf.required().map(ManagementReviewReport::duration).getOrElse("-"), x.actions().get(i).value()));
    }
    b.append('\n');
  }

  private void evidence(StringBuilder b) {
    b.append(SECTIONS.get(10)).append("\n\nBuilt by itsm-audit's `EvidenceReporter` from the ticket store and the"
        + " audit trail of this run.\n\n");
    Either<Rejection, EvidenceReport> report = audit.evidence()
        .getOrElse(Either.left(Rejection.portFailure("the run did not end", new IllegalStateException())));
    if (report.isLeft()) {
      b.append("The evidence report could not be built: ").append(report.getLeft()).append('\n');
      return;
    }
    // Its title is this section's heading; its sections move one level down, under this one.
    for (String line : report.get().toMarkdown().lines().toList()) {
      if (line.startsWith("# ")) {
        continue;
      }
      b.append(line.startsWith("#") ? "#" + line : line).append('\n');
    }
  }

  // ---- formatting ---------------------------------------------------------------------------------------------

  private static String integrity(Either<Rejection, Verification> v) {
    return AuditTrailObserver.describe(v).replaceFirst("^audit trail: ", "");
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }

  private static String day(Instant t) {
    return t.atZone(ZoneOffset.UTC).toLocalDate().toString();
  }

  private static String label(TicketKind k) {
    return switch (k) {
      case INCIDENT -> "incidents";
      case SERVICE_REQUEST -> "service requests";
      case PROBLEM -> "problems";
      case CHANGE -> "changes";
    };
  }

  private static String pct(double share) {
    return f("%.1f %%", 100 * share);
  }

  private static String ratio(long part, long whole) {
    return whole == 0 ? "n/a" : pct((double) part / whole);
  }

  private static String duration(Duration d) {
    return d.toMinutes() < 60 ? d.toMinutes() + " min" : d.toMinutes() % 60 == 0 ? d.toHours() + " h"
        : d.toHours() + " h " + d.toMinutesPart() + " min";
  }
}
