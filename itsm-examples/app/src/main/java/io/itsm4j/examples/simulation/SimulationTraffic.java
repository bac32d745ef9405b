package io.itsm4j.examples.simulation;

import io.itsm4j.core.application.ServiceDesk;
import java.time.Instant;
import java.util.function.BiConsumer;

/**
 * An observer that also drives traffic of its own into the simulated desk (monitoring events, say): the simulation
 * hands it the desk and its agenda once, before the period begins. Called on the simulation's thread; the actions it
 * schedules run there, in simulated-time order with everything else.
 */
public interface SimulationTraffic {

  /**
   * Schedules this traffic.
   *
   * @param desk the simulated service desk, whose clock is the simulated time
   * @param start the first simulated instant
   * @param end the end of the period, exclusive
   * @param at schedules an action at a simulated instant
   */
  void schedule(ServiceDesk desk, Instant start, Instant end, BiConsumer<Instant, Runnable> at);
}
