package io.itsm4j.core.catalogue;

import io.itsm4j.core.Actor;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.internal.Checks;
import java.time.Instant;

/**
 * Who sends a catalogue command, in which tenant, under which idempotency key, and when. The catalogue service
 * builds it (time from its {@link java.time.InstantSource}); tests and replays build it by hand.
 *
 * @param tenant the tenant whose catalogue the command changes
 * @param actor who sends it, with roles
 * @param idempotencyKey the key that makes a retry append nothing twice; 1-{@value #KEY_MAX} characters, no
 *     control characters
 * @param at when it is accepted; becomes the event's {@code occurredAt}
 */
public record CatalogueContext(TenantId tenant, Actor actor, String idempotencyKey, Instant at) {
  /** Longest idempotency key, in characters (the same limit as for ticket commands). */
  public static final int KEY_MAX = 128;

  /**
   * Validates the arguments.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the idempotency key is malformed
   */
  public CatalogueContext {
    Checks.notNull(tenant, "tenant");
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
}
