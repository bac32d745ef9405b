/**
 * The ports a host implements: storage ({@link io.itsm4j.core.port.TicketStore}), notification ({@link
 * io.itsm4j.core.port.NotificationSink}), authorisation ({@link io.itsm4j.core.port.AccessPolicy}) and ticket
 * numbering ({@link io.itsm4j.core.port.TicketIdGenerator}). Time comes from a {@link java.time.InstantSource}.
 *
 * <p>Each interface's documentation is its contract: threading, nullness and errors. Every implementation is
 * called from many threads at once. {@code io.itsm4j.core.memory} has thread-safe in-memory implementations,
 * the embedded default; the contract test kits in the {@code itsm-core} test-jar check a host's own.
 */
@NullMarked
package io.itsm4j.core.port;

import org.jspecify.annotations.NullMarked;
