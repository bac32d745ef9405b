package io.itsm4j.core.change;

import io.itsm4j.core.ticket.TicketFields;
import io.vavr.control.Option;

/** How a change went, as its post-implementation review found (the {@link TicketFields#CHANGE_OUTCOME} field). */
public enum ChangeOutcome {
  /** It did what it should. */
  SUCCESSFUL(TicketFields.OUTCOME_SUCCESSFUL),
  /** It is in, but caused issues. */
  SUCCESSFUL_WITH_ISSUES(TicketFields.OUTCOME_SUCCESSFUL_WITH_ISSUES),
  /** It failed. */
  FAILED(TicketFields.OUTCOME_FAILED),
  /** It was backed out. */
  BACKED_OUT(TicketFields.OUTCOME_BACKED_OUT);

  private final String value;

  ChangeOutcome(String value) {
    this.value = value;
  }

  /** The field value, e.g. {@code "successful-with-issues"}. */
  public String value() {
    return value;
  }

  /** Whether the change counts as a success in change-success metrics (successful, possibly with issues). */
  public boolean isSuccess() {
    return this == SUCCESSFUL || this == SUCCESSFUL_WITH_ISSUES;
  }

  private static final ChangeOutcome[] ALL = values();

  /** The outcome a field value names, if any. */
  public static Option<ChangeOutcome> fromValue(String value) {
    for (ChangeOutcome o : ALL) {
      if (o.value.equals(value)) {
        return Option.some(o);
      }
    }
    return Option.none();
  }
}
