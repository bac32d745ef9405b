/**
 * The audit module's shared vocabulary: the {@link io.itsm4j.audit.Clause clauses} of ISO/IEC 20000-1 that audits,
 * findings and the evidence report refer to, and the {@link io.itsm4j.audit.ActionContext} of a request.
 *
 * <p>Sub-packages: {@code trail} (the hash chain, pure), {@code programme} (internal audits and findings, pure),
 * {@code corrective} (corrective actions, pure), {@code evidence} (the evidence report, pure), {@code ticket}
 * (ticket events as audit drafts, pure), {@code port} (what a host implements), {@code memory} (in-memory
 * adapters), {@code service} (the application layer). Everything is immutable or thread-safe; no method accepts or
 * returns {@code null}.
 */
@NullMarked
package io.itsm4j.audit;

import org.jspecify.annotations.NullMarked;
