package io.itsm4j.audit.corrective;

import io.itsm4j.audit.internal.Require;
import io.itsm4j.core.ActorId;
import java.time.Instant;

/**
 * The review of whether a corrective action worked.
 *
 * @param verifier who checked; never the implementer or an owner of a planned step
 * @param at when
 * @param effective whether the cause is removed
 * @param evidence what the verdict rests on
 */
public record EffectivenessCheck(ActorId verifier, Instant at, boolean effective, String evidence) {
  /**
   * Checks that no argument is null.
   *
   * @throws NullPointerException if an argument is null
   */
  public EffectivenessCheck {
    Require.notNull(verifier, "verifier");
    Require.notNull(at, "at");
    Require.notNull(evidence, "evidence");
  }
}
