package io.itsm4j.sla.continuity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itsm4j.core.ActorId;
import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.catalogue.Node;
import io.itsm4j.core.catalogue.Relationship;
import io.itsm4j.core.catalogue.RelationshipType;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.change.PlannedChange;
import io.itsm4j.core.ticket.ChangeWindow;
import io.itsm4j.core.ticket.TicketId;
import io.vavr.collection.HashSet;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Recovery order over generated dependency graphs, and plans and exercises by example. */
class ContinuityProperties {
  private static final ServiceId SHOP = ServiceId.of("shop");

  @Provide
  Arbitrary<java.util.List<Relationship>> graphs() {
    Arbitrary<Integer> node = Arbitraries.integers().between(0, 7);
    Arbitrary<RelationshipType> type = Arbitraries.of(RelationshipType.class);
    Arbitrary<Relationship> edge = Combinators.combine(node, type, node)
        .filter((a, t, b) -> !a.equals(b))
        .as((a, t, b) -> Relationship.of(ConfigurationItemId.of("ci-" + a), t, ConfigurationItemId.of("ci-" + b)));
    Arbitrary<Relationship> fromShop = node.map(n -> Relationship.dependsOn(SHOP, ConfigurationItemId.of("ci-" + n)));
    return Combinators.combine(edge.list().ofMaxSize(14), fromShop.list().ofMinSize(1).ofMaxSize(3))
        .as((edges, roots) -> {
          java.util.List<Relationship> all = new ArrayList<>(edges);
          all.addAll(roots);
          return all;
        });
  }

  /**
   * Every node the service needs, transitively through depends-on, runs-on and hosted-by, is recovered exactly
   * once; what a node needs comes in an earlier wave unless the two need each other (then they share a wave and
   * are marked together); the service itself comes last.
   */
  @Property(tries = 1000)
  void whatANodeNeedsIsRecoveredBeforeIt(@ForAll("graphs") java.util.List<Relationship> graph) {
    Seq<RecoveryOrder.Step> steps = RecoveryOrder.of(graph, SHOP);
    Map<Node, Integer> wave = new HashMap<>();
    for (RecoveryOrder.Step s : steps) {
      assertThat(wave.put(s.node(), s.wave())).as("once: " + s.node()).isNull();
    }
    java.util.Set<Node> reachable = new java.util.HashSet<>();
    java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>(java.util.List.of(Node.of(SHOP)));
    reachable.add(Node.of(SHOP));
    while (!todo.isEmpty()) {
      Node n = todo.poll();
      for (Relationship r : graph) {
        if (r.source().equals(n) && orders(r) && reachable.add(r.target())) {
          todo.add(r.target());
        }
      }
    }
    assertThat(wave.keySet()).isEqualTo(reachable);
    for (Relationship r : graph) {
      if (orders(r) && wave.containsKey(r.source())) {
        int needer = wave.get(r.source());
        int needed = wave.get(r.target());
        if (needed == needer) {
          assertThat(steps.find(s -> s.node().equals(r.source())).get().together()).as(r.toString()).isTrue();
        } else {
          assertThat(needed).as(r.toString()).isLessThan(needer);
        }
      }
    }
    assertThat(steps.last().node()).isEqualTo(Node.of(SHOP));
    assertThat(RecoveryOrder.of(graph, SHOP)).isEqualTo(steps);
  }

  private static boolean orders(Relationship r) {
    return r.type() == RelationshipType.DEPENDS_ON || r.type() == RelationshipType.RUNS_ON
        || r.type() == RelationshipType.HOSTED_BY;
  }

  private static final Instant T0 = Instant.parse("2026-06-01T00:00:00Z");
  private static final java.util.List<Relationship> ESTATE = java.util.List.of(
      Relationship.dependsOn(SHOP, ConfigurationItemId.of("shop-app")),
      Relationship.of(ConfigurationItemId.of("shop-app"), RelationshipType.DEPENDS_ON, ConfigurationItemId.of("db-a")),
      Relationship.of(ConfigurationItemId.of("db-a"), RelationshipType.RUNS_ON, ConfigurationItemId.of("host-1")),
      Relationship.of(ConfigurationItemId.of("db-a"), RelationshipType.CONNECTED_TO, ConfigurationItemId.of("db-b")));

  @Test
  void theDatabaseComesBackBeforeTheApplicationThatNeedsIt() {
    assertThat(RecoveryOrder.of(ESTATE, SHOP).map(s -> s.wave() + ":" + s.node().idValue()))
        .containsExactly("0:host-1", "1:db-a", "2:shop-app", "3:shop");
  }

  @Test
  void aPlanIsFlaggedForReviewByAChangeToItsItemsAndOverdueAfterItsInterval() {
    ContinuityPlan plan = new ContinuityPlan("dr-shop", List.of(SHOP), ActorId.of("carol"), "data centre lost",
        Duration.ofDays(180), T0, Option.none());
    assertThat(plan.coveredItems(ESTATE)).containsExactlyInAnyOrder(ConfigurationItemId.of("host-1"),
        ConfigurationItemId.of("db-a"), ConfigurationItemId.of("shop-app"));
    PlannedChange patchDb = new PlannedChange(TicketId.of("CHG-000001"), ChangeWindow.of(T0.plusSeconds(86400),
        T0.plusSeconds(90000)), HashSet.of(ConfigurationItemId.of("db-a")));
    PlannedChange elsewhere = new PlannedChange(TicketId.of("CHG-000002"), ChangeWindow.of(T0.plusSeconds(86400),
        T0.plusSeconds(90000)), HashSet.of(ConfigurationItemId.of("db-b")));
    PlannedChange before = new PlannedChange(TicketId.of("CHG-000003"), ChangeWindow.of(T0.minusSeconds(86400),
        T0.minusSeconds(80000)), HashSet.of(ConfigurationItemId.of("db-a")));
    ContinuityPlan.Flags flags = plan.flags(ESTATE, List.of(patchDb, elsewhere, before), T0.plus(Duration.ofDays(180)));
    assertThat(flags.reviewFor()).containsExactly(TicketId.of("CHG-000001"));
    assertThat(flags.needsReview()).isTrue();
    assertThat(flags.overdue()).isFalse();
    assertThat(plan.flags(ESTATE, List.empty(), T0.plus(Duration.ofDays(180)).plusSeconds(1)).overdue()).isTrue();
    ContinuityPlan exercised = new ContinuityPlan("dr-shop", List.of(SHOP), ActorId.of("carol"), "data centre lost",
        Duration.ofDays(180), T0, Option.some(T0.plus(Duration.ofDays(100))));
    assertThat(exercised.flags(ESTATE, List.empty(), T0.plus(Duration.ofDays(200))).exerciseDue())
        .isEqualTo(T0.plus(Duration.ofDays(280)));
  }

  @Test
  void anExerciseFallsShortWhereRecoveryOrDataLossExceedTheObjectives() {
    ContinuityPlan plan = new ContinuityPlan("dr", List.of(SHOP, ServiceId.of("payroll")), ActorId.of("carol"),
        "site lost", Duration.ofDays(365), T0, Option.none());
    List<ContinuityRequirement> requirements = List.of(
        new ContinuityRequirement(SHOP, ContinuityRequirement.Criticality.VITAL, Duration.ofHours(4),
            Duration.ofMinutes(15), Duration.ofHours(24)),
        new ContinuityRequirement(ServiceId.of("payroll"), ContinuityRequirement.Criticality.HIGH,
            Duration.ofHours(24), Duration.ofHours(4), Duration.ofDays(3)));
    Exercise failover = new Exercise("dr", Exercise.Kind.FULL_FAILOVER, T0, List.of(
        new Exercise.Outcome(SHOP, Option.some(Duration.ofHours(5)), Option.some(Duration.ofMinutes(15)))),
        List.of("restore of db-a took an hour longer than planned"));
    assertThat(failover.shortfalls(plan, requirements).map(s -> s.service().value() + ":" + s.objective()))
        .containsExactly("shop:RTO", "payroll:NOT_MEASURED");
    Exercise tabletop = new Exercise("dr", Exercise.Kind.TABLETOP, T0, List.empty(), List.of("call tree outdated"));
    assertThat(tabletop.shortfalls(plan, requirements)).isEmpty();
    Exercise lossy = new Exercise("dr", Exercise.Kind.INVOCATION, T0, List.of(
        new Exercise.Outcome(SHOP, Option.some(Duration.ofHours(4)), Option.some(Duration.ofMinutes(16))),
        new Exercise.Outcome(ServiceId.of("payroll"), Option.some(Duration.ofHours(1)), Option.none())), List.empty());
    assertThat(lossy.shortfalls(plan, requirements)).singleElement().satisfies(s -> {
      assertThat(s.objective()).isEqualTo(Exercise.Objective.RPO);
      assertThat(s.achieved()).contains(Duration.ofMinutes(16));
      assertThat(s.required()).contains(Duration.ofMinutes(15));
    });
  }

  @Test
  void requirementsAndPlansRefuseWhatCannotWork() {
    assertThatThrownBy(() -> new ContinuityRequirement(SHOP, ContinuityRequirement.Criticality.LOW,
        Duration.ofHours(5), Duration.ZERO, Duration.ofHours(4))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("mtpd");
    assertThatThrownBy(() -> new ContinuityRequirement(SHOP, ContinuityRequirement.Criticality.LOW,
        Duration.ofHours(1), Duration.ofHours(-1), Duration.ofHours(4))).hasMessageContaining("rpo");
    assertThatThrownBy(() -> new ContinuityPlan("p", List.empty(), ActorId.of("c"), "x", Duration.ofDays(1), T0,
        Option.none())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ContinuityPlan("p", List.of(SHOP), ActorId.of("c"), "x", Duration.ZERO, T0,
        Option.none())).hasMessageContaining("exerciseInterval");
  }

  @Property(tries = 300)
  void a_plan_takes_an_exercise_only_when_it_is_later_than_the_one_it_knows(
      @ForAll @net.jqwik.api.constraints.IntRange(min = -100, max = 100) int known,
      @ForAll @net.jqwik.api.constraints.IntRange(min = -100, max = 100) int recorded, @ForAll boolean exercised) {
    Instant base = Instant.parse("2026-06-01T00:00:00Z");
    ContinuityPlan plan = new ContinuityPlan("dr", List.of(ServiceId.of("email")), ActorId.of("ann"), "site lost",
        Duration.ofDays(30), base.minus(Duration.ofDays(200)),
        exercised ? Option.some(base.plus(Duration.ofDays(known))) : Option.none());
    Instant at = base.plus(Duration.ofDays(recorded));
    ContinuityPlan after = plan.exercisedAt(at);
    Instant expected = exercised && known >= recorded ? base.plus(Duration.ofDays(known)) : at;
    assertThat(after.lastExercised()).contains(expected);
    assertThat(new ContinuityPlan(after.id(), after.services(), after.owner(), after.invocationCriteria(),
        after.exerciseInterval(), after.lastReviewed(), plan.lastExercised())).isEqualTo(plan);
  }
}
