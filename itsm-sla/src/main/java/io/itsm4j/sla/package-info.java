/**
 * Service level definitions (SLA, OLA, underpinning contract) and the pure engine that replays a ticket's history
 * into the status of each of its service level clocks.
 *
 * <p>{@link io.itsm4j.sla.SlaEngine} is a set of pure functions of (definitions, history, asOf): no I/O, no clock
 * reads, no threads. Conditions speak in workflow state categories and event types, so they work on any vendor's
 * workflow. See {@code docs/sla.md} for the evaluation order and the contract.
 *
 * <p>All values here are immutable and thread-safe. No method accepts or returns {@code null}; absent values are
 * {@link io.vavr.control.Option}.
 */
@NullMarked
package io.itsm4j.sla;

import org.jspecify.annotations.NullMarked;
