/**
 * Plain JDBC adapters, no ORM: {@link io.itsm4j.jdbc.JdbcTicketStore} (events, idempotency keys and an
 * outbox in one transaction), {@link io.itsm4j.jdbc.JdbcCatalogueStore} (a tenant's catalogue events and
 * idempotency keys in one transaction), {@link io.itsm4j.jdbc.OutboxRelay} (at-least-once notification
 * from the outbox), {@link io.itsm4j.jdbc.EventCodec} and {@link
 * io.itsm4j.jdbc.CatalogueEventCodec} (the versioned text forms of ticket and catalogue events) and
 * {@link io.itsm4j.jdbc.JdbcSchema} (the H2 and PostgreSQL scripts under {@code db/}). They work with
 * any {@link javax.sql.DataSource}. See {@code docs/storage-jdbc.md}.
 *
 * <p>For the audit module: {@link io.itsm4j.jdbc.JdbcAuditStore} (the tamper-evident chains, entries in
 * {@link io.itsm4j.jdbc.AuditEntryCodec}'s text form), {@link io.itsm4j.jdbc.JdbcHistoryStore}
 * (histories of audit programmes and corrective actions, through a {@link io.itsm4j.jdbc.HistoryCodec} such
 * as {@link io.itsm4j.jdbc.ProgrammeEventCodec} and {@link io.itsm4j.jdbc.CorrectiveActionEventCodec})
 * and {@link io.itsm4j.jdbc.JdbcPersonalDataVault} (erasable personal values).
 */
@NullMarked
package io.itsm4j.jdbc;

import org.jspecify.annotations.NullMarked;
