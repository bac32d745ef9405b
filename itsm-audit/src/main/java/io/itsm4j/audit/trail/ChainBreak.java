package io.itsm4j.audit.trail;

import io.itsm4j.audit.internal.Require;

/**
 * Where and how a chain fails verification: the first entry that is not what the chain says it should be.
 *
 * @param kind how it broke
 * @param sequence the sequence number of the entry at fault (for {@link Kind#MISSING} and {@link Kind#TRUNCATED},
 *     the first one that is absent)
 * @param position the index, in the list that was verified, where the break was seen (the list's size when the
 *     list ended too early)
 * @param message what was found, for people
 */
public record ChainBreak(Kind kind, long sequence, int position, String message) {
  /**
   * Checks the arguments.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code sequence} or {@code position} is negative
   */
  public ChainBreak {
    Require.notNull(kind, "kind");
    Require.notNull(message, "message");
    Require.notNegative(sequence, "sequence");
    Require.notNegative(position, "position");
  }

  /** How a chain broke. */
  public enum Kind {
    /** The entry's content or hash was changed: it no longer matches its own hash, its successor, or a checkpoint. */
    CHANGED,
    /** An entry is absent from the middle of the chain: its successors are there. */
    MISSING,
    /** An entry that does not belong: a second entry claiming a sequence number, or a copy out of place. */
    INSERTED,
    /** The entry is present but out of order: it comes later in the list than its sequence number says. */
    REORDERED,
    /** The chain ends before a checkpoint or expected head: entries at the end were removed. */
    TRUNCATED
  }

  @Override
  public String toString() {
    return kind + " at entry " + sequence + " (position " + position + "): " + message;
  }
}
