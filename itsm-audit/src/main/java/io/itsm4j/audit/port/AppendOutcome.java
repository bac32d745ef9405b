package io.itsm4j.audit.port;

import io.itsm4j.audit.trail.Checkpoint;
import java.util.Objects;

/** The outcome of {@link AuditStore#append}. */
public sealed interface AppendOutcome permits AppendOutcome.Appended, AppendOutcome.HeadMoved {
  /**
   * The entries are stored.
   *
   * @param head the chain's new head, the last entry appended
   */
  record Appended(Checkpoint head) implements AppendOutcome {
    /** Checks that the head is not null. */
    public Appended {
      Objects.requireNonNull(head, "head must not be null");
    }
  }

  /**
   * Nothing was stored: another append got in first. Seal the drafts again against {@code actual} and retry.
   *
   * @param actual the head the store holds
   */
  record HeadMoved(Checkpoint actual) implements AppendOutcome {
    /** Checks that the head is not null. */
    public HeadMoved {
      Objects.requireNonNull(actual, "actual must not be null");
    }
  }
}
