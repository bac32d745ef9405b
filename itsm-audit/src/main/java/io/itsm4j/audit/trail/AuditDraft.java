package io.itsm4j.audit.trail;

import io.itsm4j.core.TextPolicy;
import io.itsm4j.audit.internal.Require;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.ValueStyle;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.control.Option;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * What happened, before it takes its place in the chain: who did what to which record, when, what it changed, and
 * why. {@link AuditChain#seal} turns drafts into {@link AuditEntry entries} with a sequence number and hashes.
 *
 * <p>Build one with {@link #builder()}; immutable and thread-safe; no accessor returns {@code null}. Building fails
 * fast (tier 1) with a {@link NullPointerException} or {@link IllegalArgumentException} naming the attribute; text
 * must be well-formed UTF-16 (no unpaired surrogate), so that the canonical encoding tells every two drafts apart.
 */
@Value.Immutable
@ValueStyle
public abstract class AuditDraft {
  /** Longest reason, in code points. */
  public static final int REASON_MAX = 2000;
  /** Longest correlation id, in characters. */
  public static final int CORRELATION_MAX = 128;

  AuditDraft() {}

  /** A builder; {@code tenant}, {@code actor}, {@code action}, {@code record} and {@code occurredAt} are required. */
  public static ImmutableAuditDraft.Builder builder() {
    return ImmutableAuditDraft.builder();
  }

  /** The tenant whose chain the entry joins. */
  public abstract TenantId tenant();

  /** Who did it, or asked for it. Use pseudonymous ids, not names: the actor is hashed as it is. */
  public abstract ActorId actor();

  /** What was done, as an identifier, e.g. {@code ticket.state-changed} or {@code corrective-action.closed}. */
  public abstract String action();

  /** The record it was done to. */
  public abstract RecordRef record();

  /** Whether it was done or refused; default {@link Outcome#APPLIED}. */
  @Value.Default
  public Outcome outcome() {
    return Outcome.APPLIED;
  }

  /** When it happened. */
  public abstract Instant occurredAt();

  /** The values before the change, of the fields it changed; keys are identifiers up to 128 characters. */
  @Value.Default
  public Map<String, AuditValue> before() {
    return LinkedHashMap.empty();
  }

  /** The values after the change, of the fields it changed; keys as for {@link #before()}. */
  @Value.Default
  public Map<String, AuditValue> after() {
    return LinkedHashMap.empty();
  }

  /** Why: a rejection's code and message, a stated reason for a change; none when nobody said. */
  @Value.Default
  public Option<String> reason() {
    return Option.none();
  }

  /** The id of the command that caused it (core's idempotency key), so entries of one command group together. */
  @Value.Default
  public Option<String> correlation() {
    return Option.none();
  }

  /** The personal-data references among the before and after values. */
  public final io.vavr.collection.Seq<PersonalDataRef> personalDataRefs() {
    return before().values().appendAll(after().values())
        .flatMap(v -> v instanceof AuditValue.Personal p ? Option.some(p.ref()) : Option.none())
        .distinct();
  }

  @Value.Check
  void check() {
    Require.id(action(), "action");
    before().keySet().forEach(k -> Require.matches(k, Require.KEY, "before key", "1-128 letters, digits or . _ : -"));
    after().keySet().forEach(k -> Require.matches(k, Require.KEY, "after key", "1-128 letters, digits or . _ : -"));
    Require.wellFormed(record().id(), "record id");
    before().forEach((k, v) -> {
      if (v instanceof AuditValue.Text t) {
        Require.wellFormed(t.value(), "before." + k);
      }
    });
    after().forEach((k, v) -> {
      if (v instanceof AuditValue.Text t) {
        Require.wellFormed(t.value(), "after." + k);
      }
    });
    reason().forEach(r -> Require.wellFormed(r, "reason"));
    reason().forEach(r -> {
      if (TextPolicy.length(r) > REASON_MAX) {
        throw new IllegalArgumentException("reason must be at most " + REASON_MAX + " characters, got "
            + TextPolicy.length(r));
      }
    });
    correlation().forEach(c -> Require.text(c, "correlation", CORRELATION_MAX));
  }
}
