package io.itsm4j.examples.simulation;

import io.itsm4j.audit.application.AuditTrail;
import io.itsm4j.audit.application.ManagementReviews;
import io.itsm4j.audit.improvement.Improvement;
import io.itsm4j.audit.improvement.ImprovementRegister;
import io.itsm4j.audit.metrics.Cut;
import io.itsm4j.audit.metrics.Dimension;
import io.itsm4j.audit.metrics.Figures;
import io.itsm4j.audit.metrics.MetricsConfig;
import io.itsm4j.audit.metrics.MetricsReport;
import io.itsm4j.audit.metrics.PeriodUnit;
import io.itsm4j.audit.metrics.ServiceMetrics;
import io.itsm4j.audit.metrics.Sketches;
import io.itsm4j.audit.review.ManagementReview;
import io.itsm4j.audit.trend.Signal;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.application.CommandResult;
import io.itsm4j.core.application.ServiceDesk;
import io.itsm4j.core.port.NotificationSink;
import io.itsm4j.core.port.TicketStore;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.reports.ManagementReviewRenderer;
import io.itsm4j.sla.ComplianceFigures;
import io.itsm4j.sla.SlaId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
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
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The month's management review (9.3) as one HTML page: the improvement metrics folded from what the desk stored
 * (daily, so each trend has a point a day and its control chart something to judge), service level compliance
 * against 90 %, each service's availability, the backlog at each day's end, the continuity exercise and the
 * corrective action it raised, and an improvement opportunity for every trend whose chart signalled. The page is
 * kept in the audit trail as 9.3 evidence ({@link ManagementReviews}) before the evidence report is built.
 */
public final class ManagementReviewPage implements SimulationObserver {
  /** The compliance target every simulated service level definition is reviewed against, in percent. */
  public static final double COMPLIANCE_TARGET = 90.0;

  private final Path path;
  private final TenantId tenant;
  private final ServiceLevelObserver serviceLevels;
  private final OperationsFeed operations;
  private final AuditTrail trail;
  private final ServiceMetrics metrics = ServiceMetrics.create(MetricsConfig.monthly(ZoneOffset.UTC)
      .withUnit(PeriodUnit.DAY));
  private Instant start;
  private Option<ManagementReview> review = Option.none();

  /**
   * A page written to {@code path}.
   *
   * @throws NullPointerException if an argument is null
   */
  public ManagementReviewPage(Path path, TenantId tenant, ServiceLevelObserver serviceLevels,
      OperationsFeed operations, AuditTrail trail) {
    this.path = java.util.Objects.requireNonNull(path, "path");
    this.tenant = java.util.Objects.requireNonNull(tenant, "tenant");
    this.serviceLevels = java.util.Objects.requireNonNull(serviceLevels, "serviceLevels");
    this.operations = java.util.Objects.requireNonNull(operations, "operations");
    this.trail = java.util.Objects.requireNonNull(trail, "trail");
  }

  @Override
  public NotificationSink deskSink(TicketStore tickets) {
    return events -> events.forEach(e -> metrics.accept(e).getOrElseThrow(r -> new IllegalStateException(
        "the metrics refused a stored event: " + r)));
  }

  @Override
  public void started(Instant startAt, Instant end) {
    start = startAt;
  }

  @Override
  public void commandSent(Instant at, TicketCommand command, Either<Rejection, CommandResult> outcome) {}

  @Override
  public void finished(Instant end, Seq<Ticket> tickets, ServiceDesk desk) {
    metrics.advanceTo(end);
    MetricsReport report = metrics.report();
    Vector<LocalDate> days = Vector.empty();
    for (LocalDate d = start.atZone(ZoneOffset.UTC).toLocalDate(); d.isBefore(end.atZone(ZoneOffset.UTC)
        .toLocalDate()); d = d.plusDays(1)) {
      days = days.append(d);
    }
    var perDay = report.by(s -> Option.some(s.period()));
    Vector<Double> opened = days.map(d -> (double) perDay.get(d).map(Figures::opened).getOrElse(0L));
    Vector<Double> backlog = days.map(d -> (double) perDay.get(d).map(Figures::backlog).getOrElse(0L));
    Vector<Double> ttr = days.map(d -> report.sketches().get(new Cut(Dimension.KIND, d, "INCIDENT"))
        .flatMap(s -> s.timeToResolve().median()).map(m -> m.toMinutes() / 60.0).getOrElse(0.0));
    // A control chart needs two points at least: a run of one day has no trend to show.
    Seq<ManagementReview.Trend> trends = days.size() < 2 ? List.empty() : List.of(
        ManagementReview.Trend.of("Tickets opened a day", false, days, opened),
        ManagementReview.Trend.of("Incidents resolved: median hours to resolve", false, days, ttr),
        ManagementReview.Trend.of("Backlog at the end of the day", false, days, backlog));
    Vector<Improvement> improvements = Vector.empty();
    int n = 0;
    for (ManagementReview.Trend t : trends) {
      for (Signal s : t.chart().latest()) {
        improvements = improvements.append(Improvement.from(s, t.metric(), "CSI-" + (++n), tenant,
            ActorId.of("service-owner"), end));
      }
    }
    Seq<ManagementReview.TargetLine> levels = serviceLevels.complianceByDefinition().toVector()
        .sortBy(e -> e._1.value()).map(e -> line(e._1, e._2));
    Seq<ManagementReview.TargetLine> availability = operations.availability().toVector().map(e ->
        new ManagementReview.TargetLine(e._1 + " availability", e._2.availability(),
            Option.some(OperationsFeed.TARGET_PERCENT), e._2.agreedServiceTime().getSeconds()));
    Sketches all = Sketches.NONE;
    ManagementReview r = ManagementReview.of(tenant, start, end, end.atZone(ZoneOffset.UTC).toLocalDate())
        .withTrends(trends)
        .withServiceLevels(levels)
        .withAvailability(availability)
        .withBacklog(days.map(d -> {
          Sketches s = report.sketches().get(new Cut(Dimension.ALL, d, "all")).getOrElse(all);
          return new ManagementReview.BacklogPoint(d, perDay.get(d).map(Figures::backlog).getOrElse(0L),
              s.backlogAge().median(), s.backlogAge().p90());
        }))
        .withImprovements(ImprovementRegister.of(improvements))
        .withCorrectiveActions(operations.exercise().map(x -> x.actions().zip(x.shortfalls()).map(a ->
            new ManagementReview.OpenAction(a._1.value(), "Continuity: " + a._2.service().value() + " "
                + a._2.objective(), end.atZone(ZoneOffset.UTC).toLocalDate(), false))).getOrElse(Vector.empty()))
        .withExercises(operations.exercise().map(x -> Vector.of(new ManagementReview.ExerciseResult("dr-core",
            "full failover", x.entry().occurredAt(), x.shortfalls().map(s -> s.service().value() + " "
                + s.objective() + " achieved " + s.achieved().map(Duration::toString).getOrElse("nothing")
                + " against " + s.required().map(Duration::toString).getOrElse("-")))))
            .getOrElse(Vector.empty()));
    try {
      Path parent = path.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(path, ManagementReviewRenderer.create().html(r), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("writing the management review page to " + path + " failed", e);
    }
    // Held in the month's last second: the month's evidence report (its end exclusive) counts it under 9.3.
    ManagementReviews.of(trail).record(ActorId.of("management"), r, end.minusSeconds(1),
            path.getFileName().toString())
        .getOrElseThrow(x -> new IllegalStateException("recording the management review failed: " + x));
    review = Option.some(r);
  }

  private static ManagementReview.TargetLine line(SlaId definition, ComplianceFigures f) {
    return new ManagementReview.TargetLine(definition.value(), f.percentMet(), Option.some(COMPLIANCE_TARGET),
        f.denominator());
  }

  /** Where the page is written. */
  public Path path() {
    return path;
  }

  /** The review, once the run ended. */
  public Option<ManagementReview> review() {
    return review;
  }

  @Override
  public String summary() {
    return review.isDefined() ? "Management review page: " + path.toAbsolutePath().normalize() : "";
  }
}
