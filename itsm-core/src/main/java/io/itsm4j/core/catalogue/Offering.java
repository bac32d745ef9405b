package io.itsm4j.core.catalogue;

import io.itsm4j.core.internal.Checks;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Set;

/**
 * An offering of a service, such as Gold or Silver support, with the service level definitions that apply to
 * customers who have it.
 *
 * @param id unique within its service's tenant
 * @param name a human-readable name, not blank, at most {@value Service#NAME_MAX} characters (checked by the
 *     decider)
 * @param serviceLevels the service level definitions of this offering, possibly empty
 */
public record Offering(OfferingId id, String name, Set<ServiceLevelId> serviceLevels) {
  /**
   * Checks that no argument is null.
   *
   * @throws NullPointerException if an argument is null
   */
  public Offering {
    Checks.notNull(id, "id");
    Checks.notNull(name, "name");
    Checks.notNull(serviceLevels, "serviceLevels");
  }

  /** An offering with the given service levels. */
  public static Offering of(String id, String name, ServiceLevelId... serviceLevels) {
    return new Offering(OfferingId.of(id), name, LinkedHashSet.of(serviceLevels));
  }
}
