/**
 * Plain JDBC adapters, no ORM: {@link io.itsm4j.jdbc.JdbcTicketStore} (events, idempotency keys and an
 * outbox row written atomically, one statement on PostgreSQL; a cache of decoded histories), {@link
 * io.itsm4j.jdbc.JdbcTicketIds} (ticket numbers taken in the database), {@link io.itsm4j.jdbc.JdbcCatalogueStore}
 * (a tenant's catalogue events and idempotency keys in one transaction), {@link io.itsm4j.jdbc.OutboxRelay}
 * (at-least-once notification from the outbox), {@link io.itsm4j.jdbc.TicketEventJson} and {@link
 * io.itsm4j.jdbc.CatalogueEventJson} (the stored JSON forms, with schema versions and upcasters; {@link
 * io.itsm4j.jdbc.EventCodec} and {@link io.itsm4j.jdbc.CatalogueEventCodec} read rows written before JSON) and
 * {@link io.itsm4j.jdbc.JdbcSchema} (the H2 and PostgreSQL Flyway migrations under {@code db/}). They work with
 * any {@link javax.sql.DataSource}. See {@code docs/storage-jdbc.md}.
 *
 * <p>For the audit module: {@link io.itsm4j.jdbc.JdbcAuditStore} (the tamper-evident chains, entries stored as
 * JSON; rows from before in {@link io.itsm4j.jdbc.AuditEntryCodec}'s text form), {@link
 * io.itsm4j.jdbc.JdbcHistoryStore} (histories of audit programmes and corrective actions, through a {@link
 * io.itsm4j.jdbc.HistoryCodec} such as {@link io.itsm4j.jdbc.AuditHistoryJson}'s) and {@link
 * io.itsm4j.jdbc.JdbcPersonalDataVault} (erasable personal values).
 */
@NullMarked
package io.itsm4j.jdbc;

import org.jspecify.annotations.NullMarked;
