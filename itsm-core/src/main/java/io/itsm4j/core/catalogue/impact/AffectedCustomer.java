package io.itsm4j.core.catalogue.impact;

import io.itsm4j.core.catalogue.CustomerId;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.internal.Checks;

/**
 * A customer an outage affects: through which service, and the path to that service. When several affected
 * services have the customer, {@code via} is the one nearest the outage (ties: the first the search reached).
 *
 * @param customer the customer
 * @param via an affected service the customer consumes
 * @param path from a failed node to {@code via}
 */
public record AffectedCustomer(CustomerId customer, ServiceId via, ImpactPath path) {
  /** Checks that no argument is null. */
  public AffectedCustomer {
    Checks.notNull(customer, "customer");
    Checks.notNull(via, "via");
    Checks.notNull(path, "path");
  }
}
