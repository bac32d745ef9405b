package io.itsm4j.core.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.Actor;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.application.CatalogueService;
import io.itsm4j.core.change.ConfigurationDependencies;
import io.vavr.collection.Set;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The catalogue as the configuration graph of change enablement: an item depends on exactly the items whose outage
 * reaches it, by the relationship kinds' rules, as a brute-force fixpoint over the same relationships says; and the
 * live view follows the catalogue as it changes.
 */
class CatalogueDependenciesProperties {
  private static final TenantId ACME = TenantId.of("acme");
  private static final Actor OWNER = Actor.of("olivia");
  private static final int ITEMS = 6;

  @Provide
  Arbitrary<List<Relationship>> graphs() {
    Arbitrary<Node> nodes = Arbitraries.integers().between(0, ITEMS - 1)
        .map(i -> Node.of(ConfigurationItemId.of("ci-" + i)));
    return Combinators.combine(nodes, Arbitraries.of(RelationshipType.class), nodes)
        .as(Relationship::new).list().ofMaxSize(12);
  }

  @Property(tries = 300)
  void an_item_depends_on_exactly_what_a_brute_force_fixpoint_says(@ForAll("graphs") List<Relationship> graph) {
    CatalogueService service = CatalogueService.builder().build();
    for (int i = 0; i < ITEMS; i++) {
      service.execute(ACME, OWNER, "ci-" + i, new CatalogueCommand.RegisterCi(
          ConfigurationItem.of("ci-" + i, "Item " + i, "server"))).get();
    }
    List<Relationship> kept = new ArrayList<>();
    int k = 0;
    for (Relationship r : graph) {
      if (service.execute(ACME, OWNER, "rel-" + k++, new CatalogueCommand.Relate(r.source(), r.type().label(),
          r.target())).isRight()) {
        kept.add(r);
      }
    }
    ConfigurationDependencies live = service.configurationDependencies(ACME);
    ConfigurationDependencies snapshot = ConfigurationDependencies.fromCatalogue(service.catalogue(ACME).get());
    for (int i = 0; i < ITEMS; i++) {
      ConfigurationItemId item = ConfigurationItemId.of("ci-" + i);
      java.util.Set<ConfigurationItemId> expected = bruteForce(kept, item);
      assertThat(without(snapshot.dependenciesOf(item), item)).as("%s", item).isEqualTo(expected);
      assertThat(without(live.dependenciesOf(item), item)).isEqualTo(expected);
    }
  }

  /** What an outage reaches, by repeating "the outage of y affects x" until nothing changes. */
  private static java.util.Set<ConfigurationItemId> bruteForce(List<Relationship> graph, ConfigurationItemId item) {
    java.util.Set<ConfigurationItemId> deps = new HashSet<>();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Relationship r : graph) {
        ConfigurationItemId s = ((Node.CiNode) r.source()).id();
        ConfigurationItemId t = ((Node.CiNode) r.target()).id();
        boolean fromItem = s.equals(item) || deps.contains(s);
        boolean toItem = t.equals(item) || deps.contains(t);
        if (r.type().targetOutageAffectsSource() && fromItem) {
          changed |= deps.add(t);
        }
        if (r.type().sourceOutageAffectsTarget() && toItem) {
          changed |= deps.add(s);
        }
      }
    }
    deps.remove(item);
    return deps;
  }

  private static java.util.Set<ConfigurationItemId> without(Set<ConfigurationItemId> set, ConfigurationItemId item) {
    java.util.Set<ConfigurationItemId> out = new HashSet<>(set.toJavaSet());
    out.remove(item);
    return out;
  }

  @Test
  void the_live_view_follows_the_catalogue() {
    CatalogueService service = CatalogueService.builder().build();
    service.execute(ACME, OWNER, "k1", new CatalogueCommand.RegisterCi(ConfigurationItem.of("app", "App", "app")))
        .get();
    service.execute(ACME, OWNER, "k2", new CatalogueCommand.RegisterCi(ConfigurationItem.of("db", "DB", "db"))).get();
    ConfigurationDependencies live = service.configurationDependencies(ACME);
    assertThat(live.dependenciesOf(ConfigurationItemId.of("app"))).isEmpty();
    service.execute(ACME, OWNER, "k3", new CatalogueCommand.Relate(Node.of(ConfigurationItemId.of("app")),
        "depends-on", Node.of(ConfigurationItemId.of("db")))).get();
    assertThat(live.dependenciesOf(ConfigurationItemId.of("app"))).containsExactly(ConfigurationItemId.of("db"));
    assertThat(live.dependenciesOf(ConfigurationItemId.of("unknown"))).isEmpty();
  }
}
