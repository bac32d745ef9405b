package io.itsm4j.core.monitoring;

import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.catalogue.impact.CompiledCatalogue;
import io.itsm4j.core.catalogue.impact.ImpactReport;
import io.itsm4j.core.internal.Checks;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;

/**
 * The services an alert on a configuration item reaches: what groups alerts into incidents. Asked once per alert
 * raised. Implementations must be thread-safe if shared and answer the same during a replay.
 */
@FunctionalInterface
public interface ServiceImpact {
  /**
   * The services that {@code item} failing would affect, in a stable order; empty if none (the alert is then
   * grouped with others on the same item only).
   */
  Seq<ServiceId> servicesOf(ConfigurationItemId item);

  /** No catalogue: every alert is grouped by its item alone. */
  static ServiceImpact none() {
    return item -> Vector.empty();
  }

  /**
   * Impact analysis over a compiled catalogue: the services an outage of the item reaches through the
   * relationships; none for an item the catalogue does not hold.
   *
   * @throws NullPointerException if {@code catalogue} is null
   */
  static ServiceImpact of(CompiledCatalogue catalogue) {
    Checks.notNull(catalogue, "catalogue");
    return item -> catalogue.outage(item).map(ImpactReport::services).getOrElse(Vector.empty());
  }
}
