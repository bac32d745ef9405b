package io.itsm4j.sla.memory;

import io.itsm4j.sla.ThresholdCrossing;
import io.itsm4j.sla.port.SlaAlarmLedger;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An {@link SlaAlarmLedger} in a concurrent set of crossing keys. Thread-safe; lost when the process ends, so a
 * restarted host delivers crossings again (use a persistent ledger where that matters).
 */
public final class InMemorySlaAlarmLedger implements SlaAlarmLedger {
  private final Set<String> claimed = ConcurrentHashMap.newKeySet();

  /** An empty ledger. */
  public InMemorySlaAlarmLedger() {}

  @Override
  public boolean claim(ThresholdCrossing crossing) {
    return claimed.add(Objects.requireNonNull(crossing, "crossing must not be null").key());
  }

  @Override
  public void release(ThresholdCrossing crossing) {
    claimed.remove(Objects.requireNonNull(crossing, "crossing must not be null").key());
  }

  /** How many crossings are recorded. */
  public int size() {
    return claimed.size();
  }
}
