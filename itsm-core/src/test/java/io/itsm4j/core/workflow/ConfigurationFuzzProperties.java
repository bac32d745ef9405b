package io.itsm4j.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.itsm4j.core.TextPolicy;
import io.itsm4j.core.Violation;
import io.itsm4j.core.change.RiskAssessment;
import io.itsm4j.core.change.RiskQuestionnaire;
import io.itsm4j.core.contract.HostileStrings;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.PriorityMatrix;
import io.itsm4j.core.ticket.RiskLevel;
import io.itsm4j.core.ticket.Urgency;
import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashMap;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A configuration fuzzer for the core's builders: random workflows, priority matrices and risk questionnaires,
 * hostile strings and extreme numbers included. Each either builds a value whose documented invariants hold when it
 * is used, or fails the documented way: every violation at once, each at a place of its own with a short message,
 * or the documented exception type. No build takes more than a second.
 */
class ConfigurationFuzzProperties {
  private static final Duration A_SECOND = Duration.ofSeconds(1);

  @Provide
  Arbitrary<String> ids() {
    return Arbitraries.oneOf(Arbitraries.of("new", "work", "hold", "done", "gone", "a", "b", "c"),
        Arbitraries.of("new", "work").map(s -> s), HostileStrings.mixed(8),
        Arbitraries.of("x".repeat(64), "x".repeat(65)));
  }

  @Provide
  Arbitrary<List<Tuple2<String, StateCategory>>> states() {
    return Combinators.combine(ids(), Arbitraries.of(StateCategory.class)).as(Tuple2::new).list().ofMaxSize(7);
  }

  @Provide
  Arbitrary<List<List<String>>> transitions() {
    return Combinators.combine(ids(), ids(), ids()).as(List::of).list().ofMaxSize(12);
  }

  @Property(tries = 800)
  @net.jqwik.api.statistics.StatisticsReport(format = net.jqwik.api.statistics.Histogram.class)
  void a_workflow_builds_sound_or_names_every_flaw_at_a_place_of_its_own(
      @ForAll("states") List<Tuple2<String, StateCategory>> states,
      @ForAll("transitions") List<List<String>> transitions, @ForAll("ids") String initial,
      @ForAll boolean skeleton) {
    Workflow.Builder<String> b = Workflow.builder("fuzzed");
    if (skeleton) {
      // Half the tries start from a sound chain, so sound workflows (and their invariants) are tried too.
      b.state("new", "New", StateCategory.NEW).state("work", "Work", StateCategory.ACTIVE)
          .state("done", "Done", StateCategory.CLOSED).transition("start", "new", "work")
          .transition("finish", "work", "done");
    }
    for (Tuple2<String, StateCategory> s : states) {
      documentedOrNothing(() -> b.state(s._1, "State " + s._1, s._2));
    }
    documentedOrNothing(() -> b.initial(initial));
    for (List<String> t : transitions) {
      documentedOrNothing(() -> b.transition(t.get(0), t.get(1), t.get(2)));
    }
    io.vavr.control.Either<io.itsm4j.core.Rejection, Workflow<String>> built =
        assertTimeoutPreemptively(A_SECOND, b::build);
    net.jqwik.api.statistics.Statistics.collect(built.isRight() ? "sound" : "refused");
    if (built.isLeft()) {
      assertThat(built.getLeft().violations()).isNotEmpty();
      assertPlacesAreUniqueAndMessagesShort(built.getLeft().violations());
      return;
    }
    Workflow<String> w = built.get();
    // Every state is reachable from the initial one, and from every non-terminal state a terminal one is.
    Set<String> reachable = reach(w, w.initialState().id());
    assertThat(reachable).containsExactlyInAnyOrderElementsOf(w.states().map(WorkflowState::id));
    for (WorkflowState s : w.states()) {
      if (!s.category().isTerminal()) {
        assertThat(reach(w, s.id()).stream().anyMatch(r -> w.state(r).get().category().isTerminal()))
            .as("state %s can end", s.id()).isTrue();
      }
    }
  }

  private static Set<String> reach(Workflow<String> w, String from) {
    Set<String> seen = new HashSet<>(Set.of(from));
    ArrayDeque<String> todo = new ArrayDeque<>(seen);
    while (!todo.isEmpty()) {
      for (Transition<String> t : w.transitionsFrom(todo.poll())) {
        if (seen.add(t.to())) {
          todo.add(t.to());
        }
      }
    }
    return seen;
  }

  @Provide
  Arbitrary<Integer> points() {
    return Arbitraries.oneOf(Arbitraries.integers().between(0, 10),
        Arbitraries.of(-1, Integer.MAX_VALUE, Integer.MAX_VALUE - 1, Integer.MAX_VALUE / 2, Integer.MIN_VALUE));
  }

  @Property(tries = 500)
  void a_questionnaire_builds_with_scores_that_never_overflow_and_levels_that_never_fall(
      @ForAll("questionnaires") List<List<Integer>> questions,
      @ForAll("thresholds") List<Tuple2<RiskLevel, Integer>> thresholds) {
    RiskQuestionnaire.Builder b = RiskQuestionnaire.builder();
    for (int q = 0; q < questions.size(); q++) {
      LinkedHashMap<String, Integer> answers = LinkedHashMap.empty();
      for (int a = 0; a < questions.get(q).size(); a++) {
        answers = answers.put("a" + a, questions.get(q).get(a));
      }
      String id = "q" + q;
      LinkedHashMap<String, Integer> given = answers;
      documentedOrNothing(() -> b.question(id, given));
    }
    thresholds.forEach(t -> documentedOrNothing(() -> b.level(t._1, t._2)));
    RiskQuestionnaire built;
    try {
      built = assertTimeoutPreemptively(A_SECOND, b::build);
    } catch (IllegalArgumentException documented) {
      assertThat(documented.getMessage()).hasSizeLessThan(1000);
      return;
    }
    // Every combination of answers (the questionnaires are small): the score is the exact sum, never negative, and
    // a higher score never gets a lower level.
    List<RiskAssessment> all = new java.util.ArrayList<>();
    combinations(built, 0, LinkedHashMap.empty(), all);
    for (RiskAssessment r : all) {
      long sum = r.answers().toList().map(kv -> (long) built.questions().get(kv._1).get().get(kv._2).get())
          .sum().longValue();
      assertThat((long) r.score()).isEqualTo(sum);
    }
    for (RiskAssessment x : all) {
      for (RiskAssessment y : all) {
        if (x.score() <= y.score()) {
          assertThat(x.level().compareTo(y.level())).isLessThanOrEqualTo(0);
        }
      }
    }
  }

  private static void combinations(RiskQuestionnaire q, int i, LinkedHashMap<String, String> chosen,
      List<RiskAssessment> out) {
    if (i == q.questions().size()) {
      out.add(q.assess(chosen).get());
      return;
    }
    var question = q.questions().toList().get(i);
    for (String answer : question._2.keySet()) {
      combinations(q, i + 1, chosen.put(question._1, answer), out);
    }
  }

  @Provide
  Arbitrary<List<List<Integer>>> questionnaires() {
    return points().list().ofMinSize(0).ofMaxSize(3).list().ofMaxSize(4);
  }

  @Provide
  Arbitrary<List<Tuple2<RiskLevel, Integer>>> thresholds() {
    return Combinators.combine(Arbitraries.of(RiskLevel.class), points()).as(Tuple2::new).list().ofMaxSize(4);
  }

  @Property(tries = 300)
  void a_matrix_is_complete_and_keeps_every_cell_or_names_the_cell_at_fault(
      @ForAll("cells") List<Priority> cells, @ForAll("holes") Set<Integer> missing,
      @ForAll("holes") Set<Integer> nulls) {
    java.util.Map<Impact, java.util.Map<Urgency, Priority>> mapping = new EnumMap<>(Impact.class);
    for (Impact i : Impact.values()) {
      java.util.Map<Urgency, Priority> row = new EnumMap<>(Urgency.class);
      for (Urgency u : Urgency.values()) {
        int cell = i.ordinal() * Urgency.values().length + u.ordinal();
        if (!missing.contains(cell)) {
          row.put(u, nulls.contains(cell) ? null : cells.get(cell));
        }
      }
      mapping.put(i, row);
    }
    PriorityMatrix m;
    try {
      m = PriorityMatrix.of(mapping);
    } catch (IllegalArgumentException | NullPointerException documented) {
      assertThat(documented.getMessage()).containsPattern("impact [A-Z]+ and urgency [A-Z]+");
      assertThat(missing.isEmpty() && nulls.isEmpty()).isFalse();
      return;
    }
    assertThat(missing).isEmpty();
    for (Impact i : Impact.values()) {
      for (Urgency u : Urgency.values()) {
        assertThat(m.priorityOf(i, u)).isEqualTo(cells.get(i.ordinal() * Urgency.values().length + u.ordinal()));
      }
    }
  }

  @Provide
  Arbitrary<List<Priority>> cells() {
    return Arbitraries.of(Priority.class).list().ofSize(Impact.values().length * Urgency.values().length);
  }

  @Provide
  Arbitrary<Set<Integer>> holes() {
    return Arbitraries.oneOf(Arbitraries.just(Set.<Integer>of()),
        Arbitraries.integers().between(0, Impact.values().length * Urgency.values().length - 1).set().ofMaxSize(2));
  }

  /** Runs a builder step: it passes, or fails fast the documented way (tier 1) with a short message. */
  private static void documentedOrNothing(Runnable step) {
    try {
      step.run();
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).hasSizeLessThan(1000);
      assertThat(TextPolicy.isWellFormed(e.getMessage())).isTrue();
    }
  }

  private static void assertPlacesAreUniqueAndMessagesShort(io.vavr.collection.Seq<Violation> violations) {
    assertThat(violations.map(v -> v.field() + " " + v.code()).distinct()).as("one violation per place and kind")
        .hasSize(violations.size());
    for (Violation v : violations) {
      assertThat(v.message()).hasSizeLessThan(600);
      assertThat(TextPolicy.allows(v.message(), TextPolicy.Form.LINE)).as(v.message()).isTrue();
    }
  }

  @Property(tries = 50)
  void building_a_workflow_of_thousands_of_states_takes_linear_time(@ForAll("sizes") int n) {
    Workflow.Builder<String> b = Workflow.<String>builder("long").state("s0", "S0", StateCategory.NEW)
        .initial("s0");
    for (int i = 1; i < n; i++) {
      b.state("s" + i, "S" + i, i == n - 1 ? StateCategory.CLOSED : StateCategory.ACTIVE);
      b.transition("t" + i, "s" + (i - 1), "s" + i);
    }
    assertThatCode(() -> assertTimeoutPreemptively(A_SECOND, () -> b.build().get())).doesNotThrowAnyException();
  }

  @Provide
  Arbitrary<Integer> sizes() {
    return Arbitraries.of(2, 100, 5_000);
  }
}
