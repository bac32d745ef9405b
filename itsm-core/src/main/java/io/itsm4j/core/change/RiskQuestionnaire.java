package io.itsm4j.core.change;

import io.vavr.control.Either;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.Violation;
import io.itsm4j.core.internal.Checks;
import io.itsm4j.core.ticket.RiskLevel;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.TreeMap;

/**
 * A risk questionnaire: each question offers answers worth points; the sum of points picks the level by
 * thresholds ("6 points or more is HIGH"). Every question must be answered with one of its answers.
 *
 * <pre>{@code
 * RiskModel model = RiskQuestionnaire.builder()
 *     .question("outage", LinkedHashMap.of("none", 0, "partial", 2, "full", 4))
 *     .question("tested", LinkedHashMap.of("yes", 0, "no", 3))
 *     .level(RiskLevel.MEDIUM, 3).level(RiskLevel.HIGH, 5).level(RiskLevel.VERY_HIGH, 7)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; below the lowest threshold the level is {@link RiskLevel#LOW}.
 */
public final class RiskQuestionnaire implements RiskModel {
  private final Map<String, Map<String, Integer>> questions;
  private final TreeMap<Integer, RiskLevel> thresholds;

  private RiskQuestionnaire(Map<String, Map<String, Integer>> questions, TreeMap<Integer, RiskLevel> thresholds) {
    this.questions = questions;
    this.thresholds = thresholds;
  }

  /** An empty questionnaire to add questions and thresholds to. */
  public static Builder builder() {
    return new Builder();
  }

  /** The questions by id, each with its answers and their points. */
  public Map<String, Map<String, Integer>> questions() {
    return questions;
  }

  @Override
  public Either<Rejection, RiskAssessment> assess(Map<String, String> answers) {
    Checks.notNull(answers, "answers");
    Seq<Violation> v = List.empty();
    int score = 0;
    for (var q : questions) {
      var answer = answers.get(q._1);
      if (answer.isEmpty()) {
        v = v.append(Violation.of("answers." + q._1, Violation.REQUIRED, "question " + q._1 + " must be answered"));
      } else if (!q._2.containsKey(answer.get())) {
        v = v.append(Violation.of("answers." + q._1, Violation.INVALID, "question " + q._1 + " takes one of "
            + q._2.keySet().mkString(", ") + ", got '" + Checks.abbreviate(answer.get()) + "'"));
      } else {
        score += q._2.get(answer.get()).get();
      }
    }
    for (String unknown : answers.keySet().filter(k -> !questions.containsKey(k))) {
      v = v.append(Violation.of("answers." + Checks.abbreviate(unknown), Violation.UNKNOWN, "no such question"));
    }
    if (!v.isEmpty()) {
      return Either.left(Rejection.invalid(RejectionCode.INVALID_INPUT, v));
    }
    int total = score;
    RiskLevel level = thresholds.filterKeys(t -> t <= total).lastOption().map(e -> e._2).getOrElse(RiskLevel.LOW);
    return Either.right(new RiskAssessment(level, total, answers));
  }

  /** Builds a questionnaire. Not thread-safe. */
  public static final class Builder {
    private Map<String, Map<String, Integer>> questions = LinkedHashMap.empty();
    private TreeMap<Integer, RiskLevel> thresholds = TreeMap.empty();

    private Builder() {}

    /**
     * Adds a question.
     *
     * @param id an identifier
     * @param answers the allowed answers and their points (not negative), at least one
     * @throws IllegalArgumentException on a malformed id, no answers, or negative points
     */
    public Builder question(String id, Map<String, Integer> answers) {
      Checks.id(id, "id");
      Checks.notNull(answers, "answers");
      if (answers.isEmpty() || answers.values().exists(p -> p < 0)) {
        throw new IllegalArgumentException("question " + id + " needs answers with points of 0 or more");
      }
      questions = questions.put(id, answers);
      return this;
    }

    /**
     * From {@code minScore} points on (until a higher threshold), the level is {@code level}.
     *
     * @throws IllegalArgumentException if {@code minScore} is negative
     */
    public Builder level(RiskLevel level, int minScore) {
      Checks.notNull(level, "level");
      if (minScore < 0) {
        throw new IllegalArgumentException("minScore must not be negative, got " + minScore);
      }
      thresholds = thresholds.put(minScore, level);
      return this;
    }

    /**
     * The questionnaire.
     *
     * @throws IllegalArgumentException if it has no question, a higher threshold gives a lower level, or the highest
     *     possible score (the best-scored answer of every question, summed) exceeds {@link Integer#MAX_VALUE}, so
     *     that a score could overflow and the level fall as points rise
     */
    public RiskQuestionnaire build() {
      if (questions.isEmpty()) {
        throw new IllegalArgumentException("a questionnaire needs at least one question");
      }
      long highest = 0;
      for (var q : questions) {
        highest += q._2.values().max().getOrElse(0);
      }
      if (highest > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("the highest possible score is " + highest + ", more than "
            + Integer.MAX_VALUE + ": give the answers fewer points");
      }
      Seq<RiskLevel> levels = thresholds.values().toList();
      if (!levels.equals(levels.sorted())) {
        throw new IllegalArgumentException("higher thresholds must give higher levels, got " + thresholds);
      }
      return new RiskQuestionnaire(questions, thresholds);
    }
  }
}
