package io.itsm4j.sla;

import java.util.Objects;

/**
 * From when a clock counts once its start condition holds: from that event, from the ticket's creation, or from
 * the last earlier event matching a condition. A retroactive start never reaches back before the beginning of the
 * current cycle (the reset event); pause and resume conditions are replayed over the events it reaches back
 * over, so time the ticket spent on hold is not counted.
 */
public sealed interface RetroactiveStart {

  /** Count from the event that met the start condition. */
  static RetroactiveStart none() {
    return AtStartEvent.INSTANCE;
  }

  /** Count from the ticket's creation (for later cycles: from the reset). */
  static RetroactiveStart fromTicketCreation() {
    return FromCreation.INSTANCE;
  }

  /**
   * Count from the last event at or before the start event that matches {@code condition}, or from the start
   * event when none does.
   *
   * @throws NullPointerException if {@code condition} is null
   */
  static RetroactiveStart fromLast(SlaCondition condition) {
    return new FromLast(condition);
  }

  /** Counting starts at the start event. */
  enum AtStartEvent implements RetroactiveStart {
    /** The only instance. */
    INSTANCE
  }

  /** Counting starts at ticket creation. */
  enum FromCreation implements RetroactiveStart {
    /** The only instance. */
    INSTANCE
  }

  /**
   * Counting starts at the last matching event.
   *
   * @param condition the condition the event matches
   */
  record FromLast(SlaCondition condition) implements RetroactiveStart {
    /** Checks that the argument is not null. */
    public FromLast {
      Objects.requireNonNull(condition, "condition must not be null");
    }
  }
}
