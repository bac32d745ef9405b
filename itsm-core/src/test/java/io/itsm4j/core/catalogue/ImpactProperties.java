package io.itsm4j.core.catalogue;

import static io.itsm4j.core.catalogue.Fixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.catalogue.impact.AffectedCustomer;
import io.itsm4j.core.catalogue.impact.AffectedService;
import io.itsm4j.core.catalogue.impact.CompiledCatalogue;
import io.itsm4j.core.catalogue.impact.DependencyReport;
import io.itsm4j.core.catalogue.impact.ImpactPath;
import io.itsm4j.core.catalogue.impact.ImpactReport;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Impact analysis on random graphs (cycles, self-loops, parallel relationships of different types) against a
 * brute-force oracle written here from the documented direction semantics.
 */
class ImpactProperties {

  /** A random estate: services, items, relationships by index, customers by service, and an outage. */
  record Estate(int services, int cis, java.util.List<int[]> relationships, java.util.List<Integer> customers,
      java.util.List<Integer> outage, long seed) {

    Node node(int i) {
      int k = Math.floorMod(i, services + cis);
      return k < services ? Node.of(ServiceId.of("s" + k)) : Node.of(ConfigurationItemId.of("c" + (k - services)));
    }

    java.util.List<CatalogueCommand> commands() {
      java.util.List<CatalogueCommand> nodes = new ArrayList<>();
      for (int s = 0; s < services; s++) {
        String[] cs = new String[customers.get(s) % 4];
        for (int k = 0; k < cs.length; k++) {
          cs[k] = "cust" + ((customers.get(s) + k * 3) % 7);
        }
        nodes.add(Fixtures.defineService("s" + s, Lifecycle.LIVE, cs));
      }
      for (int c = 0; c < cis; c++) {
        nodes.add(Fixtures.registerCi("c" + c));
      }
      java.util.LinkedHashSet<Relationship> rels = new java.util.LinkedHashSet<>();
      for (int[] r : relationships) {
        Node a = node(r[0]);
        Node b = node(r[2]);
        RelationshipType t = a instanceof Node.ServiceNode || b instanceof Node.ServiceNode
            ? RelationshipType.DEPENDS_ON : RelationshipType.values()[r[1]];
        rels.add(new Relationship(a, t, b));
      }
      java.util.List<CatalogueCommand> all = new ArrayList<>(nodes);
      rels.forEach(r -> all.add(CatalogueCommand.Relate.of(r)));
      return all;
    }

    Catalogue catalogue() {
      return Fixtures.applyAll(Catalogue.empty(TENANT), commands());
    }

    /** The same estate added in another order: nodes shuffled, then relationships shuffled. */
    Catalogue shuffled() {
      java.util.List<CatalogueCommand> all = commands();
      java.util.List<CatalogueCommand> nodes = new ArrayList<>(all.subList(0, services + cis));
      java.util.List<CatalogueCommand> rels = new ArrayList<>(all.subList(services + cis, all.size()));
      Random random = new Random(seed);
      Collections.shuffle(nodes, random);
      Collections.shuffle(rels, random);
      nodes.addAll(rels);
      return Fixtures.applyAll(Catalogue.empty(TENANT), nodes);
    }

    Set<ConfigurationItemId> failed() {
      Set<ConfigurationItemId> f = new TreeSet<>();
      for (int i : outage) {
        f.add(ConfigurationItemId.of("c" + Math.floorMod(i, cis)));
      }
      return f;
    }
  }

  @Provide
  Arbitrary<Estate> estates() {
    Arbitrary<int[]> relationship = Combinators.combine(Arbitraries.integers().between(0, 40),
        Arbitraries.integers().between(0, RelationshipType.values().length - 1), Arbitraries.integers().between(0, 40))
        .as((a, t, b) -> new int[] {a, t, b});
    return Combinators.combine(
        Arbitraries.integers().between(0, 6),
        Arbitraries.integers().between(1, 14),
        relationship.list().ofMaxSize(45),
        Arbitraries.integers().between(0, 20).list().ofSize(6),
        Arbitraries.integers().between(0, 40).list().ofMinSize(1).ofMaxSize(3),
        Arbitraries.longs())
        .as(Estate::new);
  }

  // --- the oracle: outage flow per relationship, then reachability by fixpoint

  static Set<java.util.List<Node>> flows(Relationship r) {
    Set<java.util.List<Node>> f = new HashSet<>();
    switch (r.type()) {
      case DEPENDS_ON, RUNS_ON, HOSTED_BY -> f.add(java.util.List.of(r.target(), r.source()));
      case PART_OF -> f.add(java.util.List.of(r.source(), r.target()));
      case CONNECTED_TO -> {
        f.add(java.util.List.of(r.source(), r.target()));
        f.add(java.util.List.of(r.target(), r.source()));
      }
    }
    return f;
  }

  static Set<Node> reachable(Catalogue c, Set<Node> from, boolean reverse) {
    Set<Node> reached = new HashSet<>();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Relationship r : c.relationships()) {
        for (java.util.List<Node> f : flows(r)) {
          Node a = reverse ? f.get(1) : f.get(0);
          Node b = reverse ? f.get(0) : f.get(1);
          if ((from.contains(a) || reached.contains(a)) && reached.add(b)) {
            changed = true;
          }
        }
      }
    }
    return reached;
  }

  static Map<Node, Integer> distances(Catalogue c, Set<Node> from, boolean reverse) {
    Map<Node, Integer> d = new HashMap<>();
    ArrayDeque<Node> queue = new ArrayDeque<>(from);
    from.forEach(n -> d.put(n, 0));
    while (!queue.isEmpty()) {
      Node u = queue.poll();
      for (Relationship r : c.relationships()) {
        for (java.util.List<Node> f : flows(r)) {
          Node a = reverse ? f.get(1) : f.get(0);
          Node b = reverse ? f.get(0) : f.get(1);
          if (a.equals(u) && !d.containsKey(b)) {
            d.put(b, d.get(u) + 1);
            queue.add(b);
          }
        }
      }
    }
    return d;
  }

  static Set<Node> ciNodes(Set<ConfigurationItemId> ids) {
    Set<Node> s = new HashSet<>();
    ids.forEach(i -> s.add(Node.of(i)));
    return s;
  }

  /** Checks a path is real: starts in {@code from}, ends at {@code end}, each step along a stated relationship. */
  static void assertRealPath(Catalogue c, ImpactPath path, Set<Node> from, Node end, boolean reverse) {
    assertThat(from).contains(path.start());
    assertThat(path.end()).isEqualTo(end);
    for (int i = 0; i < path.length(); i++) {
      Relationship r = path.relationships().get(i);
      assertThat(c.relationships().contains(r)).as("%s is in the catalogue", r).isTrue();
      Node a = path.nodes().get(i);
      Node b = path.nodes().get(i + 1);
      java.util.List<Node> step = reverse ? java.util.List.of(b, a) : java.util.List.of(a, b);
      assertThat(flows(r)).as("an outage flows %s along %s", step, r).contains(step);
    }
  }

  @Property(tries = 300)
  void outageAffectsExactlyWhatBruteForceReaches(@ForAll("estates") Estate estate) {
    Catalogue c = estate.catalogue();
    Set<Node> failed = ciNodes(estate.failed());
    ImpactReport report = CompiledCatalogue.compile(c).outage(estate.failed()).get();

    Set<Node> reached = reachable(c, failed, false);
    Set<ServiceId> services = new TreeSet<>();
    Set<ConfigurationItemId> cis = new TreeSet<>();
    Set<CustomerId> customers = new TreeSet<>();
    for (Node n : reached) {
      if (n instanceof Node.ServiceNode s) {
        services.add(s.id());
        c.service(s.id()).get().customers().forEach(customers::add);
      } else if (!failed.contains(n)) {
        cis.add(((Node.CiNode) n).id());
      }
    }
    assertThat(report.services()).containsExactlyElementsOf(services);
    assertThat(report.configurationItems()).containsExactlyElementsOf(cis);
    assertThat(report.customers()).containsExactlyElementsOf(customers);
    assertThat(report.origins()).containsExactlyInAnyOrderElementsOf(failed);
  }

  @Property(tries = 300)
  void everyExplainingPathIsARealShortestPath(@ForAll("estates") Estate estate) {
    Catalogue c = estate.catalogue();
    Set<Node> failed = ciNodes(estate.failed());
    ImpactReport report = CompiledCatalogue.compile(c).outage(estate.failed()).get();
    Map<Node, Integer> distance = distances(c, failed, false);

    for (AffectedService a : report.affectedServices()) {
      assertRealPath(c, a.path(), failed, Node.of(a.service()), false);
      assertThat(a.path().length()).isEqualTo(distance.get(Node.of(a.service())));
    }
    for (AffectedCustomer a : report.affectedCustomers()) {
      assertRealPath(c, a.path(), failed, Node.of(a.via()), false);
      assertThat(c.service(a.via()).get().customers().contains(a.customer())).isTrue();
    }
    for (ConfigurationItemId ci : report.configurationItems()) {
      ImpactPath p = report.pathTo(Node.of(ci)).get();
      assertRealPath(c, p, failed, Node.of(ci), false);
      assertThat(p.length()).isEqualTo(distance.get(Node.of(ci)));
    }
  }

  @Property(tries = 300)
  void dependenciesAreWhatBruteForceReachesBackwards(@ForAll("estates") Estate estate) {
    Catalogue c = estate.catalogue();
    CompiledCatalogue compiled = CompiledCatalogue.compile(c);
    for (ServiceId s : c.services().keySet()) {
      Node origin = Node.of(s);
      DependencyReport report = compiled.dependencies(s).get();
      Set<Node> expected = reachable(c, Set.of(origin), true);
      expected.remove(origin);
      Set<Node> actual = new HashSet<>();
      report.services().forEach(x -> actual.add(Node.of(x)));
      report.configurationItems().forEach(x -> actual.add(Node.of(x)));
      assertThat(actual).isEqualTo(expected);
      assertThat(report.size()).isEqualTo(expected.size());
      Map<Node, Integer> distance = distances(c, Set.of(origin), true);
      for (Node n : expected) {
        ImpactPath p = report.pathTo(n).get();
        assertRealPath(c, p, Set.of(origin), n, true);
        assertThat(p.length()).isEqualTo(distance.get(n));
      }
      assertThat(report.pathTo(origin)).isEmpty();
    }
  }

  @Property(tries = 200)
  void answersDoNotDependOnInsertionOrder(@ForAll("estates") Estate estate) {
    Catalogue a = estate.catalogue();
    Catalogue b = estate.shuffled();
    ImpactReport ra = CompiledCatalogue.compile(a).outage(estate.failed()).get();
    ImpactReport rb = CompiledCatalogue.compile(b).outage(List.ofAll(estate.failed()).reverse()).get();
    assertThat(rb.affectedServices()).isEqualTo(ra.affectedServices());
    assertThat(rb.affectedCustomers()).isEqualTo(ra.affectedCustomers());
    assertThat(rb.configurationItems()).isEqualTo(ra.configurationItems());
    for (ServiceId s : a.services().keySet()) {
      DependencyReport da = CompiledCatalogue.compile(a).dependencies(s).get();
      DependencyReport db = CompiledCatalogue.compile(b).dependencies(s).get();
      Seq<ImpactPath> pa = da.configurationItems().map(x -> da.pathTo(Node.of(x)).get());
      Seq<ImpactPath> pb = db.configurationItems().map(x -> db.pathTo(Node.of(x)).get());
      assertThat(pb).isEqualTo(pa);
      assertThat(db.services()).isEqualTo(da.services());
    }
  }

  @Provide
  Arbitrary<java.util.List<int[]>> changes() {
    return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 40),
        Arbitraries.integers().between(0, RelationshipType.values().length - 1), Arbitraries.integers().between(0, 40))
        .as((op, a, t, b) -> new int[] {op, a, t, b}).list().ofMaxSize(25);
  }

  /** Applies random graph changes (relate, unrelate, customers, a renamed CI), skipping the ones refused. */
  static Catalogue change(Estate estate, Catalogue start, java.util.List<int[]> changes) {
    Catalogue c = start;
    for (int[] ch : changes) {
      CatalogueCommand command;
      if (ch[0] == 0) {
        Node a = estate.node(ch[1]);
        Node b = estate.node(ch[3]);
        RelationshipType t = a instanceof Node.ServiceNode || b instanceof Node.ServiceNode
            ? RelationshipType.DEPENDS_ON : RelationshipType.values()[ch[2]];
        command = CatalogueCommand.Relate.of(new Relationship(a, t, b));
      } else if (ch[0] == 1 && !c.relationships().isEmpty()) {
        command = CatalogueCommand.Unrelate.of(c.relationships().toList().sorted().get(ch[1] % c.relationships().size()));
      } else if (ch[0] == 2 && estate.services() > 0) {
        command = new CatalogueCommand.ReviseService(Fixtures.service("s" + ch[1] % estate.services(), Lifecycle.LIVE,
            "cust" + ch[3] % 7));
      } else {
        command = new CatalogueCommand.UpdateCi(ConfigurationItem.of("c" + ch[1] % estate.cis(), "renamed " + ch[3],
            "server"));
      }
      Catalogue before = c;
      c = Fixtures.decide(c, command).map(events -> CatalogueDecider.replay(before, events)).getOrElse(c);
    }
    return c;
  }

  @Property(tries = 300)
  void aPatchedIndexAnswersExactlyAsAFreshlyCompiledOne(@ForAll("estates") Estate estate,
      @ForAll("changes") java.util.List<int[]> changes) {
    Catalogue base = estate.catalogue();
    Catalogue target = change(estate, base, changes);
    CompiledCatalogue patched = CompiledCatalogue.compile(base).patchedTo(target).get();
    CompiledCatalogue fresh = CompiledCatalogue.compile(target);
    assertThat(patched.graphVersion()).isEqualTo(target.graphVersion());
    assertThat(patched.relationshipCount()).isEqualTo(fresh.relationshipCount());
    for (ConfigurationItemId ci : target.configurationItems().keySet()) {
      ImpactReport p = patched.outage(ci).get();
      ImpactReport f = fresh.outage(ci).get();
      assertThat(p.affectedServices()).isEqualTo(f.affectedServices());
      assertThat(p.affectedCustomers()).isEqualTo(f.affectedCustomers());
      assertThat(p.configurationItems()).isEqualTo(f.configurationItems());
    }
    for (ServiceId s : target.services().keySet()) {
      DependencyReport p = patched.dependencies(s).get();
      DependencyReport f = fresh.dependencies(s).get();
      assertThat(p.configurationItems().map(x -> p.pathTo(Node.of(x)).get()))
          .isEqualTo(f.configurationItems().map(x -> f.pathTo(Node.of(x)).get()));
      assertThat(p.services()).isEqualTo(f.services());
    }
  }

  @Property(tries = 100)
  void aNewNodeOrAnotherTenantIsNeverPatched(@ForAll("estates") Estate estate) {
    Catalogue base = estate.catalogue();
    CompiledCatalogue compiled = CompiledCatalogue.compile(base);
    assertThat(compiled.patchedTo(base)).isNotEmpty();
    assertThat(compiled.patchedTo(Fixtures.apply(base, Fixtures.registerCi("brand-new")))).isEmpty();
    assertThat(compiled.patchedTo(Catalogue.empty(io.itsm4j.core.TenantId.of("other")))).isEmpty();
  }
}
