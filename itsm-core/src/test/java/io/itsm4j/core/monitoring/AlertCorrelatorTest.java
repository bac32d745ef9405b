package io.itsm4j.core.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.change.PlannedChange;
import io.itsm4j.core.ticket.ChangeWindow;
import io.itsm4j.core.ticket.TicketId;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The correlator's rules, one example each, with the decisions spelled out. */
class AlertCorrelatorTest {
  private static final Instant T0 = Instant.parse("2026-12-07T08:00:00Z");
  private static final ConfigurationItemId DB = ConfigurationItemId.of("db-1");
  private static final ConfigurationItemId APP = ConfigurationItemId.of("app-1");
  private static final ConfigurationItemId WIKI = ConfigurationItemId.of("wiki-1");
  private static final ServiceImpact MAIL = item -> item.equals(WIKI) ? Vector.of(ServiceId.of("wiki"))
      : Vector.of(ServiceId.of("mail"));

  private static MonitoringEvent fire(String id, String key, ConfigurationItemId item, AlertSeverity severity,
      int second) {
    return new MonitoringEvent(id, "alertmanager", "check-" + key, item, severity, key, MonitoringEvent.Status.FIRING,
        T0.plusSeconds(second), LinkedHashMap.empty(), "");
  }

  private static MonitoringEvent resolve(String id, String key, ConfigurationItemId item, int second) {
    return new MonitoringEvent(id, "alertmanager", "check-" + key, item, AlertSeverity.INFO, key,
        MonitoringEvent.Status.RESOLVED, T0.plusSeconds(second), LinkedHashMap.empty(), "");
  }

  private static Seq<AlertDecision> ok(AlertCorrelator c, MonitoringEvent e) {
    return c.accept(e).get();
  }

  @Test
  void alertsOnItemsOfOneServiceShareAnIncidentUntilAllResolve() {
    AlertCorrelator c = AlertCorrelator.create(CorrelationPolicy.defaults(), MAIL, SuppressionWindows.none());
    Seq<AlertDecision> first = ok(c, fire("1", "db-down", DB, AlertSeverity.CRITICAL, 0));
    assertThat(first).hasSize(2);
    assertThat(first.get(1)).isInstanceOfSatisfying(AlertDecision.IncidentRequested.class, i -> {
      assertThat(i.group()).isEqualTo("G-1");
      assertThat(i.subject()).isEqualTo(DB);
      assertThat(i.services()).containsExactly(ServiceId.of("mail"));
      assertThat(i.severity()).isEqualTo(AlertSeverity.CRITICAL);
    });
    Seq<AlertDecision> second = ok(c, fire("2", "app-slow", APP, AlertSeverity.MAJOR, 120));
    assertThat(second.last()).isEqualTo(new AlertDecision.Grouped("app-slow", "G-1", APP, T0.plusSeconds(120),
        ((AlertDecision.Grouped) second.last()).reason()));
    // Another service, and the first service after the grouping window: new incidents.
    assertThat(ok(c, fire("3", "wiki-down", WIKI, AlertSeverity.MAJOR, 130)).last())
        .isInstanceOfSatisfying(AlertDecision.IncidentRequested.class, i -> assertThat(i.group()).isEqualTo("G-2"));
    assertThat(ok(c, fire("4", "db-disk", DB, AlertSeverity.MINOR, 120 + 301)).last())
        .isInstanceOfSatisfying(AlertDecision.IncidentRequested.class, i -> assertThat(i.group()).isEqualTo("G-3"));

    assertThat(ok(c, resolve("5", "db-down", DB, 500))).singleElement().isInstanceOf(AlertDecision.Resolved.class);
    assertThat(c.groupAlerts("G-1").get()).containsExactly("app-slow");
    Seq<AlertDecision> last = ok(c, resolve("6", "app-slow", APP, 510));
    assertThat(last.last()).isInstanceOfSatisfying(AlertDecision.Restored.class, r -> {
      assertThat(r.group()).isEqualTo("G-1");
      assertThat(r.action()).isEqualTo(RestoreAction.RESOLVE_INCIDENT);
    });
    assertThat(c.openGroups()).containsExactly("G-2", "G-3");
  }

  @Test
  void repeatsAreCountedAndSeverityChangesAreDecisions() {
    AlertCorrelator c = AlertCorrelator.create(CorrelationPolicy.defaults(), MAIL, SuppressionWindows.none());
    ok(c, fire("1", "k", DB, AlertSeverity.WARNING, 0));
    assertThat(ok(c, fire("2", "k", DB, AlertSeverity.WARNING, 10)).single())
        .isInstanceOfSatisfying(AlertDecision.Repeated.class, r -> assertThat(r.count()).isEqualTo(2));
    assertThat(ok(c, fire("3", "k", DB, AlertSeverity.CRITICAL, 20)).single())
        .isInstanceOfSatisfying(AlertDecision.SeverityChanged.class, s -> {
          assertThat(s.escalated()).isTrue();
          assertThat(s.from()).isEqualTo(AlertSeverity.WARNING);
        });
    assertThat(ok(c, fire("3", "k", DB, AlertSeverity.CRITICAL, 20)).single())
        .isInstanceOfSatisfying(AlertDecision.Ignored.class,
            i -> assertThat(i.cause()).isEqualTo(AlertDecision.IgnoreCause.DUPLICATE));
    assertThat(ok(c, fire("0", "k", DB, AlertSeverity.CRITICAL, 5)).single())
        .isInstanceOfSatisfying(AlertDecision.Ignored.class,
            i -> assertThat(i.cause()).isEqualTo(AlertDecision.IgnoreCause.LATE));
    Alert alert = c.alert("k").get();
    assertThat(alert.count()).isEqualTo(3);
    assertThat(alert.firstSeen()).isEqualTo(T0);
    assertThat(alert.lastSeen()).isEqualTo(T0.plusSeconds(20));
    assertThat(alert.severity()).isEqualTo(AlertSeverity.CRITICAL);
  }

  @Test
  void alertsInsideAChangeWindowAreLinkedToItAndOpenNothingUntilTheWindowEnds() {
    ChangeWindow window = ChangeWindow.of(T0, T0.plusSeconds(3600));
    SuppressionWindows windows = SuppressionWindows.of(
        List.of(new PlannedChange(TicketId.of("CHG-000007"), window, HashSet.of(DB))), List.empty());
    AlertCorrelator c = AlertCorrelator.create(CorrelationPolicy.defaults(), MAIL, windows);
    assertThat(ok(c, fire("1", "k", DB, AlertSeverity.CRITICAL, 60)).single())
        .isInstanceOfSatisfying(AlertDecision.Suppressed.class, s -> {
          assertThat(s.by()).isEqualTo(new Suppression(Suppression.Kind.CHANGE, "CHG-000007", window));
          assertThat(s.alert().status()).isEqualTo(AlertStatus.SUPPRESSED);
        });
    assertThat(ok(c, fire("2", "k", DB, AlertSeverity.CRITICAL, 120)).single())
        .isInstanceOf(AlertDecision.Repeated.class);
    assertThat(c.openGroups()).isEmpty();
    // The window ends at its end (exclusive): the next firing event raises the alert.
    Seq<AlertDecision> after = ok(c, fire("3", "k", DB, AlertSeverity.CRITICAL, 3600));
    assertThat(after.head()).isInstanceOf(AlertDecision.Raised.class);
    assertThat(after.last()).isInstanceOf(AlertDecision.IncidentRequested.class);
  }

  @Test
  void quietAlertsResolveOnATickAndTheirSourceSaysWhetherTheIncidentIsResolved() {
    CorrelationPolicy policy = CorrelationPolicy.defaults().withQuietPeriod(Duration.ofMinutes(10),
        RestoreAction.ADD_NOTE).withQuietAction("pagerduty", RestoreAction.RESOLVE_INCIDENT);
    AlertCorrelator c = AlertCorrelator.create(policy, MAIL, SuppressionWindows.none());
    ok(c, fire("1", "a", DB, AlertSeverity.MAJOR, 0));
    ok(c, new MonitoringEvent("2", "pagerduty", "ping", WIKI, AlertSeverity.MAJOR, "b",
        MonitoringEvent.Status.FIRING, T0, LinkedHashMap.empty(), ""));
    assertThat(c.tick(T0.plusSeconds(599))).isEmpty();
    Seq<AlertDecision> tick = c.tick(T0.plusSeconds(600));
    assertThat(tick.filter(d -> d instanceof AlertDecision.Restored).map(d -> ((AlertDecision.Restored) d).action()))
        .containsExactly(RestoreAction.ADD_NOTE, RestoreAction.RESOLVE_INCIDENT);
    assertThat(c.alert("a").get().quiet()).isTrue();
    assertThat(c.openGroups()).isEmpty();
  }

  @Test
  void aStormOfAlertsFromOneSourceBecomesOneMajorIncidentWithTheOthersAsChildren() {
    CorrelationPolicy policy = CorrelationPolicy.defaults().withGroupingWindow(Duration.ofSeconds(1))
        .withStorm(Duration.ofMinutes(1), 3);
    AlertCorrelator c = AlertCorrelator.create(policy, ServiceImpact.none(), SuppressionWindows.none());
    for (int i = 0; i < 3; i++) {
      assertThat(ok(c, fire("e" + i, "k" + i, ConfigurationItemId.of("host-" + i), AlertSeverity.MAJOR, i * 10))
          .last()).isInstanceOf(AlertDecision.IncidentRequested.class);
    }
    Seq<AlertDecision> fourth = ok(c, fire("e3", "k3", ConfigurationItemId.of("host-3"), AlertSeverity.MAJOR, 30));
    assertThat(fourth.get(1)).isInstanceOfSatisfying(AlertDecision.StormDeclared.class, s -> {
      assertThat(s.group()).isEqualTo("G-4");
      assertThat(s.scope()).isEqualTo("source:alertmanager");
      assertThat(s.children()).containsExactly("G-1", "G-2", "G-3");
      assertThat(s.alerts()).isEqualTo(4);
    });
    assertThat(fourth.last()).isInstanceOfSatisfying(AlertDecision.Grouped.class,
        g -> assertThat(g.group()).isEqualTo("G-4"));
    assertThat(ok(c, fire("e4", "k4", ConfigurationItemId.of("host-4"), AlertSeverity.MAJOR, 40)).last())
        .isInstanceOfSatisfying(AlertDecision.Grouped.class, g -> assertThat(g.group()).isEqualTo("G-4"));
    ok(c, resolve("r3", "k3", ConfigurationItemId.of("host-3"), 50));
    ok(c, resolve("r4", "k4", ConfigurationItemId.of("host-4"), 50));
    assertThat(c.openGroups()).contains("G-4");
    Seq<AlertDecision> calm = c.tick(T0.plusSeconds(200));
    assertThat(calm.filter(d -> d instanceof AlertDecision.StormEnded)).hasSize(1);
    assertThat(calm.filter(d -> d instanceof AlertDecision.Restored).map(d -> ((AlertDecision.Restored) d).group()))
        .containsExactly("G-4");
  }

  @Test
  void aResolutionBeforeItsFiringEventMakesTheLateFiringEventLate() {
    AlertCorrelator c = AlertCorrelator.create(CorrelationPolicy.defaults(), MAIL, SuppressionWindows.none());
    assertThat(ok(c, resolve("2", "k", DB, 60)).single()).isInstanceOfSatisfying(AlertDecision.Ignored.class,
        i -> assertThat(i.cause()).isEqualTo(AlertDecision.IgnoreCause.UNKNOWN_ALERT));
    assertThat(ok(c, fire("1", "k", DB, AlertSeverity.MAJOR, 0)).single()).isInstanceOfSatisfying(
        AlertDecision.Ignored.class, i -> assertThat(i.cause()).isEqualTo(AlertDecision.IgnoreCause.LATE));
    assertThat(c.openGroups()).isEmpty();
    assertThat(c.alert("k").get().status()).isEqualTo(AlertStatus.RESOLVED);
  }

  @Test
  void resolvedAlertsCanBeForgottenAndPolicySettingsAreChecked() {
    AlertCorrelator c = AlertCorrelator.create(CorrelationPolicy.defaults(), MAIL, SuppressionWindows.none());
    ok(c, fire("1", "old", DB, AlertSeverity.MAJOR, 0));
    ok(c, resolve("2", "old", DB, 10));
    ok(c, fire("3", "new", APP, AlertSeverity.MAJOR, 20));
    assertThat(c.forgetResolvedBefore(T0.plusSeconds(11))).isEqualTo(1);
    assertThat(c.alerts().map(Alert::dedupKey)).containsExactly("new");

    assertThatThrownBy(() -> CorrelationPolicy.defaults().withFlapping(Duration.ofMinutes(1), 3, 3))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("flapStop");
    assertThatThrownBy(() -> CorrelationPolicy.defaults().withGroupingWindow(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("groupingWindow");
    assertThatThrownBy(() -> CorrelationPolicy.defaults().withStorm(Duration.ofMinutes(1), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("stormThreshold");
    assertThatThrownBy(() -> CorrelationPolicy.defaults().withQuietAction("not a source", RestoreAction.ADD_NOTE))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("source");
  }

  @Test
  void aWindowThatFailsLeavesTheCorrelatorAsItWas() {
    boolean[] fail = {false};
    SuppressionWindows flaky = (item, at) -> {
      if (fail[0]) {
        throw new IllegalStateException("calendar down");
      }
      return io.vavr.control.Option.none();
    };
    AlertCorrelator c = AlertCorrelator.create(CorrelationPolicy.defaults(), MAIL, flaky);
    ok(c, fire("1", "k", DB, AlertSeverity.MAJOR, 0));
    ok(c, resolve("2", "k", DB, 10));
    Seq<Alert> before = c.alerts();
    fail[0] = true;
    assertThatThrownBy(() -> c.accept(fire("3", "k", DB, AlertSeverity.MAJOR, 20)))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> c.accept(fire("4", "other", APP, AlertSeverity.MAJOR, 20)))
        .isInstanceOf(IllegalStateException.class);
    assertThat(c.alerts()).isEqualTo(before);
    fail[0] = false;
    assertThat(ok(c, fire("3", "k", DB, AlertSeverity.MAJOR, 20)).head()).isInstanceOf(AlertDecision.Raised.class);
  }
  private static final ConfigurationItemId LB = ConfigurationItemId.of("lb-1");
  private static final ServiceImpact TWO = item -> item.equals(LB)
      ? Vector.of(ServiceId.of("mail"), ServiceId.of("web")) : item.equals(WIKI) ? Vector.of(ServiceId.of("web"))
          : Vector.of(ServiceId.of("mail"));

  @Test
  void theGroupingWindowIsCountedFromTheGroupsLatestAlertAndIncludesItsEnd() {
    CorrelationPolicy policy = CorrelationPolicy.defaults().withGroupingWindow(Duration.ofSeconds(100));
    AlertCorrelator c = AlertCorrelator.create(policy, MAIL, SuppressionWindows.none());
    ok(c, fire("1", "a", DB, AlertSeverity.MAJOR, 100));
    // An alert older than the group's latest joins without moving the group's latest back.
    assertThat(ok(c, fire("2", "b", APP, AlertSeverity.MAJOR, 50)).last()).isInstanceOf(AlertDecision.Grouped.class);
    assertThat(ok(c, fire("3", "c", APP, AlertSeverity.MAJOR, 200)).last())
        .isInstanceOfSatisfying(AlertDecision.Grouped.class, g -> assertThat(g.group()).isEqualTo("G-1"));
    assertThat(ok(c, fire("4", "d", DB, AlertSeverity.MAJOR, 301)).last())
        .isInstanceOfSatisfying(AlertDecision.IncidentRequested.class, i -> assertThat(i.group()).isEqualTo("G-2"));
  }

  @Test
  void aGroupReachesEveryServiceOfItsAlertsSoAnAlertOnAnyOfThemJoins() {
    AlertCorrelator c = AlertCorrelator.create(CorrelationPolicy.defaults(), TWO, SuppressionWindows.none());
    ok(c, fire("1", "db", DB, AlertSeverity.MAJOR, 0));
    assertThat(ok(c, fire("2", "lb", LB, AlertSeverity.MAJOR, 10)).last())
        .isInstanceOfSatisfying(AlertDecision.Grouped.class, g -> assertThat(g.group()).isEqualTo("G-1"));
    // The wiki is on "web" only, which the group reached through the load balancer.
    assertThat(ok(c, fire("3", "wiki", WIKI, AlertSeverity.MAJOR, 20)).last())
        .isInstanceOfSatisfying(AlertDecision.Grouped.class, g -> assertThat(g.group()).isEqualTo("G-1"));
    assertThat(c.size()).isEqualTo(3);
  }

  @Test
  void aStormIsCountedPerServiceTooAndEndsAtHalfItsThreshold() {
    CorrelationPolicy policy = CorrelationPolicy.defaults().withGroupingWindow(Duration.ofSeconds(1))
        .withStorm(Duration.ofSeconds(100), 4);
    AlertCorrelator c = AlertCorrelator.create(policy, TWO, SuppressionWindows.none());
    // Five sources, so only the services can storm; every alert is on the load balancer (mail and web).
    for (int i = 0; i < 4; i++) {
      ok(c, new MonitoringEvent("e" + i, "tool-" + i, "check", LB, AlertSeverity.MAJOR, "k" + i,
          MonitoringEvent.Status.FIRING, T0.plusSeconds(i * 10), LinkedHashMap.empty(), ""));
    }
    Seq<AlertDecision> fifth = ok(c, new MonitoringEvent("e4", "tool-4", "check", LB, AlertSeverity.MAJOR, "k4",
        MonitoringEvent.Status.FIRING, T0.plusSeconds(40), LinkedHashMap.empty(), ""));
    assertThat(fifth.filter(d -> d instanceof AlertDecision.StormDeclared)
        .map(d -> ((AlertDecision.StormDeclared) d).scope())).containsExactly("service:mail");
    // At 125 s the window (25 s .. 125 s] holds the raises at 30 and 40 s: two, half the threshold: it ends.
    assertThat(c.tick(T0.plusSeconds(119))).noneMatch(d -> d instanceof AlertDecision.StormEnded);
    assertThat(c.tick(T0.plusSeconds(125))).anyMatch(d -> d instanceof AlertDecision.StormEnded);
  }

  @Test
  void severityFallsAreDeEscalationsAndEqualSeveritiesAreNoChange() {
    AlertCorrelator c = AlertCorrelator.create(CorrelationPolicy.defaults(), MAIL, SuppressionWindows.none());
    ok(c, fire("1", "k", DB, AlertSeverity.CRITICAL, 0));
    assertThat(ok(c, fire("2", "k", DB, AlertSeverity.MINOR, 10)).single())
        .isInstanceOfSatisfying(AlertDecision.SeverityChanged.class, s -> {
          assertThat(s.escalated()).isFalse();
          assertThat(s.reason()).isEqualTo("de-escalated");
        });
    assertThat(AlertSeverity.MAJOR.isAbove(AlertSeverity.MAJOR)).isFalse();
    assertThat(AlertSeverity.MAJOR.isAbove(AlertSeverity.MINOR)).isTrue();
    assertThat(AlertSeverity.MINOR.isAbove(AlertSeverity.MAJOR)).isFalse();
  }

  @Test
  void aMaintenanceWindowCoversItsItemsFromItsStartToJustBeforeItsEnd() {
    MaintenanceWindow w = new MaintenanceWindow("patch", ChangeWindow.of(T0, T0.plusSeconds(60)), HashSet.of(DB));
    assertThat(w.covers(DB, T0)).isTrue();
    assertThat(w.covers(DB, T0.plusSeconds(59))).isTrue();
    assertThat(w.covers(DB, T0.plusSeconds(60))).isFalse();
    assertThat(w.covers(DB, T0.minusSeconds(1))).isFalse();
    assertThat(w.covers(APP, T0.plusSeconds(1))).isFalse();
    assertThat(new Suppression(Suppression.Kind.MAINTENANCE, "patch", w.window()).toString())
        .startsWith("maintenance window patch");
  }

  @Test
  void aResolvedAlertFiringInsideAWindowLeavesItsOldGroup() {
    SuppressionWindows windows = SuppressionWindows.of(List.empty(), List.of(new MaintenanceWindow("patch",
        ChangeWindow.of(T0.plusSeconds(100), T0.plusSeconds(200)), HashSet.of(DB))));
    AlertCorrelator c = AlertCorrelator.create(CorrelationPolicy.defaults(), MAIL, windows);
    ok(c, fire("1", "k", DB, AlertSeverity.MAJOR, 0));
    ok(c, fire("2", "other", APP, AlertSeverity.MAJOR, 10));
    ok(c, resolve("3", "k", DB, 20));
    assertThat(ok(c, fire("4", "k", DB, AlertSeverity.MAJOR, 150)).single())
        .isInstanceOfSatisfying(AlertDecision.Suppressed.class, s -> assertThat(s.alert().group().isEmpty()).isTrue());
    assertThat(c.groupAlerts("G-1").get()).containsExactly("other");
  }

  @Test
  void aFlappingAlertSettlesOnATickOnceItsChangesLeaveTheWindow() {
    CorrelationPolicy policy = CorrelationPolicy.defaults().withFlapping(Duration.ofSeconds(100), 2, 1);
    AlertCorrelator c = AlertCorrelator.create(policy, MAIL, SuppressionWindows.none());
    ok(c, fire("1", "up", DB, AlertSeverity.MAJOR, 0));
    ok(c, resolve("2", "up", DB, 10));
    ok(c, fire("3", "up", DB, AlertSeverity.MAJOR, 20));
    assertThat(ok(c, resolve("4", "up", DB, 30)).single()).isInstanceOf(AlertDecision.FlappingStarted.class);
    ok(c, fire("5", "up", DB, AlertSeverity.MAJOR, 40));
    // It started flapping while in group G-2, which still counts it: settling firing keeps it there, raising
    // nothing. At 129 s the window (29 s .. 129 s] holds two changes, at 130 s one.
    assertThat(c.tick(T0.plusSeconds(129))).isEmpty();
    Seq<AlertDecision> settled = c.tick(T0.plusSeconds(130));
    assertThat(settled.map(d -> d.getClass().getSimpleName())).containsExactly("FlappingStopped");
    assertThat(c.alert("up").get().status()).isEqualTo(AlertStatus.FIRING);
    assertThat(c.groupAlerts("G-2").get()).containsExactly("up");

    // One that settles resolved is resolved and leaves its group.
    ok(c, fire("6", "down", APP, AlertSeverity.MAJOR, 200));
    ok(c, resolve("7", "down", APP, 210));
    ok(c, fire("8", "down", APP, AlertSeverity.MAJOR, 220));
    assertThat(ok(c, resolve("9", "down", APP, 230)).single()).isInstanceOf(AlertDecision.FlappingStarted.class);
    assertThat(c.groupAlerts("G-2").get()).containsExactly("up", "down");
    Seq<AlertDecision> quiet = c.tick(T0.plusSeconds(400));
    assertThat(quiet.map(d -> d.getClass().getSimpleName())).containsExactly("FlappingStopped", "Resolved");
    assertThat(c.alert("down").get().status()).isEqualTo(AlertStatus.RESOLVED);
    assertThat(c.groupAlerts("G-2").get()).containsExactly("up");

    // One that started flapping on a firing event while resolved (in no group) is raised when it settles firing.
    ok(c, resolve("10", "wiki", WIKI, 500));
    ok(c, fire("11", "wiki", WIKI, AlertSeverity.MAJOR, 510));
    ok(c, resolve("12", "wiki", WIKI, 520));
    assertThat(ok(c, fire("13", "wiki", WIKI, AlertSeverity.MAJOR, 530)).single())
        .isInstanceOf(AlertDecision.FlappingStarted.class);
    Seq<AlertDecision> raised = c.tick(T0.plusSeconds(630));
    assertThat(raised.map(d -> d.getClass().getSimpleName())).containsExactly("FlappingStopped", "Raised",
        "IncidentRequested");
  }

  @Test
  void labelsAreLimitedToAHundred() {
    io.vavr.collection.Map<String, String> hundred = LinkedHashMap.empty();
    for (int i = 0; i < MonitoringEvent.LABELS_MAX; i++) {
      hundred = hundred.put("l" + i, "v");
    }
    MonitoringEvent ok = new MonitoringEvent("e", "alertmanager", "c", DB, AlertSeverity.MAJOR, "k",
        MonitoringEvent.Status.FIRING, T0, hundred, "");
    assertThat(ok.violations()).isEmpty();
    MonitoringEvent over = new MonitoringEvent("e", "alertmanager", "c", DB, AlertSeverity.MAJOR, "k",
        MonitoringEvent.Status.FIRING, T0, hundred.put("one-more", "v"), "");
    assertThat(over.violations()).singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("labels"));
  }
  @Test
  void anAlertThatCouldJoinTwoGroupsJoinsTheOldest() {
    AlertCorrelator c = AlertCorrelator.create(CorrelationPolicy.defaults(), TWO, SuppressionWindows.none());
    ok(c, fire("1", "wiki", WIKI, AlertSeverity.MAJOR, 0));
    ok(c, fire("2", "db", DB, AlertSeverity.MAJOR, 10));
    assertThat(c.openGroups()).containsExactly("G-1", "G-2");
    Seq<AlertDecision> lb = ok(c, fire("3", "lb", LB, AlertSeverity.MAJOR, 20));
    assertThat(lb.head()).isInstanceOfSatisfying(AlertDecision.Raised.class,
        r -> assertThat(r.alert().group().isEmpty()).isTrue());
    assertThat(lb.last()).isInstanceOfSatisfying(AlertDecision.Grouped.class,
        g -> assertThat(g.group()).isEqualTo("G-1"));
    assertThat(c.alert("lb").get().group()).contains("G-1");
  }

  @Test
  void aFlappingAlertSettlesOnAnEventAndKeepsTheSeverityItLastFiredWith() {
    CorrelationPolicy policy = CorrelationPolicy.defaults().withFlapping(Duration.ofSeconds(100), 2, 1);
    AlertCorrelator c = AlertCorrelator.create(policy, MAIL, SuppressionWindows.none());
    ok(c, fire("1", "k", DB, AlertSeverity.MAJOR, 0));
    ok(c, resolve("2", "k", DB, 10));
    ok(c, fire("3", "k", DB, AlertSeverity.MAJOR, 20));
    ok(c, resolve("4", "k", DB, 30));
    assertThat(c.alert("k").get().status()).isEqualTo(AlertStatus.FLAPPING);
    assertThat(ok(c, fire("5", "k", DB, AlertSeverity.CRITICAL, 40)).single())
        .isInstanceOf(AlertDecision.Repeated.class);
    assertThat(c.alert("k").get().severity()).isEqualTo(AlertSeverity.CRITICAL);
    // At 200 s the window (100 s .. 200 s] holds only this change: it settles, resolved, and the group it flapped
    // in (G-2, opened when it fired again at 20 s) is restored.
    Seq<AlertDecision> settled = ok(c, resolve("6", "k", DB, 200));
    assertThat(settled.map(d -> d.getClass().getSimpleName())).containsExactly("FlappingStopped", "Resolved",
        "Restored");
    Alert alert = c.alert("k").get();
    assertThat(alert.status()).isEqualTo(AlertStatus.RESOLVED);
    assertThat(alert.severity()).isEqualTo(AlertSeverity.CRITICAL);
    assertThat(c.openGroups()).isEmpty();
  }
  @Test
  void raisesOutsideTheStormWindowAreNoStorm() {
    CorrelationPolicy policy = CorrelationPolicy.defaults().withGroupingWindow(Duration.ofSeconds(1))
        .withStorm(Duration.ofSeconds(60), 3);
    AlertCorrelator c = AlertCorrelator.create(policy, ServiceImpact.none(), SuppressionWindows.none());
    for (int i = 0; i < 10; i++) {
      assertThat(ok(c, fire("e" + i, "k" + i, ConfigurationItemId.of("host-" + i), AlertSeverity.MAJOR, i * 30)))
          .noneMatch(d -> d instanceof AlertDecision.StormDeclared);
    }
  }

  @Test
  void aFlappingAlertThatSettlesFiringInsideAWindowIsSuppressed() {
    CorrelationPolicy policy = CorrelationPolicy.defaults().withFlapping(Duration.ofSeconds(100), 2, 1);
    SuppressionWindows windows = SuppressionWindows.of(List.empty(), List.of(new MaintenanceWindow("patch",
        ChangeWindow.of(T0.plusSeconds(120), T0.plusSeconds(600)), HashSet.of(DB))));
    AlertCorrelator c = AlertCorrelator.create(policy, MAIL, windows);
    ok(c, resolve("1", "k", DB, 0));
    ok(c, fire("2", "k", DB, AlertSeverity.MAJOR, 10));
    ok(c, resolve("3", "k", DB, 20));
    assertThat(ok(c, fire("4", "k", DB, AlertSeverity.CRITICAL, 30)).single())
        .isInstanceOf(AlertDecision.FlappingStarted.class);
    assertThat(c.alert("k").get().severity()).isEqualTo(AlertSeverity.CRITICAL);
    Seq<AlertDecision> settled = c.tick(T0.plusSeconds(200));
    assertThat(settled.map(d -> d.getClass().getSimpleName())).containsExactly("FlappingStopped", "Suppressed");
    // Suppressed alerts go quiet like firing ones.
    assertThat(c.tick(T0.plusSeconds(30 + 3600)).map(d -> d.getClass().getSimpleName())).containsExactly("Resolved");
  }
}
