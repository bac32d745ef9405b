package io.itsm4j.core.catalogue.impact;

import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.internal.Checks;

/**
 * A service an outage affects, and the path that explains it.
 *
 * @param service the service
 * @param path from a failed node to the service
 */
public record AffectedService(ServiceId service, ImpactPath path) {
  /** Checks that no argument is null. */
  public AffectedService {
    Checks.notNull(service, "service");
    Checks.notNull(path, "path");
  }
}
