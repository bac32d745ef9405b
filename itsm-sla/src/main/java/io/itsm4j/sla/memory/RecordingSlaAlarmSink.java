package io.itsm4j.sla.memory;

import io.itsm4j.sla.ThresholdCrossing;
import io.itsm4j.sla.port.SlaAlarmSink;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;

/** An {@link SlaAlarmSink} that keeps every crossing it receives, in arrival order. Thread-safe. */
public final class RecordingSlaAlarmSink implements SlaAlarmSink {
  private final ConcurrentLinkedQueue<ThresholdCrossing> received = new ConcurrentLinkedQueue<>();

  /** An empty sink. */
  public RecordingSlaAlarmSink() {}

  @Override
  public void crossed(ThresholdCrossing crossing) {
    received.add(Objects.requireNonNull(crossing, "crossing must not be null"));
  }

  /** Everything received so far. */
  public Seq<ThresholdCrossing> received() {
    return List.ofAll(received);
  }
}
