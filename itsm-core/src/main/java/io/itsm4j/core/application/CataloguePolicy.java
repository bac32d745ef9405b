package io.itsm4j.core.application;

import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.Violation;
import io.itsm4j.core.catalogue.Catalogue;
import io.itsm4j.core.catalogue.CatalogueItemId;
import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.catalogue.Lifecycle;
import io.itsm4j.core.catalogue.RequestItem;
import io.itsm4j.core.catalogue.Service;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.internal.Checks;
import io.itsm4j.core.port.CommandPolicy;
import io.itsm4j.core.ticket.CommandContext;
import io.itsm4j.core.ticket.Ticket;
import io.itsm4j.core.ticket.TicketCommand;
import io.itsm4j.core.ticket.TicketKind;
import io.itsm4j.core.ticket.TicketSubject;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.function.Function;

/**
 * The catalogue's rules for tickets, checked by the service desk on every command ({@code
 * ServiceDesk.builder().policy(CataloguePolicy.of(catalogueService))}). All lookups are in the ticket's tenant.
 *
 * <p>On {@link TicketCommand.Open}, and on {@link TicketCommand.UpdateDetails} for what the update changes:
 * <ul>
 *   <li>the service must exist ({@link RejectionCode#NOT_FOUND}, violation on {@code subject.service}) and must
 *       not be retired ({@link RejectionCode#RULE_VIOLATED}): a retired service takes no new tickets;
 *   <li>an offering needs a service, and must be one of that service's offerings ({@code subject.offering});
 *   <li>a request catalogue item must be on offer ({@code subject.catalogueItem}), belong to the named service if
 *       one is named, and its service must not be retired;
 *   <li>every configuration item must exist ({@code subject.configurationItems});
 *   <li>a service request for a catalogue item must satisfy the item's form: every problem at once, each a
 *       violation on {@code fields.<name>} ({@link RejectionCode#INVALID_INPUT}). An update re-checks the fields
 *       the ticket will have after it.
 * </ul>
 * Violations are gathered before any verdict: the rejection is {@code NOT_FOUND} when every violation is an
 * unknown reference, else {@code INVALID_INPUT}, and lists all of them. Only when the input is sound is the
 * lifecycle checked. An update that leaves the subject alone is not refused because its service retired or its
 * item was withdrawn since the ticket was opened.
 *
 * <p>Thread-safe if its catalogue source is. Commands other than open and update pass.
 */
public final class CataloguePolicy implements CommandPolicy {
  private final Function<TenantId, Either<Rejection, Catalogue>> catalogues;
  private final boolean itemRequired;

  private CataloguePolicy(Function<TenantId, Either<Rejection, Catalogue>> catalogues, boolean itemRequired) {
    this.catalogues = catalogues;
    this.itemRequired = itemRequired;
  }

  /**
   * A policy reading the current catalogue of the service.
   *
   * @throws NullPointerException if {@code service} is null
   */
  public static CataloguePolicy of(CatalogueService service) {
    Checks.notNull(service, "service");
    return new CataloguePolicy(service::catalogue, false);
  }

  /**
   * A policy reading catalogues from any source, e.g. a host's read model.
   *
   * @param catalogues the current catalogue of a tenant, or why it cannot be had (the command is then refused
   *     with that rejection)
   * @throws NullPointerException if {@code catalogues} is null
   */
  public static CataloguePolicy using(Function<TenantId, Either<Rejection, Catalogue>> catalogues) {
    return new CataloguePolicy(Checks.notNull(catalogues, "catalogues"), false);
  }

  /**
   * This policy, also refusing service requests that name no catalogue item ({@link RejectionCode#FIELD_REQUIRED}
   * on {@code subject.catalogueItem}). By default free-form requests are allowed.
   */
  public CataloguePolicy requiringCatalogueItems() {
    return new CataloguePolicy(catalogues, true);
  }

  @Override
  public Option<Rejection> check(CommandContext context, TicketCommand command, Option<Ticket> ticket) {
    if (command instanceof TicketCommand.Open open) {
      return verdict(context.tenant(), open.kind(), open.subject(), TicketSubject.none(), open.fields(), true);
    }
    if (command instanceof TicketCommand.UpdateDetails update && ticket.isDefined()) {
      Ticket t = ticket.get();
      Map<String, String> fields = t.fields().merge(update.fields(), (old, fresh) -> fresh)
          .removeAll(update.removeFields());
      boolean formTouched = !update.fields().isEmpty() || !update.removeFields().isEmpty();
      if (update.subject().isEmpty() && !(formTouched && t.subject().catalogueItem().isDefined())) {
        return Option.none();
      }
      return verdict(context.tenant(), t.kind(), update.subject().getOrElse(t.subject()), t.subject(), fields,
          false);
    }
    return Option.none();
  }

  private Option<Rejection> verdict(TenantId tenant, TicketKind kind, TicketSubject subject, TicketSubject before,
      Map<String, String> fields, boolean opening) {
    Either<Rejection, Catalogue> loaded = catalogues.apply(tenant);
    if (loaded.isLeft()) {
      return Option.some(loaded.getLeft());
    }
    Catalogue c = loaded.get();
    List<Violation> v = List.empty();
    boolean serviceChanged = opening || !subject.service().equals(before.service());
    boolean itemChanged = opening || !subject.catalogueItem().equals(before.catalogueItem());

    Option<Service> service = Option.none();
    if (subject.service().isDefined()) {
      ServiceId id = subject.service().get();
      service = c.service(id);
      if (service.isEmpty() && (serviceChanged || !subject.offering().equals(before.offering()))) {
        v = v.append(Violation.of("subject.service", Violation.UNKNOWN, "no service " + id + " in the catalogue"));
      }
    }
    if (subject.offering().isDefined() && (opening || !subject.offering().equals(before.offering()) || serviceChanged)) {
      if (subject.service().isEmpty()) {
        v = v.append(Violation.of("subject.offering", Violation.INVALID, "an offering needs the service it belongs to"));
      } else if (service.isDefined() && service.get().offering(subject.offering().get()).isEmpty()) {
        v = v.append(Violation.of("subject.offering", Violation.UNKNOWN, "service " + service.get().id()
            + " has no offering " + subject.offering().get()));
      }
    }
    Option<RequestItem> item = subject.catalogueItem().flatMap(c::item);
    if (subject.catalogueItem().isDefined() && itemChanged) {
      CatalogueItemId id = subject.catalogueItem().get();
      if (item.isEmpty()) {
        v = v.append(Violation.of("subject.catalogueItem", Violation.UNKNOWN,
            "no request catalogue item " + id + " on offer"));
      } else if (subject.service().isDefined() && !item.get().service().equals(subject.service().get())) {
        v = v.append(Violation.of("subject.catalogueItem", Violation.INVALID, "item " + id + " belongs to service "
            + item.get().service() + ", not " + subject.service().get()));
      }
    }
    if (itemRequired && kind == TicketKind.SERVICE_REQUEST && subject.catalogueItem().isEmpty()) {
      return Option.some(Rejection.invalid(RejectionCode.FIELD_REQUIRED, v.prepend(Violation.of(
          "subject.catalogueItem", Violation.REQUIRED, "a service request must name the catalogue item it orders"))));
    }
    for (ConfigurationItemId ci : subject.configurationItems()) {
      if (c.configurationItem(ci).isEmpty() && (opening || !before.configurationItems().contains(ci))) {
        v = v.append(Violation.of("subject.configurationItems", Violation.UNKNOWN,
            "no configuration item " + ci + " in the catalogue"));
      }
    }
    if (kind == TicketKind.SERVICE_REQUEST && item.isDefined()) {
      v = v.appendAll(item.get().validate(fields).fold(Rejection::violations, ok -> List.empty()));
    }
    if (!v.isEmpty()) {
      boolean allUnknown = v.forAll(x -> x.code().equals(Violation.UNKNOWN));
      return Option.some(Rejection.invalid(allUnknown ? RejectionCode.NOT_FOUND : RejectionCode.INVALID_INPUT, v));
    }
    if (service.isDefined() && serviceChanged && service.get().lifecycle() == Lifecycle.RETIRED) {
      return Option.some(Rejection.of(RejectionCode.RULE_VIOLATED, "service " + service.get().id()
          + " is retired and takes no new tickets"));
    }
    if (item.isDefined() && itemChanged) {
      Option<Service> owner = c.service(item.get().service());
      if (owner.exists(s -> s.lifecycle() == Lifecycle.RETIRED)) {
        return Option.some(Rejection.of(RejectionCode.RULE_VIOLATED, "item " + item.get().id() + " belongs to retired "
            + "service " + item.get().service() + ", which takes no new tickets"));
      }
    }
    return Option.none();
  }
}
