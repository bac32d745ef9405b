package io.itsm4j.sla;

import io.itsm4j.core.TenantId;
import io.itsm4j.core.ValueStyle;
import io.itsm4j.core.catalogue.CustomerId;
import io.itsm4j.core.catalogue.OfferingId;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.TicketKind;
import io.vavr.collection.HashSet;
import io.vavr.collection.Set;
import org.immutables.value.Value;

/**
 * Which tickets a service level definition applies to: each non-empty set must contain the ticket's value; an
 * empty set places no restriction. A ticket without a service, offering or customer does not match a non-empty
 * set of them.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()}; {@link #any()} matches every ticket.
 */
@Value.Immutable
@ValueStyle
public abstract class TicketSelector {

  /** A builder; every attribute defaults to the empty set (no restriction). */
  public static ImmutableTicketSelector.Builder builder() {
    return ImmutableTicketSelector.builder();
  }

  /** A selector that matches every ticket. */
  public static TicketSelector any() {
    return builder().build();
  }

  /** Ticket kinds the definition applies to; empty: all. */
  @Value.Default
  public Set<TicketKind> kinds() {
    return HashSet.empty();
  }

  /** Priorities; empty: all (the definition still needs a goal for the ticket's priority). */
  @Value.Default
  public Set<Priority> priorities() {
    return HashSet.empty();
  }

  /** Services; empty: all. */
  @Value.Default
  public Set<ServiceId> services() {
    return HashSet.empty();
  }

  /** Offerings; empty: all. */
  @Value.Default
  public Set<OfferingId> offerings() {
    return HashSet.empty();
  }

  /** Customers; empty: all. */
  @Value.Default
  public Set<CustomerId> customers() {
    return HashSet.empty();
  }

  /** Tenants; empty: all. */
  @Value.Default
  public Set<TenantId> tenants() {
    return HashSet.empty();
  }

  /**
   * Whether a ticket with these facts is selected.
   *
   * @throws NullPointerException if {@code facts} is null
   */
  public boolean test(TicketFacts facts) {
    return (kinds().isEmpty() || kinds().contains(facts.kind()))
        && (priorities().isEmpty() || priorities().contains(facts.priority()))
        && (tenants().isEmpty() || tenants().contains(facts.tenant()))
        && (services().isEmpty() || facts.subject().service().exists(services()::contains))
        && (offerings().isEmpty() || facts.subject().offering().exists(offerings()::contains))
        && (customers().isEmpty() || facts.subject().customer().exists(customers()::contains));
  }
}
