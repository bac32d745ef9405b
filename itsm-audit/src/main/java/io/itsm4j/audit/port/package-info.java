/**
 * The ports of the audit module a host implements: {@link io.itsm4j.audit.port.AuditStore} (the chains),
 * {@link io.itsm4j.audit.port.PersonalDataVault} (erasable personal values) and
 * {@link io.itsm4j.audit.port.EvidenceSource} (counts of records for the evidence report). Each interface's
 * documentation is its contract: threading, nullness and errors. {@code io.itsm4j.audit.memory} has thread-safe
 * in-memory implementations.
 */
@NullMarked
package io.itsm4j.audit.port;

import org.jspecify.annotations.NullMarked;
