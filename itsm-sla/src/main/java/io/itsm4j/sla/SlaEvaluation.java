package io.itsm4j.sla;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Everything the engine says about one ticket as of one instant.
 *
 * @param statuses one per started cycle of each definition, in definition then cycle order
 * @param crossings every threshold reached at or before {@code asOf}, in definition, cycle, threshold order
 * @param nextAlarm the earliest instant after {@code asOf} at which a running clock reaches a threshold
 */
public record SlaEvaluation(Seq<SlaStatus> statuses, Seq<ThresholdCrossing> crossings, Option<java.time.Instant> nextAlarm) {
  /** Checks that no argument is null. */
  public SlaEvaluation {
    Objects.requireNonNull(statuses, "statuses must not be null");
    Objects.requireNonNull(crossings, "crossings must not be null");
    Objects.requireNonNull(nextAlarm, "nextAlarm must not be null");
  }
}
