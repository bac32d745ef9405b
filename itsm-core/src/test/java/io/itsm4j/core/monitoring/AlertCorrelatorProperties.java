package io.itsm4j.core.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.ticket.ChangeWindow;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * The correlator's rules over generated streams of events: a few alerts on items of two services (and one item in
 * none), a maintenance window on one item, events out of order, repeated deliveries, and ticks.
 */
class AlertCorrelatorProperties {
  static final Instant T0 = Instant.parse("2026-12-07T08:00:00Z");
  static final ConfigurationItemId DB = ConfigurationItemId.of("db-1");
  static final ConfigurationItemId APP = ConfigurationItemId.of("app-1");
  static final ConfigurationItemId LB = ConfigurationItemId.of("lb-1");
  static final ConfigurationItemId LAB = ConfigurationItemId.of("lab-1");
  static final java.util.List<ConfigurationItemId> ITEMS = java.util.List.of(DB, APP, LB, LAB);
  static final ServiceImpact IMPACT = item -> item.equals(DB) || item.equals(APP)
      ? Vector.of(ServiceId.of("mail")) : item.equals(LB) ? Vector.of(ServiceId.of("web"), ServiceId.of("mail"))
          : Vector.empty();
  static final MaintenanceWindow PATCHING = new MaintenanceWindow("patch-lb", ChangeWindow.of(T0.plusSeconds(600),
      T0.plusSeconds(1200)), HashSet.of(LB));
  static final SuppressionWindows WINDOWS = SuppressionWindows.of(List.empty(), List.of(PATCHING));

  /** One step of a stream: an event, or a tick of the host's clock. */
  sealed interface Step {}

  record Feed(MonitoringEvent event) implements Step {}

  record Tick(Instant now) implements Step {}

  static CorrelationPolicy policy() {
    return CorrelationPolicy.defaults().withGroupingWindow(Duration.ofMinutes(3))
        .withFlapping(Duration.ofMinutes(10), 4, 2).withQuietPeriod(Duration.ofMinutes(15), RestoreAction.ADD_NOTE)
        .withQuietAction("pagerduty", RestoreAction.RESOLVE_INCIDENT).withStorm(Duration.ofMinutes(2), 6);
  }

  static AlertCorrelator correlator() {
    return AlertCorrelator.create(policy(), IMPACT, WINDOWS);
  }

  static java.util.List<AlertDecision> run(AlertCorrelator c, java.util.List<Step> steps) {
    java.util.List<AlertDecision> out = new ArrayList<>();
    for (Step s : steps) {
      if (s instanceof Feed f) {
        out.addAll(c.accept(f.event()).get().asJava());
      } else {
        out.addAll(c.tick(((Tick) s).now()).asJava());
      }
    }
    return out;
  }

  @Provide
  Arbitrary<java.util.List<Step>> streams() {
    Arbitrary<Integer> keys = Arbitraries.integers().between(0, 5);
    Arbitrary<Step> event = Combinators.combine(keys, Arbitraries.integers().between(-60, 240),
            Arbitraries.of(MonitoringEvent.Status.class), Arbitraries.of(AlertSeverity.class),
            Arbitraries.integers().between(0, 3), Arbitraries.of("alertmanager", "pagerduty"))
        .as((k, dt, status, severity, id, source) -> (Step) new Feed(new MonitoringEvent("e" + id, source, "check-" + k,
            ITEMS.get(k % ITEMS.size()), severity, "key-" + k, status, Instant.EPOCH.plusSeconds(dt),
            LinkedHashMap.empty(), "")));
    Arbitrary<Step> tick = Arbitraries.integers().between(0, 600).map(dt -> (Step) new Tick(Instant.EPOCH.plusSeconds(dt)));
    // Times are offsets from the previous step's time, so streams move forward with some steps back.
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, event), net.jqwik.api.Tuple.of(1, tick)).list()
        .ofMaxSize(80).map(AlertCorrelatorProperties::timed);
  }

  /** Makes each step's time the previous step's plus its offset (a negative offset sends an event back). */
  static java.util.List<Step> timed(java.util.List<Step> steps) {
    java.util.List<Step> out = new ArrayList<>();
    Instant now = T0;
    int n = 0;
    for (Step s : steps) {
      n++;
      if (s instanceof Feed f) {
        Instant at = now.plusSeconds(f.event().at().getEpochSecond());
        MonitoringEvent e = f.event();
        out.add(new Feed(new MonitoringEvent(e.eventId() + "-" + n % 7, e.source(), e.check(), e.configurationItem(),
            e.severity(), e.dedupKey(), e.status(), at, e.labels(), e.summary())));
        if (at.isAfter(now)) {
          now = at;
        }
      } else {
        Instant at = now.plusSeconds(((Tick) s).now().getEpochSecond());
        out.add(new Tick(at));
        now = at;
      }
    }
    return out;
  }

  @Property(tries = 400, shrinking = ShrinkingMode.OFF)
  void theSameStreamGivesTheSameDecisionsAndGroupIds(@ForAll("streams") java.util.List<Step> steps) {
    assertThat(run(correlator(), steps)).isEqualTo(run(correlator(), steps));
  }

  /** Events again after the stream (ticks left out: time does not go back) change nothing: each is ignored. */
  @Property(tries = 400, shrinking = ShrinkingMode.OFF)
  void replayingTheEventsAgainChangesNothing(@ForAll("streams") java.util.List<Step> steps) {
    AlertCorrelator c = correlator();
    run(c, steps);
    Seq<Alert> before = c.alerts();
    Seq<String> groups = c.openGroups();
    java.util.List<Step> events = steps.stream().filter(s -> s instanceof Feed).toList();
    java.util.List<AlertDecision> again = run(c, events);
    assertThat(again).allSatisfy(d -> assertThat(d).isInstanceOf(AlertDecision.Ignored.class));
    assertThat(c.alerts()).isEqualTo(before);
    assertThat(c.openGroups()).isEqualTo(groups);
  }

  /**
   * One alert per dedup key seen (one first seen resolved is held resolved); its count is the events folded for it
   * (not late, not duplicates), its last time the latest of them; and an ignored event is late, a duplicate, or a resolution of an unknown alert, exactly as
   * the stream says.
   */
  @Property(tries = 400, shrinking = ShrinkingMode.OFF)
  void alertsAreTheirKeysEventsFolded(@ForAll("streams") java.util.List<Step> steps) {
    AlertCorrelator c = correlator();
    Map<String, Long> folded = new HashMap<>();
    Map<String, Instant> last = new HashMap<>();
    Map<String, Set<String>> idsAtLast = new HashMap<>();
    for (Step s : steps) {
      if (!(s instanceof Feed f)) {
        c.tick(((Tick) s).now());
        continue;
      }
      MonitoringEvent e = f.event();
      Seq<AlertDecision> decisions = c.accept(e).get();
      String key = e.dedupKey();
      AlertDecision.IgnoreCause expected;
      if (!last.containsKey(key)) {
        expected = e.isFiring() ? null : AlertDecision.IgnoreCause.UNKNOWN_ALERT;
      } else if (e.at().isBefore(last.get(key))) {
        expected = AlertDecision.IgnoreCause.LATE;
      } else if (e.at().equals(last.get(key)) && idsAtLast.get(key).contains(e.eventId())) {
        expected = AlertDecision.IgnoreCause.DUPLICATE;
      } else {
        expected = null;
      }
      if (expected != null) {
        assertThat(decisions).singleElement().isInstanceOfSatisfying(AlertDecision.Ignored.class,
            i -> assertThat(i.cause()).isEqualTo(expected));
        if (expected != AlertDecision.IgnoreCause.UNKNOWN_ALERT) {
          continue;
        }
      } else {
        assertThat(decisions).noneMatch(d -> d instanceof AlertDecision.Ignored);
      }
      folded.merge(key, 1L, Long::sum);
      if (!e.at().equals(last.get(key))) {
        idsAtLast.put(key, new java.util.HashSet<>());
      }
      idsAtLast.get(key).add(e.eventId());
      last.put(key, e.at());
    }
    assertThat(c.alerts().map(Alert::dedupKey).toJavaSet()).isEqualTo(folded.keySet());
    for (Alert a : c.alerts()) {
      assertThat(a.count()).as(a.dedupKey()).isEqualTo(folded.get(a.dedupKey()));
      assertThat(a.lastSeen()).isEqualTo(last.get(a.dedupKey()));
    }
  }

  /**
   * Groups, followed through the decisions: an alert is grouped only with alerts that share a service (or, in no
   * service, its item) unless a storm took it; a group is restored exactly when its last unresolved alert
   * resolves; suppressed and flapping alerts are never put in a group; every raised alert is put in exactly one.
   */
  @Property(tries = 500, shrinking = ShrinkingMode.OFF)
  void groupsHoldRelatedAlertsAndAreRestoredWhenAllResolve(@ForAll("streams") java.util.List<Step> steps) {
    AlertCorrelator c = correlator();
    Map<String, java.util.Set<String>> scopes = new HashMap<>();
    Map<String, java.util.Set<String>> unresolved = new HashMap<>();
    Map<String, String> groupOf = new HashMap<>();
    java.util.Set<String> storms = new java.util.HashSet<>();
    for (AlertDecision d : run(c, steps)) {
      if (d instanceof AlertDecision.Raised r) {
        assertThat(r.alert().status()).isEqualTo(AlertStatus.FIRING);
        groupOf.remove(r.alert().dedupKey());
      } else if (d instanceof AlertDecision.IncidentRequested i) {
        scopes.put(i.group(), new java.util.HashSet<>(scopesOf(i.subject())));
        unresolved.put(i.group(), new java.util.HashSet<>(java.util.Set.of(i.alert())));
        groupOf.put(i.alert(), i.group());
      } else if (d instanceof AlertDecision.StormDeclared s) {
        storms.add(s.group());
        scopes.put(s.group(), new java.util.HashSet<>());
        unresolved.put(s.group(), new java.util.HashSet<>());
      } else if (d instanceof AlertDecision.Grouped g) {
        assertThat(unresolved).containsKey(g.group());
        if (!storms.contains(g.group())) {
          assertThat(scopes.get(g.group())).containsAnyElementsOf(scopesOf(g.item()));
          scopes.get(g.group()).addAll(scopesOf(g.item()));
        }
        unresolved.get(g.group()).add(g.dedupKey());
        groupOf.put(g.dedupKey(), g.group());
      } else if (d instanceof AlertDecision.Suppressed s) {
        assertThat(PATCHING.covers(s.alert().configurationItem(), s.at())).isTrue();
        assertThat(s.alert().group().isEmpty()).isTrue();
      } else if (d instanceof AlertDecision.Resolved r) {
        String g = groupOf.get(r.dedupKey());
        if (g != null && unresolved.containsKey(g)) {
          unresolved.get(g).remove(r.dedupKey());
        }
      } else if (d instanceof AlertDecision.Restored r) {
        assertThat(unresolved.get(r.group())).isEmpty();
        unresolved.remove(r.group());
      }
    }
    for (String open : c.openGroups()) {
      assertThat(unresolved).containsKey(open);
      if (!storms.contains(open)) {
        assertThat(unresolved.get(open)).isNotEmpty();
      }
      assertThat(HashSet.ofAll(c.groupAlerts(open).get())).isEqualTo(HashSet.ofAll(unresolved.get(open)));
    }
    for (Alert a : c.alerts()) {
      if (a.status() == AlertStatus.SUPPRESSED) {
        assertThat(a.group().isEmpty()).isTrue();
      }
      if (a.status() == AlertStatus.FIRING) {
        assertThat(a.group().isDefined()).as(a.dedupKey()).isTrue();
      }
    }
  }

  private static java.util.List<String> scopesOf(ConfigurationItemId item) {
    Seq<ServiceId> services = IMPACT.servicesOf(item);
    return services.isEmpty() ? java.util.List.of("item:" + item.value())
        : services.map(s -> "service:" + s.value()).toJavaList();
  }

  /**
   * Flapping against a count of the changes kept beside: an alert starts flapping on the change that makes more
   * than flapStart changes in the window, and stops on the first event or tick at which the window holds flapStop
   * or fewer; while it flaps, none of its events opens, joins or restores a group.
   */
  @Property(tries = 500, shrinking = ShrinkingMode.OFF)
  void flappingStartsAndStopsWithHysteresis(@ForAll("toggles") java.util.List<Integer> gaps) {
    CorrelationPolicy p = policy();
    AlertCorrelator c = correlator();
    java.util.List<Instant> changes = new ArrayList<>();
    boolean flapping = false;
    MonitoringEvent.Status status = MonitoringEvent.Status.FIRING;
    Instant at = T0;
    c.accept(event(0, status, at));
    for (int i = 0; i < gaps.size(); i++) {
      at = at.plusSeconds(Math.abs(gaps.get(i)));
      boolean toggle = gaps.get(i) >= 0;
      if (toggle) {
        status = status == MonitoringEvent.Status.FIRING ? MonitoringEvent.Status.RESOLVED
            : MonitoringEvent.Status.FIRING;
      }
      Instant windowStart = at.minus(p.flapWindow());
      changes.removeIf(t -> !t.isAfter(windowStart));
      Seq<AlertDecision> d = c.accept(event(i + 1, status, at)).get();
      boolean sameStatusResolved = !toggle && status == MonitoringEvent.Status.RESOLVED && !flapping;
      if (sameStatusResolved) {
        continue;
      }
      if (toggle) {
        changes.add(at);
      }
      if (!flapping && toggle && changes.size() > p.flapStart()) {
        assertThat(d).anyMatch(x -> x instanceof AlertDecision.FlappingStarted);
        flapping = true;
      } else if (flapping && changes.size() <= p.flapStop()) {
        assertThat(d).anyMatch(x -> x instanceof AlertDecision.FlappingStopped);
        flapping = false;
      } else {
        assertThat(d).noneMatch(x -> x instanceof AlertDecision.FlappingStarted
            || x instanceof AlertDecision.FlappingStopped);
        if (flapping) {
          assertThat(d).noneMatch(x -> x instanceof AlertDecision.IncidentRequested
              || x instanceof AlertDecision.Grouped || x instanceof AlertDecision.Restored);
        }
      }
      assertThat(c.alert("key-0").get().status() == AlertStatus.FLAPPING).isEqualTo(flapping);
    }
  }

  @Provide
  Arbitrary<java.util.List<Integer>> toggles() {
    // A positive gap toggles the status after that many seconds; a negative one repeats it.
    return Arbitraries.integers().between(-400, 400).filter(g -> g != 0).list().ofMaxSize(60);
  }

  private static MonitoringEvent event(int n, MonitoringEvent.Status status, Instant at) {
    return new MonitoringEvent("e" + n, "alertmanager", "check", DB, AlertSeverity.MAJOR, "key-0", status, at,
        LinkedHashMap.empty(), "");
  }

  /** A malformed event is refused, naming each bad field, and changes nothing. */
  @Property(tries = 300)
  void malformedEventsAreRefusedAndChangeNothing(@ForAll("streams") java.util.List<Step> steps,
      @ForAll("badEvents") MonitoringEvent bad) {
    AlertCorrelator c = correlator();
    run(c, steps);
    Seq<Alert> before = c.alerts();
    var result = c.accept(bad);
    assertThat(result.isLeft()).isTrue();
    assertThat(result.getLeft().code()).isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(result.getLeft().violations()).isNotEmpty();
    assertThat(c.alerts()).isEqualTo(before);
  }

  @Provide
  Arbitrary<MonitoringEvent> badEvents() {
    return Arbitraries.of(
        new MonitoringEvent("", "alertmanager", "c", DB, AlertSeverity.MAJOR, "k", MonitoringEvent.Status.FIRING,
            T0, LinkedHashMap.empty(), ""),
        new MonitoringEvent("e", "not a source", "c", DB, AlertSeverity.MAJOR, "k", MonitoringEvent.Status.FIRING,
            T0, LinkedHashMap.empty(), ""),
        new MonitoringEvent("e", "alertmanager", "c", DB, AlertSeverity.MAJOR, "line\nbreak",
            MonitoringEvent.Status.FIRING, T0, LinkedHashMap.empty(), ""),
        new MonitoringEvent("e", "alertmanager", " ", DB, AlertSeverity.MAJOR, "k", MonitoringEvent.Status.FIRING,
            T0, LinkedHashMap.of("bad name", "v"), ""),
        new MonitoringEvent("e", "alertmanager", "c", DB, AlertSeverity.MAJOR, "k".repeat(201),
            MonitoringEvent.Status.RESOLVED, T0, LinkedHashMap.empty(), "\u0007"));
  }
}
