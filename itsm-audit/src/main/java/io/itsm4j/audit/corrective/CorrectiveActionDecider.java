package io.itsm4j.audit.corrective;

import io.itsm4j.audit.ActionContext;
import io.itsm4j.audit.internal.Require;
import io.itsm4j.audit.corrective.CorrectiveActionEvent.Header;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.Violation;
import io.itsm4j.core.TextPolicy;
import io.itsm4j.core.Violations;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;

/**
 * The corrective-action lifecycle as two pure functions: {@link #decide} (command and state to events, or a
 * rejection) and {@link #evolve} (state and event to state).
 *
 * <pre>
 * RAISED → ROOT_CAUSE_ANALYSED → ACTIONS_PLANNED → IMPLEMENTED → EFFECTIVENESS_VERIFIED → CLOSED
 *    ↑                                (re-plan)          │ effectiveness check failed
 *    └───────────────────────────────────────────────────┘
 * </pre>
 *
 * <p>Rules: every step is taken only from the state before it ({@link RejectionCode#TRANSITION_NOT_ALLOWED});
 * text is checked as user input, every problem at once ({@link RejectionCode#INVALID_INPUT} or
 * {@link RejectionCode#FIELD_REQUIRED}); due dates may not lie before the plan is made; the effectiveness check must
 * be made by someone other than the implementer and the owners of the planned steps
 * ({@link RejectionCode#RULE_VIOLATED}), as a check of one's own work is no check.
 *
 * <p>Stateless and thread-safe.
 */
public final class CorrectiveActionDecider {
  /** Longest title, in characters. */
  public static final int TITLE_MAX = 200;
  /** Longest free text (nonconformity, root cause, summary, evidence), in characters. */
  public static final int TEXT_MAX = 4000;

  private CorrectiveActionDecider() {}

  /**
   * Decides what a command does.
   *
   * @param context who asks, in which tenant, when
   * @param id the corrective action
   * @param command what is asked
   * @param state the action as it is ({@link #replay} of its history); none if it does not exist
   * @return the events to append (numbered from {@code version + 1}), or why not
   * @throws NullPointerException if an argument is null
   */
  public static Either<Rejection, Seq<CorrectiveActionEvent>> decide(ActionContext context, CorrectiveActionId id,
      CorrectiveActionCommand command, Option<CorrectiveAction> state) {
    Require.notNull(context, "context");
    Require.notNull(id, "id");
    Require.notNull(command, "command");
    Require.notNull(state, "state");
    if (command instanceof CorrectiveActionCommand.Raise r) {
      if (state.isDefined()) {
        return reject(RejectionCode.ALREADY_EXISTS, "corrective action " + id + " exists already");
      }
      Seq<Violation> v = Violations.line("title", r.title(), TITLE_MAX, true).appendAll(Violations.text("nonconformity", r.nonconformity(), TEXT_MAX, false));
      if (!v.isEmpty()) {
        return Either.left(Rejection.invalid(RejectionCode.INVALID_INPUT, v));
      }
      return one(new CorrectiveActionEvent.Raised(new Header(id, context.tenant(), 1, context.at(), context.actor()),
          r.title(), r.nonconformity(), r.finding()));
    }
    if (state.isEmpty() || !state.get().tenant().equals(context.tenant()) || !state.get().id().equals(id)) {
      return reject(RejectionCode.NOT_FOUND, "no corrective action " + id + " in tenant " + context.tenant());
    }
    CorrectiveAction ca = state.get();
    Header h = new Header(id, context.tenant(), ca.version() + 1, context.at(), context.actor());
    if (ca.state() == CorrectiveActionState.CLOSED) {
      return reject(RejectionCode.TRANSITION_NOT_ALLOWED, "corrective action " + id + " is closed; it accepts no "
          + command.type());
    }
    if (command instanceof CorrectiveActionCommand.AnalyseRootCause c) {
      return from(ca, command, CorrectiveActionState.RAISED)
          .flatMap(ok -> required("rootCause", c.rootCause()))
          .map(ok -> List.of(new CorrectiveActionEvent.RootCauseAnalysed(h, c.rootCause())));
    } else if (command instanceof CorrectiveActionCommand.Plan p) {
      return from(ca, command, CorrectiveActionState.ROOT_CAUSE_ANALYSED, CorrectiveActionState.ACTIONS_PLANNED)
          .flatMap(ok -> plan(context, p.steps()))
          .map(ok -> List.of(new CorrectiveActionEvent.Planned(h, p.steps())));
    } else if (command instanceof CorrectiveActionCommand.Implement c) {
      return from(ca, command, CorrectiveActionState.ACTIONS_PLANNED)
          .flatMap(ok -> required("summary", c.summary()))
          .map(ok -> List.of(new CorrectiveActionEvent.Implemented(h, c.summary())));
    } else if (command instanceof CorrectiveActionCommand.VerifyEffectiveness c) {
      return from(ca, command, CorrectiveActionState.IMPLEMENTED)
          .flatMap(ok -> required("evidence", c.evidence()))
          .flatMap(ok -> independent(ca, context.actor()))
          .map(ok -> List.of(new CorrectiveActionEvent.EffectivenessChecked(h, c.effective(), c.evidence())));
    } else {
      return from(ca, command, CorrectiveActionState.EFFECTIVENESS_VERIFIED)
          .map(ok -> List.of(new CorrectiveActionEvent.Closed(h)));
    }
  }

  /**
   * Applies one event. Events come from {@link #decide} or from storage, so they are trusted.
   *
   * @param state the action before the event; none only before {@link CorrectiveActionEvent.Raised}
   * @throws IllegalArgumentException if the event does not fit the state (a corrupt history)
   */
  public static CorrectiveAction evolve(Option<CorrectiveAction> state, CorrectiveActionEvent event) {
    Require.notNull(state, "state");
    Require.notNull(event, "event");
    Header h = event.header();
    if (event instanceof CorrectiveActionEvent.Raised r) {
      if (state.isDefined()) {
        throw new IllegalArgumentException("corrective action " + h.id() + " is raised twice");
      }
      return ImmutableCorrectiveAction.builder().id(h.id()).tenant(h.tenant()).title(r.title())
          .nonconformity(r.nonconformity()).finding(r.finding()).raisedBy(h.actor()).raisedAt(h.at())
          .state(CorrectiveActionState.RAISED).version(1).build();
    }
    CorrectiveAction ca = state.getOrElseThrow(() -> new IllegalArgumentException(
        "history of corrective action " + h.id() + " does not start with raised"));
    if (h.sequence() != ca.version() + 1) {
      throw new IllegalArgumentException("event " + h.sequence() + " follows version " + ca.version());
    }
    ImmutableCorrectiveAction next = ImmutableCorrectiveAction.copyOf(ca).withVersion(h.sequence());
    if (event instanceof CorrectiveActionEvent.RootCauseAnalysed e) {
      return next.withRootCause(Option.some(e.rootCause())).withState(CorrectiveActionState.ROOT_CAUSE_ANALYSED);
    } else if (event instanceof CorrectiveActionEvent.Planned e) {
      return next.withPlan(e.steps()).withState(CorrectiveActionState.ACTIONS_PLANNED);
    } else if (event instanceof CorrectiveActionEvent.Implemented e) {
      return next.withImplementation(Option.some(e.summary())).withImplementedBy(Option.some(h.actor()))
          .withState(CorrectiveActionState.IMPLEMENTED);
    } else if (event instanceof CorrectiveActionEvent.EffectivenessChecked e) {
      ImmutableCorrectiveAction checked = next.withChecks(ca.checks().append(
          new EffectivenessCheck(h.actor(), h.at(), e.effective(), e.evidence())));
      return e.effective() ? checked.withState(CorrectiveActionState.EFFECTIVENESS_VERIFIED)
          : checked.withState(CorrectiveActionState.RAISED).withReopenings(ca.reopenings() + 1)
              .withImplementation(Option.none()).withImplementedBy(Option.none());
    } else {
      return next.withState(CorrectiveActionState.CLOSED).withClosedAt(Option.some(h.at()));
    }
  }

  /** The action as its history leaves it; none for an empty history. */
  public static Option<CorrectiveAction> replay(Seq<CorrectiveActionEvent> history) {
    Require.notNull(history, "history");
    return history.foldLeft(Option.none(), (s, e) -> Option.some(evolve(s, e)));
  }

  private static Either<Rejection, Boolean> from(CorrectiveAction ca, CorrectiveActionCommand command,
      CorrectiveActionState... allowed) {
    for (CorrectiveActionState s : allowed) {
      if (ca.state() == s) {
        return Either.right(true);
      }
    }
    return reject(RejectionCode.TRANSITION_NOT_ALLOWED, "corrective action " + ca.id() + " is " + ca.state()
        + "; " + command.type() + " is allowed only when it is " + Vector.of(allowed).mkString(" or "));
  }

  private static Either<Rejection, Boolean> required(String field, String value) {
    if (TextPolicy.isBlank(value)) {
      return Either.left(Rejection.invalid(RejectionCode.FIELD_REQUIRED,
          List.of(Violation.of(field, Violation.REQUIRED, field + " must not be blank"))));
    }
    Seq<Violation> v = Violations.text(field, value, TEXT_MAX, true);
    return v.isEmpty() ? Either.right(true) : Either.left(Rejection.invalid(RejectionCode.INVALID_INPUT, v));
  }

  private static Either<Rejection, Boolean> plan(ActionContext context, Seq<PlannedAction> steps) {
    if (steps.isEmpty()) {
      return Either.left(Rejection.invalid(RejectionCode.FIELD_REQUIRED,
          List.of(Violation.of("steps", Violation.REQUIRED, "a plan needs at least one step"))));
    }
    Seq<Violation> v = steps.zipWithIndex().flatMap(si -> {
      String at = "steps[" + si._2 + "]";
      Seq<Violation> problems = Violations.text(at + ".description", si._1.description(), PlannedAction.DESCRIPTION_MAX, true);
      if (si._1.due().isBefore(context.at())) {
        problems = problems.append(Violation.of(at + ".due", Violation.INVALID,
            "due " + si._1.due() + " lies before the plan is made (" + context.at() + ")"));
      }
      return problems;
    });
    return v.isEmpty() ? Either.right(true) : Either.left(Rejection.invalid(RejectionCode.INVALID_INPUT, v));
  }

  private static Either<Rejection, Boolean> independent(CorrectiveAction ca, ActorId verifier) {
    if (ca.implementedBy().contains(verifier)) {
      return reject(RejectionCode.RULE_VIOLATED, verifier + " implemented corrective action " + ca.id()
          + " and so cannot verify its effectiveness");
    }
    if (ca.plan().exists(p -> p.owner().equals(verifier))) {
      return reject(RejectionCode.RULE_VIOLATED, verifier + " owns a planned step of corrective action " + ca.id()
          + " and so cannot verify its effectiveness");
    }
    return Either.right(true);
  }

  private static <T> Either<Rejection, T> reject(RejectionCode code, String message) {
    return Either.left(Rejection.of(code, message));
  }

  private static Either<Rejection, Seq<CorrectiveActionEvent>> one(CorrectiveActionEvent e) {
    return Either.right(List.of(e));
  }
}
