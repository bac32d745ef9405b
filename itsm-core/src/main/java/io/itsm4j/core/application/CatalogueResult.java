package io.itsm4j.core.application;

import io.itsm4j.core.catalogue.Catalogue;
import io.itsm4j.core.catalogue.CatalogueEvent;
import io.itsm4j.core.internal.Checks;
import io.vavr.collection.Seq;
import io.vavr.control.Option;

/**
 * What an accepted catalogue command did.
 *
 * @param catalogue the catalogue after the command (for a retry: as it is now)
 * @param events the events the command appended
 * @param replayed true when this was a retry under an idempotency key already used for the same command: nothing
 *     new was appended, and {@code events} are the first attempt's
 * @param notificationFailure the exception the {@link io.itsm4j.core.port.CatalogueListener} threw, if it did; the
 *     events are stored anyway
 */
public record CatalogueResult(Catalogue catalogue, Seq<CatalogueEvent> events, boolean replayed,
    Option<Throwable> notificationFailure) {
  /**
   * Checks that no argument is null.
   *
   * @throws NullPointerException if an argument is null
   */
  public CatalogueResult {
    Checks.notNull(catalogue, "catalogue");
    Checks.notNull(events, "events");
    Checks.notNull(notificationFailure, "notificationFailure");
  }
}
