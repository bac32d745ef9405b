package io.itsm4j.core.ticket;

import io.itsm4j.core.Actor;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.internal.Checks;
import java.time.Instant;

/**
 * Who sends a command, to which ticket of which tenant, under which idempotency key, and when. The service desk
 * builds it (time from its {@link java.time.InstantSource}); tests and replays build it by hand.
 *
 * @param tenant the tenant the command runs in
 * @param ticketId the ticket it is for (for an open, the id the new ticket gets)
 * @param actor who sends it, with roles
 * @param idempotencyKey the key that makes a retry append nothing twice; 1-128 characters, no control characters
 * @param at when it is accepted; becomes the events' {@code occurredAt}
 */
public record CommandContext(TenantId tenant, TicketId ticketId, io.itsm4j.core.Actor actor, String idempotencyKey,
    Instant at) {
  /** Longest idempotency key, in characters. */
  public static final int KEY_MAX = 128;

  /**
   * Validates the arguments.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the idempotency key is malformed
   */
  public CommandContext {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(ticketId, "ticketId");
    Checks.notNull(actor, "actor");
    Checks.notNull(at, "at");
    checkKey(idempotencyKey);
  }

  /**
   * Checks an idempotency key.
   *
   * @throws NullPointerException if {@code key} is null
   * @throws IllegalArgumentException if it is blank, longer than {@value #KEY_MAX}, or holds anything but printable
   *     ASCII (U+0020-U+007E)
   */
  public static String checkKey(String key) {
    return Checks.key(key, "idempotencyKey", KEY_MAX);
  }

  /** A context for a command sent by {@code actor} now. */
  public static CommandContext of(TenantId tenant, TicketId ticketId, Actor actor, String idempotencyKey,
      Instant at) {
    return new CommandContext(tenant, ticketId, actor, idempotencyKey, at);
  }
}
