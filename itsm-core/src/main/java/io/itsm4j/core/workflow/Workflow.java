package io.itsm4j.core.workflow;

import io.vavr.control.Either;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.Violation;
import io.itsm4j.core.internal.Checks;
import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * A validated workflow: states, an initial state, and transitions with guards. Only {@link Builder#build()}
 * makes one, so every instance is known to be sound: every state is reachable from the initial state, every
 * non-terminal state has a way out (a transition to another state) and a path to a terminal state, no two
 * transitions join the same pair of states. Guards are not part of this judgement: they depend on each record.
 *
 * <p>Immutable and thread-safe. Lookups are constant time.
 *
 * @param <T> the type of record the workflow governs; custom guards see it
 */
public final class Workflow<T> {
  /** Violation code: a transition names a state the workflow does not have. */
  public static final String UNKNOWN_STATE = "UNKNOWN_STATE";
  /** Violation code: a state cannot be reached from the initial state. */
  public static final String UNREACHABLE_STATE = "UNREACHABLE_STATE";
  /** Violation code: a non-terminal state has no transition to another state (a self-loop is no way out). */
  public static final String DEAD_END = "DEAD_END";
  /**
   * Violation code: a non-terminal state has a way out, but no path from it reaches a terminal state (a trap, such
   * as two states that only lead to each other).
   */
  public static final String NO_WAY_TO_END = "NO_WAY_TO_END";
  /** Violation code: no initial state is set, or it is not one of the states. */
  public static final String NO_INITIAL_STATE = "NO_INITIAL_STATE";
  /**
   * Violation code: two transitions join the same two states, two leave a state under the same name, or two leave
   * a state on the caller's update.
   */
  public static final String DUPLICATE_TRANSITION = "DUPLICATE_TRANSITION";
  /** Violation code: two states share an id. */
  public static final String DUPLICATE_STATE = "DUPLICATE_STATE";
  /** Violation code: no state is terminal (closed or cancelled), so no record could ever end. */
  public static final String NO_TERMINAL_STATE = "NO_TERMINAL_STATE";

  private final String id;
  private final String initial;
  private final LinkedHashMap<String, WorkflowState> states;
  private final Seq<Transition<T>> transitions;
  // The compiled form, resolved once at build time: every lookup a command makes is one JDK hash lookup (String
  // caches its hash) that returns a ready-made Option, and every transition's guards are split by kind into arrays,
  // so deciding a command allocates no lookup result and walks no persistent collection. Never mutated after the
  // constructor, so safely shared through the final fields.
  private final java.util.Map<String, Option<WorkflowState>> stateById;
  private final java.util.Map<String, java.util.Map<String, Step<T>>> steps;
  private final java.util.Map<String, Seq<Transition<T>>> outgoing;

  private Workflow(String id, String initial, LinkedHashMap<String, WorkflowState> states,
      Seq<Transition<T>> transitions) {
    this.id = id;
    this.initial = initial;
    this.states = states;
    this.transitions = transitions;
    this.stateById = new java.util.HashMap<>();
    for (WorkflowState s : states.values()) {
      stateById.put(s.id(), Option.some(s));
    }
    this.steps = new java.util.HashMap<>();
    java.util.Map<String, Vector<Transition<T>>> from = new java.util.LinkedHashMap<>();
    for (Transition<T> t : transitions) {
      steps.computeIfAbsent(t.from(), k -> new java.util.HashMap<>()).put(t.to(), new Step<>(t));
      from.merge(t.from(), Vector.of(t), Vector::appendAll);
    }
    this.outgoing = new java.util.HashMap<>(from);
  }

  /**
   * Starts an empty workflow definition.
   *
   * @param id the workflow's identifier, e.g. {@code "incident"}; recorded on every record it governs
   * @throws IllegalArgumentException if {@code id} is not an identifier
   */
  public static <T> Builder<T> builder(String id) {
    return new Builder<>(Checks.id(id, "id"));
  }

  /** A builder holding this workflow's definition, to extend or change it; the result is validated anew. */
  public Builder<T> toBuilder() {
    return toBuilder(id);
  }

  /**
   * A builder holding this workflow's definition under another id: a new version of it, which new tickets can be
   * opened under while tickets opened under this one keep it (retain this one in {@code TicketWorkflows}).
   *
   * @throws IllegalArgumentException if {@code newId} is not an identifier
   */
  public Builder<T> toBuilder(String newId) {
    Builder<T> b = new Builder<>(Checks.id(newId, "newId"));
    b.states = states.values().toVector();
    b.initial = Option.some(initial);
    b.transitions = transitions.toVector();
    return b;
  }

  /** The workflow's identifier. */
  public String id() {
    return id;
  }

  /** The state every record starts in. */
  public WorkflowState initialState() {
    return states.get(initial).get();
  }

  /** All states, in definition order. */
  public Seq<WorkflowState> states() {
    return states.values().toVector();
  }

  /** All transitions, in definition order. */
  public Seq<Transition<T>> transitions() {
    return transitions;
  }

  /** The state with this id, if the workflow has it; none for an unknown or {@code null} id. */
  public Option<WorkflowState> state(String stateId) {
    Option<WorkflowState> found = stateById.get(stateId);
    return found == null ? Option.none() : found;
  }

  /** The transition from {@code from} to {@code to}, if the workflow permits that move. */
  public Option<Transition<T>> transition(String from, String to) {
    Step<T> step = step(from, to);
    return step == null ? Option.none() : step.found;
  }

  /** The transitions leaving {@code from}, in definition order; empty for an unknown state. */
  public Seq<Transition<T>> transitionsFrom(String from) {
    Seq<Transition<T>> found = outgoing.get(from);
    return found == null ? Vector.empty() : found;
  }

  private Step<T> step(String from, String to) {
    java.util.Map<String, Step<T>> byTarget = steps.get(from);
    return byTarget == null ? null : byTarget.get(to);
  }

  /** The transition that {@code trigger} fires from {@code from}, if any. */
  public Option<Transition<T>> triggered(String from, Trigger trigger) {
    return transitionsFrom(from).find(t -> t.trigger() == trigger);
  }

  /**
   * Checks a transition's guards in the order documented on {@link Guard}.
   *
   * @return none when every guard passes; else the rejection ({@link RejectionCode#FIELD_REQUIRED} listing every
   *     missing field, {@link RejectionCode#INVALID_INPUT} for a value not allowed, or
   *     {@link RejectionCode#GUARD_FAILED} for a role or custom rule)
   * @throws RuntimeException whatever a custom guard's predicate throws
   */
  public Option<Rejection> check(Transition<T> transition, TransitionRequest<T> request) {
    Step<T> step = step(transition.from(), transition.to());
    if (step == null || step.transition != transition) {
      // A transition that is not this workflow's own (a host checking one it built): compile it for this call.
      step = new Step<>(transition);
    }
    return step.check(request);
  }

  @Override
  public String toString() {
    return "Workflow[" + id + ", " + states.size() + " states, " + transitions.size() + " transitions]";
  }

  /**
   * One transition compiled: its guards split by kind, in their order, required fields without repeats. Checking
   * walks arrays, in the order documented on {@link Guard}, with the same outcome as walking the guards.
   */
  private static final class Step<T> {
    private final Transition<T> transition;
    private final Option<Transition<T>> found;
    private final String[] required;
    private final Guard.AllowedValues<T>[] allowed;
    private final Guard.RequiredRole<T>[] roles;
    private final Guard.Custom<T>[] custom;

    @SuppressWarnings("unchecked")
    Step(Transition<T> transition) {
      this.transition = transition;
      this.found = Option.some(transition);
      java.util.LinkedHashSet<String> fields = new java.util.LinkedHashSet<>();
      java.util.List<Guard.AllowedValues<T>> values = new java.util.ArrayList<>();
      java.util.List<Guard.RequiredRole<T>> role = new java.util.ArrayList<>();
      java.util.List<Guard.Custom<T>> rules = new java.util.ArrayList<>();
      for (Guard<T> g : transition.guards()) {
        if (g instanceof Guard.RequiredFields<T> r) {
          for (String f : r.fields()) {
            fields.add(f);
          }
        } else if (g instanceof Guard.AllowedValues<T> a) {
          values.add(a);
        } else if (g instanceof Guard.RequiredRole<T> r) {
          role.add(r);
        } else {
          rules.add((Guard.Custom<T>) g);
        }
      }
      this.required = fields.toArray(new String[0]);
      this.allowed = values.toArray(new Guard.AllowedValues[0]);
      this.roles = role.toArray(new Guard.RequiredRole[0]);
      this.custom = rules.toArray(new Guard.Custom[0]);
    }

    Option<Rejection> check(TransitionRequest<T> request) {
      io.vavr.collection.Map<String, String> fields = request.fields();
      Vector<Violation> missing = null;
      for (String f : required) {
        Option<String> value = fields.get(f);
        if (value.isEmpty() || value.get().isBlank()) {
          Violation v = Violation.of("fields." + f, Violation.REQUIRED, f + " is required to " + transition.name()
              + " (" + request.from().label() + " -> " + request.to().label() + ")");
          missing = missing == null ? Vector.of(v) : missing.append(v);
        }
      }
      if (missing != null) {
        return Option.some(Rejection.invalid(RejectionCode.FIELD_REQUIRED, missing));
      }
      for (Guard.AllowedValues<T> a : allowed) {
        Option<String> value = fields.get(a.field());
        if (value.isDefined() && !a.allowed().contains(value.get())) {
          return Option.some(Rejection.invalid(RejectionCode.INVALID_INPUT, List.of(Violation.of("fields." + a.field(),
              Violation.INVALID, a.field() + " must be one of " + a.allowed().mkString(", ") + ", got '"
                  + Checks.abbreviate(value.get()) + "'"))));
        }
      }
      for (Guard.RequiredRole<T> r : roles) {
        if (!request.actor().hasRole(r.role())) {
          return Option.some(Rejection.of(RejectionCode.GUARD_FAILED,
              "role " + r.role() + " is required to " + transition.name()));
        }
      }
      for (Guard.Custom<T> c : custom) {
        if (!c.rule().test(request)) {
          return Option.some(Rejection.of(RejectionCode.GUARD_FAILED, c.name() + ": " + c.message()));
        }
      }
      return Option.none();
    }
  }

  /**
   * A workflow under construction. Not thread-safe; build it on one thread and share the built workflow.
   *
   * @param <T> the type of record the workflow governs
   */
  public static final class Builder<T> {
    private final String id;
    private Vector<WorkflowState> states = Vector.empty();
    private Option<String> initial = Option.none();
    private Vector<Transition<T>> transitions = Vector.empty();

    private Builder(String id) {
      this.id = id;
    }

    /** Adds a state. Fails fast on a malformed id or blank label (see {@link WorkflowState}). */
    public Builder<T> state(String stateId, String label, StateCategory category) {
      states = states.append(new WorkflowState(stateId, label, category));
      return this;
    }

    /** Sets the initial state. */
    /**
     * Sets the initial state; {@link #build()} checks that it is one of the states.
     *
     * @throws IllegalArgumentException if {@code stateId} is not an identifier, as every state id is
     */
    public Builder<T> initial(String stateId) {
      initial = Option.some(Checks.id(stateId, "stateId"));
      return this;
    }

    /** Adds a manual transition. */
    @SafeVarargs
    public final Builder<T> transition(String name, String from, String to, Guard<T>... guards) {
      return transition(Transition.of(name, from, to, guards));
    }

    /** Adds a transition. */
    public Builder<T> transition(Transition<T> transition) {
      transitions = transitions.append(Objects.requireNonNull(transition, "transition"));
      return this;
    }

    /** Removes a state and every transition into or out of it. */
    public Builder<T> removeState(String stateId) {
      states = states.reject(s -> s.id().equals(stateId));
      transitions = transitions.reject(t -> t.from().equals(stateId) || t.to().equals(stateId));
      return this;
    }

    /** Removes the transition from {@code from} to {@code to}, if there is one. */
    public Builder<T> removeTransition(String from, String to) {
      transitions = transitions.reject(t -> t.from().equals(from) && t.to().equals(to));
      return this;
    }

    /** Adds {@code guard} to the transition from {@code from} to {@code to}; no effect if there is none. */
    public Builder<T> guard(String from, String to, Guard<T> guard) {
      transitions = transitions.map(t -> t.from().equals(from) && t.to().equals(to)
          ? new Transition<>(t.name(), t.from(), t.to(), t.trigger(), t.guards().append(guard)) : t);
      return this;
    }

    /**
     * Validates the definition and builds the workflow.
     *
     * @return the workflow, or {@link io.itsm4j.core.RejectionCode#INVALID_INPUT} listing every violation found
     *     (violation codes are the constants of {@link Workflow})
     */
    public Either<Rejection, Workflow<T>> build() {
      Vector<Violation> v = Vector.empty();
      Set<String> seen = HashSet.empty();
      Set<String> repeated = HashSet.empty();
      for (WorkflowState s : states) {
        if (seen.contains(s.id()) && !repeated.contains(s.id())) {
          v = v.append(Violation.of("states." + s.id(), DUPLICATE_STATE, "state " + s.id() + " is defined more than once"));
          repeated = repeated.add(s.id());
        }
        seen = seen.add(s.id());
      }
      // With a duplicate id the first definition counts, so the other checks judge one consistent set of states.
      LinkedHashMap<String, WorkflowState> byId = LinkedHashMap.ofEntries(
          states.distinctBy(WorkflowState::id).map(s -> io.vavr.Tuple.of(s.id(), s)));
      if (initial.isEmpty()) {
        v = v.append(Violation.of("initial", NO_INITIAL_STATE, "no initial state is set"));
      } else if (!byId.containsKey(initial.get())) {
        v = v.append(Violation.of("initial", NO_INITIAL_STATE, "initial state " + initial.get() + " is not a state"));
      }
      Set<String> pairs = HashSet.empty();
      Set<String> places = HashSet.empty();
      Set<String> callerUpdates = HashSet.empty();
      for (Transition<T> t : transitions) {
        String at = place(t);
        if (places.contains(at)) {
          v = v.append(Violation.of(at, DUPLICATE_TRANSITION, "more than one transition named " + t.name()
              + " leaves " + t.from()));
        }
        places = places.add(at);
        if (!byId.containsKey(t.from())) {
          v = v.append(Violation.of(at + ".from", UNKNOWN_STATE, "transition " + t.name() + " leaves unknown state " + t.from()));
        }
        if (!byId.containsKey(t.to())) {
          v = v.append(Violation.of(at + ".to", UNKNOWN_STATE, "transition " + t.name() + " enters unknown state " + t.to()));
        }
        String pair = t.from() + "->" + t.to();
        if (pairs.contains(pair)) {
          v = v.append(Violation.of(at, DUPLICATE_TRANSITION, "more than one transition from " + t.from() + " to " + t.to()));
        }
        pairs = pairs.add(pair);
        if (t.trigger() == Trigger.CALLER_UPDATE) {
          if (callerUpdates.contains(t.from())) {
            v = v.append(Violation.of(at, DUPLICATE_TRANSITION,
                "more than one transition leaves " + t.from() + " on the caller's update"));
          }
          callerUpdates = callerUpdates.add(t.from());
        }
      }
      if (!states.isEmpty() && states.forAll(s -> !s.category().isTerminal())) {
        v = v.append(Violation.of("states", NO_TERMINAL_STATE, "no state is closed or cancelled, so nothing could end"));
      }
      // A way out leads to another known state; a self-loop leaves a record where it was.
      Set<String> sources = transitions.filter(t -> !t.from().equals(t.to()) && byId.containsKey(t.to()))
          .map(Transition::from).toSet();
      Set<String> canEnd = canEnd(byId);
      for (WorkflowState s : byId.values()) {
        if (s.category().isTerminal()) {
          continue;
        }
        if (!sources.contains(s.id())) {
          v = v.append(Violation.of("states." + s.id(), DEAD_END, "state " + s.id() + " is not terminal but has no way out"));
        } else if (!canEnd.contains(s.id()) && byId.values().exists(w -> w.category().isTerminal())) {
          v = v.append(Violation.of("states." + s.id(), NO_WAY_TO_END, "state " + s.id()
              + " is not terminal and no path from it reaches a closed or cancelled state"));
        }
      }
      if (initial.isDefined() && byId.containsKey(initial.get())) {
        java.util.Map<String, java.util.List<String>> out = new java.util.HashMap<>();
        for (Transition<T> t : transitions) {
          out.computeIfAbsent(t.from(), k -> new java.util.ArrayList<>()).add(t.to());
        }
        java.util.Set<String> reached = new java.util.HashSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.add(initial.get());
        reached.add(initial.get());
        while (!todo.isEmpty()) {
          for (String to : out.getOrDefault(todo.poll(), java.util.List.of())) {
            if (byId.containsKey(to) && reached.add(to)) {
              todo.add(to);
            }
          }
        }
        for (WorkflowState s : byId.values()) {
          if (!reached.contains(s.id())) {
            v = v.append(Violation.of("states." + s.id(), UNREACHABLE_STATE,
                "state " + s.id() + " cannot be reached from " + initial.get()));
          }
        }
      }
      if (!v.isEmpty()) {
        // One violation per place and kind: a vendor's editor marks each place once.
        return Either.left(Rejection.invalid(RejectionCode.INVALID_INPUT,
            v.distinctBy(x -> x.field() + "\u0000" + x.code())));
      }
      return Either.right(new Workflow<>(id, initial.get(), byId, transitions));
    }

    /** The states from which some path of transitions reaches a terminal state: a search backwards from them. */
    private Set<String> canEnd(LinkedHashMap<String, WorkflowState> byId) {
      java.util.Map<String, java.util.List<String>> into = new java.util.HashMap<>();
      for (Transition<T> t : transitions) {
        into.computeIfAbsent(t.to(), k -> new java.util.ArrayList<>()).add(t.from());
      }
      java.util.Set<String> reached = new java.util.HashSet<>();
      Deque<String> todo = new ArrayDeque<>();
      for (WorkflowState s : byId.values()) {
        if (s.category().isTerminal()) {
          reached.add(s.id());
          todo.add(s.id());
        }
      }
      while (!todo.isEmpty()) {
        for (String from : into.getOrDefault(todo.poll(), java.util.List.of())) {
          if (byId.containsKey(from) && reached.add(from)) {
            todo.add(from);
          }
        }
      }
      return HashSet.ofAll(reached);
    }

    /** Where a transition is, uniquely: its name and the state it leaves ({@code transitions.cancel(new)}). */
    private static String place(Transition<?> t) {
      return "transitions." + t.name() + "(" + t.from() + ")";
    }

    /**
     * Builds the workflow or fails fast; for definitions written in code that are known to be sound.
     *
     * @throws IllegalArgumentException listing every violation, if the definition is not sound
     */
    public Workflow<T> buildOrThrow() {
      return build().fold(r -> {
        throw new IllegalArgumentException("workflow " + id + " is not valid: " + r.violations().mkString("; "));
      }, w -> w);
    }
  }
}
