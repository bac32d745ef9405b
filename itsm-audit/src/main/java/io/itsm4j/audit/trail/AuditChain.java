package io.itsm4j.audit.trail;

import io.itsm4j.audit.internal.Require;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pure logic of the hash chain: sealing drafts into linked entries, recomputing hashes, verifying a chain or a
 * range of it, and picking periodic checkpoints. No I/O, no clock, no state: storage is
 * {@link io.itsm4j.audit.port.AuditStore}'s job.
 *
 * <p>Thread-safe. Null arguments fail fast with a {@link NullPointerException} naming the argument.
 */
public final class AuditChain {
  private static final MessageDigest SHA_256;

  static {
    try {
      SHA_256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private AuditChain() {}

  /**
   * The hash of an entry: SHA-256 over its canonical bytes in format {@code version}, then {@code previousHash}.
   *
   * @throws IllegalArgumentException if the version is unknown
   */
  public static ChainHash hash(int version, long sequence, AuditDraft draft, ChainHash previousHash) {
    Require.notNull(previousHash, "previousHash");
    byte[] content = CanonicalEncoding.encode(version, sequence, draft);
    MessageDigest sha = digest();
    sha.update(content);
    previousHash.writeTo(sha);
    return ChainHash.wrap(sha.digest());
  }

  /** The hash {@code entry} should have, recomputed from its content and previous hash. */
  public static ChainHash recompute(AuditEntry entry) {
    Require.notNull(entry, "entry");
    return hash(entry.formatVersion(), entry.sequence(), entry.draft(), entry.previousHash());
  }

  /**
   * Seals drafts into entries that continue the chain after {@code head}: sequence numbers {@code head.sequence()+1}
   * onwards, each linked to the hash before it.
   *
   * @param head the chain's current head ({@link Checkpoint#genesis} for an empty chain)
   * @param drafts the drafts, all of {@code head}'s tenant, in the order they happened
   * @return the entries, in order
   * @throws IllegalArgumentException if a draft is of another tenant
   */
  public static Seq<AuditEntry> seal(Checkpoint head, Seq<AuditDraft> drafts) {
    Require.notNull(head, "head");
    Require.notNull(drafts, "drafts");
    Vector<AuditEntry> out = Vector.empty();
    long sequence = head.sequence();
    ChainHash previous = head.hash();
    for (AuditDraft d : drafts) {
      if (!d.tenant().equals(head.tenant())) {
        throw new IllegalArgumentException("draft " + d.action() + " is for tenant " + d.tenant() + ", the chain is "
            + head.tenant() + "'s");
      }
      sequence++;
      ChainHash h = hash(CanonicalEncoding.CURRENT, sequence, d, previous);
      out = out.append(new AuditEntry(CanonicalEncoding.CURRENT, sequence, d, previous, h));
      previous = h;
    }
    return out;
  }

  /** Seals one draft; see {@link #seal(Checkpoint, Seq)}. */
  public static AuditEntry seal(Checkpoint head, AuditDraft draft) {
    return seal(head, Vector.of(Require.notNull(draft, "draft"))).head();
  }

  /**
   * Verifies a whole chain from its first entry, without knowing where it should end. Changes, gaps, insertions
   * and reorderings are found; a chain cut short at its end, or a last entry rewritten with a fresh hash, is not:
   * for that, verify against an exported checkpoint or the expected head ({@link #verify(Seq, Checkpoint, Seq)}).
   */
  public static Verification verify(io.itsm4j.core.TenantId tenant, Seq<AuditEntry> entries) {
    return verify(entries, Checkpoint.genesis(Require.notNull(tenant, "tenant")), Vector.empty());
  }

  /**
   * Verifies a range of a chain.
   *
   * <p>{@code entries} must be the chain's entries from {@code from.sequence() + 1} on, in sequence order. Each must
   * match its own hash and link to the hash before it, the first one to {@code from.hash()}. Every checkpoint in
   * {@code expected} after {@code from} must be matched by the entry with its sequence number; a checkpoint beyond
   * the last entry means the chain was cut short ({@link ChainBreak.Kind#TRUNCATED}). Give the expected head (the
   * newest checkpoint exported) to detect truncation and a rewritten tail.
   *
   * @param entries the entries to check, as storage returned them
   * @param from a trusted checkpoint the range starts after; {@link Checkpoint#genesis} for the whole chain
   * @param expected checkpoints the range must agree with, in any order; those at or before {@code from} are
   *     ignored
   * @return intact with the last entry as head, or the first break
   * @throws IllegalArgumentException if a checkpoint in {@code expected} is of another tenant than {@code from}
   */
  public static Verification verify(Seq<AuditEntry> entries, Checkpoint from, Seq<Checkpoint> expected) {
    Require.notNull(entries, "entries");
    Require.notNull(from, "from");
    Require.notNull(expected, "expected");
    AuditEntry[] a = entries.toJavaArray(AuditEntry[]::new);
    Map<Long, Checkpoint> checkpoints = new HashMap<>();
    for (Checkpoint c : expected) {
      if (!c.tenant().equals(from.tenant())) {
        throw new IllegalArgumentException("checkpoint " + c + " is not of tenant " + from.tenant());
      }
      if (c.sequence() > from.sequence()) {
        checkpoints.put(c.sequence(), c);
      }
    }
    Map<Long, List<Integer>> positions = new HashMap<>();
    for (int i = 0; i < a.length; i++) {
      positions.computeIfAbsent(a[i].sequence(), k -> new ArrayList<>(1)).add(i);
    }
    long expectedSequence = from.sequence() + 1;
    ChainHash previous = from.hash();
    for (int i = 0; i < a.length; i++) {
      AuditEntry e = a[i];
      if (e.sequence() != expectedSequence) {
        return new Verification.Broken(outOfPlace(e, i, expectedSequence, positions));
      }
      if (!e.tenant().equals(from.tenant())) {
        return broken(ChainBreak.Kind.CHANGED, e.sequence(), i, "entry " + e.sequence() + " names tenant "
            + e.tenant() + " in " + from.tenant() + "'s chain");
      }
      if (!recompute(e).equals(e.hash())) {
        return broken(ChainBreak.Kind.CHANGED, e.sequence(), i,
            "entry " + e.sequence() + " does not match its own hash: its content or hash was changed");
      }
      if (!e.previousHash().equals(previous)) {
        if (i == 0) {
          return broken(ChainBreak.Kind.CHANGED, e.sequence(), i, "entry " + e.sequence()
              + " does not continue from " + (from.isGenesis() ? "the start of the chain" : "the trusted checkpoint at " + from.sequence()));
        }
        if (confirmedBySuccessor(a, i, checkpoints) == Confirmation.REFUTED) {
          return broken(ChainBreak.Kind.CHANGED, e.sequence(), i, "entry " + e.sequence()
              + " links to a hash its predecessor does not have, and its successor does not link to it: it was rewritten");
        }
        return broken(ChainBreak.Kind.CHANGED, e.sequence() - 1, i - 1, "entry " + (e.sequence() - 1)
            + " no longer has the hash entry " + e.sequence() + " recorded for it: it was changed and re-hashed");
      }
      if (i + 1 < a.length && a[i + 1].sequence() == e.sequence()
          && confirmedBySuccessor(a, i + 1, checkpoints) == Confirmation.CONFIRMED
          && confirmedBySuccessor(a, i, checkpoints) != Confirmation.CONFIRMED) {
        return broken(ChainBreak.Kind.INSERTED, e.sequence(), i, "two entries claim sequence " + e.sequence()
            + "; the chain continues from the one at position " + (i + 1) + ", so this one was inserted");
      }
      Checkpoint c = checkpoints.get(e.sequence());
      if (c != null && !c.hash().equals(e.hash())) {
        return broken(ChainBreak.Kind.CHANGED, e.sequence(), i, "entry " + e.sequence()
            + " does not have the hash of the checkpoint at " + c.sequence() + ": it, or an entry before it, was rewritten");
      }
      previous = e.hash();
      expectedSequence++;
    }
    long last = expectedSequence - 1;
    Checkpoint beyond = null;
    for (Checkpoint c : checkpoints.values()) {
      if (c.sequence() > last && (beyond == null || c.sequence() > beyond.sequence())) {
        beyond = c;
      }
    }
    if (beyond != null) {
      return broken(ChainBreak.Kind.TRUNCATED, expectedSequence, a.length, "the chain ends at entry " + last
          + " but a checkpoint says it reached entry " + beyond.sequence());
    }
    return new Verification.Intact(new Checkpoint(from.tenant(), last, previous), a.length);
  }

  private static ChainBreak outOfPlace(AuditEntry e, int i, long expected, Map<Long, List<Integer>> positions) {
    if (e.sequence() < expected) {
      return new ChainBreak(ChainBreak.Kind.INSERTED, e.sequence(), i, "entry " + e.sequence()
          + " appears again at position " + i + ", where entry " + expected + " belongs");
    }
    if (laterThan(positions.get(e.sequence()), i)) {
      return new ChainBreak(ChainBreak.Kind.INSERTED, e.sequence(), i, "a copy of entry " + e.sequence()
          + " stands at position " + i + ", where entry " + expected + " belongs");
    }
    if (laterThan(positions.get(expected), i)) {
      return new ChainBreak(ChainBreak.Kind.REORDERED, expected, i, "entry " + expected
          + " comes later in the chain than its place at position " + i);
    }
    return new ChainBreak(ChainBreak.Kind.MISSING, expected, i, "entry " + expected + " is missing; entry "
        + e.sequence() + " follows entry " + (expected - 1));
  }

  private static boolean laterThan(List<Integer> positions, int i) {
    if (positions != null) {
      for (int p : positions) {
        if (p > i) {
          return true;
        }
      }
    }
    return false;
  }

  private enum Confirmation { CONFIRMED, REFUTED, UNKNOWN }

  /** Whether the entry after position {@code i} (or a checkpoint) vouches for the hash of the entry at {@code i}. */
  private static Confirmation confirmedBySuccessor(AuditEntry[] a, int i, Map<Long, Checkpoint> checkpoints) {
    AuditEntry e = a[i];
    for (int j = i + 1; j < a.length; j++) {
      if (a[j].sequence() == e.sequence() + 1) {
        return a[j].previousHash().equals(e.hash()) ? Confirmation.CONFIRMED : Confirmation.REFUTED;
      }
      if (a[j].sequence() != e.sequence()) {
        break;
      }
    }
    Checkpoint c = checkpoints.get(e.sequence());
    if (c != null) {
      return c.hash().equals(e.hash()) ? Confirmation.CONFIRMED : Confirmation.REFUTED;
    }
    return Confirmation.UNKNOWN;
  }

  private static Verification broken(ChainBreak.Kind kind, long sequence, int position, String message) {
    return new Verification.Broken(new ChainBreak(kind, sequence, position, message));
  }

  /**
   * The checkpoints at every {@code interval}-th entry of a chain ({@code interval}, {@code 2 * interval}, ...),
   * taken from the entries' stored hashes. Verify the entries first: a checkpoint of a broken chain proves nothing.
   *
   * @throws IllegalArgumentException if {@code interval} is less than 1
   */
  public static Seq<Checkpoint> checkpoints(Seq<AuditEntry> entries, long interval) {
    Require.notNull(entries, "entries");
    if (interval < 1) {
      throw new IllegalArgumentException("interval must be at least 1, got " + interval);
    }
    return entries.filter(e -> e.sequence() % interval == 0).map(AuditEntry::checkpoint).toVector();
  }

  private static MessageDigest digest() {
    try {
      return (MessageDigest) SHA_256.clone();
    } catch (CloneNotSupportedException e) {
      try {
        return MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException never) {
        throw new IllegalStateException("every JVM has SHA-256", never);
      }
    }
  }
}
