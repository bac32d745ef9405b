package io.itsm4j.core.change;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.Actor;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.change.policy.ChangeEnablement;
import io.itsm4j.core.application.ServiceDesk;
import io.itsm4j.core.memory.InMemoryTicketStore;
import io.itsm4j.core.memory.StoredScheduledChanges;
import io.itsm4j.core.ticket.ChangeType;
import io.itsm4j.core.ticket.ChangeWindow;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketFields;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.TicketSubject;
import io.itsm4j.core.ticket.Urgency;
import io.vavr.collection.HashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Vector;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Collision detection equals a brute-force pairwise check on random schedules and random configuration item
 * graphs (cycles included): the sweep over all changes, the check of one candidate, and scheduling through the
 * service desk, where a collision is refused until it is overridden.
 */
class CollisionProperties {
  static final Instant T0 = Instant.parse("2026-06-01T00:00:00Z");

  /** A random CI graph: direct dependencies between items ci-0 .. ci-(n-1). */
  record Graph(int size, Map<Integer, Set<Integer>> edges) {
    ConfigurationItemId item(int i) {
      return ConfigurationItemId.of("ci-" + i);
    }

    ConfigurationDependencies dependencies() {
      io.vavr.collection.Map<ConfigurationItemId, io.vavr.collection.Set<ConfigurationItemId>> direct = HashMap.empty();
      for (var e : edges.entrySet()) {
        direct = direct.put(item(e.getKey()), io.vavr.collection.HashSet.ofAll(e.getValue()).map(this::item));
      }
      return ConfigurationDependencies.fromDirect(direct);
    }

    /** Brute force: everything reachable from {@code start} by following edges. */
    Set<Integer> reachable(int start) {
      Set<Integer> seen = new HashSet<>();
      Deque<Integer> todo = new ArrayDeque<>(List.of(start));
      while (!todo.isEmpty()) {
        for (int next : edges.getOrDefault(todo.poll(), Set.of())) {
          if (seen.add(next)) {
            todo.add(next);
          }
        }
      }
      return seen;
    }
  }

  /** A random plan: from hour {@code start} for {@code hours} hours, on some items. */
  record Plan(int start, int hours, Set<Integer> items) {
    ChangeWindow window() {
      return ChangeWindow.of(T0.plusSeconds(3600L * start), T0.plusSeconds(3600L * (start + hours)));
    }
  }

  @Provide
  Arbitrary<Graph> graphs() {
    return Arbitraries.integers().between(1, 10).flatMap(n -> Arbitraries.integers().between(0, n - 1)
        .set().ofMaxSize(3).list().ofSize(n)
        .map(lists -> {
          Map<Integer, Set<Integer>> edges = new java.util.HashMap<>();
          for (int i = 0; i < n; i++) {
            edges.put(i, lists.get(i));
          }
          return new Graph(n, edges);
        }));
  }

  @Provide
  Arbitrary<List<Plan>> plans() {
    Arbitrary<Plan> plan = Combinators.combine(Arbitraries.integers().between(0, 30), Arbitraries.integers().between(1, 8),
        Arbitraries.integers().between(0, 9).set().ofMaxSize(3))
        .as(Plan::new);
    return plan.list().ofMaxSize(14);
  }

  static boolean collide(Graph g, Plan a, Plan b) {
    if (!(a.start < b.start + b.hours && b.start < a.start + a.hours)) {
      return false;
    }
    for (int x : a.items) {
      for (int y : b.items) {
        if (x == y || (x < g.size && g.reachable(x).contains(y)) || (y < g.size && g.reachable(y).contains(x))) {
          return true;
        }
      }
    }
    return false;
  }

  static PlannedChange planned(Graph g, int index, Plan p) {
    return new PlannedChange(TicketId.of(String.format("CHG-%03d", index)), p.window(),
        LinkedHashSet.ofAll(p.items).map(g::item));
  }

  @Property(tries = 400)
  void the_sweep_finds_exactly_the_pairs_a_brute_force_check_finds(@ForAll("graphs") Graph g,
      @ForAll("plans") List<Plan> plans) {
    Set<Collision> expected = new HashSet<>();
    for (int i = 0; i < plans.size(); i++) {
      for (int j = i + 1; j < plans.size(); j++) {
        if (collide(g, plans.get(i), plans.get(j))) {
          expected.add(Collision.of(planned(g, i, plans.get(i)).change(), planned(g, j, plans.get(j)).change()));
        }
      }
    }
    Vector<PlannedChange> changes = Vector.ofAll(plans).zipWithIndex().map(t -> planned(g, t._2, t._1));
    assertThat(ChangeCollisions.among(changes, g.dependencies()).toJavaSet()).isEqualTo(expected);
    Statistics.label("collisions").collect(expected.isEmpty() ? "none" : expected.size() < 3 ? "few" : "many");
    for (int i = 0; i < plans.size(); i++) {
      Set<TicketId> one = new HashSet<>();
      for (int j = 0; j < plans.size(); j++) {
        if (i != j && collide(g, plans.get(i), plans.get(j))) {
          one.add(changes.get(j).change());
        }
      }
      assertThat(ChangeCollisions.with(changes.get(i), changes, g.dependencies()).toJavaSet()).isEqualTo(one);
    }
  }

  @Property(tries = 60)
  void scheduling_through_the_desk_is_refused_exactly_when_it_collides_and_overrides_let_it_through(
      @ForAll("graphs") Graph g, @ForAll("plans") List<Plan> plans) {
    TenantId tenant = TenantId.of("acme");
    Actor agent = Actor.of("agent");
    InMemoryTicketStore store = new InMemoryTicketStore();
    ServiceDesk desk = ServiceDesk.builder().ticketStore(store).clock(() -> T0)
        .policy(ChangeEnablement.builder().scheduledChanges(new StoredScheduledChanges(store))
            .dependencies(g.dependencies()).build())
        .build();
    List<Integer> scheduled = new ArrayList<>();
    List<TicketId> ids = new ArrayList<>();
    int[] keys = {0};
    for (int i = 0; i < plans.size(); i++) {
      Plan p = plans.get(i);
      TicketSubject subject = TicketSubject.none();
      for (int item : p.items) {
        subject = subject.withConfigurationItem(g.item(item));
      }
      TicketId id = desk.open(tenant, agent, "k" + (keys[0]++), TicketCommand.Open.change(ChangeType.STANDARD, "c" + i,
          Impact.LOW, Urgency.LOW).withSubject(subject)).get().ticket().id();
      ids.add(id);
      Set<TicketId> expected = new HashSet<>();
      for (int j : scheduled) {
        if (collide(g, p, plans.get(j))) {
          expected.add(ids.get(j));
        }
      }
      TicketCommand.ChangeState schedule = TicketCommand.ChangeState.to("scheduled")
          .withField(TicketFields.PLANNED_START, p.window().start().toString())
          .withField(TicketFields.PLANNED_END, p.window().end().toString());
      var first = desk.execute(tenant, agent, id, "k" + (keys[0]++), schedule);
      if (expected.isEmpty()) {
        assertThat(first.isRight()).as("%s", first).isTrue();
      } else {
        assertThat(first.getLeft().code()).isEqualTo(RejectionCode.SCHEDULE_COLLISION);
        expected.forEach(c -> assertThat(first.getLeft().message()).contains(c.value()));
        assertThat(desk.execute(tenant, agent, id, "k" + (keys[0]++), new TicketCommand.OverrideCollisions(
            LinkedHashSet.ofAll(expected), "accepted by the change manager")).isRight()).isTrue();
        assertThat(desk.execute(tenant, agent, id, "k" + (keys[0]++), schedule).isRight()).isTrue();
      }
      scheduled.add(i);
    }
  }
}
