package io.itsm4j.core.catalogue;

import io.itsm4j.core.ActorId;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.internal.Checks;
import java.time.Instant;

/**
 * What every catalogue event carries: the tenant, the catalogue version it creates, when, who, and the command
 * that caused it.
 *
 * @param tenant the catalogue's tenant
 * @param version 1 for the tenant's first catalogue event, then one more for each; the catalogue's version after
 *     the event
 * @param occurredAt when the command was accepted
 * @param actor who sent the command
 * @param commandId the command's idempotency key
 */
public record CatalogueEventHeader(TenantId tenant, long version, Instant occurredAt, ActorId actor,
    String commandId) {
  /**
   * Validates the arguments.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code version} is less than 1 or {@code commandId} is blank
   */
  public CatalogueEventHeader {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(occurredAt, "occurredAt");
    Checks.notNull(actor, "actor");
    Checks.notNull(commandId, "commandId");
    if (version < 1) {
      throw new IllegalArgumentException("version must be at least 1, got " + version);
    }
    if (commandId.isBlank()) {
      throw new IllegalArgumentException("commandId must not be blank");
    }
  }
}
