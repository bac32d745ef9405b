package io.itsm4j.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itsm4j.core.Actor;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.Violation;
import io.vavr.collection.HashMap;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.Test;

/** A vendor builds or extends a workflow; building it reports every flaw at once. */
class WorkflowBuilderTest {

  @Test
  void a_sound_workflow_builds() {
    Workflow<String> w = Workflow.<String>builder("simple")
        .state("open", "Open", StateCategory.NEW)
        .state("done", "Done", StateCategory.CLOSED)
        .initial("open")
        .transition("finish", "open", "done")
        .build().get();
    assertThat(w.initialState().id()).isEqualTo("open");
    assertThat(w.transition("open", "done")).isNotEmpty();
    assertThat(w.transition("done", "open")).isEmpty();
  }

  @Test
  void every_flaw_is_reported_at_once() {
    Seq<Violation> violations = Workflow.<String>builder("broken")
        .state("a", "A", StateCategory.NEW)
        .state("b", "B", StateCategory.ACTIVE)
        .state("b", "B again", StateCategory.ACTIVE)
        .state("island", "Island", StateCategory.ACTIVE)
        .state("end", "End", StateCategory.CLOSED)
        .initial("a")
        .transition("go", "a", "b")
        .transition("go-again", "a", "b")
        .transition("nowhere", "b", "missing")
        .transition("sink", "island", "end")
        .build().getLeft().violations();
    assertThat(violations.map(Violation::code)).contains(
        Workflow.DUPLICATE_STATE, Workflow.DUPLICATE_TRANSITION, Workflow.UNKNOWN_STATE,
        Workflow.UNREACHABLE_STATE);
    assertThat(violations.filter(v -> v.code().equals(Workflow.UNREACHABLE_STATE)).map(Violation::field))
        .containsExactlyInAnyOrder("states.island", "states.end");
  }

  @Test
  void a_missing_initial_state_and_a_dead_end_are_violations() {
    Seq<Violation> violations = Workflow.<String>builder("no-start")
        .state("a", "A", StateCategory.NEW)
        .state("stuck", "Stuck", StateCategory.ON_HOLD)
        .state("end", "End", StateCategory.CANCELLED)
        .transition("x", "a", "stuck")
        .transition("y", "a", "end")
        .build().getLeft().violations();
    assertThat(violations.map(Violation::code)).contains(Workflow.NO_INITIAL_STATE, Workflow.DEAD_END);
    assertThat(violations.find(v -> v.code().equals(Workflow.DEAD_END)).get().field()).isEqualTo("states.stuck");
  }

  @Test
  void a_workflow_without_a_terminal_state_is_refused() {
    Seq<Violation> violations = Workflow.<String>builder("endless")
        .state("a", "A", StateCategory.NEW)
        .state("b", "B", StateCategory.ACTIVE)
        .initial("a")
        .transition("x", "a", "b")
        .transition("y", "b", "a")
        .build().getLeft().violations();
    assertThat(violations.map(Violation::code)).containsExactly(Workflow.NO_TERMINAL_STATE);
  }

  @Test
  void two_caller_update_transitions_from_one_state_are_refused() {
    Seq<Violation> violations = Workflow.<String>builder("ambiguous")
        .state("hold", "Hold", StateCategory.NEW)
        .state("a", "A", StateCategory.ACTIVE)
        .state("b", "B", StateCategory.ACTIVE)
        .state("end", "End", StateCategory.CLOSED)
        .initial("hold")
        .transition(new Transition<>("resume-a", "hold", "a", Trigger.CALLER_UPDATE, io.vavr.collection.List.empty()))
        .transition(new Transition<>("resume-b", "hold", "b", Trigger.CALLER_UPDATE, io.vavr.collection.List.empty()))
        .transition("fa", "a", "end")
        .transition("fb", "b", "end")
        .build().getLeft().violations();
    assertThat(violations.map(Violation::code)).containsExactly(Workflow.DUPLICATE_TRANSITION);
  }

  @Test
  void a_vendor_extends_a_workflow_and_the_result_is_validated_anew() {
    Workflow<String> base = Workflow.<String>builder("base")
        .state("new", "New", StateCategory.NEW)
        .state("closed", "Closed", StateCategory.CLOSED)
        .initial("new")
        .transition("close", "new", "closed")
        .buildOrThrow();
    Workflow<String> extended = base.toBuilder()
        .state("triage", "Triage", StateCategory.ACTIVE)
        .transition("triage", "new", "triage")
        .transition("close", "triage", "closed")
        .build().get();
    assertThat(extended.states().map(WorkflowState::id)).containsExactly("new", "closed", "triage");
    assertThat(base.states()).hasSize(2);

    Seq<Violation> broken = extended.toBuilder().removeState("closed").build().getLeft().violations();
    assertThat(broken.map(Violation::code)).contains(Workflow.NO_TERMINAL_STATE, Workflow.DEAD_END);
  }

  @Test
  void buildOrThrow_names_every_violation() {
    assertThatThrownBy(() -> Workflow.<String>builder("x").buildOrThrow())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("workflow x is not valid")
        .hasMessageContaining("no initial state");
  }

  @Test
  void guards_report_missing_fields_together_then_values_then_roles_then_rules() {
    Workflow<String> w = Workflow.<String>builder("guarded")
        .state("a", "A", StateCategory.NEW)
        .state("z", "Z", StateCategory.CLOSED)
        .initial("a")
        .transition("finish", "a", "z",
            Guard.requiredFields("f1", "f2"),
            Guard.allowedValues("f1", "x", "y"),
            Guard.requiredRole("boss"),
            Guard.custom("not-friday", "no releases on Fridays", r -> !r.subject().equals("friday")))
        .buildOrThrow();
    Transition<String> t = w.transition("a", "z").get();
    WorkflowState a = w.state("a").get();
    WorkflowState z = w.state("z").get();
    Actor clerk = Actor.of("clerk");
    Actor boss = Actor.of("pat", "boss");

    var missing = w.check(t, new TransitionRequest<>("monday", clerk, a, z, HashMap.empty())).get();
    assertThat(missing.code()).isEqualTo(RejectionCode.FIELD_REQUIRED);
    assertThat(missing.violations().map(Violation::field)).containsExactly("fields.f1", "fields.f2");

    var wrongValue = w.check(t, new TransitionRequest<>("monday", clerk, a, z, HashMap.of("f1", "q", "f2", "v"))).get();
    assertThat(wrongValue.code()).isEqualTo(RejectionCode.INVALID_INPUT);

    var noRole = w.check(t, new TransitionRequest<>("monday", clerk, a, z, HashMap.of("f1", "x", "f2", "v"))).get();
    assertThat(noRole.code()).isEqualTo(RejectionCode.GUARD_FAILED);
    assertThat(noRole.message()).contains("boss");

    var friday = w.check(t, new TransitionRequest<>("friday", boss, a, z, HashMap.of("f1", "x", "f2", "v"))).get();
    assertThat(friday.message()).contains("not-friday");

    assertThat(w.check(t, new TransitionRequest<>("monday", boss, a, z, HashMap.of("f1", "x", "f2", "v")))).isEmpty();
  }

  @Test
  void malformed_names_fail_fast() {
    assertThatThrownBy(() -> Workflow.<String>builder("bad id!")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("id");
    assertThatThrownBy(() -> Workflow.<String>builder("w").state("a", " ", StateCategory.NEW))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("label");
    assertThatThrownBy(() -> Guard.<String>requiredFields()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Guard.<String>requiredRole(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("role");
  }
}
