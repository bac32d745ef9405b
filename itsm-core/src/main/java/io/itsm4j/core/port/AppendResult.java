package io.itsm4j.core.port;

import io.itsm4j.core.internal.Checks;

/** The outcome of {@link TicketStore#append}. */
public sealed interface AppendResult {
  /**
   * The events are stored; the ticket is now at {@code version}.
   *
   * @param version the ticket's version after the append
   */
  record Appended(long version) implements AppendResult {}

  /**
   * Nothing was stored: the ticket is not at the expected version.
   *
   * @param actualVersion the version the store holds
   */
  record VersionConflict(long actualVersion) implements AppendResult {}

  /**
   * Nothing was stored: the idempotency key was used before in this tenant.
   *
   * @param previous what was stored under the key
   */
  record DuplicateCommand(RecordedCommand previous) implements AppendResult {
    /** Checks that no argument is null. */
    public DuplicateCommand {
      Checks.notNull(previous, "previous");
    }
  }
}
