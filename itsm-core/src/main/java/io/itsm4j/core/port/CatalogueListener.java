package io.itsm4j.core.port;

import io.itsm4j.core.Rejection;
import io.itsm4j.core.catalogue.CatalogueCommand;
import io.itsm4j.core.catalogue.CatalogueContext;
import io.itsm4j.core.catalogue.CatalogueEvent;
import io.vavr.collection.Seq;

/**
 * Hears what the catalogue service did: the events of every accepted catalogue command, and every refused one.
 * An audit trail hangs off this port, so that every catalogue change and every refusal is recorded.
 *
 * <h2>Contract</h2>
 * <ul>
 *   <li><b>Threading</b>: called from many threads at once, on the thread that ran the command, after the events
 *       are stored. Keep it quick or hand the work to a queue.
 *   <li><b>Delivery</b>: at most once per accepted command; a host that needs more reads the store from the last
 *       version it saw ({@link CatalogueStore#load}).
 *   <li><b>Errors</b>: an exception thrown by {@link #published} does not undo the stored events; the service
 *       reports it in {@link io.itsm4j.core.application.CatalogueResult#notificationFailure()}.
 *   <li><b>Nullness</b>: arguments are never {@code null}.
 * </ul>
 */
@FunctionalInterface
public interface CatalogueListener {

  /** The events one accepted command appended, in version order; never empty. */
  void published(Seq<CatalogueEvent> events);

  /**
   * A well-formed command was refused. Does nothing unless overridden.
   *
   * @param context who asked, in which tenant, when
   * @param command what was asked
   * @param rejection why it was refused
   */
  default void rejected(CatalogueContext context, CatalogueCommand command, Rejection rejection) {}

  /** A listener that ignores everything. */
  static CatalogueListener none() {
    return events -> {};
  }
}
