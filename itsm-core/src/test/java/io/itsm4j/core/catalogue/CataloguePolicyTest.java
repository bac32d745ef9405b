package io.itsm4j.core.catalogue;

import static io.itsm4j.core.catalogue.Fixtures.MANAGER;
import static io.itsm4j.core.catalogue.Fixtures.TENANT;
import static io.itsm4j.core.catalogue.Fixtures.ci;
import static io.itsm4j.core.catalogue.Fixtures.registerCi;
import static io.itsm4j.core.catalogue.Fixtures.relate;
import static io.itsm4j.core.catalogue.Fixtures.svc;
import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.Actor;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.Violation;
import io.itsm4j.core.application.CataloguePolicy;
import io.itsm4j.core.application.CatalogueService;
import io.itsm4j.core.application.CommandResult;
import io.itsm4j.core.application.ServiceDesk;
import io.itsm4j.core.memory.InMemoryTicketStore;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketSubject;
import io.itsm4j.core.ticket.Urgency;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.control.Either;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The catalogue's rules for tickets, enforced by the service desk through the {@link CataloguePolicy}. */
class CataloguePolicyTest {
  private static final Actor AGENT = Actor.of("agent-1", "agent");
  private final CatalogueService catalogue = CatalogueService.builder().build();
  private final InMemoryTicketStore tickets = new InMemoryTicketStore();
  private ServiceDesk desk;
  private int keys;

  @BeforeEach
  void estate() {
    Service mail = Service.builder().from(Fixtures.service("mail", Lifecycle.LIVE, "sales"))
        .offerings(LinkedHashMap.of(OfferingId.of("gold"), Offering.of("gold", "Gold support",
            ServiceLevelId.of("sla-gold")))).build();
    for (CatalogueCommand c : List.of(new CatalogueCommand.DefineService(mail),
        Fixtures.defineService("fax", Lifecycle.LIVE), Fixtures.defineService("workplace", Lifecycle.LIVE),
        registerCi("mx-1"), relate(svc("mail"), RelationshipType.DEPENDS_ON, ci("mx-1")),
        new CatalogueCommand.DefineItem(CatalogueDeciderTest.laptop()),
        new CatalogueCommand.ChangeLifecycle(ServiceId.of("fax"), Lifecycle.RETIRED))) {
      assertThat(catalogue.execute(TENANT, MANAGER, "c" + keys++, c).isRight()).isTrue();
    }
    desk = ServiceDesk.builder().ticketStore(tickets).policy(CataloguePolicy.of(catalogue)).build();
  }

  private Either<Rejection, CommandResult> open(TicketCommand.Open command) {
    return desk.open(TENANT, AGENT, "t" + keys++, command);
  }

  private static TicketCommand.Open incidentOn(TicketSubject subject) {
    return TicketCommand.Open.incident("Mail is down", Impact.HIGH, Urgency.HIGH).withSubject(subject);
  }

  private static TicketCommand.Open laptopRequest() {
    return TicketCommand.Open.serviceRequest("Laptop for a new starter", Impact.LOW, Urgency.MEDIUM)
        .withSubject(TicketSubject.none().withService(ServiceId.of("workplace"))
            .withCatalogueItem(CatalogueItemId.of("laptop")));
  }

  @Test
  void anIncidentOnARetiredServiceIsRefusedAndNothingIsStored() {
    Rejection r = open(incidentOn(TicketSubject.none().withService(ServiceId.of("fax")))).getLeft();
    assertThat(r.code()).isEqualTo(RejectionCode.RULE_VIOLATED);
    assertThat(r.message()).contains("fax").contains("retired");
    assertThat(tickets.ticketIds(TENANT)).isEmpty();
  }

  @Test
  void anIncidentOnALiveServiceWithItsOfferingAndKnownItemsIsOpened() {
    CommandResult r = open(incidentOn(TicketSubject.none().withService(ServiceId.of("mail"))
        .withOffering(OfferingId.of("gold")).withConfigurationItem(ConfigurationItemId.of("mx-1")))).get();
    assertThat(r.ticket().subject().offering()).contains(OfferingId.of("gold"));
  }

  @Test
  void unknownReferencesAreAllNamedAtOnce() {
    Rejection r = open(incidentOn(TicketSubject.none().withService(ServiceId.of("ghost"))
        .withConfigurationItem(ConfigurationItemId.of("mx-1")).withConfigurationItem(ConfigurationItemId.of("mx-9"))
        .withConfigurationItem(ConfigurationItemId.of("mx-10")))).getLeft();
    assertThat(r.code()).isEqualTo(RejectionCode.NOT_FOUND);
    assertThat(r.violations().map(Violation::field)).containsExactly("subject.service",
        "subject.configurationItems", "subject.configurationItems");
    assertThat(r.violations().map(Violation::message).mkString()).contains("mx-9").contains("mx-10")
        .doesNotContain("mx-1 ");
  }

  @Test
  void theOfferingMustBelongToTheService() {
    Rejection other = open(incidentOn(TicketSubject.none().withService(ServiceId.of("workplace"))
        .withOffering(OfferingId.of("gold")))).getLeft();
    assertThat(other.violations()).extracting(Violation::field, Violation::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("subject.offering", Violation.UNKNOWN));
    Rejection orphan = open(incidentOn(TicketSubject.none().withOffering(OfferingId.of("gold")))).getLeft();
    assertThat(orphan.code()).isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(orphan.violations().map(Violation::field)).containsExactly("subject.offering");
  }

  @Test
  void aServiceRequestForAnUnknownItemIsRefused() {
    Rejection r = open(laptopRequest().withSubject(TicketSubject.none().withCatalogueItem(
        CatalogueItemId.of("yacht")))).getLeft();
    assertThat(r.code()).isEqualTo(RejectionCode.NOT_FOUND);
    assertThat(r.violations().map(Violation::field)).containsExactly("subject.catalogueItem");
  }

  @Test
  void aServiceRequestsFieldsAreCheckedAgainstTheItemsFormAllAtOnce() {
    Rejection r = open(laptopRequest().withField("model", "gaming").withField("ram-gb", "lots")).getLeft();
    assertThat(r.code()).isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(r.violations()).extracting(Violation::field, Violation::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple("fields.model", Violation.INVALID),
        org.assertj.core.groups.Tuple.tuple("fields.needed-by", Violation.REQUIRED),
        org.assertj.core.groups.Tuple.tuple("fields.ram-gb", Violation.INVALID));

    CommandResult ok = open(laptopRequest().withField("model", "developer").withField("needed-by", "2026-12-01")).get();
    Rejection badUpdate = desk.execute(TENANT, AGENT, ok.ticket().id(), "u1",
        TicketCommand.UpdateDetails.nothing().withField("needed-by", "soon")).getLeft();
    assertThat(badUpdate.violations().map(Violation::field)).containsExactly("fields.needed-by");
    Rejection removed = desk.execute(TENANT, AGENT, ok.ticket().id(), "u2",
        TicketCommand.UpdateDetails.nothing().withoutField("model")).getLeft();
    assertThat(removed.violations().map(Violation::field)).containsExactly("fields.model");
    assertThat(desk.execute(TENANT, AGENT, ok.ticket().id(), "u3",
        TicketCommand.UpdateDetails.nothing().withField("ram-gb", "32")).isRight()).isTrue();
  }

  @Test
  void anItemOfAnotherServiceIsRefused() {
    Rejection r = open(laptopRequest().withField("model", "developer").withField("needed-by", "2026-12-01")
        .withSubject(TicketSubject.none().withService(ServiceId.of("mail"))
            .withCatalogueItem(CatalogueItemId.of("laptop")))).getLeft();
    assertThat(r.violations().map(Violation::field)).containsExactly("subject.catalogueItem");
    assertThat(r.code()).isEqualTo(RejectionCode.INVALID_INPUT);
  }

  @Test
  void movingATicketOntoARetiredServiceIsRefusedButATicketWhoseServiceRetiredLaterCanBeWorked() {
    CommandResult t = open(incidentOn(TicketSubject.none().withService(ServiceId.of("workplace")))).get();
    Rejection move = desk.execute(TENANT, AGENT, t.ticket().id(), "m1", TicketCommand.UpdateDetails.nothing()
        .withSubject(TicketSubject.none().withService(ServiceId.of("fax")))).getLeft();
    assertThat(move.code()).isEqualTo(RejectionCode.RULE_VIOLATED);

    assertThat(catalogue.execute(TENANT, MANAGER, "retire-workplace", new CatalogueCommand.ChangeLifecycle(
        ServiceId.of("workplace"), Lifecycle.RETIRED)).isRight()).isTrue();
    assertThat(desk.execute(TENANT, AGENT, t.ticket().id(), "m2",
        TicketCommand.UpdateDetails.nothing().withTitle("Workplace portal is down")).isRight()).isTrue();
    assertThat(open(incidentOn(TicketSubject.none().withService(ServiceId.of("workplace")))).getLeft().code())
        .isEqualTo(RejectionCode.RULE_VIOLATED);
  }

  @Test
  void lookupsStayInsideTheTicketsTenant() {
    Rejection r = desk.open(TenantId.of("globex"), AGENT, "g1",
        incidentOn(TicketSubject.none().withService(ServiceId.of("mail")))).getLeft();
    assertThat(r.code()).isEqualTo(RejectionCode.NOT_FOUND);
  }

  @Test
  void freeFormRequestsPassUnlessItemsAreRequired() {
    TicketCommand.Open freeForm = TicketCommand.Open.serviceRequest("Question about VPN", Impact.LOW, Urgency.LOW);
    assertThat(open(freeForm).isRight()).isTrue();
    ServiceDesk strict = ServiceDesk.builder().policy(CataloguePolicy.of(catalogue).requiringCatalogueItems()).build();
    Rejection r = strict.open(TENANT, AGENT, "s1", freeForm).getLeft();
    assertThat(r.code()).isEqualTo(RejectionCode.FIELD_REQUIRED);
    assertThat(r.violations().map(Violation::field)).containsExactly("subject.catalogueItem");
  }

  @Test
  void aCatalogueThatCannotBeReadRefusesTheCommand() {
    ServiceDesk failing = ServiceDesk.builder().policy(CataloguePolicy.using(tenant -> {
      throw new IllegalStateException("catalogue database unreachable");
    })).build();
    Rejection r = failing.open(TENANT, AGENT, "f1", incidentOn(TicketSubject.none())).getLeft();
    assertThat(r.code()).isEqualTo(RejectionCode.PORT_FAILURE);
    ServiceDesk refusing = ServiceDesk.builder().policy(CataloguePolicy.using(
        tenant -> Either.left(Rejection.of(RejectionCode.NOT_AUTHORISED, "no catalogue access")))).build();
    assertThat(refusing.open(TENANT, AGENT, "f2", incidentOn(TicketSubject.none())).getLeft().code())
        .isEqualTo(RejectionCode.NOT_AUTHORISED);
  }
}
