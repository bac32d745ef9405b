package io.itsm4j.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.Violation;
import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Builds random workflow definitions and checks the builder's verdict against a plain re-statement of the
 * rules: the kinds of violation found are exactly the rules the definition breaks, and a definition with no
 * violation builds into a workflow whose lookups agree with the definition.
 */
class WorkflowValidationProperties {
  private static final List<String> NAMES = List.of("s0", "s1", "s2", "s3", "s4", "s5");

  record Definition(List<Tuple2<String, StateCategory>> states, String initial, List<Tuple2<String, String>> transitions) {}

  @Provide
  Arbitrary<Definition> definitions() {
    Arbitrary<List<Tuple2<String, StateCategory>>> states = Combinators.combine(
            Arbitraries.of(NAMES), Arbitraries.of(StateCategory.class))
        .as(io.vavr.Tuple::of).list().ofMinSize(1).ofMaxSize(6);
    Arbitrary<String> names = Arbitraries.of("s0", "s1", "s2", "s3", "s4", "s5", "ghost");
    Arbitrary<List<Tuple2<String, String>>> transitions = Combinators.combine(names, names)
        .as(io.vavr.Tuple::of).list().ofMaxSize(12);
    return Combinators.combine(states, names, transitions).as(Definition::new);
  }

  @Property(tries = 400)
  void the_builder_reports_exactly_the_rules_a_definition_breaks(@ForAll("definitions") Definition d) {
    Workflow.Builder<String> b = Workflow.builder("w");
    d.states().forEach(s -> b.state(s._1, s._1.toUpperCase(), s._2));
    b.initial(d.initial());
    for (int i = 0; i < d.transitions().size(); i++) {
      b.transition("t" + i, d.transitions().get(i)._1, d.transitions().get(i)._2);
    }
    Set<String> expected = expectedCodes(d);
    var built = b.build();
    if (expected.isEmpty()) {
      assertThat(built.isRight()).as("violations %s", built.isLeft() ? built.getLeft().violations() : "").isTrue();
      Workflow<String> w = built.get();
      for (Tuple2<String, String> t : d.transitions()) {
        assertThat(w.transition(t._1, t._2)).isNotEmpty();
      }
      for (String from : NAMES) {
        for (String to : NAMES) {
          assertThat(w.transition(from, to).isDefined()).isEqualTo(d.transitions().contains(io.vavr.Tuple.of(from, to)));
        }
      }
    } else {
      assertThat(built.isLeft()).isTrue();
      Seq<Violation> violations = built.getLeft().violations();
      assertThat(violations.map(Violation::code).toJavaSet()).isEqualTo(expected);
    }
  }

  /** Whether some path of transitions between known states leads from {@code start} to a terminal state. */
  private static boolean reachesTerminal(String start, Definition d, Map<String, StateCategory> states) {
    Set<String> seen = new HashSet<>(List.of(start));
    ArrayDeque<String> todo = new ArrayDeque<>(seen);
    while (!todo.isEmpty()) {
      String s = todo.poll();
      if (states.get(s).isTerminal()) {
        return true;
      }
      d.transitions().stream().filter(t -> t._1.equals(s) && states.containsKey(t._2) && seen.add(t._2))
          .forEach(t -> todo.add(t._2));
    }
    return false;
  }

  private static Set<String> expectedCodes(Definition d) {
    Set<String> codes = new HashSet<>();
    Map<String, StateCategory> states = new LinkedHashMap<>();
    for (Tuple2<String, StateCategory> s : d.states()) {
      if (states.containsKey(s._1)) {
        codes.add(Workflow.DUPLICATE_STATE);
      } else {
        states.put(s._1, s._2);
      }
    }
    if (!states.containsKey(d.initial())) {
      codes.add(Workflow.NO_INITIAL_STATE);
    }
    Set<Tuple2<String, String>> pairs = new HashSet<>();
    for (Tuple2<String, String> t : d.transitions()) {
      if (!states.containsKey(t._1) || !states.containsKey(t._2)) {
        codes.add(Workflow.UNKNOWN_STATE);
      }
      if (!pairs.add(t)) {
        codes.add(Workflow.DUPLICATE_TRANSITION);
      }
    }
    if (d.states().stream().noneMatch(s -> s._2.isTerminal())) {
      codes.add(Workflow.NO_TERMINAL_STATE);
    }
    boolean anyTerminal = states.values().stream().anyMatch(StateCategory::isTerminal);
    for (Map.Entry<String, StateCategory> s : states.entrySet()) {
      if (s.getValue().isTerminal()) {
        continue;
      }
      // A way out is a transition to another state the workflow has; a self-loop is none.
      boolean wayOut = d.transitions().stream()
          .anyMatch(t -> t._1.equals(s.getKey()) && !t._2.equals(s.getKey()) && states.containsKey(t._2));
      if (!wayOut) {
        codes.add(Workflow.DEAD_END);
      } else if (anyTerminal && !reachesTerminal(s.getKey(), d, states)) {
        codes.add(Workflow.NO_WAY_TO_END);
      }
    }
    if (states.containsKey(d.initial())) {
      Set<String> seen = new HashSet<>(List.of(d.initial()));
      ArrayDeque<String> todo = new ArrayDeque<>(seen);
      while (!todo.isEmpty()) {
        String s = todo.poll();
        d.transitions().stream().filter(t -> t._1.equals(s) && states.containsKey(t._2) && seen.add(t._2))
            .forEach(t -> todo.add(t._2));
      }
      if (!seen.containsAll(states.keySet())) {
        codes.add(Workflow.UNREACHABLE_STATE);
      }
    }
    return codes;
  }
}
