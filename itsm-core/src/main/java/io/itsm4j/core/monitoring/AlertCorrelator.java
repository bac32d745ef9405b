package io.itsm4j.core.monitoring;

import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.Violation;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.internal.Checks;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;

/**
 * Folds monitoring events into alerts and groups of alerts (incidents), deciding as Alertmanager, PagerDuty and
 * Zabbix do, with every decision and its reason returned. The rules, in the order they apply to an event:
 *
 * <ol>
 *   <li><b>Input.</b> A malformed event is refused ({@link RejectionCode#INVALID_INPUT} naming every field) and
 *       changes nothing.
 *   <li><b>Deduplication.</b> Events with one dedup key are one alert. An event older than the alert's latest is
 *       late and ignored; a delivery already folded at the alert's latest time (same event id) is a duplicate and
 *       ignored. So replaying a stream, or any prefix of it, after the stream changes nothing: the correlator is
 *       idempotent per dedup key and event id. A resolution of an unknown alert opens nothing and is remembered as a
 *       resolved alert; one of a resolved alert is folded (it moves the alert's latest time) and changes nothing
 *       else.
 *   <li><b>Flapping, with hysteresis.</b> Each change between firing and resolved is counted over
 *       {@link CorrelationPolicy#flapWindow()}; above {@code flapStart} changes the alert is flapping: its events
 *       are counted but open, group and restore nothing, until its changes in the window fall to {@code flapStop}
 *       or fewer (on an event or a {@link #tick}), when it settles into its latest state.
 *   <li><b>Suppression.</b> An alert raised on an item inside a window of {@link SuppressionWindows} is
 *       suppressed: recorded with its window, no incident. A firing event after the window raises it.
 *   <li><b>Storms.</b> Alerts raised are counted per source and per service over the storm window; above the
 *       threshold, one major incident is requested for the scope, with the groups opened in the window as its
 *       children, and new alerts in the scope join it until the count falls to half the threshold.
 *   <li><b>Grouping.</b> A raised alert joins the open group that shares one of its services (or, for an item in
 *       no service, its item) whose last alert came at most the grouping window before it; the oldest such group
 *       if several. Otherwise it opens a group: an incident is requested, its subject the alert's item, its
 *       services those the item reaches ({@link ServiceImpact}).
 *   <li><b>Restoring.</b> When every alert of a group is resolved, the group is restored: its incident resolved,
 *       or only noted if an alert of it went quiet and its source's policy says so. A storm's group is restored
 *       when the storm has ended and its alerts are resolved.
 *   <li><b>Quiet alerts.</b> {@link #tick} resolves firing and suppressed alerts with no event for the quiet
 *       period.
 * </ol>
 *
 * <p>Deterministic: the same policy, impact and windows, and the same events and ticks in the same order, give
 * the same decisions and group ids. Not thread-safe: one correlator per stream (per tenant, say), fed by one thread
 * at a time. Memory grows with the alerts held; {@link #forgetResolvedBefore} drops old resolved ones.
 */
public final class AlertCorrelator {
  private final CorrelationPolicy policy;
  private final ServiceImpact impact;
  private final SuppressionWindows suppressions;
  private final LinkedHashMap<String, Entry> alerts = new LinkedHashMap<>();
  private final LinkedHashMap<String, Group> openGroups = new LinkedHashMap<>();
  private final HashMap<String, ArrayList<Group>> groupsByScope = new HashMap<>();
  private final HashMap<String, Rate> rates = new HashMap<>();
  private final LinkedHashMap<String, Group> storms = new LinkedHashMap<>();
  private long nextGroup = 1;
  // The policy's periods as reasons print them, written once: Duration.toString per decision was a tenth of the
  // cost of an event.
  private final String flapWindowText;
  private final String groupingWindowText;
  private final String stormWindowText;
  private final String quietPeriodText;

  private AlertCorrelator(CorrelationPolicy policy, ServiceImpact impact, SuppressionWindows suppressions) {
    this.policy = policy;
    this.impact = impact;
    this.suppressions = suppressions;
    this.flapWindowText = policy.flapWindow().toString();
    this.groupingWindowText = policy.groupingWindow().toString();
    this.stormWindowText = policy.stormWindow().toString();
    this.quietPeriodText = policy.quietPeriod().toString();
  }

  /**
   * A correlator holding no alerts.
   *
   * @param policy its rules
   * @param impact which services an item reaches, for grouping
   * @param suppressions the change and maintenance windows
   * @throws NullPointerException if an argument is null
   */
  public static AlertCorrelator create(CorrelationPolicy policy, ServiceImpact impact,
      SuppressionWindows suppressions) {
    return new AlertCorrelator(Checks.notNull(policy, "policy"), Checks.notNull(impact, "impact"),
        Checks.notNull(suppressions, "suppressions"));
  }

  /** The rules this correlator applies. */
  public CorrelationPolicy policy() {
    return policy;
  }

  /**
   * Folds one event.
   *
   * @return the decisions, in order (at least one: an ignored event says why), or the rejection of a malformed
   *     event, which changes nothing
   * @throws NullPointerException if {@code event} is null
   * @throws RuntimeException whatever the impact or windows throw (nothing has changed then either)
   */
  public Either<Rejection, Seq<AlertDecision>> accept(MonitoringEvent event) {
    Checks.notNull(event, "event");
    Seq<Violation> violations = event.violations();
    if (!violations.isEmpty()) {
      return Either.left(Rejection.invalid(RejectionCode.INVALID_INPUT, violations));
    }
    Instant at = event.at();
    Entry e = alerts.get(event.dedupKey());
    if (e == null) {
      if (!event.isFiring()) {
        // Remembered as resolved, so that a firing event older than this one, arriving after it, is late: the
        // same events in any arrival order end in the same state, and a replay changes nothing.
        Entry resolved = new Entry(event);
        resolved.status = AlertStatus.RESOLVED;
        alerts.put(event.dedupKey(), resolved);
        return ignored(event, AlertDecision.IgnoreCause.UNKNOWN_ALERT, "no alert " + event.dedupKey()
            + " was seen firing: no incident; it is remembered as resolved at " + at);
      }
      Entry created = new Entry(event);
      // The window and services are asked before anything changes: if they throw, nothing has.
      Option<Suppression> window = prepare(created, at);
      ArrayList<AlertDecision> out = new ArrayList<>(3);
      raise(created, at, window, out, "first event of " + event.dedupKey());
      alerts.put(event.dedupKey(), created);
      return Either.right(Vector.ofAll(out));
    }
    int order = e.compareToLast(at);
    if (order < 0) {
      return ignored(event, AlertDecision.IgnoreCause.LATE, "event at " + at + " is older than the alert's latest, "
          + e.last + "; folding it would move the alert back in time");
    }
    if (order == 0 && e.seenAtLast(event.eventId())) {
      return ignored(event, AlertDecision.IgnoreCause.DUPLICATE, "delivery " + event.eventId()
          + " was folded already");
    }
    ArrayList<AlertDecision> out = new ArrayList<>(3);
    fold(e, event, at, order > 0, out);
    return Either.right(out.size() == 1 ? List.of(out.get(0)) : Vector.ofAll(out));
  }

  private void fold(Entry e, MonitoringEvent event, Instant at, boolean later, ArrayList<AlertDecision> out) {
    // A firing event may raise the alert: the window and services are asked before anything changes, so that if
    // they throw, nothing has. A repeat of a firing alert asks nothing.
    Option<Suppression> window = event.isFiring() && e.status != AlertStatus.FIRING ? prepare(e, at) : Option.none();
    boolean changed = event.status() != e.lastStatus;
    int changes = changed ? e.changesWith(at, policy) : e.changesAt(at, policy);
    if (e.status == AlertStatus.FLAPPING) {
      e.record(event, later);
      if (event.isFiring()) {
        e.severity = event.severity();
      }
      if (changes <= policy.flapStop()) {
        e.status = e.lastStatus == MonitoringEvent.Status.FIRING ? AlertStatus.FIRING : AlertStatus.RESOLVED;
        out.add(new AlertDecision.FlappingStopped(e.key, changes, at, changes + " state changes in the last "
            + flapWindowText + ", at most " + policy.flapStop() + ": the alert settles"));
        settle(e, at, window, out);
      } else {
        out.add(new AlertDecision.Repeated(e.key, e.count, at, "flapping (" + changes
            + " state changes in the window): counted, held"));
      }
      return;
    }
    if (changed && changes > policy.flapStart()) {
      e.record(event, later);
      if (event.isFiring()) {
        e.severity = event.severity();
      }
      boolean wasSuppressed = e.status == AlertStatus.SUPPRESSED;
      e.status = AlertStatus.FLAPPING;
      e.suppressedBy = null;
      out.add(new AlertDecision.FlappingStarted(e.key, changes, at, changes + " state changes in the last "
          + flapWindowText + ", more than " + policy.flapStart() + (wasSuppressed ? " (it was suppressed)" : "")
          + ": held until it settles"));
      return;
    }
    if (event.isFiring()) {
      if (e.status == AlertStatus.RESOLVED) {
        e.record(event, later);
        raise(e, at, window, out, "fired again after it was resolved");
        return;
      }
      if (e.status == AlertStatus.SUPPRESSED) {
        if (window.isEmpty()) {
          Suppression ended = e.suppressedBy;
          e.record(event, later);
          raise(e, at, window, out, "fired after the window " + ended + " ended");
          return;
        }
        e.suppressedBy = window.get();
      }
      e.record(event, later);
      if (e.severity != event.severity()) {
        AlertSeverity from = e.severity;
        e.severity = event.severity();
        out.add(new AlertDecision.SeverityChanged(e.key, from, e.severity, at, e.severity.isAbove(from)
            ? "escalated" : "de-escalated"));
      } else {
        out.add(new AlertDecision.Repeated(e.key, e.count, at, "firing again"));
      }
      return;
    }
    e.record(event, later);
    if (e.status == AlertStatus.RESOLVED) {
      // Folded all the same: it moves the alert's latest time, so an older firing event after it is late.
      out.add(new AlertDecision.Repeated(e.key, e.count, at, "resolved again"));
      return;
    }
    resolve(e, at, false, out, "its source reports the check passes");
  }

  /**
   * A flapping alert that settled: firing alerts are raised unless they still hold their open group, others
   * resolve. {@code window} was asked for by {@link #prepare} before anything changed.
   */
  private void settle(Entry e, Instant at, Option<Suppression> window, ArrayList<AlertDecision> out) {
    if (e.status == AlertStatus.FIRING) {
      if (!e.inOpenGroup()) {
        raise(e, at, window, out, "settled firing");
      }
      return;
    }
    resolve(e, at, false, out, "settled resolved");
  }

  /** What raising the alert at {@code at} needs from the host: its window, and (once) the services it reaches. */
  private Option<Suppression> prepare(Entry e, Instant at) {
    Option<Suppression> window = suppressions.covering(e.item, at);
    if (window.isEmpty() && e.services == null) {
      e.services = impact.servicesOf(e.item);
    }
    return window;
  }

  private void raise(Entry e, Instant at, Option<Suppression> window, ArrayList<AlertDecision> out, String why) {
    e.quiet = false;
    if (window.isDefined()) {
      e.status = AlertStatus.SUPPRESSED;
      e.suppressedBy = window.get();
      leaveGroup(e);
      out.add(new AlertDecision.Suppressed(e.snapshot(), window.get(), at, why + "; " + e.item + " is inside "
          + window.get() + ": recorded, no incident"));
      return;
    }
    e.status = AlertStatus.FIRING;
    e.suppressedBy = null;
    leaveGroup(e);
    // The snapshot shows no group: the decisions after it say which group the alert joins or opens.
    out.add(new AlertDecision.Raised(e.snapshot(), at, why));
    String[] scopes = e.stormScopes();
    Group storm = null;
    for (String scope : scopes) {
      Rate rate = rates.computeIfAbsent(scope, s -> new Rate());
      rate.add(at, e, policy);
      Group active = storms.get(scope);
      if (storm == null && active != null) {
        storm = active;
      }
    }
    if (storm == null) {
      for (String scope : scopes) {
        Rate rate = rates.get(scope);
        if (rate.size() > policy.stormThreshold()) {
          storm = declareStorm(scope, rate, at, out);
          break;
        }
      }
    }
    if (storm != null) {
      join(e, storm, at, out, "an alert storm is under way for " + storm.stormScope);
      return;
    }
    Group found = null;
    for (String scope : e.groupScopes()) {
      ArrayList<Group> candidates = groupsByScope.get(scope);
      if (candidates == null) {
        continue;
      }
      for (Group g : candidates) {
        if (!g.isStorm() && !at.isAfter(g.lastAlertAt.plus(policy.groupingWindow()))
            && (found == null || g.sequence < found.sequence)) {
          found = g;
        }
      }
    }
    if (found != null) {
      join(e, found, at, out, "it reaches " + found.describe() + " like group " + found.id + ", whose last alert came "
          + "within " + groupingWindowText);
      return;
    }
    Group g = openGroup(at, null);
    g.add(e, at);
    index(g, e.groupScopes());
    e.group = g;
    out.add(new AlertDecision.IncidentRequested(g.id, e.item, e.services, e.key, e.severity,
        e.check + " on " + e.item.value(), at, e.services.isEmpty() ? "no open group for item " + e.item
            + ", which is in no service" : "no open group for " + e.services.mkString(", ") + " within "
            + groupingWindowText));
  }

  private void join(Entry e, Group g, Instant at, ArrayList<AlertDecision> out, String why) {
    g.add(e, at);
    if (!g.isStorm()) {
      index(g, e.groupScopes());
    }
    e.group = g;
    out.add(new AlertDecision.Grouped(e.key, g.id, e.item, at, why));
  }

  private Group declareStorm(String scope, Rate rate, Instant at, ArrayList<AlertDecision> out) {
    Group storm = openGroup(at, scope);
    storms.put(scope, storm);
    LinkedHashSet<String> children = new LinkedHashSet<>();
    for (Rate.Raise r : rate.raises) {
      if (r.entry.group != null && !r.entry.group.isStorm()) {
        children.add(r.entry.group.id);
      }
    }
    out.add(new AlertDecision.StormDeclared(storm.id, scope, Vector.ofAll(children), rate.size(), at, rate.size()
        + " alerts in the last " + stormWindowText + " for " + scope + ", more than " + policy.stormThreshold()
        + ": one major incident, the incidents of the window its children"));
    return storm;
  }

  private Group openGroup(Instant at, String stormScope) {
    Group g = new Group("G-" + nextGroup, nextGroup, at, stormScope);
    nextGroup++;
    openGroups.put(g.id, g);
    return g;
  }

  private void index(Group g, String[] scopes) {
    for (String scope : scopes) {
      if (g.scopes.add(scope)) {
        groupsByScope.computeIfAbsent(scope, s -> new ArrayList<>(2)).add(g);
      }
    }
  }

  /**
   * Forgets the group an alert held, as it is raised anew or suppressed: only an alert that is no member of an open
   * group is raised (it resolved and left it, or the group was restored).
   */
  private void leaveGroup(Entry e) {
    e.group = null;
  }

  private void resolve(Entry e, Instant at, boolean quiet, ArrayList<AlertDecision> out, String why) {
    boolean wasSuppressed = e.status == AlertStatus.SUPPRESSED;
    e.status = AlertStatus.RESOLVED;
    e.quiet = quiet;
    e.suppressedBy = null;
    out.add(new AlertDecision.Resolved(e.key, quiet, at, why + (wasSuppressed ? " (it was suppressed)" : "")));
    Group g = e.group;
    if (g == null || !g.open || !g.members.remove(e)) {
      return;
    }
    if (quiet && policy.quietActionOf(e.source) == RestoreAction.ADD_NOTE) {
      g.quietNotes++;
    }
    restoreIfDone(g, at, out);
  }

  private void restoreIfDone(Group g, Instant at, ArrayList<AlertDecision> out) {
    if (!g.members.isEmpty() || (g.isStorm() && storms.get(g.stormScope) == g)) {
      return;
    }
    g.open = false;
    openGroups.remove(g.id);
    for (String scope : g.scopes) {
      ArrayList<Group> list = groupsByScope.get(scope);
      list.remove(g);
      if (list.isEmpty()) {
        groupsByScope.remove(scope);
      }
    }
    RestoreAction action = g.quietNotes > 0 ? RestoreAction.ADD_NOTE : RestoreAction.RESOLVE_INCIDENT;
    out.add(new AlertDecision.Restored(g.id, action, at, "every alert of group " + g.id + " is resolved"
        + (action == RestoreAction.ADD_NOTE ? "; " + g.quietNotes + " went quiet and their sources ask for a note only"
            : "")));
  }

  /**
   * Applies the rules that depend on time passing: quiet alerts resolve, flapping alerts whose changes fell out of
   * the window settle, storms whose rate fell end. Call it regularly (every minute, say) with the host's clock; a
   * time before the latest tick or event changes nothing that time has not reached.
   *
   * @return the decisions, in order; empty if nothing changed
   * @throws NullPointerException if {@code now} is null
   */
  public Seq<AlertDecision> tick(Instant now) {
    Checks.notNull(now, "now");
    ArrayList<AlertDecision> out = new ArrayList<>();
    Instant quietBefore = now.minus(policy.quietPeriod());
    // The alerts that settle firing may be raised: their windows and services are asked for first, so that if the
    // host's answers throw, the tick has changed nothing.
    HashMap<Entry, Option<Suppression>> windows = new HashMap<>();
    for (Entry e : alerts.values()) {
      if (e.status == AlertStatus.FLAPPING && e.lastStatus == MonitoringEvent.Status.FIRING
          && e.changesAt(now, policy) <= policy.flapStop()) {
        windows.put(e, prepare(e, now));
      }
    }
    for (Entry e : alerts.values()) {
      if (e.status == AlertStatus.FLAPPING) {
        int changes = e.changesAt(now, policy);
        if (changes <= policy.flapStop()) {
          e.status = e.lastStatus == MonitoringEvent.Status.FIRING ? AlertStatus.FIRING : AlertStatus.RESOLVED;
          out.add(new AlertDecision.FlappingStopped(e.key, changes, now, changes + " state changes in the last "
              + flapWindowText + ", at most " + policy.flapStop() + ": the alert settles"));
          settle(e, now, windows.getOrDefault(e, Option.none()), out);
        }
      }
      if ((e.status == AlertStatus.FIRING || e.status == AlertStatus.SUPPRESSED) && !e.last.isAfter(quietBefore)) {
        resolve(e, now, true, out, "no event since " + e.last + ", " + quietPeriodText + " or more");
      }
    }
    for (Iterator<Map.Entry<String, Group>> it = storms.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<String, Group> s = it.next();
      Rate rate = rates.get(s.getKey());
      rate.prune(now, policy);
      if (rate.size() <= policy.stormThreshold() / 2) {
        it.remove();
        Group g = s.getValue();
        out.add(new AlertDecision.StormEnded(g.id, s.getKey(), now, rate.size() + " alerts in the last "
            + stormWindowText + ", half the threshold or fewer"));
        restoreIfDone(g, now, out);
      }
    }
    // Rates of scopes with no recent raise hold nothing worth keeping.
    for (Iterator<Rate> it = rates.values().iterator(); it.hasNext(); ) {
      Rate rate = it.next();
      rate.prune(now, policy);
      if (rate.size() == 0) {
        it.remove();
      }
    }
    return Vector.ofAll(out);
  }

  /**
   * Drops resolved alerts whose latest event is before {@code before}, to bound memory. A later event of a dropped
   * alert is its first again (a resolution of it is then ignored as unknown).
   *
   * @return how many were dropped
   * @throws NullPointerException if {@code before} is null
   */
  public int forgetResolvedBefore(Instant before) {
    Checks.notNull(before, "before");
    int dropped = 0;
    for (Iterator<Entry> it = alerts.values().iterator(); it.hasNext(); ) {
      Entry e = it.next();
      if (e.status == AlertStatus.RESOLVED && e.last.isBefore(before) && !e.inOpenGroup()) {
        it.remove();
        dropped++;
      }
    }
    return dropped;
  }

  /** The alert of a dedup key, if held. */
  public Option<Alert> alert(String dedupKey) {
    Entry e = alerts.get(Checks.notNull(dedupKey, "dedupKey"));
    return e == null ? Option.none() : Option.some(e.snapshot());
  }

  /** Every alert held, in the order they were first seen. */
  public Seq<Alert> alerts() {
    Vector<Alert> out = Vector.empty();
    for (Entry e : alerts.values()) {
      out = out.append(e.snapshot());
    }
    return out;
  }

  /**
   * The status of each configuration item with a problem: the highest severity of its firing and flapping alerts
   * (suppressed and resolved ones are no problem), keyed by the item's id: the leaves of a {@link StatusTree}.
   */
  public io.vavr.collection.Map<String, AlertSeverity> itemStatuses() {
    HashMap<String, AlertSeverity> worst = new HashMap<>();
    for (Entry e : alerts.values()) {
      if (e.status == AlertStatus.FIRING || e.status == AlertStatus.FLAPPING) {
        worst.merge(e.item.value(), e.severity, (a, b) -> a.isAbove(b) ? a : b);
      }
    }
    return io.vavr.collection.HashMap.ofAll(worst);
  }

  /** How many alerts are held. */
  public int size() {
    return alerts.size();
  }

  /** The ids of the groups not restored yet, oldest first. */
  public Seq<String> openGroups() {
    return Vector.ofAll(openGroups.keySet());
  }

  /** The dedup keys of a group's unresolved alerts, if the group is open. */
  public Option<Seq<String>> groupAlerts(String group) {
    Group g = openGroups.get(Checks.notNull(group, "group"));
    if (g == null) {
      return Option.none();
    }
    Vector<String> keys = Vector.empty();
    for (Entry e : g.members) {
      keys = keys.append(e.key);
    }
    return Option.some(keys);
  }

  private static Either<Rejection, Seq<AlertDecision>> ignored(MonitoringEvent event, AlertDecision.IgnoreCause cause,
      String why) {
    return Either.right(List.of(new AlertDecision.Ignored(event.eventId(), event.dedupKey(), cause, event.at(), why)));
  }

  /** One alert, mutable inside the correlator. */
  private static final class Entry {
    final String key;
    final String source;
    final String check;
    final io.itsm4j.core.catalogue.ConfigurationItemId item;
    final Instant first;
    AlertSeverity severity;
    AlertStatus status = AlertStatus.FIRING;
    Instant last;
    // The latest time again, as numbers: comparing with them reads no other object (with a hundred thousand alerts,
    // the Instant's own cache line was a fifth of an event's cost).
    long lastSecond;
    int lastNano;
    long count;
    MonitoringEvent.Status lastStatus;
    Group group;
    Suppression suppressedBy;
    boolean quiet;
    Seq<ServiceId> services;
    private ArrayDeque<Instant> changes;
    // The deliveries folded at the latest time: a repeat of one of them is a duplicate; any earlier one is late.
    private String[] idsAtLast = new String[1];
    private int idsCount;
    private String[] stormScopes;
    private String[] groupScopes;

    Entry(MonitoringEvent event) {
      key = event.dedupKey();
      source = event.source();
      check = event.check();
      item = event.configurationItem();
      first = event.at();
      last = event.at();
      lastSecond = last.getEpochSecond();
      lastNano = last.getNano();
      severity = event.severity();
      lastStatus = event.status();
      count = 1;
      idsAtLast[0] = event.eventId();
      idsCount = 1;
    }

    /** As {@code at.compareTo(last)}. */
    int compareToLast(Instant at) {
      int bySecond = Long.compare(at.getEpochSecond(), lastSecond);
      return bySecond != 0 ? bySecond : Integer.compare(at.getNano(), lastNano);
    }

    boolean seenAtLast(String eventId) {
      for (int i = 0; i < idsCount; i++) {
        if (idsAtLast[i].equals(eventId)) {
          return true;
        }
      }
      return false;
    }

    /** Counts a folded delivery, a state change, and moves the latest time. */
    void record(MonitoringEvent event, boolean later) {
      if (later) {
        last = event.at();
        lastSecond = last.getEpochSecond();
        lastNano = last.getNano();
        idsCount = 0;
      }
      if (idsCount == idsAtLast.length) {
        idsAtLast = Arrays.copyOf(idsAtLast, idsCount * 2);
      }
      idsAtLast[idsCount++] = event.eventId();
      count++;
      if (event.status() != lastStatus) {
        changes().addLast(event.at());
      }
      lastStatus = event.status();
    }

    private ArrayDeque<Instant> changes() {
      if (changes == null) {
        changes = new ArrayDeque<>(4);
      }
      return changes;
    }

    /** The state changes within the window ending at {@code at}, this one included (not yet recorded). */
    int changesWith(Instant at, CorrelationPolicy policy) {
      return changesAt(at, policy) + 1;
    }

    /** The state changes recorded within the window ending at {@code at}, older ones dropped. */
    int changesAt(Instant at, CorrelationPolicy policy) {
      if (changes == null) {
        return 0;
      }
      Instant from = at.minus(policy.flapWindow());
      while (!changes.isEmpty() && !changes.peekFirst().isAfter(from)) {
        changes.pollFirst();
      }
      return changes.size();
    }

    String[] stormScopes() {
      if (stormScopes == null) {
        stormScopes = new String[1 + services.size()];
        stormScopes[0] = "source:" + source;
        int i = 1;
        for (ServiceId s : services) {
          stormScopes[i++] = "service:" + s.value();
        }
      }
      return stormScopes;
    }

    String[] groupScopes() {
      if (groupScopes == null) {
        if (services.isEmpty()) {
          groupScopes = new String[] {"item:" + item.value()};
        } else {
          groupScopes = new String[services.size()];
          int i = 0;
          for (ServiceId s : services) {
            groupScopes[i++] = "service:" + s.value();
          }
        }
      }
      return groupScopes;
    }

    /** Whether the alert is one of the unresolved alerts of an open group. */
    boolean inOpenGroup() {
      return group != null && group.open && group.members.contains(this);
    }

    Alert snapshot() {
      return new Alert(key, source, check, item, severity, status, first, last, count,
          group == null ? Option.none() : Option.some(group.id), Option.of(suppressedBy), quiet);
    }
  }

  /** A group of alerts: one incident. */
  private static final class Group {
    final String id;
    final long sequence;
    final String stormScope;
    // The group's unresolved alerts (identity): an alert leaves when it resolves, and rejoins only by being raised.
    final LinkedHashSet<Entry> members = new LinkedHashSet<>(4);
    final LinkedHashSet<String> scopes = new LinkedHashSet<>(2);
    Instant lastAlertAt;
    int quietNotes;
    boolean open = true;

    Group(String id, long sequence, Instant at, String stormScope) {
      this.id = id;
      this.sequence = sequence;
      this.lastAlertAt = at;
      this.stormScope = stormScope;
    }

    boolean isStorm() {
      return stormScope != null;
    }

    void add(Entry e, Instant at) {
      members.add(e);
      if (at.isAfter(lastAlertAt)) {
        lastAlertAt = at;
      }
    }

    String describe() {
      return String.join(", ", scopes);
    }
  }

  /** Alerts raised in one storm scope within the storm window. */
  private static final class Rate {
    record Raise(Instant at, Entry entry) {}

    final ArrayDeque<Raise> raises = new ArrayDeque<>();

    void add(Instant at, Entry e, CorrelationPolicy policy) {
      raises.addLast(new Raise(at, e));
      prune(at, policy);
    }

    void prune(Instant now, CorrelationPolicy policy) {
      Instant from = now.minus(policy.stormWindow());
      while (!raises.isEmpty() && !raises.peekFirst().at.isAfter(from)) {
        raises.pollFirst();
      }
    }

    int size() {
      return raises.size();
    }
  }
}
