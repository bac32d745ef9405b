package io.itsm4j.core.ticket;

import io.itsm4j.core.catalogue.CatalogueItemId;
import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.catalogue.CustomerId;
import io.itsm4j.core.catalogue.OfferingId;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.internal.Checks;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Set;
import io.vavr.control.Option;

/**
 * What a ticket is about, in catalogue terms: the service and offering, the customer, the request catalogue
 * item ordered, and the configuration items affected. Service level definitions select tickets by these.
 *
 * @param service the affected or requested service
 * @param offering the offering of that service the customer has
 * @param customer the customer the ticket is for
 * @param catalogueItem the request catalogue item ordered (service requests)
 * @param configurationItems the configuration items affected
 */
public record TicketSubject(Option<ServiceId> service, Option<OfferingId> offering, Option<CustomerId> customer,
    Option<CatalogueItemId> catalogueItem, Set<ConfigurationItemId> configurationItems) {
  private static final TicketSubject NONE =
      new TicketSubject(Option.none(), Option.none(), Option.none(), Option.none(), LinkedHashSet.empty());

  /**
   * Checks that no argument is null.
   *
   * @throws NullPointerException if an argument is null
   */
  public TicketSubject {
    Checks.notNull(service, "service");
    Checks.notNull(offering, "offering");
    Checks.notNull(customer, "customer");
    Checks.notNull(catalogueItem, "catalogueItem");
    Checks.notNull(configurationItems, "configurationItems");
  }

  /** A subject naming nothing. */
  public static TicketSubject none() {
    return NONE;
  }

  /** This subject with the service set. */
  public TicketSubject withService(ServiceId id) {
    return new TicketSubject(Option.some(id), offering, customer, catalogueItem, configurationItems);
  }

  /** This subject with the offering set. */
  public TicketSubject withOffering(OfferingId id) {
    return new TicketSubject(service, Option.some(id), customer, catalogueItem, configurationItems);
  }

  /** This subject with the customer set. */
  public TicketSubject withCustomer(CustomerId id) {
    return new TicketSubject(service, offering, Option.some(id), catalogueItem, configurationItems);
  }

  /** This subject with the request catalogue item set. */
  public TicketSubject withCatalogueItem(CatalogueItemId id) {
    return new TicketSubject(service, offering, customer, Option.some(id), configurationItems);
  }

  /** This subject with one more affected configuration item. */
  public TicketSubject withConfigurationItem(ConfigurationItemId id) {
    return new TicketSubject(service, offering, customer, catalogueItem, configurationItems.add(id));
  }
}
