package io.itsm4j.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.itsm4j.core.Actor;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.TextPolicy;
import io.itsm4j.core.Violation;
import io.itsm4j.core.approval.ApprovalPolicy;
import io.itsm4j.core.approval.ApprovalRule;
import io.itsm4j.core.approval.ApprovalStage;
import io.itsm4j.core.change.ApprovalMatrix;
import io.itsm4j.core.contract.HostileStrings;
import io.itsm4j.core.ticket.ChangeType;
import io.itsm4j.core.ticket.RiskLevel;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A configuration fuzzer for catalogues and approval matrices. Random catalogue commands (hostile names, shared
 * offering ids, relationships to nowhere) are each refused with every violation at a place of its own, or accepted
 * into a catalogue whose invariants hold; random approval matrices either fail fast the documented way or answer
 * every change type and risk with the policy last set for it. No call takes more than a second.
 */
class CatalogueFuzzProperties {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Duration A_SECOND = Duration.ofSeconds(1);

  @Provide
  Arbitrary<String> ids() {
    return Arbitraries.oneOf(Arbitraries.of("mail", "web", "db-1", "db-2", "gold", "silver"),
        Arbitraries.of("bad id!", "x".repeat(65)));
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.oneOf(Arbitraries.of("Mail", "Web shop", "Database"), HostileStrings.mixed(8));
  }

  @Provide
  Arbitrary<List<Object[]>> scripts() {
    Arbitrary<Object[]> service = Combinators.combine(ids(), names(), ids().list().ofMaxSize(2))
        .as((id, name, offerings) -> new Object[] {"service", id, name, offerings});
    Arbitrary<Object[]> ci = Combinators.combine(ids(), names(), ids())
        .as((id, name, type) -> new Object[] {"ci", id, name, type});
    Arbitrary<Object[]> relate = Combinators.combine(ids(), Arbitraries.of("depends-on", "runs-on", "no-such-kind"),
        ids()).as((from, kind, to) -> new Object[] {"relate", from, kind, to});
    return Arbitraries.oneOf(service, ci, relate).list().ofMaxSize(12);
  }

  @Property(tries = 400)
  void catalogue_commands_are_refused_at_places_of_their_own_or_leave_a_sound_catalogue(
      @ForAll("scripts") List<Object[]> script) {
    Catalogue catalogue = Catalogue.empty(ACME);
    CatalogueContext ctx = new CatalogueContext(ACME, Actor.of("olivia"), "k", Instant.parse("2026-03-02T09:00:00Z"));
    for (Object[] step : script) {
      Option<CatalogueCommand> command = command(step);
      if (command.isEmpty()) {
        continue; // a malformed id, refused by its value type when made (tier 1)
      }
      Catalogue before = catalogue;
      Either<Rejection, Seq<CatalogueEvent>> decided = assertTimeoutPreemptively(A_SECOND,
          () -> CatalogueDecider.decide(ctx, command.get(), before));
      if (decided.isLeft()) {
        Seq<Violation> v = decided.getLeft().violations();
        assertThat(v.map(x -> x.field() + " " + x.code()).distinct()).hasSize(v.size());
        v.forEach(x -> assertThat(TextPolicy.allows(x.message(), TextPolicy.Form.LINE)).as(x.message()).isTrue());
        assertThat(decided.getLeft().message()).hasSizeLessThan(2000);
        continue;
      }
      catalogue = CatalogueDecider.replay(before, decided.get());
      assertSound(catalogue);
    }
  }

  private static Option<CatalogueCommand> command(Object[] step) {
    try {
      switch ((String) step[0]) {
        case "service": {
          @SuppressWarnings("unchecked")
          List<String> offerings = (List<String>) step[3];
          LinkedHashMap<OfferingId, Offering> byId = LinkedHashMap.empty();
          for (String o : offerings) {
            byId = byId.put(OfferingId.of(o), Offering.of(o, "Offering " + o));
          }
          return Option.some(new CatalogueCommand.DefineService(Service.builder().id(ServiceId.of((String) step[1]))
              .name((String) step[2]).kind(ServiceKind.BUSINESS).owner(ActorId.of("olivia")).offerings(byId)
              .build()));
        }
        case "ci":
          return Option.some(new CatalogueCommand.RegisterCi(ConfigurationItem.builder()
              .id(ConfigurationItemId.of((String) step[1])).name((String) step[2]).type((String) step[3]).build()));
        default:
          return Option.some(new CatalogueCommand.Relate(Node.of(ConfigurationItemId.of((String) step[1])),
              (String) step[2], Node.of(ConfigurationItemId.of((String) step[3]))));
      }
    } catch (IllegalArgumentException malformed) {
      assertThat(malformed.getMessage()).hasSizeLessThan(1000);
      return Option.none();
    }
  }

  private static void assertSound(Catalogue c) {
    Map<OfferingId, ServiceId> offeredBy = new HashMap<>();
    for (Service s : c.services().values()) {
      assertThat(TextPolicy.allows(s.name(), TextPolicy.Form.LINE)).isTrue();
      for (OfferingId o : s.offerings().keySet()) {
        assertThat(offeredBy.put(o, s.id())).as("offering %s is offered once in the tenant", o).isNull();
      }
    }
    for (ConfigurationItem ci : c.configurationItems().values()) {
      assertThat(TextPolicy.allows(ci.name(), TextPolicy.Form.LINE)).isTrue();
    }
    for (Relationship r : c.relationships()) {
      assertThat(exists(c, r.source()) && exists(c, r.target())).as("both ends of %s exist", r).isTrue();
    }
  }

  private static boolean exists(Catalogue c, Node n) {
    return n instanceof Node.CiNode ci ? c.configurationItem(ci.id()).isDefined()
        : c.service(((Node.ServiceNode) n).id()).isDefined();
  }

  @Provide
  Arbitrary<List<Object[]>> matrixSteps() {
    Arbitrary<ApprovalRule> rules = Arbitraries.of(ApprovalRule.anyOne(), ApprovalRule.all());
    Arbitrary<Object[]> step = Combinators.combine(Arbitraries.of(ChangeType.class), Arbitraries.of(RiskLevel.class),
        Arbitraries.of("cab", "technical", "bad stage!", "cab"), Arbitraries.oneOf(rules.map(r -> (Object) r),
            Arbitraries.of(-1, 0, 1, 3, Integer.MAX_VALUE).map(n -> (Object) n)))
        .as((type, risk, stage, rule) -> new Object[] {type, risk, stage, rule});
    return step.list().ofMaxSize(8);
  }

  @Property(tries = 300)
  void an_approval_matrix_answers_with_the_policy_last_set_or_fails_fast_as_documented(
      @ForAll("matrixSteps") List<Object[]> steps) {
    ApprovalMatrix m = ApprovalMatrix.empty();
    Map<String, ApprovalPolicy> expected = new HashMap<>();
    for (Object[] s : steps) {
      ChangeType type = (ChangeType) s[0];
      RiskLevel risk = (RiskLevel) s[1];
      try {
        ApprovalRule rule = s[3] instanceof ApprovalRule r ? r : ApprovalRule.quorum((Integer) s[3]);
        ApprovalPolicy policy = ApprovalPolicy.of(ApprovalStage.of((String) s[2], GroupId.of("cab"), rule));
        m = m.with(type, risk, policy);
        expected.put(type + "/" + risk, policy);
      } catch (IllegalArgumentException documented) {
        assertThat(documented.getMessage()).hasSizeLessThan(1000);
      }
    }
    for (ChangeType type : ChangeType.values()) {
      for (RiskLevel risk : RiskLevel.values()) {
        assertThat(m.policyFor(type, Option.some(risk)).getOrNull()).as("%s %s", type, risk)
            .isEqualTo(expected.get(type + "/" + risk));
      }
    }
    assertThat(new ArrayList<>(expected.keySet())).noneMatch(k -> k.startsWith("STANDARD"));
  }
}
