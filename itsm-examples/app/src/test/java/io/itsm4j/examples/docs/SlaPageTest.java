package io.itsm4j.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.Actor;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.application.CatalogueService;
import io.itsm4j.core.application.ServiceDesk;
import io.itsm4j.core.catalogue.CatalogueCommand;
import io.itsm4j.core.catalogue.CustomerId;
import io.itsm4j.core.catalogue.Offering;
import io.itsm4j.core.catalogue.OfferingId;
import io.itsm4j.core.catalogue.Service;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.catalogue.ServiceKind;
import io.itsm4j.core.catalogue.ServiceLevelId;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.TicketSubject;
import io.itsm4j.core.ticket.Urgency;
import io.itsm4j.sla.SlaDefinition;
import io.itsm4j.sla.SlaEngine;
import io.itsm4j.sla.SlaId;
import io.itsm4j.sla.SlaState;
import io.itsm4j.sla.SlaStatus;
import io.itsm4j.sla.calendar.BusinessCalendar;
import io.itsm4j.sla.calendar.DailyHours;
import io.itsm4j.sla.calendar.DayRule;
import io.itsm4j.sla.calendar.WeeklyCalendar;
import io.itsm4j.sla.memory.InMemoryServiceLevelDirectory;
import io.itsm4j.sla.memory.InMemorySlaAlarmLedger;
import io.itsm4j.sla.memory.RecordingSlaAlarmSink;
import io.itsm4j.sla.monitor.SlaMonitor;
import io.itsm4j.sla.monitor.SlaSelector;
import io.itsm4j.sla.port.SlaAlarmSink;
import io.vavr.collection.HashMap;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.time.MonthDay;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The code of docs/sla.md, run: each block with every name it uses defined, and what it promises checked. */
class SlaPageTest {

  @Test
  void a_calendar_a_definition_and_the_status_of_a_ticket() {
    WeeklyCalendar desk = BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
        .weekdays(DailyHours.of("09:00", "12:00"), DailyHours.of("13:00", "17:00"))
        .holiday(DayRule.every(MonthDay.of(12, 25)))
        .specialDay(DayRule.every(MonthDay.of(12, 24)), DailyHours.of("09:00", "12:00"))   // Christmas Eve
        .build();

    SlaDefinition resolution = SlaDefinition.resolution()          // start on open/reopen, pause on hold, stop on resolve
        .id(SlaId.of("resolution-gold"))
        .goals(HashMap.of(Priority.P1, Duration.ofHours(4), Priority.P2, Duration.ofHours(8)))
        .calendar(desk)
        .build();

    ServiceDesk serviceDesk = ServiceDesk.builder().build();
    TenantId acme = TenantId.of("acme");
    Actor agent = Actor.of("alice", "agent");
    TicketId id = serviceDesk.open(acme, agent, "request-1",
        TicketCommand.Open.incident("Mail down", Impact.HIGH, Urgency.MEDIUM)).get().ticket().id();
    Seq<TicketEvent> ticketHistory = serviceDesk.history(acme, agent, id).get();   // oldest first
    Seq<SlaStatus> now = SlaEngine.status(List.of(resolution), ticketHistory, Instant.now());
    Option<Instant> timer = SlaEngine.nextAlarm(List.of(resolution), ticketHistory, Instant.now());

    assertThat(now.single().state()).isEqualTo(SlaState.RUNNING);
    assertThat(now.single().goal()).isEqualTo(Duration.ofHours(8));
    assertThat(timer.isDefined()).isTrue();
  }

  @Test
  void slas_from_the_catalogue() {
    TenantId acme = TenantId.of("acme");
    CatalogueService catalogue = CatalogueService.builder().build();   // its services and offerings name the levels
    SlaDefinition respond = SlaDefinition.firstResponse().id(SlaId.of("respond"))
        .goals(HashMap.of(Priority.P2, Duration.ofHours(1))).build();
    SlaDefinition goldFix = SlaDefinition.resolution().id(SlaId.of("gold-fix"))
        .goals(HashMap.of(Priority.P2, Duration.ofHours(4))).build();
    SlaDefinition monthlyReport = SlaDefinition.resolution().id(SlaId.of("contoso-report"))
        .goals(HashMap.of(Priority.P2, Duration.ofDays(3))).build();
    SlaAlarmSink alarms = new RecordingSlaAlarmSink();                 // or AuditingSlaAlarmSink.of(trail)
    InMemoryServiceLevelDirectory directory = new InMemoryServiceLevelDirectory()
        .define(acme, ServiceLevelId.of("mail-baseline"), respond)
        .define(acme, ServiceLevelId.of("gold"), goldFix)
        .agree(acme, CustomerId.of("contoso"), ServiceId.of("mail"), ServiceLevelId.of("contoso-extra"))
        .define(acme, ServiceLevelId.of("contoso-extra"), monthlyReport);
    SlaSelector selector = SlaSelector.fromCatalogue(catalogue::catalogue, directory);
    SlaMonitor monitor = SlaMonitor.of(selector, new InMemorySlaAlarmLedger(), alarms);

    catalogue.execute(acme, Actor.of("olivia"), "mail", new CatalogueCommand.DefineService(Service.builder()
        .id(ServiceId.of("mail")).name("Mail").kind(ServiceKind.BUSINESS).owner(ActorId.of("olivia"))
        .serviceLevels(LinkedHashSet.of(ServiceLevelId.of("mail-baseline")))
        .offerings(LinkedHashMap.of(OfferingId.of("gold"), Offering.of("gold", "Gold", ServiceLevelId.of("gold"))))
        .build())).get();
    ServiceDesk desk = ServiceDesk.builder().build();
    Actor agent = Actor.of("alice", "agent");
    TicketId ticket = desk.open(acme, agent, "k1", TicketCommand.Open.incident("Mail down", Impact.HIGH,
        Urgency.MEDIUM).withSubject(TicketSubject.none().withService(ServiceId.of("mail"))
        .withOffering(OfferingId.of("gold")).withCustomer(CustomerId.of("contoso")))).get().ticket().id();
    Seq<TicketEvent> history = desk.history(acme, agent, ticket).get();
    assertThat(selector.select(history).get().candidates().map(d -> d.id().value()))
        .containsExactly("respond", "gold-fix", "contoso-report");
    monitor.evaluate(history, history.head().occurredAt().plus(Duration.ofHours(5))).get();
    assertThat(((RecordingSlaAlarmSink) alarms).received().map(c -> c.definition().value()).distinct())
        .contains("respond", "gold-fix");
  }
}
