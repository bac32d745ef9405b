package io.itsm4j.audit.corrective;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.audit.ActionContext;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import net.jqwik.api.statistics.Statistics;

/**
 * The corrective-action lifecycle against a reference model written the plain way: random command sequences by
 * random people; the decider accepts exactly what the model accepts, refuses with the model's code otherwise, a
 * refusal changes nothing, the replayed history equals the model at every step, and overdue steps are exactly those
 * the model computes.
 */
class CorrectiveActionLifecycleSpec {
  static final TenantId ACME = TenantId.of("acme");
  static final CorrectiveActionId ID = CorrectiveActionId.of("CA-1");
  static final Instant START = Instant.parse("2026-05-01T08:00:00Z");
  static final Seq<ActorId> PEOPLE = Vector.of("ann", "ben", "cat", "dan").map(ActorId::of);

  /** The system under test (a history) with the reference model beside it. */
  static final class Subject {
    Seq<CorrectiveActionEvent> history = Vector.empty();
    Instant now = START;
    // the reference model
    boolean exists;
    CorrectiveActionState state = CorrectiveActionState.RAISED;
    Seq<PlannedAction> plan = Vector.empty();
    Option<ActorId> implementer = Option.none();
    int reopenings;

    void run(CorrectiveActionCommand command, ActorId actor) {
      now = now.plus(Duration.ofHours(1));
      Option<CorrectiveAction> before = CorrectiveActionDecider.replay(history);
      Option<RejectionCode> expected = expected(command, actor);
      Either<Rejection, Seq<CorrectiveActionEvent>> decided =
          CorrectiveActionDecider.decide(ActionContext.of(ACME, actor, now), ID, command, before);
      Statistics.label("outcome").collect(command.type() + " " + expected.map(Enum::name).getOrElse("accepted"));
      if (expected.isDefined()) {
        assertThat(decided.isLeft()).as("%s by %s must be refused with %s", command, actor, expected.get()).isTrue();
        assertThat(decided.getLeft().code()).as("%s by %s", command, actor).isEqualTo(expected.get());
        return;
      }
      assertThat(decided.isRight()).as("%s by %s must be accepted, got %s", command, actor, decided).isTrue();
      assertThat(decided.get().map(e -> e.header().sequence()))
          .containsExactly(before.map(CorrectiveAction::version).getOrElse(0L) + 1);
      history = history.appendAll(decided.get());
      apply(command, actor);
    }

    /** What the plain model says: none when the command is accepted, else the code of its refusal. */
    Option<RejectionCode> expected(CorrectiveActionCommand command, ActorId actor) {
      if (command instanceof CorrectiveActionCommand.Raise r) {
        return exists ? Option.some(RejectionCode.ALREADY_EXISTS)
            : r.title().isBlank() ? Option.some(RejectionCode.INVALID_INPUT) : Option.none();
      }
      if (!exists) {
        return Option.some(RejectionCode.NOT_FOUND);
      }
      if (state == CorrectiveActionState.CLOSED) {
        return Option.some(RejectionCode.TRANSITION_NOT_ALLOWED);
      }
      if (command instanceof CorrectiveActionCommand.AnalyseRootCause c) {
        return state != CorrectiveActionState.RAISED ? Option.some(RejectionCode.TRANSITION_NOT_ALLOWED)
            : c.rootCause().isBlank() ? Option.some(RejectionCode.FIELD_REQUIRED) : Option.none();
      }
      if (command instanceof CorrectiveActionCommand.Plan p) {
        if (state != CorrectiveActionState.ROOT_CAUSE_ANALYSED && state != CorrectiveActionState.ACTIONS_PLANNED) {
          return Option.some(RejectionCode.TRANSITION_NOT_ALLOWED);
        }
        if (p.steps().isEmpty()) {
          return Option.some(RejectionCode.FIELD_REQUIRED);
        }
        boolean bad = p.steps().exists(s -> s.description().isBlank() || s.due().isBefore(now));
        return bad ? Option.some(RejectionCode.INVALID_INPUT) : Option.none();
      }
      if (command instanceof CorrectiveActionCommand.Implement c) {
        return state != CorrectiveActionState.ACTIONS_PLANNED ? Option.some(RejectionCode.TRANSITION_NOT_ALLOWED)
            : c.summary().isBlank() ? Option.some(RejectionCode.FIELD_REQUIRED) : Option.none();
      }
      if (command instanceof CorrectiveActionCommand.VerifyEffectiveness c) {
        if (state != CorrectiveActionState.IMPLEMENTED) {
          return Option.some(RejectionCode.TRANSITION_NOT_ALLOWED);
        }
        if (c.evidence().isBlank()) {
          return Option.some(RejectionCode.FIELD_REQUIRED);
        }
        boolean ownWork = implementer.contains(actor) || plan.exists(s -> s.owner().equals(actor));
        return ownWork ? Option.some(RejectionCode.RULE_VIOLATED) : Option.none();
      }
      return state != CorrectiveActionState.EFFECTIVENESS_VERIFIED ? Option.some(RejectionCode.TRANSITION_NOT_ALLOWED)
          : Option.none();
    }

    void apply(CorrectiveActionCommand command, ActorId actor) {
      if (command instanceof CorrectiveActionCommand.Raise) {
        exists = true;
        state = CorrectiveActionState.RAISED;
      } else if (command instanceof CorrectiveActionCommand.AnalyseRootCause) {
        state = CorrectiveActionState.ROOT_CAUSE_ANALYSED;
      } else if (command instanceof CorrectiveActionCommand.Plan p) {
        state = CorrectiveActionState.ACTIONS_PLANNED;
        plan = p.steps();
      } else if (command instanceof CorrectiveActionCommand.Implement) {
        state = CorrectiveActionState.IMPLEMENTED;
        implementer = Option.some(actor);
      } else if (command instanceof CorrectiveActionCommand.VerifyEffectiveness v) {
        if (v.effective()) {
          state = CorrectiveActionState.EFFECTIVENESS_VERIFIED;
        } else {
          state = CorrectiveActionState.RAISED;
          reopenings++;
          implementer = Option.none();
        }
      } else {
        state = CorrectiveActionState.CLOSED;
      }
    }

    void matchesModel() {
      Option<CorrectiveAction> replayed = CorrectiveActionDecider.replay(history);
      assertThat(replayed.isDefined()).isEqualTo(exists);
      if (!exists) {
        return;
      }
      CorrectiveAction ca = replayed.get();
      assertThat(ca.state()).isEqualTo(state);
      assertThat(ca.version()).isEqualTo(history.size());
      assertThat(ca.reopenings()).isEqualTo(reopenings);
      assertThat(ca.plan()).isEqualTo(plan);
      assertThat(ca.implementedBy()).isEqualTo(implementer);
      assertThat(ca.isOpen()).isEqualTo(state != CorrectiveActionState.CLOSED);
      for (Instant asOf : Vector.of(now, now.plus(Duration.ofHours(3)), now.plus(Duration.ofDays(2)))) {
        Seq<PlannedAction> overdue = state == CorrectiveActionState.ACTIONS_PLANNED
            ? plan.filter(s -> s.due().isBefore(asOf)) : Vector.empty();
        assertThat(ca.overdueSteps(asOf)).isEqualTo(overdue);
        assertThat(ca.isOverdue(asOf)).isEqualTo(!overdue.isEmpty());
      }
    }

    @Override
    public String toString() {
      return "history of " + history.size() + " events, model " + (exists ? state : "absent");
    }
  }

  @Property(tries = 150)
  void theLifecycleFollowsTheModel(@ForAll("chains") ActionChain<Subject> chain) {
    chain.withInvariant("replay equals model", Subject::matchesModel).run();
  }

  @Provide
  Arbitrary<ActionChain<Subject>> chains() {
    return ActionChain.startWith(Subject::new)
        .withAction(new Action.Independent<Subject>() {
          @Override
          public Arbitrary<Transformer<Subject>> transformer() {
            return Combinators.combine(commands(), Arbitraries.of(PEOPLE.toJavaList()))
                .as((c, a) -> Transformer.mutate(c.type() + " by " + a, s -> s.run(c, a)));
          }
        })
        .withAction(2, new Action.Dependent<Subject>() {
          @Override
          public Arbitrary<Transformer<Subject>> transformer(Subject s) {
            return Combinators.combine(next(s), Arbitraries.of(PEOPLE.toJavaList()))
                .as((c, a) -> Transformer.mutate("next " + c.type() + " by " + a, x -> x.run(c, a)));
          }
        })
        .withMaxTransformations(40);
  }

  /** The step the lifecycle expects next, with valid content; the actor (chosen apart) may still be refused. */
  static Arbitrary<CorrectiveActionCommand> next(Subject s) {
    if (!s.exists) {
      return Arbitraries.just(new CorrectiveActionCommand.Raise("Changes skip approval", "", Option.none()));
    }
    return switch (s.state) {
      case RAISED -> Arbitraries.just(new CorrectiveActionCommand.AnalyseRootCause("no gate"));
      case ROOT_CAUSE_ANALYSED -> Combinators.combine(Arbitraries.of(PEOPLE.toJavaList()), Arbitraries.integers().between(1, 6))
          .as((owner, hours) -> new CorrectiveActionCommand.Plan(Vector.of(
              PlannedAction.of("add a gate", owner, s.now.plus(Duration.ofHours(hours))))));
      case ACTIONS_PLANNED -> Arbitraries.just(new CorrectiveActionCommand.Implement("gate added"));
      case IMPLEMENTED -> Arbitraries.of(true, false).map(ok -> new CorrectiveActionCommand.VerifyEffectiveness(ok, "sampled 20 changes"));
      default -> Arbitraries.just(new CorrectiveActionCommand.Close());
    };
  }

  /** Commands biased towards the happy path, so chains get deep into the lifecycle and round the reopen loop. */
  static Arbitrary<CorrectiveActionCommand> commands() {
    Arbitrary<String> text = Arbitraries.frequency(Tuple2s.of(9, "words"), Tuple2s.of(1, " "));
    Arbitrary<PlannedAction> step = Combinators.combine(text, Arbitraries.of(PEOPLE.toJavaList()),
        Arbitraries.integers().between(-1, 30))
        .as((d, owner, hours) -> PlannedAction.of(d, owner, START.plus(Duration.ofHours(hours + 20))));
    return Arbitraries.frequencyOf(
        Tuple2s.of(2, text.map(t -> new CorrectiveActionCommand.Raise(t, "", Option.some("F-1")))),
        Tuple2s.of(3, text.map(CorrectiveActionCommand.AnalyseRootCause::new)),
        Tuple2s.of(3, step.list().ofMaxSize(3).map(l -> new CorrectiveActionCommand.Plan(Vector.ofAll(l)))),
        Tuple2s.of(3, text.map(CorrectiveActionCommand.Implement::new)),
        Tuple2s.of(4, Combinators.combine(Arbitraries.of(true, false), text).as(CorrectiveActionCommand.VerifyEffectiveness::new)),
        Tuple2s.of(2, Arbitraries.just(new CorrectiveActionCommand.Close())));
  }

  /** Shorthand for jqwik's weighted pairs. */
  static final class Tuple2s {
    static <T> net.jqwik.api.Tuple.Tuple2<Integer, T> of(int weight, T value) {
      return net.jqwik.api.Tuple.of(weight, value);
    }
  }

  @Property(tries = 100)
  void overdueIsAPureFunctionOfTheActionAndTheInstant(@ForAll("plannedActions") CorrectiveAction ca,
      @ForAll("offsets") int hours) {
    Instant asOf = START.plus(Duration.ofHours(hours));
    assertThat(ca.overdueSteps(asOf)).containsExactlyElementsOf(ca.plan().filter(s -> asOf.isAfter(s.due())));
    assertThat(ca.isOverdue(asOf)).isEqualTo(ca.plan().exists(s -> s.due().isBefore(asOf)));
    Instant earliestDue = ca.plan().map(PlannedAction::due).min().get();
    assertThat(ca.isOverdue(earliestDue)).as("due at the instant itself is not yet overdue").isFalse();
    assertThat(ca.isOverdue(earliestDue.plusNanos(1))).isTrue();
  }

  @Provide
  Arbitrary<Integer> offsets() {
    return Arbitraries.integers().between(0, 80);
  }

  @Provide
  Arbitrary<CorrectiveAction> plannedActions() {
    Arbitrary<PlannedAction> step = Combinators.combine(Arbitraries.of(PEOPLE.toJavaList()),
        Arbitraries.integers().between(2, 60))
        .as((owner, hours) -> PlannedAction.of("do it", owner, START.plus(Duration.ofHours(hours))));
    return step.list().ofMinSize(1).ofMaxSize(4).map(steps -> {
      Seq<CorrectiveActionEvent> h = Vector.empty();
      Option<CorrectiveAction> s = Option.none();
      for (CorrectiveActionCommand c : Vector.<CorrectiveActionCommand>of(
          new CorrectiveActionCommand.Raise("Changes skip approval", "", Option.none()),
          new CorrectiveActionCommand.AnalyseRootCause("No gate in the workflow"),
          new CorrectiveActionCommand.Plan(Vector.ofAll(steps)))) {
        Seq<CorrectiveActionEvent> e = CorrectiveActionDecider.decide(ActionContext.of(ACME, ActorId.of("qm"), START), ID, c, s).get();
        h = h.appendAll(e);
        s = CorrectiveActionDecider.replay(h);
      }
      return s.get();
    });
  }
}
