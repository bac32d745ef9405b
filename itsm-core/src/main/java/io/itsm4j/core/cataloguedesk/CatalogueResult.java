package io.itsm4j.core.cataloguedesk;

import io.itsm4j.core.catalogue.Catalogue;
import io.itsm4j.core.catalogue.CatalogueEvent;
import io.itsm4j.core.internal.Checks;
import io.vavr.collection.Seq;

/**
 * What an accepted catalogue command did.
 *
 * @param catalogue the catalogue after the command (for a retry: as it is now)
 * @param events the events the command appended
 * @param replayed true when this was a retry under an idempotency key already used for the same command: nothing
 *     new was appended, and {@code events} are the first attempt's
 */
public record CatalogueResult(Catalogue catalogue, Seq<CatalogueEvent> events, boolean replayed) {
  /**
   * Checks that no argument is null.
   *
   * @throws NullPointerException if an argument is null
   */
  public CatalogueResult {
    Checks.notNull(catalogue, "catalogue");
    Checks.notNull(events, "events");
  }
}
