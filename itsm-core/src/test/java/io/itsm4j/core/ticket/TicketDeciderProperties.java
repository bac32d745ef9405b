package io.itsm4j.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.Actor;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.workflow.Workflow;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The decider's laws on every default workflow, for random command sequences: state is the fold of the events,
 * the version counts them, a refusal yields nothing, a move happens only along a workflow transition, a closed
 * ticket accepts only what its workflow allows, and the priority always follows the matrix.
 */
class TicketDeciderProperties {
  private static final TicketDecider DECIDER = TicketDecider.standard();
  private static final TenantId TENANT = TenantId.of("t1");
  private static final TicketId ID = TicketId.of("T-1");
  private static final List<String> ALL_STATES = List.of("new", "in-progress", "on-hold", "resolved", "closed",
      "cancelled", "approval", "fulfilment", "fulfilled", "rejected", "investigating", "known-error", "assess",
      "authorise", "scheduled", "implement", "review", "nowhere");
  private static final List<String> FIELDS = List.of(TicketFields.RESOLUTION_CODE, TicketFields.RESOLUTION_NOTES,
      TicketFields.HOLD_REASON, TicketFields.CANCEL_REASON, TicketFields.REOPEN_REASON, TicketFields.ROOT_CAUSE,
      TicketFields.WORKAROUND, TicketFields.CHANGE_OUTCOME, TicketFields.PLANNED_START, TicketFields.PLANNED_END);

  @Provide
  Arbitrary<TicketCommand.Open> opens() {
    Arbitrary<TicketCommand.Open> plain = Combinators.combine(
        Arbitraries.of(TicketKind.INCIDENT, TicketKind.SERVICE_REQUEST, TicketKind.PROBLEM),
        Arbitraries.of(Impact.class), Arbitraries.of(Urgency.class))
        .as((k, i, u) -> switch (k) {
          case INCIDENT -> TicketCommand.Open.incident("t", i, u);
          case SERVICE_REQUEST -> TicketCommand.Open.serviceRequest("t", i, u);
          default -> TicketCommand.Open.problem("t", i, u);
        });
    Arbitrary<TicketCommand.Open> changes = Combinators.combine(Arbitraries.of(ChangeType.class),
        Arbitraries.of(Impact.class), Arbitraries.of(Urgency.class))
        .as((t, i, u) -> TicketCommand.Open.change(t, "c", i, u));
    return Arbitraries.oneOf(plain, changes);
  }

  @Provide
  Arbitrary<List<TicketCommand>> commands() {
    Arbitrary<TicketCommand> changeState = Combinators.combine(Arbitraries.of(ALL_STATES),
            Arbitraries.subsetOf(FIELDS), Arbitraries.of("awaiting-caller", "successful", "x"))
        .as((to, fields, value) -> {
          TicketCommand.ChangeState c = TicketCommand.ChangeState.to(to);
          for (String f : fields) {
            c = c.withField(f, value);
          }
          return c;
        });
    Arbitrary<TicketCommand> priority = Combinators.combine(Arbitraries.of(Impact.class), Arbitraries.of(Urgency.class))
        .as((i, u) -> new TicketCommand.ChangePriority(i, u, "why"));
    Arbitrary<TicketCommand> note = Arbitraries.of(TicketCommand.AddNote.workNote("n"), TicketCommand.AddNote.comment("c"));
    Arbitrary<TicketCommand> assign = Arbitraries.of(GroupId.of("a"), GroupId.of("b")).map(TicketCommand.Assign::toGroup);
    Arbitrary<TicketCommand> update = Arbitraries.of(TicketCommand.UpdateDetails.nothing().withTitle("new title"),
        TicketCommand.UpdateDetails.nothing().withField("custom", "1"), TicketCommand.UpdateDetails.nothing().withoutField("custom"));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, changeState),
        net.jqwik.api.Tuple.of(1, priority), net.jqwik.api.Tuple.of(1, note), net.jqwik.api.Tuple.of(1, assign),
        net.jqwik.api.Tuple.of(1, update))
        .list().ofMaxSize(40);
  }

  @Property(tries = 500)
  void state_is_the_fold_of_the_events_and_only_workflow_moves_happen(
      @ForAll("opens") TicketCommand.Open open, @ForAll("commands") List<TicketCommand> commands,
      @ForAll boolean manager) {
    Actor actor = manager ? Actor.of("m", "change-manager") : Actor.of("a");
    Instant at = Instant.parse("2026-01-01T00:00:00Z");
    Seq<TicketEvent> history = DECIDER.decide(ctx(actor, at, 0), open, Option.none()).get();
    Ticket state = TicketDecider.replay(history).get();
    int n = 0;
    for (TicketCommand command : commands) {
      n++;
      at = at.plusSeconds(60);
      Either<io.itsm4j.core.Rejection, Seq<TicketEvent>> decided = DECIDER.decide(ctx(actor, at, n), command, Option.some(state));
      Workflow<Ticket> workflow = DECIDER.workflows().byId(state.workflowId()).get();
      if (state.isTerminal() && !(command instanceof TicketCommand.ChangeState)) {
        assertThat(decided.getLeft().code()).isEqualTo(RejectionCode.TICKET_CLOSED);
      }
      if (decided.isLeft()) {
        continue;
      }
      Seq<TicketEvent> events = decided.get();
      assertThat(events).isNotEmpty();
      assertThat(events.map(TicketEvent::sequence))
          .containsExactlyElementsOf(io.vavr.collection.List.rangeClosed(state.version() + 1, state.version() + events.size()));
      assertThat(events.map(e -> e.header().commandId())).containsOnly("cmd-" + n);
      for (TicketEvent e : events) {
        if (e instanceof TicketEvent.StateChanged s) {
          assertThat(workflow.transition(s.from(), s.to())).as("move %s -> %s", s.from(), s.to()).isNotEmpty();
          assertThat(s.from()).isEqualTo(state.state());
        }
      }
      Ticket next = events.foldLeft(state, (t, e) -> TicketDecider.evolve(Option.some(t), e));
      history = history.appendAll(events);
      assertThat(TicketDecider.replay(history)).containsExactly(next);
      assertThat(next.version()).isEqualTo(history.size());
      assertThat(workflow.state(next.state()).get().category()).isEqualTo(next.category());
      assertThat(next.priority()).isEqualTo(DECIDER.matrix().priorityOf(next.impact(), next.urgency()));
      state = next;
    }
  }

  @Property(tries = 200)
  void every_state_of_every_default_workflow_can_be_reached_and_left_as_the_workflow_says(
      @ForAll("opens") TicketCommand.Open open) {
    Workflow<Ticket> workflow = DECIDER.workflows().forNew(open.kind(), open.changeType()).get();
    for (var from : workflow.states()) {
      for (var to : workflow.states()) {
        Ticket at = TicketDecider.replay(DECIDER.decide(ctx(Actor.of("m", "change-manager"), Instant.EPOCH, 0), open,
            Option.none()).get()).get();
        Ticket placed = io.itsm4j.core.ticket.ImmutableTicket.copyOf(at).withState(from.id()).withCategory(from.category());
        TicketCommand.ChangeState everything = TicketCommand.ChangeState.to(to.id());
        for (String f : FIELDS) {
          everything = everything.withField(f, f.equals(TicketFields.HOLD_REASON) ? "awaiting-caller"
              : f.equals(TicketFields.CHANGE_OUTCOME) ? "successful" : "v");
        }
        var decided = DECIDER.decide(ctx(Actor.of("m", "change-manager"), Instant.EPOCH, 1), everything, Option.some(placed));
        assertThat(decided.isRight())
            .as("%s: %s -> %s", workflow.id(), from.id(), to.id())
            .isEqualTo(workflow.transition(from.id(), to.id()).isDefined());
      }
    }
  }

  private static CommandContext ctx(Actor actor, Instant at, int n) {
    return CommandContext.of(TENANT, ID, actor, "cmd-" + n, at);
  }

  @Property(tries = 100)
  void a_history_that_does_not_continue_is_refused_by_evolve(@ForAll("opens") TicketCommand.Open open) {
    Seq<TicketEvent> opened = DECIDER.decide(ctx(Actor.of("a"), Instant.EPOCH, 0), open, Option.none()).get();
    Ticket t = TicketDecider.replay(opened).get();
    TicketEvent note = DECIDER.decide(ctx(Actor.of("a"), Instant.EPOCH, 1), TicketCommand.AddNote.workNote("x"),
        Option.some(t)).get().head();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> TicketDecider.replay(Vector.of(note)))
        .isInstanceOf(IllegalStateException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> TicketDecider.replay(opened.append(note).append(note)))
        .isInstanceOf(IllegalStateException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> TicketDecider.replay(opened.appendAll(opened)))
        .isInstanceOf(IllegalStateException.class);
  }
}
