package io.itsm4j.core.port;

import io.itsm4j.core.catalogue.CatalogueEvent;
import io.itsm4j.core.internal.Checks;
import io.vavr.collection.Seq;

/**
 * What a catalogue store remembers of an accepted command, so that a retry under the same idempotency key appends
 * nothing twice and returns the first outcome.
 *
 * @param fingerprint a digest of the command, to tell a retry from a different command reusing the key
 * @param events the events the command appended, in version order
 */
public record RecordedCatalogueCommand(String fingerprint, Seq<CatalogueEvent> events) {
  /**
   * Checks that no argument is null.
   *
   * @throws NullPointerException if an argument is null
   */
  public RecordedCatalogueCommand {
    Checks.notNull(fingerprint, "fingerprint");
    Checks.notNull(events, "events");
  }
}
