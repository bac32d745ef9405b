package io.itsm4j.sla;

import static io.itsm4j.core.workflow.StateCategory.ACTIVE;
import static io.itsm4j.core.workflow.StateCategory.CANCELLED;
import static io.itsm4j.core.workflow.StateCategory.RESOLVED;
import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.GroupId;
import io.itsm4j.core.catalogue.CustomerId;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketKind;
import io.itsm4j.core.ticket.TicketSubject;
import io.itsm4j.sla.monitor.SlaBatch;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A month's service level report: met, breached and in progress per definition, service, customer and group. */
class ComplianceTest {
  static Instant at(String dayTime) {
    return Instant.parse("2024-" + dayTime + ":00Z");
  }

  static final Seq<SlaDefinition> DEFS = List.of(SlaEngineExamplesTest.RESOLUTION);

  static java.util.List<Seq<TicketEvent>> tickets() {
    TicketSubject mail = TicketSubject.none().withService(ServiceId.of("mail")).withCustomer(CustomerId.of("contoso"));
    TicketSubject web = TicketSubject.none().withService(ServiceId.of("web")).withCustomer(CustomerId.of("fabrikam"));
    return java.util.List.of(
        // met in June
        TicketHistory.opened("INC-1", at("06-10T09:00"), Priority.P1, TicketKind.INCIDENT, mail)
            .assign(at("06-10T09:05"), "network").move(at("06-10T10:00"), RESOLVED).events(),
        // breached in June (stopped late)
        TicketHistory.opened("INC-2", at("06-10T09:00"), Priority.P1, TicketKind.INCIDENT, mail)
            .assign(at("06-10T09:05"), "network").move(at("06-10T15:00"), RESOLVED).events(),
        // still open but overdue since July 1st: breached, counted in July
        TicketHistory.opened("INC-3", at("06-30T20:00"), Priority.P1, TicketKind.INCIDENT, web)
            .assign(at("06-30T20:05"), "apps").move(at("06-30T21:00"), ACTIVE).events(),
        // in progress, within its goal
        TicketHistory.opened("INC-4", at("07-02T09:00"), Priority.P3, TicketKind.INCIDENT, web).events(),
        // cancelled: counted, not in the denominator
        TicketHistory.opened("INC-5", at("06-11T09:00"), Priority.P1, TicketKind.INCIDENT, web)
            .move(at("06-11T09:30"), CANCELLED).events());
  }

  @Test
  void compliance_states_its_denominator() {
    Instant asOf = at("07-02T10:00");
    Seq<SlaStatus> all = List.ofAll(SlaBatch.statuses(DEFS, tickets(), asOf)).flatMap(s -> s);
    ComplianceFigures total = Compliance.total(all);
    assertThat(total).isEqualTo(new ComplianceFigures(1, 2, 1, 1));
    assertThat(total.denominator()).isEqualTo(3);
    assertThat(total.percentMet().get()).isCloseTo(33.33, org.assertj.core.data.Offset.offset(0.01));
    assertThat(total.toString()).contains("of 3");
    assertThat(ComplianceFigures.EMPTY.percentMet()).isEmpty();
  }

  @Test
  void per_service_customer_group_and_month() {
    Instant asOf = at("07-02T10:00");
    Map<ServiceId, ComplianceFigures> byService = SlaBatch.compliance(DEFS, tickets(), asOf, Compliance.byService());
    assertThat(byService.get(ServiceId.of("mail")).get()).isEqualTo(new ComplianceFigures(1, 1, 0, 0));
    assertThat(byService.get(ServiceId.of("web")).get()).isEqualTo(new ComplianceFigures(0, 1, 1, 1));

    Seq<SlaStatus> all = List.ofAll(SlaBatch.statuses(DEFS, tickets(), asOf)).flatMap(s -> s);
    assertThat(Compliance.by(all, Compliance.byCustomer()).get(CustomerId.of("fabrikam")).get().breached()).isEqualTo(1);
    Map<GroupId, ComplianceFigures> byGroup = Compliance.by(all, Compliance.byGroup());
    assertThat(byGroup.get(GroupId.of("network")).get()).isEqualTo(new ComplianceFigures(1, 1, 0, 0));
    assertThat(byGroup.containsKey(GroupId.of("apps"))).isTrue();
    Map<YearMonth, ComplianceFigures> byMonth = Compliance.by(all, Compliance.byMonth(ZoneOffset.UTC));
    assertThat(byMonth.get(YearMonth.of(2024, 6)).get()).isEqualTo(new ComplianceFigures(1, 1, 0, 1));
    assertThat(byMonth.get(YearMonth.of(2024, 7)).get()).isEqualTo(new ComplianceFigures(0, 1, 1, 0));
    assertThat(Compliance.by(all, Compliance.byDefinitionWithin(at("07-01T00:00"), at("08-01T00:00")))
        .get(SlaId.of("resolution")).get()).isEqualTo(new ComplianceFigures(0, 1, 1, 0));
    assertThat(Compliance.by(all, Compliance.byDefinition()).get(SlaId.of("resolution")).get())
        .isEqualTo(Compliance.total(all));
  }
}
