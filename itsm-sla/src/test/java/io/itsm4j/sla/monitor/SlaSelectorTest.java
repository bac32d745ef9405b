package io.itsm4j.sla.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itsm4j.core.Actor;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.application.CatalogueService;
import io.itsm4j.core.catalogue.Catalogue;
import io.itsm4j.core.catalogue.CatalogueCommand;
import io.itsm4j.core.catalogue.CustomerId;
import io.itsm4j.core.catalogue.Offering;
import io.itsm4j.core.catalogue.OfferingId;
import io.itsm4j.core.catalogue.Service;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.catalogue.ServiceKind;
import io.itsm4j.core.catalogue.ServiceLevelId;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.TicketKind;
import io.itsm4j.core.ticket.TicketSubject;
import io.itsm4j.core.workflow.StateCategory;
import io.itsm4j.sla.SlaCondition;
import io.itsm4j.sla.SlaDefinition;
import io.itsm4j.sla.SlaEngine;
import io.itsm4j.sla.SlaId;
import io.itsm4j.sla.SlaSelection;
import io.itsm4j.sla.SlaState;
import io.itsm4j.sla.SlaStatus;
import io.itsm4j.sla.TicketHistory;
import io.itsm4j.sla.memory.InMemorySlaAlarmLedger;
import io.itsm4j.sla.memory.InMemoryServiceLevelDirectory;
import io.itsm4j.sla.memory.RecordingSlaAlarmSink;
import io.itsm4j.sla.port.ServiceLevelDirectory;
import io.vavr.collection.HashMap;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The SLAs of a ticket come from its offering, its service and its customer's agreement, with no host mapping. */
class SlaSelectorTest {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  private static final ServiceLevelId MAIL_BASELINE = ServiceLevelId.of("mail-baseline");
  private static final ServiceLevelId SILVER = ServiceLevelId.of("silver");
  private static final ServiceLevelId GOLD = ServiceLevelId.of("gold");
  private static final ServiceLevelId CONTOSO_EXTRA = ServiceLevelId.of("contoso-extra");
  private static final SlaDefinition RESPOND = SlaDefinition.firstResponse().id(SlaId.of("respond"))
      .goals(HashMap.of(Priority.P2, Duration.ofHours(1))).build();
  private static final SlaDefinition SILVER_FIX = SlaDefinition.resolution().id(SlaId.of("silver-fix"))
      .goals(HashMap.of(Priority.P2, Duration.ofHours(8))).build();
  private static final SlaDefinition GOLD_FIX = SlaDefinition.resolution().id(SlaId.of("gold-fix"))
      .start(SlaCondition.inCategory(StateCategory.NEW, StateCategory.ACTIVE))
      .goals(HashMap.of(Priority.P2, Duration.ofHours(4))).build();
  private static final SlaDefinition CONTOSO_REPORT = SlaDefinition.resolution().id(SlaId.of("contoso-report"))
      .goals(HashMap.of(Priority.P2, Duration.ofHours(24))).build();

  private final CatalogueService catalogue = CatalogueService.builder().build();
  private final InMemoryServiceLevelDirectory directory = new InMemoryServiceLevelDirectory()
      .define(ACME, MAIL_BASELINE, RESPOND)
      .define(ACME, SILVER, SILVER_FIX)
      .define(ACME, GOLD, GOLD_FIX, RESPOND)
      .define(ACME, CONTOSO_EXTRA, CONTOSO_REPORT)
      .agree(ACME, CustomerId.of("contoso"), ServiceId.of("mail"), CONTOSO_EXTRA);
  private final SlaSelector selector = SlaSelector.fromCatalogue(catalogue::catalogue, directory);

  SlaSelectorTest() {
    catalogue.execute(ACME, Actor.of("olivia"), "mail", new CatalogueCommand.DefineService(Service.builder()
        .id(ServiceId.of("mail")).name("Mail").kind(ServiceKind.BUSINESS).owner(ActorId.of("olivia"))
        .serviceLevels(LinkedHashSet.of(MAIL_BASELINE))
        .offerings(LinkedHashMap.of(OfferingId.of("silver"), Offering.of("silver", "Silver", SILVER),
            OfferingId.of("gold"), Offering.of("gold", "Gold", GOLD)))
        .build())).get();
  }

  private static TicketSubject mail(String offering, String customer) {
    TicketSubject s = TicketSubject.none().withService(ServiceId.of("mail"));
    s = offering == null ? s : s.withOffering(OfferingId.of(offering));
    return customer == null ? s : s.withCustomer(CustomerId.of(customer));
  }

  private static java.util.Map<String, SlaState> states(Seq<SlaStatus> statuses) {
    return statuses.toJavaMap(java.util.LinkedHashMap::new, s -> io.vavr.Tuple.of(s.definition().value(), s.state()));
  }

  @Test
  void a_ticket_opened_on_an_offering_is_measured_by_the_service_and_offering_levels() {
    TicketHistory h = TicketHistory.opened("INC-1", T0, Priority.P2, TicketKind.INCIDENT, mail("gold", "fabrikam"));
    SlaSelection selection = selector.select(h.events()).get();
    assertThat(selection.candidates().map(d -> d.id().value())).containsExactly("respond", "gold-fix");
    assertThat(states(SlaEngine.status(selection, h.events(), T0.plusSeconds(60))))
        .containsExactly(java.util.Map.entry("respond", SlaState.RUNNING), java.util.Map.entry("gold-fix",
            SlaState.RUNNING));
  }

  @Test
  void the_customers_agreement_adds_its_levels_and_no_offering_adds_none() {
    TicketHistory h = TicketHistory.opened("INC-1", T0, Priority.P2, TicketKind.INCIDENT, mail(null, "contoso"));
    assertThat(selector.select(h.events()).get().candidates().map(d -> d.id().value()))
        .containsExactly("respond", "contoso-report");
    assertThat(SlaSelector.levels(catalogue.catalogue(ACME).get(), directory, mail("silver", "contoso")).get())
        .containsExactly(MAIL_BASELINE, SILVER, CONTOSO_EXTRA);
  }

  @Test
  void an_upgrade_cancels_the_old_levels_clocks_and_starts_the_new_ones_as_their_start_conditions_say() {
    Instant upgrade = T0.plus(Duration.ofHours(1));
    TicketHistory h = TicketHistory.opened("INC-1", T0, Priority.P2, TicketKind.INCIDENT, mail("silver", null))
        .move(T0.plus(Duration.ofMinutes(30)), StateCategory.ACTIVE)
        .subject(upgrade, mail("gold", null));
    Seq<SlaStatus> statuses = SlaEngine.status(selector.select(h.events()).get(), h.events(),
        upgrade.plus(Duration.ofHours(1)));
    SlaStatus silver = statuses.find(s -> s.definition().value().equals("silver-fix")).get();
    SlaStatus gold = statuses.find(s -> s.definition().value().equals("gold-fix")).get();
    assertThat(silver.state()).isEqualTo(SlaState.CANCELLED);
    assertThat(silver.endedAt()).contains(upgrade);
    assertThat(gold.state()).isEqualTo(SlaState.RUNNING);
    assertThat(gold.startedAt()).as("gold-fix starts while the ticket is active, so at the upgrade")
        .isEqualTo(upgrade);
    assertThat(gold.elapsed()).isEqualTo(Duration.ofHours(1));
    assertThat(statuses.find(s -> s.definition().value().equals("respond")).get().state())
        .as("the baseline level is selected throughout and keeps its clock").isEqualTo(SlaState.MET);
  }

  @Test
  void a_priority_change_keeps_the_selection_and_changes_the_goal() {
    TicketHistory h = TicketHistory.opened("INC-1", T0, Priority.P2, TicketKind.INCIDENT, mail("silver", null))
        .priority(T0.plus(Duration.ofMinutes(10)), Priority.P1);
    Seq<SlaStatus> statuses = SlaEngine.status(selector.select(h.events()).get(), h.events(), T0.plusSeconds(900));
    assertThat(statuses.map(s -> s.definition().value() + ":" + s.state()))
        .as("neither definition has a P1 goal, so both clocks are cancelled, not silently kept")
        .containsExactly("respond:CANCELLED", "silver-fix:CANCELLED");
  }

  @Test
  void what_cannot_be_resolved_is_refused_naming_the_ticket_and_the_id() {
    Rejection offering = selector.select(TicketHistory.opened("INC-7", T0, Priority.P2, TicketKind.INCIDENT,
        mail("platinum", null)).events()).getLeft();
    assertThat(offering.code()).isEqualTo(RejectionCode.NOT_FOUND);
    assertThat(offering.message()).contains("INC-7").contains("offering platinum is not an offering of service mail");

    Rejection service = selector.select(TicketHistory.opened("INC-8", T0, Priority.P2, TicketKind.INCIDENT,
        TicketSubject.none().withService(ServiceId.of("fax"))).events()).getLeft();
    assertThat(service.message()).contains("INC-8").contains("service fax is not in the catalogue of acme");

    directory.agree(ACME, CustomerId.of("fabrikam"), ServiceId.of("mail"), ServiceLevelId.of("undefined"));
    Rejection level = selector.select(TicketHistory.opened("INC-9", T0, Priority.P2, TicketKind.INCIDENT,
        mail(null, "fabrikam")).events()).getLeft();
    assertThat(level.code()).isEqualTo(RejectionCode.NOT_FOUND);
    assertThat(level.message()).contains("service level undefined has no definitions in the directory of acme");
  }

  @Test
  void a_ticket_naming_no_service_selects_nothing() {
    assertThat(selector.select(TicketHistory.opened("INC-1", T0, Priority.P2, TicketKind.INCIDENT,
        TicketSubject.none()).events()).get().candidates()).isEmpty();
    assertThat(selector.select(List.empty()).get().candidates()).isEmpty();
  }

  @Test
  void two_definitions_under_one_id_are_a_rule_violation_and_failing_ports_a_port_failure() {
    SlaDefinition other = SlaDefinition.resolution().id(SlaId.of("silver-fix"))
        .goals(HashMap.of(Priority.P2, Duration.ofHours(1))).build();
    ServiceLevelDirectory clashing = new ServiceLevelDirectory() {
      @Override
      public Option<Seq<SlaDefinition>> definitions(TenantId tenant, ServiceLevelId level) {
        return Option.some(level.equals(SILVER) ? List.of(SILVER_FIX) : List.of(other));
      }

      @Override
      public Set<ServiceLevelId> agreed(TenantId tenant, CustomerId customer, ServiceId service) {
        return LinkedHashSet.empty();
      }
    };
    Rejection clash = SlaSelector.fromCatalogue(catalogue::catalogue, clashing).select(TicketHistory.opened("INC-1",
        T0, Priority.P2, TicketKind.INCIDENT, mail("silver", null)).events()).getLeft();
    assertThat(clash.code()).isEqualTo(RejectionCode.RULE_VIOLATED);
    assertThat(clash.message()).contains("silver-fix");

    Rejection down = SlaSelector.fromCatalogue(t -> {
      throw new IllegalStateException("catalogue database down");
    }, directory).select(TicketHistory.opened("INC-1", T0, Priority.P2).events()).getLeft();
    assertThat(down.code()).isEqualTo(RejectionCode.PORT_FAILURE);
    Rejection refused = SlaSelector.fromCatalogue(t -> Either.<Rejection, Catalogue>left(Rejection.of(
        RejectionCode.NOT_AUTHORISED, "no")), directory).select(TicketHistory.opened("INC-1", T0, Priority.P2)
        .events()).getLeft();
    assertThat(refused.code()).isEqualTo(RejectionCode.NOT_AUTHORISED);
  }

  @Test
  void the_monitor_delivers_the_alarms_of_the_selected_levels() {
    RecordingSlaAlarmSink sink = new RecordingSlaAlarmSink();
    SlaMonitor monitor = SlaMonitor.of(selector, new InMemorySlaAlarmLedger(), sink);
    TicketHistory h = TicketHistory.opened("INC-1", T0, Priority.P2, TicketKind.INCIDENT, mail("gold", null));
    var result = monitor.evaluate(h.events(), T0.plus(Duration.ofHours(5))).get();
    assertThat(sink.received().map(c -> c.definition().value() + "@" + c.percent()).distinct())
        .contains("gold-fix@100", "respond@100").doesNotContain("silver-fix@50");
    assertThat(result.delivered()).isEqualTo(sink.received());
    assertThat(monitor.selector()).isSameAs(selector);
  }

  @Test
  void the_directory_refuses_one_id_for_two_definitions_and_stays_as_it_was() {
    SlaDefinition other = SlaDefinition.resolution().id(SlaId.of("silver-fix"))
        .goals(HashMap.of(Priority.P2, Duration.ofHours(1))).build();
    assertThatThrownBy(() -> directory.define(ACME, ServiceLevelId.of("bronze"), other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("definitions of level bronze: the id silver-fix names a different definition of level silver "
            + "in tenant acme");
    assertThat(directory.definitions(ACME, ServiceLevelId.of("bronze"))).isEmpty();
    assertThatThrownBy(() -> directory.define(ACME, SILVER, SILVER_FIX, SILVER_FIX))
        .hasMessageContaining("appears twice");
    directory.define(ACME, ServiceLevelId.of("bronze"), SILVER_FIX);
    assertThat(directory.definitions(ACME, ServiceLevelId.of("bronze")).get()).containsExactly(SILVER_FIX);
    directory.agree(ACME, CustomerId.of("contoso"), ServiceId.of("mail"));
    assertThat(directory.agreed(ACME, CustomerId.of("contoso"), ServiceId.of("mail"))).isEmpty();
    assertThat(directory.definitions(TenantId.of("other"), SILVER)).isEmpty();
    assertThatThrownBy(() -> directory.agree(ACME, CustomerId.of("contoso"), ServiceId.of("mail"),
        (ServiceLevelId) null)).isInstanceOf(NullPointerException.class).hasMessage("a level must not be null");
  }

  @Test
  void a_selection_refuses_two_candidates_with_one_id() {
    assertThatThrownBy(() -> SlaSelection.all(List.of(SILVER_FIX, SILVER_FIX)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("candidates: the id silver-fix names two definitions");
    assertThat(SlaSelection.all(List.of(SILVER_FIX, GOLD_FIX))).hasToString("SlaSelection[silver-fix, gold-fix]");
  }
}
