package io.itsm4j.sla;

import io.itsm4j.core.ticket.NoteVisibility;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.workflow.StateCategory;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A condition on one event of a ticket's history that starts, pauses, resumes, stops, cancels or resets a service
 * level clock. Conditions speak in workflow state categories and event types, so one definition works on every
 * vendor's workflow.
 *
 * <p>Implementations must be pure and thread-safe. Build them with the factories here and combine them with
 * {@link #and}, {@link #or} and {@link #negate}; {@link #of} wraps a host-defined predicate. Each condition has a
 * description for logs and documentation (its {@code toString()}).
 */
@FunctionalInterface
public interface SlaCondition {

  /** Whether the condition holds for this event; must not throw. */
  boolean test(SlaTrigger trigger);

  /**
   * A host-defined condition with a description.
   *
   * @throws NullPointerException if an argument is null
   */
  static SlaCondition of(String description, Predicate<SlaTrigger> predicate) {
    return new Described(description, predicate);
  }

  /** Never holds. */
  static SlaCondition never() {
    return of("never", t -> false);
  }

  /** Holds on every event. */
  static SlaCondition always() {
    return of("always", t -> true);
  }

  /** The ticket was opened. */
  static SlaCondition opened() {
    return of("opened", t -> t.event() instanceof TicketEvent.Opened);
  }

  /**
   * The ticket enters one of {@code categories}: it is opened in one, or moves into one from a state outside
   * them.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if no category is given
   */
  static SlaCondition entersCategory(StateCategory... categories) {
    Set<StateCategory> set = categories(categories);
    return of("enters " + set, t -> t.event() instanceof TicketEvent.Opened o
        ? set.contains(o.category())
        : t.event() instanceof TicketEvent.StateChanged s && set.contains(s.toCategory())
            && !set.contains(s.fromCategory()));
  }

  /**
   * The ticket moves from a state in one of {@code categories} to a state outside them.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if no category is given
   */
  static SlaCondition leavesCategory(StateCategory... categories) {
    Set<StateCategory> set = categories(categories);
    return of("leaves " + set, t -> t.event() instanceof TicketEvent.StateChanged s
        && set.contains(s.fromCategory()) && !set.contains(s.toCategory()));
  }

  /**
   * After the event, the ticket is in one of {@code categories} (whatever the event was).
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if no category is given
   */
  static SlaCondition inCategory(StateCategory... categories) {
    Set<StateCategory> set = categories(categories);
    return of("in " + set, t -> set.contains(t.after().category()));
  }

  /** A resolved ticket was reopened ({@link TicketEvent.StateChanged#isReopen()}). */
  static SlaCondition reopened() {
    return of("reopened", t -> t.event() instanceof TicketEvent.StateChanged s && s.isReopen());
  }

  /** The ticket was assigned to a group or a person. */
  static SlaCondition assigned() {
    return of("assigned", t -> t.event() instanceof TicketEvent.Assigned a
        && (a.group().isDefined() || a.assignee().isDefined()));
  }

  /** The priority changed. */
  static SlaCondition priorityChanged() {
    return of("priority changed", t -> t.event() instanceof TicketEvent.PriorityChanged);
  }

  /** The caller added a note or comment (a caller update). */
  static SlaCondition callerUpdated() {
    return of("caller updated", t -> t.event() instanceof TicketEvent.NoteAdded n && n.byCaller());
  }

  /** Someone other than the caller added a comment the caller can see: the provider responded. */
  static SlaCondition agentResponded() {
    return of("agent responded", t -> t.event() instanceof TicketEvent.NoteAdded n && !n.byCaller()
        && n.visibility() == NoteVisibility.COMMENT);
  }

  /**
   * An event of the given type.
   *
   * @throws NullPointerException if {@code type} is null
   */
  static SlaCondition eventOf(Class<? extends TicketEvent> type) {
    Objects.requireNonNull(type, "type must not be null");
    return of("event " + type.getSimpleName(), t -> type.isInstance(t.event()));
  }

  /**
   * Both conditions hold.
   *
   * @throws NullPointerException if {@code other} is null
   */
  default SlaCondition and(SlaCondition other) {
    Objects.requireNonNull(other, "other must not be null");
    return of("(" + this + " and " + other + ")", t -> test(t) && other.test(t));
  }

  /**
   * Either condition holds.
   *
   * @throws NullPointerException if {@code other} is null
   */
  default SlaCondition or(SlaCondition other) {
    Objects.requireNonNull(other, "other must not be null");
    return of("(" + this + " or " + other + ")", t -> test(t) || other.test(t));
  }

  /** This condition does not hold. */
  default SlaCondition negate() {
    return of("not " + this, t -> !test(t));
  }

  private static Set<StateCategory> categories(StateCategory... categories) {
    Objects.requireNonNull(categories, "categories must not be null");
    if (categories.length == 0) {
      throw new IllegalArgumentException("categories must name at least one category");
    }
    Arrays.stream(categories).forEach(c -> Objects.requireNonNull(c, "a category must not be null"));
    return EnumSet.copyOf(Arrays.asList(categories));
  }

  /**
   * A condition with a description.
   *
   * @param description what it tests, in words
   * @param predicate the test
   */
  record Described(String description, Predicate<SlaTrigger> predicate) implements SlaCondition {
    /** Checks that no argument is null. */
    public Described {
      Objects.requireNonNull(description, "description must not be null");
      Objects.requireNonNull(predicate, "predicate must not be null");
    }

    @Override
    public boolean test(SlaTrigger trigger) {
      return predicate.test(trigger);
    }

    @Override
    public String toString() {
      return description;
    }
  }
}
