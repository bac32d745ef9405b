package io.itsm4j.audit.review;

import io.itsm4j.audit.feedback.Complaint;
import io.itsm4j.audit.feedback.SurveyResults;
import io.itsm4j.audit.improvement.ImprovementRegister;
import io.itsm4j.audit.internal.Require;
import io.itsm4j.audit.trend.ControlChart;
import io.itsm4j.audit.trend.PeriodChange;
import io.itsm4j.core.TenantId;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The management review package (9.3) of one tenant for one period. Immutable; start from {@link #of} and add each
 * input with its wither (an input not given is reported as not provided, never as zero).
 *
 * @param tenant whose
 * @param from the period's start, inclusive
 * @param until the period's end, exclusive
 * @param compiledOn the day it was compiled
 * @param trends service performance: one series per measure, with its control chart and latest change
 * @param serviceLevels service level compliance against the agreed targets
 * @param availability availability per service against target
 * @param backlog the backlog and its age at each period end
 * @param satisfaction customer satisfaction per period
 * @param complaints the complaints open at any time in the period
 * @param audits the internal audit results of the period
 * @param correctiveActions the corrective actions open at the end of the period
 * @param improvements the improvement register
 * @param exercises the continuity exercises of the period
 * @param systemChanges changes to the service management system itself, in words
 */
public record ManagementReview(TenantId tenant, Instant from, Instant until, LocalDate compiledOn, Seq<Trend> trends,
    Seq<TargetLine> serviceLevels, Seq<TargetLine> availability, Seq<BacklogPoint> backlog,
    Seq<SatisfactionPoint> satisfaction, Seq<Complaint> complaints, Option<AuditResults> audits,
    Seq<OpenAction> correctiveActions, Option<ImprovementRegister> improvements, Seq<ExerciseResult> exercises,
    Seq<String> systemChanges) {

  /**
   * Checks the arguments.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code until} is before {@code from}
   */
  public ManagementReview {
    Require.notNull(tenant, "tenant");
    Require.notNull(from, "from");
    Require.notNull(until, "until");
    Require.notNull(compiledOn, "compiledOn");
    Require.notNull(trends, "trends");
    Require.notNull(serviceLevels, "serviceLevels");
    Require.notNull(availability, "availability");
    Require.notNull(backlog, "backlog");
    Require.notNull(satisfaction, "satisfaction");
    Require.notNull(complaints, "complaints");
    Require.notNull(audits, "audits");
    Require.notNull(correctiveActions, "correctiveActions");
    Require.notNull(improvements, "improvements");
    Require.notNull(exercises, "exercises");
    Require.notNull(systemChanges, "systemChanges");
    if (until.isBefore(from)) {
      throw new IllegalArgumentException("until " + until + " is before from " + from);
    }
    for (String change : systemChanges) {
      Require.text(change, "systemChanges", 2_000);
    }
  }

  /** An empty package for the period: every input still to be given. */
  public static ManagementReview of(TenantId tenant, Instant from, Instant until, LocalDate compiledOn) {
    return new ManagementReview(tenant, from, until, compiledOn, Vector.empty(), Vector.empty(), Vector.empty(),
        Vector.empty(), Vector.empty(), Vector.empty(), Option.none(), Vector.empty(), Option.none(), Vector.empty(),
        Vector.empty());
  }

  /** With {@code value} as the trends. */
  public ManagementReview withTrends(Iterable<Trend> value) {
    return new ManagementReview(tenant, from, until, compiledOn, Vector.ofAll(value), serviceLevels, availability,
        backlog, satisfaction, complaints, audits, correctiveActions, improvements, exercises, systemChanges);
  }

  /** With {@code value} as the service level lines. */
  public ManagementReview withServiceLevels(Iterable<TargetLine> value) {
    return new ManagementReview(tenant, from, until, compiledOn, trends, Vector.ofAll(value), availability, backlog,
        satisfaction, complaints, audits, correctiveActions, improvements, exercises, systemChanges);
  }

  /** With {@code value} as the availability lines. */
  public ManagementReview withAvailability(Iterable<TargetLine> value) {
    return new ManagementReview(tenant, from, until, compiledOn, trends, serviceLevels, Vector.ofAll(value), backlog,
        satisfaction, complaints, audits, correctiveActions, improvements, exercises, systemChanges);
  }

  /** With {@code value} as the backlog points. */
  public ManagementReview withBacklog(Iterable<BacklogPoint> value) {
    return new ManagementReview(tenant, from, until, compiledOn, trends, serviceLevels, availability,
        Vector.ofAll(value), satisfaction, complaints, audits, correctiveActions, improvements, exercises,
        systemChanges);
  }

  /** With {@code value} as the satisfaction points. */
  public ManagementReview withSatisfaction(Iterable<SatisfactionPoint> value) {
    return new ManagementReview(tenant, from, until, compiledOn, trends, serviceLevels, availability, backlog,
        Vector.ofAll(value), complaints, audits, correctiveActions, improvements, exercises, systemChanges);
  }

  /** With {@code value} as the complaints. */
  public ManagementReview withComplaints(Iterable<Complaint> value) {
    return new ManagementReview(tenant, from, until, compiledOn, trends, serviceLevels, availability, backlog,
        satisfaction, Vector.ofAll(value), audits, correctiveActions, improvements, exercises, systemChanges);
  }

  /** With {@code value} as the audit results. */
  public ManagementReview withAudits(AuditResults value) {
    return new ManagementReview(tenant, from, until, compiledOn, trends, serviceLevels, availability, backlog,
        satisfaction, complaints, Option.some(Require.notNull(value, "audits")), correctiveActions, improvements,
        exercises, systemChanges);
  }

  /** With {@code value} as the open corrective actions. */
  public ManagementReview withCorrectiveActions(Iterable<OpenAction> value) {
    return new ManagementReview(tenant, from, until, compiledOn, trends, serviceLevels, availability, backlog,
        satisfaction, complaints, audits, Vector.ofAll(value), improvements, exercises, systemChanges);
  }

  /** With {@code value} as the improvement register. */
  public ManagementReview withImprovements(ImprovementRegister value) {
    return new ManagementReview(tenant, from, until, compiledOn, trends, serviceLevels, availability, backlog,
        satisfaction, complaints, audits, correctiveActions, Option.some(Require.notNull(value, "improvements")),
        exercises, systemChanges);
  }

  /** With {@code value} as the continuity exercises. */
  public ManagementReview withExercises(Iterable<ExerciseResult> value) {
    return new ManagementReview(tenant, from, until, compiledOn, trends, serviceLevels, availability, backlog,
        satisfaction, complaints, audits, correctiveActions, improvements, Vector.ofAll(value), systemChanges);
  }

  /** With {@code value} as the changes to the service management system. */
  public ManagementReview withSystemChanges(Iterable<String> value) {
    return new ManagementReview(tenant, from, until, compiledOn, trends, serviceLevels, availability, backlog,
        satisfaction, complaints, audits, correctiveActions, improvements, exercises, Vector.ofAll(value));
  }

  /** The trends whose control chart found a signal, in order. */
  public Seq<Trend> trendsWithSignals() {
    return trends.filter(t -> !t.chart().signals().isEmpty());
  }

  /** The lines (service levels and availability) that missed their target. */
  public Seq<TargetLine> missedTargets() {
    return serviceLevels.appendAll(availability).filter(l -> l.met().contains(false));
  }

  /**
   * A measure over periods.
   *
   * @param metric its name, with its unit: 1 to 200 characters of text
   * @param higherIsBetter whether a rise is an improvement
   * @param periods the periods' first days, in order, one per value
   * @param chart the values' control chart
   */
  public record Trend(String metric, boolean higherIsBetter, Seq<LocalDate> periods, ControlChart chart) {
    /**
     * Validates the trend.
     *
     * @throws IllegalArgumentException if the name is malformed or there is not one period per value
     */
    public Trend {
      Require.text(metric, "metric", 200);
      Require.notNull(periods, "periods");
      Require.notNull(chart, "chart");
      if (periods.size() != chart.values().size()) {
        throw new IllegalArgumentException("a trend has one period per value: " + periods.size() + " periods, "
            + chart.values().size() + " values");
      }
    }

    /** A trend with a chart of {@code values}, every point its baseline. */
    public static Trend of(String metric, boolean higherIsBetter, Seq<LocalDate> periods, Seq<Double> values) {
      return new Trend(metric, higherIsBetter, periods, ControlChart.of(values));
    }

    /** The change from the period before the last to the last; none with fewer than two values. */
    public Option<PeriodChange> lastChange() {
      Seq<Double> v = chart.values();
      return v.size() < 2 ? Option.none()
          : Option.some(new PeriodChange(v.get(v.size() - 2), v.last(), higherIsBetter));
    }
  }

  /**
   * A figure against its target.
   *
   * @param name what (a service level definition, a service's availability): 1 to 200 characters of text
   * @param achieved the figure, in percent; none when there was nothing to measure
   * @param target the target, in percent, if agreed
   * @param denominator what the figure is a share of (clocks, or seconds of agreed service time)
   */
  public record TargetLine(String name, Option<Double> achieved, Option<Double> target, long denominator) {
    /** Validates the line. */
    public TargetLine {
      Require.text(name, "name", 200);
      Require.notNull(achieved, "achieved");
      Require.notNull(target, "target");
      if (denominator < 0) {
        throw new IllegalArgumentException("denominator must not be negative");
      }
    }

    /** Whether the target was met; none without a target or a figure. */
    public Option<Boolean> met() {
      return achieved.flatMap(a -> target.map(t -> a >= t));
    }
  }

  /**
   * The backlog at a period's end.
   *
   * @param period the period's first day
   * @param open tickets open at its end
   * @param medianAge their median age, if any
   * @param p90Age the 90th percentile of their age, if any
   */
  public record BacklogPoint(LocalDate period, long open, Option<Duration> medianAge, Option<Duration> p90Age) {
    /** Checks the arguments. */
    public BacklogPoint {
      Require.notNull(period, "period");
      Require.notNull(medianAge, "medianAge");
      Require.notNull(p90Age, "p90Age");
    }
  }

  /**
   * Customer satisfaction in a period.
   *
   * @param period the period's first day
   * @param results the surveys sent in it
   */
  public record SatisfactionPoint(LocalDate period, SurveyResults results) {
    /** Checks the arguments. */
    public SatisfactionPoint {
      Require.notNull(period, "period");
      Require.notNull(results, "results");
    }
  }

  /**
   * Internal audit results.
   *
   * @param audits audits completed in the period
   * @param nonconformities nonconformities found
   * @param observations observations found
   * @param opportunities opportunities for improvement found
   */
  public record AuditResults(long audits, long nonconformities, long observations, long opportunities) {
    /** Checks the counts. */
    public AuditResults {
      if (audits < 0 || nonconformities < 0 || observations < 0 || opportunities < 0) {
        throw new IllegalArgumentException("counts must not be negative");
      }
    }
  }

  /**
   * A corrective action still open.
   *
   * @param id its id
   * @param title what it corrects: 1 to 200 characters of text
   * @param raisedOn when it was raised
   * @param overdue whether a planned step is past its due date
   */
  public record OpenAction(String id, String title, LocalDate raisedOn, boolean overdue) {
    /** Validates the action. */
    public OpenAction {
      Require.notNull(id, "id");
      Require.text(title, "title", 200);
      Require.notNull(raisedOn, "raisedOn");
    }
  }

  /**
   * A continuity exercise.
   *
   * @param plan the plan exercised
   * @param kind how (tabletop, simulation, full failover, invocation), in words
   * @param at when
   * @param shortfalls what fell short, one line each; empty when it passed
   */
  public record ExerciseResult(String plan, String kind, Instant at, Seq<String> shortfalls) {
    /** Checks the arguments. */
    public ExerciseResult {
      Require.notNull(plan, "plan");
      Require.notNull(kind, "kind");
      Require.notNull(at, "at");
      Require.notNull(shortfalls, "shortfalls");
    }

    /** Whether it met every requirement. */
    public boolean passed() {
      return shortfalls.isEmpty();
    }
  }
}
