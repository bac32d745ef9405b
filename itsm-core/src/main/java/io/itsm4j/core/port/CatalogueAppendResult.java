package io.itsm4j.core.port;

import io.itsm4j.core.internal.Checks;

/** The outcome of {@link CatalogueStore#append}. */
public sealed interface CatalogueAppendResult {
  /**
   * The events are stored; the catalogue is now at {@code version}.
   *
   * @param version the catalogue's version after the append
   */
  record Appended(long version) implements CatalogueAppendResult {}

  /**
   * Nothing was stored: the catalogue is not at the expected version.
   *
   * @param actualVersion the version the store holds
   */
  record VersionConflict(long actualVersion) implements CatalogueAppendResult {}

  /**
   * Nothing was stored: the idempotency key was used before in this tenant's catalogue.
   *
   * @param previous what was stored under the key
   */
  record DuplicateCommand(RecordedCatalogueCommand previous) implements CatalogueAppendResult {
    /** Checks that no argument is null. */
    public DuplicateCommand {
      Checks.notNull(previous, "previous");
    }
  }
}
