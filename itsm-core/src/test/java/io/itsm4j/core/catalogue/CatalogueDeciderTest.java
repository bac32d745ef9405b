package io.itsm4j.core.catalogue;

import static io.itsm4j.core.catalogue.Fixtures.TENANT;
import static io.itsm4j.core.catalogue.Fixtures.apply;
import static io.itsm4j.core.catalogue.Fixtures.applyAll;
import static io.itsm4j.core.catalogue.Fixtures.ci;
import static io.itsm4j.core.catalogue.Fixtures.decide;
import static io.itsm4j.core.catalogue.Fixtures.defineService;
import static io.itsm4j.core.catalogue.Fixtures.registerCi;
import static io.itsm4j.core.catalogue.Fixtures.relate;
import static io.itsm4j.core.catalogue.Fixtures.svc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itsm4j.core.ActorId;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.Violation;
import io.itsm4j.core.application.ImpactAnalyzer;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;

/** The catalogue's rules as scenarios (ISO/IEC 20000-1 8.2.4-8.2.6), and the typed refusal of bad input. */
class CatalogueDeciderTest {
  private final Catalogue empty = Catalogue.empty(TENANT);

  private static Rejection refused(Catalogue c, CatalogueCommand command) {
    var d = decide(c, command);
    assertThat(d.isLeft()).as("%s is refused", command).isTrue();
    return d.getLeft();
  }

  private static Seq<String> fields(Rejection r) {
    return r.violations().map(Violation::field);
  }

  @Test
  void aServiceIdIsUniqueWithinTheTenant() {
    Catalogue c = apply(empty, defineService("mail", Lifecycle.LIVE));
    Rejection r = refused(c, defineService("mail", Lifecycle.PIPELINE));
    assertThat(r.code()).isEqualTo(RejectionCode.ALREADY_EXISTS);
    assertThat(r.violations()).containsExactly(Violation.of("service.id", Violation.DUPLICATE,
        "service mail exists already"));
  }

  @Test
  void aConfigurationItemIdIsUniqueWithinTheTenant() {
    Catalogue c = apply(empty, registerCi("db-1"));
    Rejection r = refused(c, registerCi("db-1"));
    assertThat(r.code()).isEqualTo(RejectionCode.ALREADY_EXISTS);
    assertThat(fields(r)).containsExactly("item.id");
    assertThat(r.violations().head().code()).isEqualTo(Violation.DUPLICATE);
  }

  @Test
  void aRelationshipToAnUnknownItemIsRefusedNamingEachUnknownEnd() {
    Catalogue c = apply(empty, registerCi("app-1"));
    Rejection oneEnd = refused(c, relate(ci("app-1"), RelationshipType.RUNS_ON, ci("host-9")));
    assertThat(oneEnd.code()).isEqualTo(RejectionCode.NOT_FOUND);
    assertThat(oneEnd.violations()).extracting(Violation::field, Violation::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("target", Violation.UNKNOWN));
    Rejection both = refused(c, relate(ci("nope"), RelationshipType.RUNS_ON, ci("host-9")));
    assertThat(fields(both)).containsExactly("source", "target");
  }

  @Test
  void aRelationshipTypeTheModelDoesNotKnowIsInvalidAndEveryOtherProblemIsListedToo() {
    Catalogue c = apply(empty, registerCi("app-1"));
    Rejection r = refused(c, new CatalogueCommand.Relate(ci("app-1"), "powers", ci("ghost")));
    assertThat(r.code()).isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(r.violations()).extracting(Violation::field, Violation::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple("kind", Violation.UNKNOWN),
        org.assertj.core.groups.Tuple.tuple("target", Violation.UNKNOWN));
    assertThat(r.violations().head().message()).contains("powers").contains("depends-on");
  }

  @Test
  void relationshipTypesAreReadFromLabelsOrConstantNames() {
    Catalogue c = applyAll(empty, List.of(registerCi("app-1"), registerCi("host-1")));
    Catalogue related = apply(c, new CatalogueCommand.Relate(ci("app-1"), "RUNS_ON", ci("host-1")));
    assertThat(related.relationships()).containsExactly(new Relationship(ci("app-1"), RelationshipType.RUNS_ON,
        ci("host-1")));
    Rejection again = refused(related, new CatalogueCommand.Relate(ci("app-1"), "runs-on", ci("host-1")));
    assertThat(again.code()).isEqualTo(RejectionCode.ALREADY_EXISTS);
  }

  @Test
  void aServiceTakesPartInDependsOnRelationshipsOnly() {
    Catalogue c = applyAll(empty, List.of(defineService("mail", Lifecycle.LIVE), registerCi("host-1")));
    Rejection r = refused(c, relate(svc("mail"), RelationshipType.RUNS_ON, ci("host-1")));
    assertThat(r.code()).isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(fields(r)).containsExactly("kind");
    assertThat(apply(c, relate(svc("mail"), RelationshipType.DEPENDS_ON, ci("host-1"))).relationships()).hasSize(1);
  }

  @Test
  void aServiceThatLiveServicesDependOnCannotRetire() {
    Catalogue c = applyAll(empty, List.of(defineService("dns", Lifecycle.LIVE), defineService("mail", Lifecycle.LIVE),
        defineService("web", Lifecycle.LIVE), defineService("old", Lifecycle.PIPELINE),
        relate(svc("mail"), RelationshipType.DEPENDS_ON, svc("dns")),
        relate(svc("web"), RelationshipType.DEPENDS_ON, svc("dns")),
        relate(svc("old"), RelationshipType.DEPENDS_ON, svc("dns"))));
    Rejection r = refused(c, new CatalogueCommand.ChangeLifecycle(ServiceId.of("dns"), Lifecycle.RETIRED));
    assertThat(r.code()).isEqualTo(RejectionCode.RULE_VIOLATED);
    assertThat(r.message()).contains("mail, web").doesNotContain("old");

    Catalogue dependentsGone = applyAll(c, List.of(
        new CatalogueCommand.ChangeLifecycle(ServiceId.of("mail"), Lifecycle.RETIRED),
        new CatalogueCommand.ChangeLifecycle(ServiceId.of("web"), Lifecycle.RETIRED),
        new CatalogueCommand.ChangeLifecycle(ServiceId.of("dns"), Lifecycle.RETIRED)));
    assertThat(dependentsGone.service(ServiceId.of("dns")).get().lifecycle()).isEqualTo(Lifecycle.RETIRED);
  }

  @Test
  void servicesMoveForwardOnlyAndNeverLiveOnARetiredDependency() {
    Catalogue c = applyAll(empty, List.of(defineService("legacy", Lifecycle.LIVE), defineService("new", Lifecycle.PIPELINE),
        relate(svc("new"), RelationshipType.DEPENDS_ON, svc("legacy")),
        new CatalogueCommand.ChangeLifecycle(ServiceId.of("legacy"), Lifecycle.RETIRED)));
    assertThat(refused(c, new CatalogueCommand.ChangeLifecycle(ServiceId.of("legacy"), Lifecycle.LIVE)).code())
        .isEqualTo(RejectionCode.RULE_VIOLATED);
    assertThat(refused(c, new CatalogueCommand.ChangeLifecycle(ServiceId.of("legacy"), Lifecycle.RETIRED)).code())
        .isEqualTo(RejectionCode.NO_CHANGE);
    Rejection golive = refused(c, new CatalogueCommand.ChangeLifecycle(ServiceId.of("new"), Lifecycle.LIVE));
    assertThat(golive.code()).isEqualTo(RejectionCode.RULE_VIOLATED);
    assertThat(golive.message()).contains("legacy");

    Catalogue live = applyAll(empty, List.of(defineService("a", Lifecycle.LIVE), defineService("b", Lifecycle.LIVE),
        new CatalogueCommand.ChangeLifecycle(ServiceId.of("b"), Lifecycle.RETIRED)));
    assertThat(refused(live, relate(svc("a"), RelationshipType.DEPENDS_ON, svc("b"))).code())
        .isEqualTo(RejectionCode.RULE_VIOLATED);
  }

  @Test
  void aNewServiceCannotStartRetiredAndARevisionCannotMoveTheLifecycle() {
    Rejection born = refused(empty, new CatalogueCommand.DefineService(
        ImmutableService.copyOf(Fixtures.service("x", Lifecycle.RETIRED)).withName(" ")));
    assertThat(born.code()).isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(fields(born)).containsExactly("service.name", "service.lifecycle");

    Catalogue c = apply(empty, defineService("mail", Lifecycle.PIPELINE));
    Rejection revised = refused(c, new CatalogueCommand.ReviseService(Fixtures.service("mail", Lifecycle.LIVE)));
    assertThat(fields(revised)).containsExactly("service.lifecycle");
    assertThat(refused(c, new CatalogueCommand.ReviseService(Fixtures.service("mail", Lifecycle.PIPELINE))).code())
        .isEqualTo(RejectionCode.NO_CHANGE);
  }

  @Test
  void aRequestItemDefinitionIsCheckedAsAWholeListingEveryProblem() {
    RequestItem bad = RequestItem.builder().id(CatalogueItemId.of("laptop")).name("")
        .service(ServiceId.of("workplace"))
        .fields(List.of(FormField.required("model", FieldType.TEXT).allowing("A", "B"),
            FormField.optional("model", FieldType.DATE),
            FormField.required("ram", FieldType.INTEGER).allowing("16", "lots"),
            FormField.optional("bad name", FieldType.TEXT)))
        .build();
    Rejection r = refused(empty, new CatalogueCommand.DefineItem(bad));
    assertThat(r.code()).isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(fields(r)).containsExactly("item.name", "item.fields[1].name", "item.fields[2].allowedValues",
        "item.fields[3].name", "item.service");
    assertThat(r.violations().last().code()).isEqualTo(Violation.UNKNOWN);
  }

  @Test
  void aRetiredServiceOffersNoNewItemsAndAWithdrawnItemIsGone() {
    Catalogue c = applyAll(empty, List.of(defineService("workplace", Lifecycle.LIVE), new CatalogueCommand.DefineItem(
        laptop())));
    assertThat(c.item(CatalogueItemId.of("laptop"))).isNotEmpty();
    assertThat(c.item(CatalogueItemId.of("laptop")).get().approvalRequired()).isTrue();
    Catalogue withdrawn = apply(c, new CatalogueCommand.WithdrawItem(CatalogueItemId.of("laptop")));
    assertThat(withdrawn.item(CatalogueItemId.of("laptop"))).isEmpty();
    assertThat(refused(withdrawn, new CatalogueCommand.WithdrawItem(CatalogueItemId.of("laptop"))).code())
        .isEqualTo(RejectionCode.NOT_FOUND);

    Catalogue retired = apply(withdrawn, new CatalogueCommand.ChangeLifecycle(ServiceId.of("workplace"),
        Lifecycle.RETIRED));
    assertThat(refused(retired, new CatalogueCommand.DefineItem(laptop())).code())
        .isEqualTo(RejectionCode.RULE_VIOLATED);
  }

  @Test
  void everyChangeIsAnEventWithTenantVersionTimeAndActorAndTheCatalogueIsTheirFold() {
    java.util.List<CatalogueEvent> history = new java.util.ArrayList<>();
    Catalogue c = empty;
    for (CatalogueCommand cmd : List.of(defineService("mail", Lifecycle.LIVE), registerCi("mx-1"),
        relate(svc("mail"), RelationshipType.DEPENDS_ON, ci("mx-1")),
        new CatalogueCommand.UpdateCi(ConfigurationItem.builder().id(ConfigurationItemId.of("mx-1")).name("MX 1")
            .type("server").status(CiStatus.MAINTENANCE).attributes(LinkedHashMap.of("rack", "B4")).build()))) {
      Seq<CatalogueEvent> events = decide(c, cmd).get();
      assertThat(events).hasSize(1);
      CatalogueEvent e = events.head();
      assertThat(e.tenant()).isEqualTo(TENANT);
      assertThat(e.version()).isEqualTo(c.version() + 1);
      assertThat(e.actor()).isEqualTo(Fixtures.MANAGER.id());
      assertThat(e.occurredAt()).isEqualTo(Fixtures.T0.plusSeconds(c.version()));
      history.add(e);
      c = CatalogueDecider.evolve(c, e);
    }
    Catalogue replayed = CatalogueDecider.replay(TENANT, history);
    assertThat(replayed.version()).isEqualTo(4);
    assertThat(replayed.services()).isEqualTo(c.services());
    assertThat(replayed.configurationItems()).isEqualTo(c.configurationItems());
    assertThat(replayed.relationships()).isEqualTo(c.relationships());
    assertThat(history.get(3)).isInstanceOfSatisfying(CatalogueEvent.CiUpdated.class, u -> {
      assertThat(u.before().status()).isEqualTo(CiStatus.ACTIVE);
      assertThat(u.after().status()).isEqualTo(CiStatus.MAINTENANCE);
    });
    assertThatThrownBy(() -> CatalogueDecider.evolve(replayed, history.get(0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not follow");
  }

  @Test
  void onlyGraphChangesTouchTheImpactIndexAndOnlyNewNodesRecompileIt() {
    ImpactAnalyzer analyzer = ImpactAnalyzer.create();
    Catalogue c = applyAll(empty, List.of(defineService("mail", Lifecycle.LIVE, "sales"), registerCi("mx-1"),
        relate(svc("mail"), RelationshipType.DEPENDS_ON, ci("mx-1"))));
    assertThat(analyzer.outage(c, List.of(ConfigurationItemId.of("mx-1"))).get().services())
        .containsExactly(ServiceId.of("mail"));
    long graph = c.graphVersion();

    Catalogue renamed = applyAll(c, List.of(
        new CatalogueCommand.ReviseService(ImmutableService.copyOf(Fixtures.service("mail", Lifecycle.LIVE, "sales"))
            .withName("Corporate mail")),
        new CatalogueCommand.UpdateCi(ConfigurationItem.of("mx-1", "Mail exchanger", "server"))));
    assertThat(renamed.graphVersion()).isEqualTo(graph);
    assertThat(analyzer.outage(renamed, List.of(ConfigurationItemId.of("mx-1"))).get().customers())
        .containsExactly(CustomerId.of("sales"));
    assertThat(analyzer.compilations()).isEqualTo(1);

    Catalogue newCustomer = apply(renamed, new CatalogueCommand.ReviseService(
        Fixtures.service("mail", Lifecycle.LIVE, "sales", "finance")));
    assertThat(newCustomer.graphVersion()).isEqualTo(newCustomer.version());
    assertThat(analyzer.outage(newCustomer, List.of(ConfigurationItemId.of("mx-1"))).get().customers())
        .containsExactly(CustomerId.of("finance"), CustomerId.of("sales"));
    assertThat(analyzer.compilations()).isEqualTo(1);
    assertThat(analyzer.patches()).isEqualTo(1);

    Catalogue grown = applyAll(newCustomer, List.of(registerCi("mx-2"),
        relate(svc("mail"), RelationshipType.DEPENDS_ON, ci("mx-2"))));
    assertThat(analyzer.outage(grown, List.of(ConfigurationItemId.of("mx-2"))).get().services())
        .containsExactly(ServiceId.of("mail"));
    assertThat(analyzer.compilations()).isEqualTo(2);
    Catalogue unrelated = apply(grown, CatalogueCommand.Unrelate.of(new Relationship(svc("mail"), RelationshipType.DEPENDS_ON, ci("mx-1"))));
    assertThat(analyzer.outage(unrelated, List.of(ConfigurationItemId.of("mx-1"))).get().affectsNoService()).isTrue();
    assertThat(analyzer.compilations()).isEqualTo(2);
    assertThat(analyzer.patches()).isEqualTo(2);
  }

  @Test
  void aCustomersServiceLevelsAreTheServicesOwnPlusThoseOfItsOffering() {
    Service mail = Service.builder().from(Fixtures.service("mail", Lifecycle.LIVE))
        .serviceLevels(io.vavr.collection.LinkedHashSet.of(ServiceLevelId.of("ola-mail-ops")))
        .offerings(LinkedHashMap.of(OfferingId.of("gold"), Offering.of("gold", "Gold", ServiceLevelId.of("sla-gold")),
            OfferingId.of("silver"), Offering.of("silver", "Silver", ServiceLevelId.of("sla-silver"))))
        .build();
    assertThat(mail.serviceLevelsFor(io.vavr.control.Option.some(OfferingId.of("gold"))))
        .containsExactly(ServiceLevelId.of("ola-mail-ops"), ServiceLevelId.of("sla-gold"));
    assertThat(mail.serviceLevelsFor(io.vavr.control.Option.none())).containsExactly(ServiceLevelId.of("ola-mail-ops"));
    assertThat(mail.serviceLevelsFor(io.vavr.control.Option.some(OfferingId.of("bronze"))))
        .containsExactly(ServiceLevelId.of("ola-mail-ops"));
    Rejection blankOffering = refused(empty, new CatalogueCommand.DefineService(Service.builder().from(mail)
        .offerings(LinkedHashMap.of(OfferingId.of("gold"), Offering.of("gold", " "))).build()));
    assertThat(fields(blankOffering)).containsExactly("service.offerings.gold.name");
  }

  @Test
  void programmerErrorsFailFastNamingTheArgument() {
    assertThatThrownBy(() -> CatalogueDecider.decide(Fixtures.ctx(empty), null, empty))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("command");
    assertThatThrownBy(() -> ServiceId.of("no spaces")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("service");
    assertThatThrownBy(() -> Service.builder().id(ServiceId.of("x")).name("X").kind(ServiceKind.TECHNICAL)
        .owner(ActorId.of("o")).offerings(LinkedHashMap.of(OfferingId.of("gold"), Offering.of("silver", "Silver")))
        .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("offerings");
    assertThatThrownBy(() -> CatalogueDecider.decide(Fixtures.ctx(Catalogue.empty(io.itsm4j.core.TenantId.of("other"))),
        registerCi("x"), empty)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tenant");
  }

  static RequestItem laptop() {
    return RequestItem.builder().id(CatalogueItemId.of("laptop")).name("New laptop")
        .service(ServiceId.of("workplace"))
        .fields(List.of(FormField.required("model", FieldType.TEXT).allowing("standard", "developer"),
            FormField.required("needed-by", FieldType.DATE), FormField.optional("ram-gb", FieldType.INTEGER)))
        .approvers(List.of(Approver.role("line-manager")))
        .fulfilmentTasks(List.of(FulfilmentTask.of("Image and ship the laptop", GroupId.of("workshop"))))
        .build();
  }
}
