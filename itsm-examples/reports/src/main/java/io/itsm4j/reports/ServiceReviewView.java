package io.itsm4j.reports;

import io.itsm4j.sla.availability.AvailabilityReport;
import io.itsm4j.sla.continuity.Exercise;
import io.itsm4j.sla.review.ReviewAction;
import io.itsm4j.sla.review.ServiceReview;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the service review templates read: every value already formatted as text, every chart coordinate computed,
 * so the templates hold layout only. Built per rendering; not shared.
 */
final class ServiceReviewView {

  final String customer;
  final String service;
  final String from;
  final String until;
  final String zone;
  final String compiledOn;
  final String lastHeld;
  final String nextDue;
  final boolean scheduleOverdue;
  final long daysOverdue;
  final boolean targetsMet;
  final List<Level> serviceLevels = new ArrayList<>();
  final boolean hasServiceLevels;
  final Availability availability;
  final boolean hasAvailability;
  final List<Charts.Bar> bars = new ArrayList<>();
  final boolean hasBars;
  final int chartHeight;
  final List<Volume> volumes = new ArrayList<>();
  final boolean hasVolumes;
  final List<Major> majorIncidents = new ArrayList<>();
  final boolean hasMajorIncidents;
  final List<Breach> breaches = new ArrayList<>();
  final boolean hasBreaches;
  final Changes changes;
  final List<Continuity> continuity = new ArrayList<>();
  final boolean hasContinuity;
  final List<Action> actions = new ArrayList<>();
  final boolean hasActions;

  record Level(String definition, String type, long met, long breached, long inProgress, long denominator,
      String achieved, String target, String verdict, boolean missed) {}

  record Availability(String achieved, String target, String verdict, boolean missed, String serviceTime,
      String unplanned, String planned, long outages, String mtrs, String mtbf, String budgetLeft) {}

  record Volume(String kind, long opened, long resolved, long openAtEnd) {}

  record Major(String id, String title, String priority, String opened, String restored, String cause) {}

  record Breach(String ticket, String definition, String priority, String at, String title, String cause) {}

  record Changes(long completed, long successful, long failed, long emergency, String successRate, String failedIds) {}

  record Continuity(String plan, String lastExercise, String verdict, String due, boolean overdue,
      String reviewFor) {}

  record Action(String id, String description, String owner, String due, String status, boolean overdue) {}

  ServiceReviewView(ServiceReview r, ZoneId zoneId) {
    customer = r.agreement().customer().value();
    service = r.agreement().service().value();
    from = Formats.instant(r.from(), zoneId);
    until = Formats.instant(r.until(), zoneId);
    zone = zoneId.getId();
    compiledOn = Formats.day(r.compiledOn());
    lastHeld = r.schedule().lastHeld().map(Formats::day).getOrElse("none yet");
    nextDue = Formats.day(r.schedule().nextDue());
    scheduleOverdue = r.schedule().overdue();
    daysOverdue = r.schedule().daysOverdue();
    targetsMet = r.targetsMet();
    int row = 0;
    for (ServiceReview.ServiceLevelLine l : r.serviceLevels()) {
      String achieved = l.figures().percentMet().map(Formats::percent).getOrElse("n/a");
      String verdict = l.met().map(m -> m ? "met" : "missed").getOrElse("no verdict");
      serviceLevels.add(new Level(l.definition().value(), l.type().name(), l.figures().met(), l.figures().breached(),
          l.figures().inProgress(), l.figures().denominator(), achieved,
          l.target().map(Formats::target).getOrElse("none agreed"), verdict, l.met().contains(false)));
      if (l.figures().percentMet().isDefined()) {
        bars.add(Charts.targetBar(row++, l.definition().value(), l.figures().percentMet().get(), l.target().getOrNull(),
            l.met().getOrNull()));
      }
    }
    hasServiceLevels = !serviceLevels.isEmpty();
    if (r.availability().isDefined()) {
      AvailabilityReport a = r.availability().get();
      availability = new Availability(a.availability().map(Formats::percent).getOrElse("n/a"),
          Formats.target(a.target().percent()), a.met() ? "met" : "missed", !a.met(),
          Formats.duration(a.agreedServiceTime()), Formats.duration(a.unplannedDowntime()),
          Formats.duration(a.plannedDowntime()), a.outages(), a.mtrs().map(Formats::duration).getOrElse("n/a"),
          a.mtbf().map(Formats::duration).getOrElse("n/a"), Formats.duration(a.budgetLeft()));
      if (a.availability().isDefined()) {
        bars.add(Charts.targetBar(row++, "availability", a.availability().get(), a.target().percent(), a.met()));
      }
    } else {
      availability = null;
    }
    hasAvailability = availability != null;
    hasBars = !bars.isEmpty();
    chartHeight = 16 + 34 * bars.size();
    for (ServiceReview.Volume v : r.volumes()) {
      volumes.add(new Volume(v.kind().name().toLowerCase(Locale.ROOT).replace('_', ' '), v.opened(), v.resolved(),
          v.openAtEnd()));
    }
    hasVolumes = !volumes.isEmpty();
    for (ServiceReview.MajorIncident m : r.majorIncidents()) {
      majorIncidents.add(new Major(m.id().value(), m.title(), m.priority().name(), Formats.instant(m.openedAt(), zoneId),
          m.resolvedAt().map(t -> Formats.instant(t, zoneId)).getOrElse("not restored"),
          m.cause().getOrElse("not recorded")));
    }
    hasMajorIncidents = !majorIncidents.isEmpty();
    for (ServiceReview.Breach b : r.breaches()) {
      breaches.add(new Breach(b.ticket().value(), b.definition().value(), b.priority().name(),
          Formats.instant(b.breachedAt(), zoneId), b.title().getOrElse(""), b.cause().getOrElse("not recorded")));
    }
    hasBreaches = !breaches.isEmpty();
    ServiceReview.ChangeFigures c = r.changes();
    changes = new Changes(c.completed(), c.successful(), c.failed(), c.emergency(),
        c.successRate().map(Formats::percent).getOrElse("n/a"),
        c.failedChanges().isEmpty() ? "none" : c.failedChanges().map(t -> t.value()).mkString(", "));
    for (ServiceReview.ContinuityLine l : r.continuity()) {
      continuity.add(new Continuity(l.plan(),
          l.lastExercise().map(e -> kind(e) + ", " + Formats.instant(e.at(), zoneId)).getOrElse("never exercised"),
          l.lastPassed().map(p -> p ? "passed" : "fell short").getOrElse("n/a"),
          Formats.instant(l.exerciseDue(), zoneId), l.exerciseOverdue(),
          l.reviewFor().isEmpty() ? "no" : "yes, after " + l.reviewFor().map(t -> t.value()).mkString(", ")));
    }
    hasContinuity = !continuity.isEmpty();
    for (ReviewAction a : r.previousActions()) {
      actions.add(new Action(a.id(), a.description(), a.owner().value(), Formats.day(a.due()),
          a.status().name().toLowerCase(Locale.ROOT), a.isOverdue(r.compiledOn())));
    }
    hasActions = !actions.isEmpty();
  }

  private static String kind(Exercise e) {
    return e.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
