/**
 * Tickets (incidents, service requests, problems, changes) as a decider over events.
 *
 * <p>{@link io.itsm4j.core.ticket.TicketDecider#decide} turns a command and the current state into new events or a
 * {@link io.itsm4j.core.Rejection}; {@link io.itsm4j.core.ticket.TicketDecider#evolve} folds an event into the
 * state. Both are pure: no I/O, no clock, no logging; time comes in with the {@link
 * io.itsm4j.core.ticket.CommandContext}. History ({@link io.itsm4j.core.ticket.TicketEvent}) is the source of
 * truth; a {@link io.itsm4j.core.ticket.Ticket} is only its left fold.
 *
 * <p>All values here are immutable and thread-safe. No method accepts or returns {@code null}; absent values are
 * {@link io.vavr.control.Option}.
 */
@NullMarked
package io.itsm4j.core.ticket;

import org.jspecify.annotations.NullMarked;
