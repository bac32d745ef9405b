package io.itsm4j.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.Actor;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.Violation;
import io.itsm4j.core.internal.Checks;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A workflow checks a transition's guards from a form compiled when it was built. Whatever the guards, the fields
 * and the actor's roles, that check answers exactly as the guards read one by one in the order documented on
 * {@link Guard} (the reference below), for the workflow's own transition and for an equal transition built
 * elsewhere (checked without the compiled form).
 */
class GuardCheckProperties {
  private static final java.util.List<String> FIELDS = java.util.List.of("a", "b", "c", "d");
  private static final java.util.List<String> VALUES = java.util.List.of("x", "y", " ", "");

  @Property(tries = 600)
  void theCompiledCheckAnswersAsTheGuardsReadInOrder(@ForAll("guards") java.util.List<Guard<String>> guards,
      @ForAll("fields") Map<String, String> fields, @ForAll("roles") java.util.Set<String> roles) {
    Transition<String> transition = new Transition<>("go", "open", "done", Trigger.MANUAL, List.ofAll(guards));
    Workflow<String> workflow = Workflow.<String>builder("w")
        .state("open", "Open", StateCategory.ACTIVE)
        .state("done", "Done", StateCategory.CLOSED)
        .initial("open")
        .transition(transition)
        .buildOrThrow();
    TransitionRequest<String> request = new TransitionRequest<>("record",
        Actor.of("someone", roles.toArray(new String[0])), workflow.state("open").get(),
        workflow.state("done").get(), fields);
    Option<Rejection> expected = reference(transition, request);

    Transition<String> own = workflow.transition("open", "done").get();
    Transition<String> copy = new Transition<>("go", "open", "done", Trigger.MANUAL, List.ofAll(guards));
    assertThat(workflow.check(own, request)).isEqualTo(expected);
    assertThat(workflow.check(copy, request)).isEqualTo(expected);
  }

  /** Guards read one by one: required fields (every missing one, once), allowed values, roles, custom rules. */
  private static <T> Option<Rejection> reference(Transition<T> transition, TransitionRequest<T> request) {
    Vector<Violation> missing = Vector.empty();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Guard<T> g : transition.guards()) {
      if (g instanceof Guard.RequiredFields<T> r) {
        for (String f : r.fields()) {
          if (seen.add(f) && request.fields().get(f).map(String::isBlank).getOrElse(true)) {
            missing = missing.append(Violation.of("fields." + f, Violation.REQUIRED, f + " is required to "
                + transition.name() + " (" + request.from().label() + " -> " + request.to().label() + ")"));
          }
        }
      }
    }
    if (!missing.isEmpty()) {
      return Option.some(Rejection.invalid(RejectionCode.FIELD_REQUIRED, missing));
    }
    for (Guard<T> g : transition.guards()) {
      if (g instanceof Guard.AllowedValues<T> a) {
        Option<String> value = request.fields().get(a.field());
        if (value.isDefined() && !a.allowed().contains(value.get())) {
          return Option.some(Rejection.invalid(RejectionCode.INVALID_INPUT, List.of(Violation.of("fields." + a.field(),
              Violation.INVALID, a.field() + " must be one of " + a.allowed().mkString(", ") + ", got '"
                  + Checks.abbreviate(value.get()) + "'"))));
        }
      }
    }
    for (Guard<T> g : transition.guards()) {
      if (g instanceof Guard.RequiredRole<T> r && !request.actor().hasRole(r.role())) {
        return Option.some(Rejection.of(RejectionCode.GUARD_FAILED, "role " + r.role() + " is required to "
            + transition.name()));
      }
    }
    for (Guard<T> g : transition.guards()) {
      if (g instanceof Guard.Custom<T> c && !c.rule().test(request)) {
        return Option.some(Rejection.of(RejectionCode.GUARD_FAILED, c.name() + ": " + c.message()));
      }
    }
    return Option.none();
  }

  @Provide
  Arbitrary<java.util.List<Guard<String>>> guards() {
    Arbitrary<Guard<String>> required = Arbitraries.of(FIELDS).set().ofMinSize(1).ofMaxSize(3)
        .map(s -> new Guard.RequiredFields<>(LinkedHashSet.ofAll(s)));
    Arbitrary<Guard<String>> allowed = Combinators.combine(Arbitraries.of(FIELDS),
            Arbitraries.of(VALUES).set().ofMinSize(1).ofMaxSize(2))
        .as((f, v) -> new Guard.AllowedValues<>(f, LinkedHashSet.ofAll(v)));
    Arbitrary<Guard<String>> role = Arbitraries.of("agent", "manager", "auditor").map(Guard.RequiredRole::new);
    Arbitrary<Guard<String>> custom = Combinators.combine(Arbitraries.of("r1", "r2"), Arbitraries.of(FIELDS))
        .as((name, field) -> new Guard.Custom<>(name, "needs " + field,
            r -> r.fields().get(field).exists(v -> v.equals("x"))));
    return Arbitraries.oneOf(required, allowed, role, custom).list().ofMaxSize(6);
  }

  @Provide
  Arbitrary<Map<String, String>> fields() {
    return Arbitraries.maps(Arbitraries.of(FIELDS), Arbitraries.of(VALUES)).ofMaxSize(4)
        .map(m -> LinkedHashMap.ofAll(m));
  }

  @Provide
  Arbitrary<java.util.Set<String>> roles() {
    return Arbitraries.of("agent", "manager", "auditor").set().ofMaxSize(3);
  }
}
