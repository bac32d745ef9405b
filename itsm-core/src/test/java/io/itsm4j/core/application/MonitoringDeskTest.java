package io.itsm4j.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.Actor;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.change.PlannedChange;
import io.itsm4j.core.memory.InMemoryTicketStore;
import io.itsm4j.core.monitoring.AlertCorrelator;
import io.itsm4j.core.monitoring.AlertSeverity;
import io.itsm4j.core.monitoring.CorrelationPolicy;
import io.itsm4j.core.monitoring.MonitoringEvent;
import io.itsm4j.core.monitoring.RestoreAction;
import io.itsm4j.core.monitoring.ServiceImpact;
import io.itsm4j.core.monitoring.SuppressionWindows;
import io.itsm4j.core.ticket.ChangeType;
import io.itsm4j.core.ticket.ChangeWindow;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.Link;
import io.itsm4j.core.ticket.LinkType;
import io.itsm4j.core.ticket.NoteVisibility;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketFields;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.Urgency;
import io.itsm4j.core.workflow.StateCategory;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Vector;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Alerts through the service desk: incidents opened, noted, resolved, linked, never twice. */
class MonitoringDeskTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Actor MONITOR = Actor.of("monitoring", "agent");
  private static final Instant T0 = Instant.parse("2026-12-07T08:00:00Z");
  private static final ConfigurationItemId DB = ConfigurationItemId.of("db-1");
  private static final ConfigurationItemId APP = ConfigurationItemId.of("app-1");
  private static final ServiceImpact MAIL = item -> Vector.of(ServiceId.of("mail"));

  private final InMemoryTicketStore store = new InMemoryTicketStore();
  private final ServiceDesk desk = ServiceDesk.builder().ticketStore(store).build();

  private static MonitoringEvent event(String id, String key, ConfigurationItemId item, MonitoringEvent.Status status,
      int second) {
    return new MonitoringEvent(id, "alertmanager", "NodeDown", item, AlertSeverity.CRITICAL, key, status,
        T0.plusSeconds(second), LinkedHashMap.empty(), "node down");
  }

  private Ticket ticket(TicketId id) {
    return desk.ticket(ACME, id).get();
  }

  @Test
  void alertsOfOneServiceBecomeOneIncidentThatTheirRecoveryResolves() {
    MonitoringDesk monitoring = MonitoringDesk.of(desk, ACME, MONITOR, "run-1",
        AlertCorrelator.create(CorrelationPolicy.defaults(), MAIL, SuppressionWindows.none()));
    MonitoringDesk.Applied first = monitoring.accept(event("1", "db", DB, MonitoringEvent.Status.FIRING, 0)).get();
    assertThat(first.refused()).isEmpty();
    TicketId incident = first.opened().get("G-1").get();
    Ticket opened = ticket(incident);
    assertThat(opened.impact()).isEqualTo(Impact.HIGH);
    assertThat(opened.urgency()).isEqualTo(Urgency.HIGH);
    assertThat(opened.subject().configurationItems()).containsExactly(DB);
    assertThat(opened.subject().service()).contains(ServiceId.of("mail"));
    assertThat(opened.field(MonitoringDesk.GROUP_FIELD)).contains("G-1");

    monitoring.accept(event("2", "app", APP, MonitoringEvent.Status.FIRING, 60)).get();
    assertThat(ticket(incident).notes()).singleElement().satisfies(n -> {
      assertThat(n.visibility()).isEqualTo(NoteVisibility.WORK_NOTE);
      assertThat(n.text()).contains("app", "app-1");
    });
    assertThat(store.ticketIds(ACME)).hasSize(1);

    monitoring.accept(event("3", "db", DB, MonitoringEvent.Status.RESOLVED, 120)).get();
    assertThat(ticket(incident).category()).isEqualTo(StateCategory.NEW);
    MonitoringDesk.Applied last = monitoring.accept(event("4", "app", APP, MonitoringEvent.Status.RESOLVED, 130)).get();
    assertThat(last.refused()).isEmpty();
    Ticket resolved = ticket(incident);
    assertThat(resolved.category()).isEqualTo(StateCategory.RESOLVED);
    assertThat(resolved.field(TicketFields.RESOLUTION_CODE)).contains(MonitoringDesk.RESTORED_CODE);
  }

  @Test
  void theSameStreamAgainOpensNothingTwice() {
    java.util.List<MonitoringEvent> stream = java.util.List.of(
        event("1", "db", DB, MonitoringEvent.Status.FIRING, 0),
        event("2", "app", APP, MonitoringEvent.Status.FIRING, 30),
        event("3", "db", DB, MonitoringEvent.Status.RESOLVED, 60));
    for (int run = 0; run < 2; run++) {
      // A new correlator each time, as after a restart, under the same stream id.
      MonitoringDesk monitoring = MonitoringDesk.of(desk, ACME, MONITOR, "feed-7",
          AlertCorrelator.create(CorrelationPolicy.defaults(), MAIL, SuppressionWindows.none()));
      for (MonitoringEvent e : stream) {
        assertThat(monitoring.accept(e).get().refused()).isEmpty();
      }
    }
    assertThat(store.ticketIds(ACME)).hasSize(1);
    assertThat(ticket(store.ticketIds(ACME).head()).notes()).hasSize(1);
  }

  @Test
  void quietAlertsOnlyNoteTheIncidentWhenTheirSourceSaysSo() {
    CorrelationPolicy policy = CorrelationPolicy.defaults().withQuietPeriod(Duration.ofMinutes(5),
        RestoreAction.ADD_NOTE);
    MonitoringDesk monitoring = MonitoringDesk.of(desk, ACME, MONITOR, "run-1",
        AlertCorrelator.create(policy, MAIL, SuppressionWindows.none()));
    TicketId incident = monitoring.accept(event("1", "db", DB, MonitoringEvent.Status.FIRING, 0)).get()
        .opened().get("G-1").get();
    MonitoringDesk.Applied tick = monitoring.tick(T0.plusSeconds(300));
    assertThat(tick.refused()).isEmpty();
    Ticket noted = ticket(incident);
    assertThat(noted.category()).isEqualTo(StateCategory.NEW);
    assertThat(noted.notes()).singleElement().satisfies(n -> assertThat(n.text()).contains("resolved"));
  }

  @Test
  void aStormIsAParentIncidentOfTheIncidentsBeforeIt() {
    CorrelationPolicy policy = CorrelationPolicy.defaults().withGroupingWindow(Duration.ofSeconds(1))
        .withStorm(Duration.ofMinutes(1), 2);
    MonitoringDesk monitoring = MonitoringDesk.of(desk, ACME, MONITOR, "run-1",
        AlertCorrelator.create(policy, ServiceImpact.none(), SuppressionWindows.none()));
    for (int i = 0; i < 3; i++) {
      assertThat(monitoring.accept(event("e" + i, "k" + i, ConfigurationItemId.of("host-" + i),
          MonitoringEvent.Status.FIRING, i * 5)).get().refused()).isEmpty();
    }
    TicketId storm = monitoring.incident("G-3").get();
    Ticket parent = ticket(storm);
    assertThat(parent.title()).isEqualTo("Alert storm: source:alertmanager");
    assertThat(parent.links()).containsExactlyInAnyOrder(
        Link.of(LinkType.PARENT_OF, monitoring.incident("G-1").get()),
        Link.of(LinkType.PARENT_OF, monitoring.incident("G-2").get()));
  }

  @Test
  void anAlertInsideAChangeWindowIsNotedOnTheChangeAndOpensNoIncident() {
    TicketId change = desk.open(ACME, Actor.of("carol", "agent"), "chg-1",
        TicketCommand.Open.change(ChangeType.NORMAL, "Patch db-1", Impact.MEDIUM, Urgency.MEDIUM)).get().ticket().id();
    SuppressionWindows windows = SuppressionWindows.of(List.of(new PlannedChange(change,
        ChangeWindow.of(T0, T0.plusSeconds(3600)), HashSet.of(DB))), List.empty());
    MonitoringDesk monitoring = MonitoringDesk.of(desk, ACME, MONITOR, "run-1",
        AlertCorrelator.create(CorrelationPolicy.defaults(), MAIL, windows));
    MonitoringDesk.Applied applied = monitoring.accept(event("1", "db", DB, MonitoringEvent.Status.FIRING, 60)).get();
    assertThat(applied.refused()).isEmpty();
    assertThat(applied.opened()).isEmpty();
    assertThat(store.ticketIds(ACME)).containsExactly(change);
    assertThat(ticket(change).notes()).singleElement().satisfies(n -> assertThat(n.text()).contains("suppressed"));
  }

  @Test
  void aMalformedEventIsRefusedAndARefusedCommandIsReportedNotThrown() {
    MonitoringDesk monitoring = MonitoringDesk.of(desk, ACME, Actor.of("nobody"), "run-1",
        AlertCorrelator.create(CorrelationPolicy.defaults(), MAIL, SuppressionWindows.none()));
    assertThat(monitoring.accept(new MonitoringEvent("", "alertmanager", "c", DB, AlertSeverity.MAJOR, "k",
        MonitoringEvent.Status.FIRING, T0, LinkedHashMap.empty(), "")).getLeft().code())
        .isEqualTo(RejectionCode.INVALID_INPUT);
    ServiceDesk guarded = ServiceDesk.builder().ticketStore(store)
        .accessPolicy((ctx, command, state) -> false).build();
    MonitoringDesk refused = MonitoringDesk.of(guarded, ACME, MONITOR, "run-2",
        AlertCorrelator.create(CorrelationPolicy.defaults(), MAIL, SuppressionWindows.none()));
    MonitoringDesk.Applied applied = refused.accept(event("1", "db", DB, MonitoringEvent.Status.FIRING, 0)).get();
    assertThat(applied.refused()).singleElement().satisfies(r -> assertThat(r.code())
        .isEqualTo(RejectionCode.NOT_AUTHORISED));
    assertThat(applied.opened()).isEmpty();
    assertThat(applied.decisions()).isNotEmpty();
  }
  @Test
  void anIncidentAPersonResolvedFirstGetsANoteWhenItsAlertsRecover() {
    MonitoringDesk monitoring = MonitoringDesk.of(desk, ACME, MONITOR, "run-1",
        AlertCorrelator.create(CorrelationPolicy.defaults(), MAIL, SuppressionWindows.none()));
    TicketId incident = monitoring.accept(event("1", "db", DB, MonitoringEvent.Status.FIRING, 0)).get()
        .opened().get("G-1").get();
    desk.execute(ACME, Actor.of("alice", "agent"), incident, "by-hand", TicketCommand.ChangeState.to("resolved")
        .withField(TicketFields.RESOLUTION_CODE, "workaround").withField(TicketFields.RESOLUTION_NOTES, "failed over"))
        .get();
    MonitoringDesk.Applied applied = monitoring.accept(event("2", "db", DB, MonitoringEvent.Status.RESOLVED, 60)).get();
    assertThat(applied.refused()).isEmpty();
    Ticket ticket = ticket(incident);
    assertThat(ticket.field(TicketFields.RESOLUTION_CODE)).contains("workaround");
    assertThat(ticket.notes()).singleElement().satisfies(n -> assertThat(n.text()).startsWith("Every alert"));
  }
  @Test
  void aCheckNameLongerThanATitleGivesATitleCutToFit() {
    MonitoringDesk monitoring = MonitoringDesk.of(desk, ACME, MONITOR, "run-1",
        AlertCorrelator.create(CorrelationPolicy.defaults(), MAIL, SuppressionWindows.none()));
    String check = "c".repeat(500);
    MonitoringDesk.Applied applied = monitoring.accept(new MonitoringEvent("1", "alertmanager", check, DB,
        AlertSeverity.MAJOR, "k", MonitoringEvent.Status.FIRING, T0, LinkedHashMap.empty(), "")).get();
    assertThat(applied.refused()).isEmpty();
    assertThat(ticket(applied.opened().get("G-1").get()).title()).hasSizeLessThanOrEqualTo(TicketCommand.TITLE_MAX)
        .startsWith("ccc");
  }
  @Test
  void anEscalatedAlertRaisesItsIncidentsPriorityAndADeEscalationLeavesIt() {
    MonitoringDesk monitoring = MonitoringDesk.of(desk, ACME, MONITOR, "run-1",
        AlertCorrelator.create(CorrelationPolicy.defaults(), MAIL, SuppressionWindows.none()));
    MonitoringEvent minor = new MonitoringEvent("1", "alertmanager", "slow", DB, AlertSeverity.MINOR, "k",
        MonitoringEvent.Status.FIRING, T0, LinkedHashMap.empty(), "");
    TicketId incident = monitoring.accept(minor).get().opened().get("G-1").get();
    assertThat(ticket(incident).impact()).isEqualTo(Impact.MEDIUM);
    MonitoringEvent critical = new MonitoringEvent("2", "alertmanager", "slow", DB, AlertSeverity.CRITICAL, "k",
        MonitoringEvent.Status.FIRING, T0.plusSeconds(60), LinkedHashMap.empty(), "");
    assertThat(monitoring.accept(critical).get().refused()).isEmpty();
    assertThat(ticket(incident).impact()).isEqualTo(Impact.HIGH);
    assertThat(ticket(incident).urgency()).isEqualTo(Urgency.HIGH);
    MonitoringEvent warning = new MonitoringEvent("3", "alertmanager", "slow", DB, AlertSeverity.WARNING, "k",
        MonitoringEvent.Status.FIRING, T0.plusSeconds(120), LinkedHashMap.empty(), "");
    assertThat(monitoring.accept(warning).get().refused()).isEmpty();
    assertThat(ticket(incident).impact()).isEqualTo(Impact.HIGH);
  }
}
