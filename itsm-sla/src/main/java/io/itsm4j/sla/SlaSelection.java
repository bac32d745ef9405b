package io.itsm4j.sla;

import io.vavr.collection.Seq;
import java.util.HashSet;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * Which service level definitions apply to one ticket, event by event: the candidates (every definition that could
 * apply at some point of its history) and whether a candidate is selected for the ticket as it stood after an event.
 * The engine treats "not selected" exactly as a definition's own {@link SlaDefinition#appliesTo()} not matching: a
 * clock starts only while its definition is selected, and a running or paused clock is cancelled on the event after
 * which it no longer is (a change of offering, service or customer); the new selection's clocks start when their
 * start conditions next hold. So a ticket's history replays to the same clocks as long as the selection answers the
 * same.
 *
 * <p>Immutable and thread-safe if the predicate is. Build with {@link #all} (every definition, always: the engine's
 * plain overloads), {@link #of} (a host-defined rule) or a {@link io.itsm4j.sla.monitor.SlaSelector}.
 */
public final class SlaSelection {
  private final Seq<SlaDefinition> candidates;
  private final BiPredicate<SlaDefinition, TicketFacts> selects;

  private SlaSelection(Seq<SlaDefinition> candidates, BiPredicate<SlaDefinition, TicketFacts> selects) {
    this.candidates = candidates;
    this.selects = selects;
  }

  /**
   * Every definition selected on every event (each still filtered by its own {@link SlaDefinition#appliesTo()}).
   *
   * @throws NullPointerException if {@code definitions} or one of them is null
   * @throws IllegalArgumentException if two definitions share an id
   */
  public static SlaSelection all(Seq<SlaDefinition> definitions) {
    return of(definitions, (definition, facts) -> true);
  }

  /**
   * The candidates, selected on an event when {@code selects} says so. The predicate must be pure: the same
   * definition and facts, the same answer.
   *
   * @throws NullPointerException if an argument or a candidate is null
   * @throws IllegalArgumentException if two candidates share an id (a clock is named by its definition's id)
   */
  public static SlaSelection of(Seq<SlaDefinition> candidates, BiPredicate<SlaDefinition, TicketFacts> selects) {
    Objects.requireNonNull(candidates, "candidates must not be null");
    Objects.requireNonNull(selects, "selects must not be null");
    HashSet<SlaId> ids = new HashSet<>();
    for (SlaDefinition d : candidates) {
      Objects.requireNonNull(d, "a candidate must not be null");
      if (!ids.add(d.id())) {
        throw new IllegalArgumentException("candidates: the id " + d.id() + " names two definitions");
      }
    }
    return new SlaSelection(candidates, selects);
  }

  /** Every definition, always: the engine's plain overloads, which never required distinct ids. */
  static SlaSelection unchecked(Seq<SlaDefinition> definitions) {
    return new SlaSelection(definitions, (definition, facts) -> true);
  }

  /** Every definition that may apply to the ticket at some point, in evaluation order. */
  public Seq<SlaDefinition> candidates() {
    return candidates;
  }

  /**
   * Whether {@code definition} applies to the ticket as {@code facts} describe it: selected here and matched by its
   * own {@link SlaDefinition#appliesTo()}.
   *
   * @throws NullPointerException if an argument is null
   */
  public boolean selects(SlaDefinition definition, TicketFacts facts) {
    Objects.requireNonNull(definition, "definition must not be null");
    Objects.requireNonNull(facts, "facts must not be null");
    return applies(definition, facts);
  }

  /** {@link #selects} without the argument checks: the engine asks it for every definition on every event. */
  boolean applies(SlaDefinition definition, TicketFacts facts) {
    return definition.appliesTo().test(facts) && selects.test(definition, facts);
  }

  /**
   * The candidates that apply to the ticket as {@code facts} describe it, in evaluation order.
   *
   * @throws NullPointerException if {@code facts} is null
   */
  public Seq<SlaDefinition> selectedFor(TicketFacts facts) {
    Objects.requireNonNull(facts, "facts must not be null");
    return candidates.filter(d -> applies(d, facts));
  }

  @Override
  public String toString() {
    return "SlaSelection" + candidates.map(SlaDefinition::id).mkString("[", ", ", "]");
  }
}
