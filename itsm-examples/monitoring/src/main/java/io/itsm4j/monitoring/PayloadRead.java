package io.itsm4j.monitoring;

import io.itsm4j.core.monitoring.MonitoringEvent;
import io.vavr.collection.Seq;
import java.util.Objects;

/**
 * What a payload held: its monitoring events, in the payload's order, and notes on what was read but not turned
 * into an event (an acknowledgement, a label left out), so nothing is dropped silently. Immutable.
 *
 * @param events the events, for {@link io.itsm4j.core.monitoring.AlertCorrelator#accept} or
 *     {@link io.itsm4j.core.application.MonitoringDesk#accept}
 * @param notes what was read but not kept, each naming its place in the payload
 */
public record PayloadRead(Seq<MonitoringEvent> events, Seq<String> notes) {
  /**
   * Checks that no argument is null.
   *
   * @throws NullPointerException if an argument is null
   */
  public PayloadRead {
    Objects.requireNonNull(events, "events must not be null");
    Objects.requireNonNull(notes, "notes must not be null");
  }
}
