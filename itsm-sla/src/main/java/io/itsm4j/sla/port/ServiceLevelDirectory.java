package io.itsm4j.sla.port;

import io.itsm4j.core.TenantId;
import io.itsm4j.core.catalogue.CustomerId;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.catalogue.ServiceLevelId;
import io.itsm4j.sla.SlaDefinition;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;

/**
 * Where the service levels the catalogue names become clocks: the SLA definitions behind each {@link ServiceLevelId}
 * of a tenant, and the service levels a customer's own agreement adds for a service. The catalogue says which
 * levels a service and its offerings carry; this port says what each level measures. {@link
 * io.itsm4j.sla.monitor.SlaSelector#fromCatalogue} reads both.
 *
 * <h2>Contract</h2>
 * Thread-safe; called on every evaluation of a ticket, so quick (cache if the definitions live in a database). No
 * argument or result is {@code null}. Within a tenant, a definition id names one definition: two levels may share a
 * definition, never an id for two different ones. An exception thrown here is reported by the selector as a
 * {@link io.itsm4j.core.RejectionCode#PORT_FAILURE}.
 */
public interface ServiceLevelDirectory {

  /**
   * The definitions of one service level of the tenant.
   *
   * @return the definitions (possibly none: a level that measures nothing yet), or none if the tenant has no such
   *     level
   */
  Option<Seq<SlaDefinition>> definitions(TenantId tenant, ServiceLevelId level);

  /**
   * The service levels the customer's agreement adds for the service, on top of what the catalogue's service and
   * offering carry; empty when there is no such agreement.
   */
  Set<ServiceLevelId> agreed(TenantId tenant, CustomerId customer, ServiceId service);
}
