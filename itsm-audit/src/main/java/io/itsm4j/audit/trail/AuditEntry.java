package io.itsm4j.audit.trail;

import io.itsm4j.audit.internal.Require;
import io.itsm4j.core.ActorId;
import io.itsm4j.core.TenantId;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;

/**
 * One link of a tenant's audit chain: a {@link AuditDraft} with its place (sequence number), the hash of the
 * entry before it, and its own hash. Only {@link AuditChain#seal} makes entries whose hashes are right; an
 * adapter reading entries back from storage uses the constructor, and {@link AuditChain#verify} tells whether they
 * are still right.
 *
 * <p>Immutable and thread-safe.
 *
 * @param formatVersion the version of the canonical encoding the hash was computed with ({@link
 *     CanonicalEncoding#VERSION_1})
 * @param sequence 1 for the tenant's first entry, then one more for each entry
 * @param draft what happened
 * @param previousHash the hash of entry {@code sequence - 1}; {@link ChainHash#GENESIS} for entry 1
 * @param hash SHA-256 over the entry's canonical bytes and {@code previousHash}
 */
public record AuditEntry(int formatVersion, long sequence, AuditDraft draft, ChainHash previousHash, ChainHash hash) {
  /**
   * Checks the arguments.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the format version is unknown or the sequence is less than 1
   */
  public AuditEntry {
    CanonicalEncoding.checkVersion(formatVersion);
    if (sequence < 1) {
      throw new IllegalArgumentException("sequence must be at least 1, got " + sequence);
    }
    Require.notNull(draft, "draft");
    Require.notNull(previousHash, "previousHash");
    Require.notNull(hash, "hash");
  }

  /** The entry's id for evidence references: {@code <tenant>#<sequence>}. */
  public String id() {
    return draft.tenant().value() + "#" + sequence;
  }

  /** Shorthand for {@code draft().tenant()}. */
  public TenantId tenant() {
    return draft.tenant();
  }

  /** Shorthand for {@code draft().actor()}. */
  public ActorId actor() {
    return draft.actor();
  }

  /** Shorthand for {@code draft().action()}. */
  public String action() {
    return draft.action();
  }

  /** Shorthand for {@code draft().record()}. */
  public RecordRef record() {
    return draft.record();
  }

  /** Shorthand for {@code draft().outcome()}. */
  public Outcome outcome() {
    return draft.outcome();
  }

  /** Shorthand for {@code draft().occurredAt()}. */
  public Instant occurredAt() {
    return draft.occurredAt();
  }

  /** Shorthand for {@code draft().before()}. */
  public Map<String, AuditValue> before() {
    return draft.before();
  }

  /** Shorthand for {@code draft().after()}. */
  public Map<String, AuditValue> after() {
    return draft.after();
  }

  /** Shorthand for {@code draft().reason()}. */
  public Option<String> reason() {
    return draft.reason();
  }

  /** Shorthand for {@code draft().correlation()}. */
  public Option<String> correlation() {
    return draft.correlation();
  }

  /** Shorthand for {@code draft().personalDataRefs()}. */
  public Seq<PersonalDataRef> personalDataRefs() {
    return draft.personalDataRefs();
  }

  /** The checkpoint this entry makes: its tenant, sequence and hash. */
  public Checkpoint checkpoint() {
    return new Checkpoint(draft.tenant(), sequence, hash);
  }

  @Override
  public String toString() {
    return id() + " " + draft.action() + " " + draft.record() + " by " + draft.actor() + " at " + draft.occurredAt()
        + " [" + hash.hex().substring(0, 12) + "]";
  }
}
