package io.itsm4j.sla.availability;

import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.monitoring.AlertDecision;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;
import io.vavr.collection.Vector;
import java.time.Instant;
import java.util.Objects;

/**
 * Service outages from what the alert correlator decided: each group of alerts it opened an incident for is an
 * unplanned outage of every service the group affects, from its {@link AlertDecision.IncidentRequested} to its
 * {@link AlertDecision.Restored}, or to {@code until} while it is still open. Pure and thread-safe.
 *
 * <p>Decisions are read in the order given (the correlator's). A restoration of a group not opened in the stream,
 * a second request for a group already open, and any other decision are ignored; a group restored and then
 * requested again is two outages. Alerts that were suppressed (a change or maintenance window) open nothing and so
 * are no outage: planned downtime comes from the windows themselves. Overlapping outages of one service stay
 * separate here; {@link Availability#measure} counts overlapping time once.
 */
public final class AlertOutages {
  private AlertOutages() {}

  /**
   * The outages per service, each service's by start.
   *
   * @param decisions the correlator's decisions, in its order
   * @param until the end for groups still open (the time of measuring); an open group that starts after it is left out
   * @throws NullPointerException if an argument or a decision is null
   */
  public static TreeMap<ServiceId, Seq<Outage>> of(Iterable<? extends AlertDecision> decisions, Instant until) {
    Objects.requireNonNull(decisions, "decisions must not be null");
    Objects.requireNonNull(until, "until must not be null");
    java.util.LinkedHashMap<String, AlertDecision.IncidentRequested> open = new java.util.LinkedHashMap<>();
    TreeMap<ServiceId, Seq<Outage>> out = TreeMap.empty();
    for (AlertDecision d : decisions) {
      Objects.requireNonNull(d, "a decision must not be null");
      if (d instanceof AlertDecision.IncidentRequested r) {
        open.putIfAbsent(r.group(), r);
      } else if (d instanceof AlertDecision.Restored r) {
        AlertDecision.IncidentRequested started = open.remove(r.group());
        if (started != null && !r.at().isBefore(started.at())) {
          out = add(out, started, r.at());
        }
      }
    }
    for (AlertDecision.IncidentRequested started : open.values()) {
      if (!until.isBefore(started.at())) {
        out = add(out, started, until);
      }
    }
    return out.mapValues(s -> s.sortBy(Outage::start));
  }

  private static TreeMap<ServiceId, Seq<Outage>> add(TreeMap<ServiceId, Seq<Outage>> out,
      AlertDecision.IncidentRequested started, Instant end) {
    for (ServiceId s : started.services().distinct()) {
      Outage o = Outage.unplanned(started.group(), started.at(), end);
      out = out.put(s, out.get(s).getOrElse(Vector.empty()).append(o));
    }
    return out;
  }
}
