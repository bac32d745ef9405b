package io.itsm4j.core.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.vavr.collection.HashMap;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.ArrayList;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.junit.jupiter.api.Test;

/**
 * Service trees over generated layered graphs (a node's children are leaves or nodes of lower layers, shared between
 * parents), generated rules and leaf statuses: each node's status equals its rules read from their definitions by a
 * plain recursion, and raising a leaf never lowers a node.
 */
class StatusTreeProperties {
  record Definition(int nodes, java.util.List<java.util.List<int[]>> children, java.util.List<StatusTree.Rule> base,
      java.util.List<StatusTree.Rule> extra) {
    StatusTree tree() {
      StatusTree.Builder b = StatusTree.builder();
      for (int i = 0; i < nodes; i++) {
        if (extra.get(i) == null) {
          b.node("n" + i, base.get(i));
        } else {
          b.node("n" + i, base.get(i), extra.get(i));
        }
      }
      for (int i = 0; i < nodes; i++) {
        for (int[] c : children.get(i)) {
          b.child("n" + i, c[0] < 0 ? "leaf" + (-c[0] - 1) : "n" + c[0], c[1]);
        }
      }
      return b.build().get();
    }
  }

  @Provide
  Arbitrary<Definition> definitions() {
    Arbitrary<AlertSeverity> level = Arbitraries.of(AlertSeverity.class);
    Arbitrary<StatusTree.Rule> rules = Arbitraries.oneOf(
        Arbitraries.just(new StatusTree.Rule.WorstChild()), Arbitraries.just(new StatusTree.Rule.AllChildren()),
        Combinators.combine(Arbitraries.integers().between(1, 3), level, level).as(StatusTree.Rule.AtLeast::new),
        Combinators.combine(Arbitraries.integers().between(1, 6), level, level).as(StatusTree.Rule.AtLeastWeight::new));
    return Arbitraries.integers().between(1, 8).flatMap(n -> {
      java.util.List<Arbitrary<java.util.List<int[]>>> kids = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int lower = i;
        // Children: leaves (negative ids) or nodes of lower index, so the graph has no cycle.
        Arbitrary<Integer> id = lower == 0 ? Arbitraries.integers().between(-6, -1)
            : Arbitraries.integers().between(-6, lower - 1);
        kids.add(Combinators.combine(id, Arbitraries.integers().between(1, 3)).as((c, w) -> new int[] {c, w})
            .list().ofMaxSize(4));
      }
      return Combinators.combine(Combinators.combine(kids).as(l -> l), rules.list().ofSize(n),
              rules.injectNull(0.5).list().ofSize(n))
          .as((children, base, extra) -> new Definition(n, children, base, extra));
    });
  }

  @Provide
  Arbitrary<Map<String, AlertSeverity>> leaves() {
    return Arbitraries.maps(Arbitraries.integers().between(0, 5).map(i -> "leaf" + i), Arbitraries.of(AlertSeverity.class))
        .ofMaxSize(6).map(HashMap::ofAll);
  }

  @Property(tries = 1000, shrinking = ShrinkingMode.OFF)
  void everyNodeIsItsRulesOverItsChildren(@ForAll("definitions") Definition d,
      @ForAll("leaves") Map<String, AlertSeverity> leaves) {
    Map<String, Option<AlertSeverity>> statuses = d.tree().statuses(leaves);
    for (int i = 0; i < d.nodes(); i++) {
      assertThat(statuses.get("n" + i).get()).as("n" + i).isEqualTo(Option.of(reference(d, i, leaves)));
    }
  }

  @Property(tries = 1000, shrinking = ShrinkingMode.OFF)
  void raisingALeafNeverLowersANode(@ForAll("definitions") Definition d, @ForAll("leaves") Map<String, AlertSeverity> leaves,
      @ForAll("leafIds") String leaf, @ForAll AlertSeverity to) {
    Option<AlertSeverity> now = leaves.get(leaf);
    if (now.isDefined() && now.get().isAbove(to)) {
      return;
    }
    StatusTree tree = d.tree();
    Map<String, Option<AlertSeverity>> before = tree.statuses(leaves);
    Map<String, Option<AlertSeverity>> after = tree.statuses(leaves.put(leaf, to));
    for (String node : tree.nodes()) {
      Option<AlertSeverity> b = before.get(node).get();
      Option<AlertSeverity> a = after.get(node).get();
      assertThat(b.isEmpty() || (a.isDefined() && !b.get().isAbove(a.get()))).as(node).isTrue();
    }
  }

  @Provide
  Arbitrary<String> leafIds() {
    return Arbitraries.integers().between(0, 5).map(i -> "leaf" + i);
  }

  /** The rules as their definitions say, by plain recursion; null for no problem. */
  private static AlertSeverity reference(Definition d, int node, Map<String, AlertSeverity> leaves) {
    java.util.List<AlertSeverity> kids = new ArrayList<>();
    java.util.List<Integer> weights = new ArrayList<>();
    for (int[] c : d.children().get(node)) {
      kids.add(c[0] < 0 ? leaves.get("leaf" + (-c[0] - 1)).getOrNull() : reference(d, c[0], leaves));
      weights.add(c[1]);
    }
    AlertSeverity s = rule(d.base().get(node), kids, weights);
    if (d.extra().get(node) != null) {
      AlertSeverity e = rule(d.extra().get(node), kids, weights);
      s = s == null ? e : e == null ? s : s.compareTo(e) >= 0 ? s : e;
    }
    return s;
  }

  private static AlertSeverity rule(StatusTree.Rule r, java.util.List<AlertSeverity> kids, java.util.List<Integer> w) {
    java.util.List<AlertSeverity> problems = kids.stream().filter(java.util.Objects::nonNull).toList();
    AlertSeverity worst = problems.stream().max(Enum::compareTo).orElse(null);
    if (r instanceof StatusTree.Rule.WorstChild) {
      return worst;
    }
    if (r instanceof StatusTree.Rule.AllChildren) {
      return problems.size() == kids.size() ? worst : null;
    }
    if (r instanceof StatusTree.Rule.AtLeast a) {
      return problems.stream().filter(p -> p.compareTo(a.level()) >= 0).count() >= a.count() ? a.then() : null;
    }
    StatusTree.Rule.AtLeastWeight aw = (StatusTree.Rule.AtLeastWeight) r;
    int total = 0;
    for (int i = 0; i < kids.size(); i++) {
      if (kids.get(i) != null && kids.get(i).compareTo(aw.level()) >= 0) {
        total += w.get(i);
      }
    }
    return total >= aw.weight() ? aw.then() : null;
  }

  @Test
  void cyclesUnknownParentsAndBadSettingsAreRefused() {
    var cyclic = StatusTree.builder().node("a", new StatusTree.Rule.WorstChild())
        .node("b", new StatusTree.Rule.WorstChild()).child("a", "b").child("b", "a").build();
    assertThat(cyclic.getLeft().code()).isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(cyclic.getLeft().violations().map(v -> v.code())).containsOnly(StatusTree.CYCLE);
    var bad = StatusTree.builder().node("a", new StatusTree.Rule.AtLeast(0, AlertSeverity.MAJOR,
        AlertSeverity.MAJOR)).child("ghost", "x").child("a", "x", 0).build();
    assertThat(bad.getLeft().violations().map(v -> v.field())).containsExactlyInAnyOrder("nodes.ghost",
        "nodes.a.children.x", "nodes.a.rules");
  }

  @Test
  void theCorrelatorsOpenAlertsAreTheLeaves() {
    AlertCorrelator c = AlertCorrelator.create(CorrelationPolicy.defaults(), ServiceImpact.none(),
        SuppressionWindows.none());
    Instant t = Instant.parse("2026-12-07T08:00:00Z");
    c.accept(MonitoringEvent.firing("1", "am", "disk", ConfigurationItemId.of("db-1"), AlertSeverity.WARNING, t));
    c.accept(MonitoringEvent.firing("2", "am", "down", ConfigurationItemId.of("db-1"), AlertSeverity.CRITICAL, t));
    MonitoringEvent web = MonitoringEvent.firing("3", "am", "slow", ConfigurationItemId.of("web-1"),
        AlertSeverity.MINOR, t);
    c.accept(web);
    c.accept(web.resolved("4", t.plusSeconds(60)));
    StatusTree mail = StatusTree.builder()
        .node("mail", new StatusTree.Rule.AllChildren(), new StatusTree.Rule.AtLeast(1, AlertSeverity.CRITICAL,
            AlertSeverity.MAJOR))
        .child("mail", "db-1").child("mail", "web-1").build().get();
    assertThat(c.itemStatuses()).isEqualTo(HashMap.of("db-1", AlertSeverity.CRITICAL));
    // Not every child has a problem, but one is critical: the additional rule makes the service major.
    assertThat(mail.statuses(c.itemStatuses())).isEqualTo(LinkedHashMap.of("mail", Option.some(AlertSeverity.MAJOR)));
  }
}
