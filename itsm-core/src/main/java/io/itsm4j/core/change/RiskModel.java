package io.itsm4j.core.change;

import io.vavr.control.Either;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.Violation;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;

/**
 * How a host turns a change's risk answers into a {@link RiskAssessment}: a questionnaire
 * ({@link RiskQuestionnaire}) or any scoring rule of its own.
 *
 * <h2>Contract</h2>
 * Pure and thread-safe: the same answers always give the same assessment, so a replay or a policy check agrees
 * with the original. Never returns {@code null}; bad answers come back as {@link RejectionCode#INVALID_INPUT}
 * listing a violation per answer, naming {@code answers.<question>}.
 */
@FunctionalInterface
public interface RiskModel {

  /**
   * Assesses a change from answers.
   *
   * @param answers answers by question id
   * @return the assessment, or {@link RejectionCode#INVALID_INPUT} with every problem with the answers
   */
  Either<Rejection, RiskAssessment> assess(Map<String, String> answers);
}
