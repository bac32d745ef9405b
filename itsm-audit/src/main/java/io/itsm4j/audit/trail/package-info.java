/**
 * The tamper-evident audit trail as pure values and functions: {@link io.itsm4j.audit.trail.AuditDraft} (what
 * happened), {@link io.itsm4j.audit.trail.AuditEntry} (its place in a tenant's hash chain), the
 * {@link io.itsm4j.audit.trail.CanonicalEncoding} the hashes are computed over, and
 * {@link io.itsm4j.audit.trail.AuditChain}, which seals drafts and verifies chains, naming the first broken entry.
 *
 * <p>No I/O, no clock, no threads. Everything here is immutable and safe to share between threads. No method
 * accepts or returns {@code null}; an absent value is a Vavr {@link io.vavr.control.Option}.
 */
@NullMarked
package io.itsm4j.audit.trail;

import org.jspecify.annotations.NullMarked;
