package io.itsm4j.core.change;

import io.itsm4j.core.internal.Checks;
import io.itsm4j.core.ticket.RiskLevel;
import io.itsm4j.core.ticket.TicketCommand;
import io.vavr.collection.Map;

/**
 * The result of a risk model: the level, the score behind it, and the answers it was computed from.
 *
 * @param level the risk level
 * @param score the score, not negative
 * @param answers the answers by question id
 */
public record RiskAssessment(RiskLevel level, int score, Map<String, String> answers) {
  /**
   * Validates the arguments.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code score} is negative
   */
  public RiskAssessment {
    Checks.notNull(level, "level");
    Checks.notNull(answers, "answers");
    if (score < 0) {
      throw new IllegalArgumentException("score must not be negative, got " + score);
    }
  }

  /** The command that records this assessment on a change. */
  public TicketCommand.AssessRisk toCommand() {
    return new TicketCommand.AssessRisk(level, score, answers);
  }
}
