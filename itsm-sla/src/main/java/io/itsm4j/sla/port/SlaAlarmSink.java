package io.itsm4j.sla.port;

import io.itsm4j.sla.ThresholdCrossing;

/**
 * Receives service level threshold crossings (50 %, 75 %, 100 % of a goal...) to notify people: e-mail, chat, a
 * dashboard.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li><b>Threading</b>: called from any thread, possibly from several at once. Keep it quick.
 *   <li><b>Delivery</b>: with an {@link SlaAlarmLedger}, each crossing is delivered once; if this method throws,
 *       the crossing is released in the ledger and delivered again on the next evaluation.
 *   <li><b>Nullness</b>: the argument is never {@code null}.
 * </ul>
 */
@FunctionalInterface
public interface SlaAlarmSink {

  /** A clock reached a threshold. */
  void crossed(ThresholdCrossing crossing);

  /** A sink that ignores everything. */
  static SlaAlarmSink none() {
    return crossing -> {};
  }
}
