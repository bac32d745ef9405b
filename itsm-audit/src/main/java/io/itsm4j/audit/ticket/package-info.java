/**
 * How tickets of {@code itsm-core} reach the audit trail: {@link io.itsm4j.audit.ticket.TicketAuditing} maps ticket
 * events and refused commands to audit drafts. Pure; everything here is thread-safe and rejects {@code null}.
 */
@NullMarked
package io.itsm4j.audit.ticket;

import org.jspecify.annotations.NullMarked;
