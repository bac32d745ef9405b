/**
 * Plain JDBC adapters, no ORM: {@link io.itsm4j.examples.jdbc.JdbcTicketStore} (events, idempotency keys and an
 * outbox in one transaction), {@link io.itsm4j.examples.jdbc.JdbcCatalogueStore} (a tenant's catalogue events and
 * idempotency keys in one transaction), {@link io.itsm4j.examples.jdbc.OutboxRelay} (at-least-once notification
 * from the outbox), {@link io.itsm4j.examples.jdbc.EventCodec} and {@link
 * io.itsm4j.examples.jdbc.CatalogueEventCodec} (the versioned text forms of ticket and catalogue events) and
 * {@link io.itsm4j.examples.jdbc.JdbcSchema} (the H2 and PostgreSQL scripts under {@code db/}). They work with
 * any {@link javax.sql.DataSource}. See {@code docs/storage-jdbc.md}.
 */
@NullMarked
package io.itsm4j.examples.jdbc;

import org.jspecify.annotations.NullMarked;
