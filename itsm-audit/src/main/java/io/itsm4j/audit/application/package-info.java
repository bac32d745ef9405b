/**
 * The application layer of the audit module: {@link io.itsm4j.audit.application.AuditTrail} records entries through
 * the ports and answers queries and verifications; {@link io.itsm4j.audit.application.AuditingNotificationSink} hooks it
 * to core's service desk; {@link io.itsm4j.audit.application.AuditProgrammes} and
 * {@link io.itsm4j.audit.application.CorrectiveActions} run the pure deciders on core's {@link
 * io.itsm4j.core.application.CommandPipeline} (idempotency keys, no lost updates) and audit every change and every
 * refusal.
 *
 * <p>Everything here is thread-safe. Business refusals and port failures come back as
 * {@link io.itsm4j.core.Rejection}s; null arguments fail fast.
 */
@NullMarked
package io.itsm4j.audit.application;

import org.jspecify.annotations.NullMarked;
