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
}
