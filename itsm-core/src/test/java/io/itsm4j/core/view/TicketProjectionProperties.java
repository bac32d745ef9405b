package io.itsm4j.core.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.itsm4j.core.Actor;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.GroupId;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.catalogue.CustomerId;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.ticket.ChangeType;
import io.itsm4j.core.ticket.CommandContext;
import io.itsm4j.core.ticket.Impact;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketDecider;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketFields;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.core.ticket.TicketKind;
import io.itsm4j.core.ticket.TicketSubject;
import io.itsm4j.core.ticket.Urgency;
import io.vavr.collection.HashSet;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The view projection against the ticket: for generated command sequences on every default workflow (states moved
 * through with their forms' fields, reopenings, re-prioritisation, assignment, details and subject changes), the
 * fold of the history's events equals the view of the replayed ticket after every event; a replayed prefix changes
 * nothing; a broken history is refused.
 */
class TicketProjectionProperties {
  private static final TicketDecider DECIDER = TicketDecider.standard();
  private static final TenantId TENANT = TenantId.of("t1");
  private static final TicketId ID = TicketId.of("T-1");
  private static final List<String> STATES = List.of("new", "in-progress", "on-hold", "resolved", "closed",
      "cancelled", "approval", "fulfilment", "fulfilled", "rejected", "investigating", "known-error", "assess",
      "authorise", "scheduled", "implement", "review");
  private static final List<String> FIELDS = List.of(TicketFields.RESOLUTION_CODE, TicketFields.RESOLUTION_NOTES,
      TicketFields.HOLD_REASON, TicketFields.CANCEL_REASON, TicketFields.REOPEN_REASON, TicketFields.ROOT_CAUSE,
      TicketFields.WORKAROUND, TicketFields.CHANGE_OUTCOME, TicketFields.PLANNED_START, TicketFields.PLANNED_END);
  /** Kept: two of the workflow fields and a host's own; the others must stay out of the view. */
  private static final Set<String> KEPT = HashSet.of(TicketFields.HOLD_REASON, TicketFields.RESOLUTION_CODE,
      "custom");

  @Provide
  Arbitrary<TicketCommand.Open> opens() {
    Arbitrary<TicketSubject> subjects = subjects();
    Arbitrary<TicketCommand.Open> plain = Combinators.combine(
        Arbitraries.of(TicketKind.INCIDENT, TicketKind.SERVICE_REQUEST, TicketKind.PROBLEM),
        Arbitraries.of(Impact.class), Arbitraries.of(Urgency.class), subjects, Arbitraries.of("", "custom"))
        .as((k, i, u, s, f) -> {
          TicketCommand.Open o = switch (k) {
            case INCIDENT -> TicketCommand.Open.incident("t", i, u);
            case SERVICE_REQUEST -> TicketCommand.Open.serviceRequest("t", i, u);
            default -> TicketCommand.Open.problem("t", i, u);
          };
          o = o.withSubject(s).withCaller(ActorId.of("caller"));
          return f.isEmpty() ? o : o.withField(f, "at opening");
        });
    Arbitrary<TicketCommand.Open> changes = Combinators.combine(Arbitraries.of(ChangeType.class),
        Arbitraries.of(Impact.class), Arbitraries.of(Urgency.class))
        .as((t, i, u) -> TicketCommand.Open.change(t, "c", i, u));
    return Arbitraries.oneOf(plain, changes);
  }

  private static Arbitrary<TicketSubject> subjects() {
    return Combinators.combine(Arbitraries.of("email", "vpn", ""), Arbitraries.of("retail", ""),
        Arbitraries.of("ci-1", "")).as((s, c, ci) -> {
          TicketSubject out = TicketSubject.none();
          out = s.isEmpty() ? out : out.withService(ServiceId.of(s));
          out = c.isEmpty() ? out : out.withCustomer(CustomerId.of(c));
          return ci.isEmpty() ? out : new TicketSubject(out.service(), out.offering(), out.customer(),
              out.catalogueItem(), HashSet.of(ConfigurationItemId.of(ci)));
        });
  }

  @Provide
  Arbitrary<List<TicketCommand>> commands() {
    Arbitrary<TicketCommand> changeState = Combinators.combine(Arbitraries.of(STATES),
            Arbitraries.subsetOf(FIELDS), Arbitraries.of("awaiting-caller", "successful", "fixed"))
        .as((to, fields, value) -> {
          TicketCommand.ChangeState c = TicketCommand.ChangeState.to(to);
          for (String f : fields) {
            c = c.withField(f, value);
          }
          return c;
        });
    Arbitrary<TicketCommand> priority = Combinators.combine(Arbitraries.of(Impact.class),
        Arbitraries.of(Urgency.class)).as((i, u) -> new TicketCommand.ChangePriority(i, u, "why"));
    Arbitrary<TicketCommand> note = Arbitraries.of(TicketCommand.AddNote.workNote("n"),
        TicketCommand.AddNote.comment("c"));
    Arbitrary<TicketCommand> assign = Arbitraries.of(TicketCommand.Assign.toGroup(GroupId.of("a")),
        TicketCommand.Assign.toGroup(GroupId.of("b")), TicketCommand.Assign.to(GroupId.of("a"), ActorId.of("x")));
    Arbitrary<TicketCommand> update = Arbitraries.oneOf(
        Arbitraries.of(TicketCommand.UpdateDetails.nothing().withTitle("new title"),
            TicketCommand.UpdateDetails.nothing().withDescription("new description"),
            TicketCommand.UpdateDetails.nothing().withField("custom", "1"),
            TicketCommand.UpdateDetails.nothing().withField("other", "2"),
            TicketCommand.UpdateDetails.nothing().withoutField("custom")),
        subjects().map(s -> TicketCommand.UpdateDetails.nothing().withSubject(s)));
    return Arbitraries.frequencyOf(Tuple.of(6, changeState), Tuple.of(1, priority), Tuple.of(1, note),
        Tuple.of(2, assign), Tuple.of(2, update)).list().ofMaxSize(40);
  }

  @Property(tries = 500)
  void the_fold_of_the_events_is_the_view_of_the_replayed_ticket(@ForAll("opens") TicketCommand.Open open,
      @ForAll("commands") List<TicketCommand> commands, @ForAll boolean manager) {
    Seq<TicketEvent> history = history(open, commands, manager);
    TicketProjection projection = TicketProjection.keeping(KEPT);
    Option<TicketView> view = Option.none();
    for (int n = 1; n <= history.size(); n++) {
      view = Option.some(projection.apply(view, history.get(n - 1)));
      Ticket ticket = TicketDecider.replay(history.take(n)).get();
      assertThat(view.get()).isEqualTo(TicketView.of(ticket, KEPT));
      assertThat(view.get().fields().keySet()).isSubsetOf(KEPT);
      assertThat(view.get().isOpen()).isEqualTo(!ticket.isTerminal()
          && ticket.category() != io.itsm4j.core.workflow.StateCategory.RESOLVED);
    }
    // Replaying any prefix again, or the whole history, changes nothing: the view holds those events.
    TicketView last = view.get();
    int from = history.size() / 2;
    assertThat(projection.fold(view, history.drop(from))).contains(last);
    assertThat(projection.fold(view, history)).contains(last);
    assertThat(TicketProjection.standard().fold(Option.none(), history).get().fields()).isEmpty();
  }

  @Example
  void a_broken_history_is_refused() {
    Seq<TicketEvent> history = history(TicketCommand.Open.incident("t", Impact.LOW, Urgency.LOW),
        List.of(TicketCommand.AddNote.workNote("a"), TicketCommand.AddNote.workNote("b")), false);
    TicketProjection p = TicketProjection.standard();
    assertThatThrownBy(() -> p.apply(Option.none(), history.get(1))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("before the ticket was opened");
    TicketView opened = p.apply(Option.none(), history.get(0));
    assertThatThrownBy(() -> p.apply(Option.some(opened), history.get(2))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("does not follow version 1");
    TicketView two = p.apply(Option.some(opened), history.get(1));
    assertThatThrownBy(() -> p.apply(Option.some(two), history.get(0).sequence() == 1
        ? openedElsewhere(history.get(0)) : history.get(0))).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("folded into the view of");
    assertThat(p.apply(Option.some(two), history.get(0))).isSameAs(two);
    assertThat(two.version()).isEqualTo(2);
    assertThat(opened.isUnassigned()).isTrue();
  }

  private static TicketEvent openedElsewhere(TicketEvent e) {
    TicketEvent.Opened o = (TicketEvent.Opened) e;
    var h = o.header();
    return new TicketEvent.Opened(new io.itsm4j.core.ticket.EventHeader(TicketId.of("T-2"), h.tenant(), 3,
        h.occurredAt(), h.actor(), h.commandId()), o.kind(), o.changeType(), o.workflowId(), o.title(),
        o.description(), o.impact(), o.urgency(), o.priority(), o.state(), o.category(), o.fields(), o.subject(),
        o.caller());
  }

  private static Seq<TicketEvent> history(TicketCommand.Open open, List<TicketCommand> commands, boolean manager) {
    Actor actor = manager ? Actor.of("m", "change-manager") : Actor.of("a");
    Instant at = Instant.parse("2026-01-01T00:00:00Z");
    Seq<TicketEvent> history = DECIDER.decide(CommandContext.of(TENANT, ID, actor, "cmd-0", at), open,
        Option.none()).get();
    Ticket state = TicketDecider.replay(history).get();
    int n = 0;
    for (TicketCommand command : commands) {
      n++;
      at = at.plusSeconds(60);
      Either<Rejection, Seq<TicketEvent>> decided = DECIDER.decide(CommandContext.of(TENANT, ID, actor, "cmd-" + n,
          at), command, Option.some(state));
      if (decided.isRight()) {
        history = history.appendAll(decided.get());
        state = TicketDecider.replay(history).get();
      }
    }
    return history;
  }
}
