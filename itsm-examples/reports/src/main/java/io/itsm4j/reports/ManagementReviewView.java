package io.itsm4j.reports;

import io.itsm4j.audit.feedback.Complaint;
import io.itsm4j.audit.improvement.Improvement;
import io.itsm4j.audit.review.ManagementReview;
import io.itsm4j.audit.trend.ControlChart;
import io.itsm4j.audit.trend.Signal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the management review templates read: text formatted, chart geometry computed. Built per rendering. */
final class ManagementReviewView {
  static final int CHART_WIDTH = 600;
  static final int CHART_HEIGHT = 180;
  /** Room under the plot for the periods' labels. */
  private static final int PAD_BOTTOM = 24;
  private static final int PAD_LEFT = 56;
  private static final int PAD_RIGHT = 40;
  private static final int PAD_Y = 16;

  final String tenant;
  final String from;
  final String until;
  final String zone;
  final String compiledOn;
  final List<TrendView> trends = new ArrayList<>();
  final boolean hasTrends;
  final List<Line> targetLines = new ArrayList<>();
  final boolean hasTargetLines;
  final List<Charts.Bar> bars = new ArrayList<>();
  final boolean hasBars;
  final int barsHeight;
  final List<BacklogBar> backlog = new ArrayList<>();
  final boolean hasBacklog;
  final String backlogBarWidth;
  final List<SatisfactionRow> satisfaction = new ArrayList<>();
  final boolean hasSatisfaction;
  final String csatPoints;
  final List<Dot> csatDots = new ArrayList<>();
  final List<ComplaintRow> complaints = new ArrayList<>();
  final boolean hasComplaints;
  final String audits;
  final List<ActionRow> actions = new ArrayList<>();
  final boolean hasActions;
  final String improvements;
  final List<ImprovementRow> openImprovements = new ArrayList<>();
  final boolean hasOpenImprovements;
  final List<ExerciseRow> exercises = new ArrayList<>();
  final boolean hasExercises;
  final List<String> systemChanges = new ArrayList<>();
  final boolean hasSystemChanges;

  record TrendView(String metric, String centre, String upper, String lower, String change, String points,
      List<Dot> dots, List<SignalRow> signals, boolean hasSignals, int signalCount, String centreY, String upperY,
      String lowerY, List<Label> labels, int width, int height) {}

  record Dot(String x, String y, String title, boolean signal) {}

  record Label(String x, String text) {}

  record SignalRow(String period, String explanation) {}

  record Line(String name, String achieved, String target, String verdict, boolean missed, long denominator) {}

  record BacklogBar(String period, long open, String medianAge, String p90Age, String x, String y, String height,
      String label) {}

  record SatisfactionRow(String period, long sent, long answered, String csat, String responseRate) {}

  record ComplaintRow(String id, String service, String customer, String status, String recorded, String duration) {}

  record ActionRow(String id, String title, String raisedOn, boolean overdue) {}

  record ImprovementRow(String id, String title, int priority, String status, String source, String owner) {}

  record ExerciseRow(String plan, String kind, String at, String result) {}

  ManagementReviewView(ManagementReview r, ZoneId zoneId) {
    tenant = r.tenant().value();
    from = Formats.instant(r.from(), zoneId);
    until = Formats.instant(r.until(), zoneId);
    zone = zoneId.getId();
    compiledOn = Formats.day(r.compiledOn());
    for (ManagementReview.Trend t : r.trends()) {
      trends.add(trend(t));
    }
    hasTrends = !trends.isEmpty();
    int row = 0;
    for (ManagementReview.TargetLine l : r.serviceLevels().appendAll(r.availability())) {
      targetLines.add(new Line(l.name(), l.achieved().map(Formats::percent).getOrElse("n/a"),
          l.target().map(Formats::target).getOrElse("none agreed"),
          l.met().map(m -> m ? "met" : "missed").getOrElse("no verdict"), l.met().contains(false), l.denominator()));
      if (l.achieved().isDefined()) {
        bars.add(Charts.targetBar(row++, l.name(), l.achieved().get(), l.target().getOrNull(), l.met().getOrNull()));
      }
    }
    hasBars = !bars.isEmpty();
    hasTargetLines = !targetLines.isEmpty();
    barsHeight = 16 + 34 * bars.size();
    long maxOpen = Math.max(1, r.backlog().map(ManagementReview.BacklogPoint::open).max().getOrElse(1L));
    // Bars share the plot's width: a slot per period, the bar 60 % of it, the label on every bar up to 8 and on
    // the first and last beyond.
    int count = r.backlog().size();
    double slot = (CHART_WIDTH - PAD_LEFT - PAD_RIGHT) / (double) Math.max(1, count);
    backlogBarWidth = Charts.n(slot * 0.6);
    int i = 0;
    for (ManagementReview.BacklogPoint b : r.backlog()) {
      double h = (CHART_HEIGHT - PAD_Y - PAD_BOTTOM) * (double) b.open() / maxOpen;
      boolean label = count <= 8 || i == 0 || i == count - 1;
      backlog.add(new BacklogBar(Formats.day(b.period()), b.open(), b.medianAge().map(Formats::duration).getOrElse("-"),
          b.p90Age().map(Formats::duration).getOrElse("-"), Charts.n(PAD_LEFT + i * slot), Charts.n(CHART_HEIGHT
              - PAD_BOTTOM - h), Charts.n(h), label ? Formats.day(b.period()) : ""));
      i++;
    }
    hasBacklog = !backlog.isEmpty();
    StringBuilder points = new StringBuilder();
    int n = r.satisfaction().size();
    i = 0;
    for (ManagementReview.SatisfactionPoint p : r.satisfaction()) {
      satisfaction.add(new SatisfactionRow(Formats.day(p.period()), p.results().sent(), p.results().answered(),
          p.results().csat().map(Formats::percent).getOrElse("n/a") + " of " + p.results().answered(),
          p.results().responseRate().map(Formats::percent).getOrElse("n/a") + " of "
              + p.results().responseRateDenominator()));
      if (p.results().csat().isDefined()) {
        String x = Charts.n(x(i, n));
        String y = Charts.n(y(p.results().csat().get(), 0, 100));
        points.append(points.length() == 0 ? "" : " ").append(x).append(',').append(y);
        csatDots.add(new Dot(x, y, Formats.day(p.period()) + ": " + Formats.percent(p.results().csat().get()), false));
      }
      i++;
    }
    csatPoints = points.toString();
    hasSatisfaction = !satisfaction.isEmpty();
    for (Complaint c : r.complaints()) {
      complaints.add(new ComplaintRow(c.id(), c.service().value(), c.customer().value(),
          c.status().name().toLowerCase(Locale.ROOT).replace('_', ' '), Formats.instant(c.recordedAt(), zoneId),
          c.duration().map(Formats::duration).getOrElse("open")));
    }
    hasComplaints = !complaints.isEmpty();
    audits = r.audits().map(a -> a.audits() + " internal audit(s) completed: " + a.nonconformities()
        + " nonconformities, " + a.observations() + " observations, " + a.opportunities()
        + " opportunities for improvement.").getOrElse("Internal audit results were not provided.");
    for (ManagementReview.OpenAction a : r.correctiveActions()) {
      actions.add(new ActionRow(a.id(), a.title(), Formats.day(a.raisedOn()), a.overdue()));
    }
    hasActions = !actions.isEmpty();
    improvements = r.improvements().map(reg -> reg.byStatus().map(e -> e._2 + " " + e._1.name().toLowerCase(Locale.ROOT)
        .replace('_', ' ')).mkString(", ") + "; " + reg.linkedToCorrectiveActions() + " linked to corrective actions; "
        + reg.goalsReached() + " of " + reg.measured().size() + " measured reached their goal.")
        .getOrElse("The improvement register was not provided.");
    for (Improvement m : r.improvements().map(reg -> reg.open()).getOrElse(io.vavr.collection.Vector.empty())) {
      openImprovements.add(new ImprovementRow(m.id(), m.title(), m.priority(),
          m.status().name().toLowerCase(Locale.ROOT).replace('_', ' '), m.source().kind().name().toLowerCase(Locale.ROOT)
              .replace('_', ' ') + ": " + m.source().reference(), m.owner().value()));
    }
    hasOpenImprovements = !openImprovements.isEmpty();
    for (ManagementReview.ExerciseResult e : r.exercises()) {
      exercises.add(new ExerciseRow(e.plan(), e.kind(), Formats.instant(e.at(), zoneId),
          e.passed() ? "passed" : "fell short: " + e.shortfalls().mkString("; ")));
    }
    hasExercises = !exercises.isEmpty();
    r.systemChanges().forEach(systemChanges::add);
    hasSystemChanges = !systemChanges.isEmpty();
  }

  private static double x(int index, int count) {
    double inner = CHART_WIDTH - PAD_LEFT - PAD_RIGHT;
    return count <= 1 ? PAD_LEFT + inner / 2 : PAD_LEFT + inner * index / (count - 1);
  }

  private static double y(double value, double low, double high) {
    double span = high - low == 0 ? 1 : high - low;
    return CHART_HEIGHT - PAD_BOTTOM - (CHART_HEIGHT - PAD_Y - PAD_BOTTOM) * (value - low) / span;
  }

  private static TrendView trend(ManagementReview.Trend t) {
    ControlChart c = t.chart();
    var values = c.values();
    double low = Math.min(values.min().get(), c.lowerLimit());
    double high = Math.max(values.max().get(), c.upperLimit());
    double margin = (high - low) * 0.05;
    low -= margin;
    high += margin;
    java.util.Set<Integer> signalled = new java.util.HashSet<>();
    List<SignalRow> signals = new ArrayList<>();
    for (Signal s : c.signals()) {
      signalled.add(s.at());
      signals.add(new SignalRow(Formats.day(t.periods().get(s.at())), s.explanation()));
    }
    StringBuilder points = new StringBuilder();
    List<Dot> dots = new ArrayList<>();
    List<Label> labels = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      String x = Charts.n(x(i, values.size()));
      String y = Charts.n(y(values.get(i), low, high));
      points.append(i == 0 ? "" : " ").append(x).append(',').append(y);
      dots.add(new Dot(x, y, Formats.day(t.periods().get(i)) + ": " + Charts.n(values.get(i)), signalled.contains(i)));
      if (i == 0 || i == values.size() - 1 || values.size() <= 8) {
        labels.add(new Label(x, Formats.day(t.periods().get(i))));
      }
    }
    String change = t.lastChange().map(pc -> (pc.change() >= 0 ? "+" : "") + Charts.n(pc.change())
        + pc.percent().map(p -> " (" + (p >= 0 ? "+" : "") + Charts.n(p) + " %)").getOrElse("")
        + (pc.improved() ? ", better" : pc.worsened() ? ", worse" : ", unchanged")).getOrElse("n/a");
    return new TrendView(t.metric(), Charts.n(c.centre()), Charts.n(c.upperLimit()), Charts.n(c.lowerLimit()), change,
        points.toString(), dots, signals, !signals.isEmpty(), signals.size(), Charts.n(y(c.centre(), low, high)),
        Charts.n(y(c.upperLimit(), low, high)), Charts.n(y(c.lowerLimit(), low, high)), labels, CHART_WIDTH,
        CHART_HEIGHT);
  }
}
