/**
 * The read model of tickets: {@link io.itsm4j.core.view.TicketView}, the current state of a ticket as one flat,
 * queryable value, and {@link io.itsm4j.core.view.TicketProjection}, the pure fold of ticket events that keeps it.
 * Work queues and ticket search read views, never histories, so a screen of a hundred thousand tickets reads a page
 * of rows, not every event of the tenant (docs/queues.md).
 */
@NullMarked
package io.itsm4j.core.view;

import org.jspecify.annotations.NullMarked;
