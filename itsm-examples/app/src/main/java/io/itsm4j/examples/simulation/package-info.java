/**
 * The service-desk simulation: {@link io.itsm4j.examples.simulation.ServiceDeskSimulation} drives a month of
 * realistic traffic through a {@link io.itsm4j.core.application.ServiceDesk} on the JDBC adapter, deterministic from a
 * seed; {@link io.itsm4j.examples.simulation.SimulationObserver}s (the text {@link
 * io.itsm4j.examples.simulation.SimulationSummary} first) watch it.
 */
@NullMarked
package io.itsm4j.examples.simulation;

import org.jspecify.annotations.NullMarked;
