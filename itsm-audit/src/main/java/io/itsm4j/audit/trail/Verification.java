package io.itsm4j.audit.trail;

import io.itsm4j.audit.internal.Require;

/** The outcome of verifying a chain or a range of it: intact up to a head, or broken at a named entry. */
public sealed interface Verification permits Verification.Intact, Verification.Broken {

  /** Whether the chain verified. */
  boolean isIntact();

  /**
   * Every entry checked is where it belongs and unchanged, and every checkpoint given matched.
   *
   * @param head the last entry checked, as a checkpoint (the trusted start when the range was empty)
   * @param entriesChecked how many entries were checked
   */
  record Intact(Checkpoint head, long entriesChecked) implements Verification {
    /** Checks the arguments. */
    public Intact {
      Require.notNull(head, "head");
      Require.notNegative(entriesChecked, "entriesChecked");
    }

    @Override
    public boolean isIntact() {
      return true;
    }
  }

  /**
   * The chain is broken; {@code at} names the first entry at fault and how.
   *
   * @param at the break
   */
  record Broken(ChainBreak at) implements Verification {
    /** Checks the argument. */
    public Broken {
      Require.notNull(at, "at");
    }

    @Override
    public boolean isIntact() {
      return false;
    }
  }
}
