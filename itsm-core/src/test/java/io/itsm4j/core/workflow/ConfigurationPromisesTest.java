package io.itsm4j.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itsm4j.core.Actor;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.Violation;
import io.itsm4j.core.application.CatalogueService;
import io.itsm4j.core.catalogue.CatalogueCommand;
import io.itsm4j.core.catalogue.Offering;
import io.itsm4j.core.catalogue.Service;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.catalogue.ServiceKind;
import io.itsm4j.core.change.RiskQuestionnaire;
import io.itsm4j.core.change.policy.ChangeEnablement;
import io.itsm4j.core.ticket.ChangeType;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.PriorityMatrix;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketKind;
import io.itsm4j.core.ticket.TicketWorkflows;
import io.itsm4j.core.ticket.Urgency;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Seq;
import java.util.EnumMap;
import org.junit.jupiter.api.Test;

/**
 * The reproductions of the configuration report (issue "configuration as data keeps its promises"), one test each:
 * what the docs promise of a configuration is now kept at {@code build()}, or refused there by name.
 */
class ConfigurationPromisesTest {

  @Test
  void a_self_loop_is_no_way_out_and_a_trap_cycle_is_refused() {
    Seq<Violation> stuck = Workflow.<String>builder("w")
        .state("new", "New", StateCategory.NEW)
        .state("stuck", "Stuck", StateCategory.ACTIVE)
        .state("done", "Done", StateCategory.CLOSED)
        .initial("new")
        .transition("go", "new", "stuck")
        .transition("finish", "new", "done")
        .transition("again", "stuck", "stuck")
        .build().getLeft().violations();
    assertThat(stuck.map(Violation::code)).containsExactly(Workflow.DEAD_END);
    assertThat(stuck.map(Violation::field)).containsExactly("states.stuck");

    Seq<Violation> trap = Workflow.<String>builder("w")
        .state("new", "New", StateCategory.NEW)
        .state("a", "A", StateCategory.ACTIVE)
        .state("b", "B", StateCategory.ON_HOLD)
        .state("done", "Done", StateCategory.CLOSED)
        .initial("new")
        .transition("go", "new", "a")
        .transition("finish", "new", "done")
        .transition("hold", "a", "b")
        .transition("resume", "b", "a")
        .build().getLeft().violations();
    assertThat(trap.map(Violation::code)).containsOnly(Workflow.NO_WAY_TO_END);
    assertThat(trap.map(Violation::field)).containsExactly("states.a", "states.b");
  }

  @Test
  void editing_a_workflow_removes_and_guards_exactly_the_transitions_named() {
    Workflow<String> base = Workflow.<String>builder("w")
        .state("new", "New", StateCategory.NEW).state("work", "Work", StateCategory.ACTIVE)
        .state("hold", "Hold", StateCategory.ON_HOLD).state("done", "Done", StateCategory.CLOSED)
        .initial("new")
        .transition("start", "new", "work").transition("park", "work", "hold").transition("resume", "hold", "work")
        .transition("finish", "work", "done").transition("close", "new", "done")
        .buildOrThrow();
    Workflow<String> edited = base.toBuilder()
        .removeTransition("new", "done")
        .guard("work", "done", Guard.requiredFields("resolution"))
        .removeState("hold")
        .buildOrThrow();
    assertThat(edited.states().map(WorkflowState::id)).containsExactly("new", "work", "done");
    assertThat(edited.transition("new", "done")).isEmpty();
    assertThat(edited.transition("new", "work")).isNotEmpty();
    assertThat(edited.transition("work", "done").get().guards()).hasSize(1);
    assertThat(edited.transition("new", "work").get().guards()).isEmpty();
    assertThat(edited.transitionsFrom("work").map(Transition::to)).containsExactly("done");
  }

  @Test
  void every_transition_violation_names_its_transition_and_its_state() {
    Seq<Violation> v = Workflow.<String>builder("w")
        .state("new", "New", StateCategory.NEW)
        .state("work", "Work", StateCategory.ACTIVE)
        .state("done", "Done", StateCategory.CLOSED)
        .initial("new")
        .transition("start", "new", "work")
        .transition("finish", "work", "done")
        .transition("cancel", "new", "canceled")
        .transition("cancel", "work", "canceled")
        .build().getLeft().violations();
    assertThat(v.map(Violation::field)).containsExactly("transitions.cancel(new).to", "transitions.cancel(work).to");
    assertThat(v.map(Violation::field).distinct()).hasSize(v.size());
  }

  @Test
  void a_workflow_id_names_one_definition() {
    Workflow<Ticket> problemAsIncident = TicketWorkflows.problem().toBuilder("incident").buildOrThrow();
    assertThatThrownBy(() -> TicketWorkflows.defaults().with(TicketKind.PROBLEM, problemAsIncident))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("workflow id incident is already the id of the workflow of incident");
    // A retained definition keeps its id too.
    Workflow<Ticket> oldIncident = TicketWorkflows.incident().toBuilder("incident-v1").buildOrThrow();
    TicketWorkflows withOld = TicketWorkflows.defaults().retain(oldIncident);
    assertThat(withOld.retain(oldIncident).byId("incident-v1")).contains(oldIncident);
    assertThatThrownBy(() -> withOld.with(TicketKind.PROBLEM,
        TicketWorkflows.problem().toBuilder("incident-v1").buildOrThrow()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a retained workflow");
    // Replacing a kind's own workflow in place, or one definition serving two kinds, is allowed.
    Workflow<Ticket> incident = TicketWorkflows.incident().toBuilder().buildOrThrow();
    TicketWorkflows replaced = TicketWorkflows.defaults().with(TicketKind.INCIDENT, incident);
    assertThat(replaced.with(TicketKind.SERVICE_REQUEST, incident).byId("incident")).contains(incident);
    assertThatThrownBy(() -> TicketWorkflows.defaults().retain(problemAsIncident))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TicketWorkflows.defaults().withChange(ChangeType.NORMAL,
        TicketWorkflows.change(ChangeType.NORMAL).toBuilder("change-emergency").buildOrThrow()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("change-emergency");
  }

  @Test
  void an_offering_id_is_unique_within_the_tenant() {
    CatalogueService catalogue = CatalogueService.builder().build();
    TenantId acme = TenantId.of("acme");
    Actor owner = Actor.of("olivia", "catalogue-manager");
    assertThat(catalogue.execute(acme, owner, "k1", new CatalogueCommand.DefineService(service("mail"))).isRight())
        .isTrue();
    Rejection r = catalogue.execute(acme, owner, "k2", new CatalogueCommand.DefineService(service("web"))).getLeft();
    assertThat(r.code()).isEqualTo(RejectionCode.INVALID_INPUT);
    assertThat(r.violations().map(Violation::field)).containsExactly("service.offerings.gold.id");
    assertThat(r.violations().head().code()).isEqualTo(Violation.DUPLICATE);
    // The service that has it may keep it when revised.
    assertThat(catalogue.execute(acme, owner, "k3", new CatalogueCommand.ReviseService(
        io.itsm4j.core.catalogue.ImmutableService.copyOf(service("mail")).withName("Mail 2"))).isRight()).isTrue();
  }

  private static Service service(String id) {
    return Service.builder().id(ServiceId.of(id)).name(id).kind(ServiceKind.BUSINESS).owner(ActorId.of("olivia"))
        .offerings(LinkedHashMap.of(io.itsm4j.core.catalogue.OfferingId.of("gold"), Offering.of("gold", "Gold")))
        .build();
  }

  @Test
  void risk_points_that_could_overflow_are_refused_when_the_questionnaire_is_built() {
    assertThatThrownBy(() -> RiskQuestionnaire.builder()
        .question("a", LinkedHashMap.of("yes", Integer.MAX_VALUE, "no", 0))
        .question("b", LinkedHashMap.of("yes", Integer.MAX_VALUE, "no", 0)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("highest possible score");
    RiskQuestionnaire fits = RiskQuestionnaire.builder()
        .question("a", LinkedHashMap.of("yes", Integer.MAX_VALUE, "no", 0)).build();
    assertThat(fits.assess(LinkedHashMap.of("a", "yes")).get().score()).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void a_null_matrix_cell_is_a_null_pointer_naming_the_cell_and_a_missing_one_an_illegal_argument() {
    java.util.Map<Impact, java.util.Map<Urgency, Priority>> mapping = new EnumMap<>(Impact.class);
    for (Impact i : Impact.values()) {
      java.util.Map<Urgency, Priority> row = new EnumMap<>(Urgency.class);
      for (Urgency u : Urgency.values()) {
        row.put(u, Priority.P3);
      }
      mapping.put(i, row);
    }
    mapping.get(Impact.HIGH).put(Urgency.LOW, null);
    assertThatThrownBy(() -> PriorityMatrix.of(mapping)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("impact HIGH and urgency LOW");
    mapping.get(Impact.HIGH).remove(Urgency.LOW);
    assertThatThrownBy(() -> PriorityMatrix.of(mapping)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("impact HIGH and urgency LOW");
  }

  @Test
  void schedule_states_no_change_workflow_has_are_refused_when_change_enablement_is_built() {
    assertThatThrownBy(() -> ChangeEnablement.builder().scheduleStates(HashSet.of("planned", "scheduled")).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scheduleStates planned are states of no");
    Workflow<Ticket> planned = TicketWorkflows.change(ChangeType.NORMAL).toBuilder("change-normal-2")
        .state("planned", "Planned", StateCategory.ACTIVE)
        .transition("plan", "scheduled", "planned")
        .transition("go", "planned", "implement")
        .buildOrThrow();
    assertThat(ChangeEnablement.builder()
        .workflows(TicketWorkflows.defaults().withChange(ChangeType.NORMAL, planned))
        .scheduleStates(HashSet.of("planned")).build()).isNotNull();
  }
}
