package io.itsm4j.sla.monitor;

import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.catalogue.Catalogue;
import io.itsm4j.core.catalogue.Service;
import io.itsm4j.core.catalogue.ServiceLevelId;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketSubject;
import io.itsm4j.sla.SlaDefinition;
import io.itsm4j.sla.SlaSelection;
import io.itsm4j.sla.port.ServiceLevelDirectory;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.function.Function;

/**
 * Chooses the service level definitions of one ticket from its history: the {@link SlaSelection} the engine and the
 * {@link SlaMonitor} evaluate.
 *
 * <p>{@link #fixed} selects the same definitions for every ticket (each filtered by its own {@link
 * SlaDefinition#appliesTo()}). {@link #fromCatalogue} selects what the service catalogue and the customer's
 * agreement say, with no mapping by the host: for the ticket as it stood after each event, the levels of its
 * service ({@link Service#serviceLevels()}), of its offering, and of the agreement between its customer and that
 * service ({@link ServiceLevelDirectory#agreed}), each resolved to its definitions by the {@link
 * ServiceLevelDirectory}. A change of service, offering or customer selects again from that event on (the clocks of
 * levels no longer selected are cancelled); a change of priority changes the goal, as always. The catalogue is read
 * as it is when the ticket is evaluated, so the whole history is replayed against today's catalogue.
 *
 * <p><b>Threading</b>: implementations are thread-safe if their ports are. <b>Errors</b>: {@code null} arguments
 * throw {@link NullPointerException}; everything else is a {@link Rejection} (see {@link #fromCatalogue}).
 */
@FunctionalInterface
public interface SlaSelector {

  /**
   * The selection for the ticket whose history this is.
   *
   * @param history the ticket's events in sequence order (empty: no candidates)
   * @return the selection, or why none could be made
   */
  Either<Rejection, SlaSelection> select(Seq<TicketEvent> history);

  /**
   * The same definitions for every ticket.
   *
   * @throws NullPointerException if {@code definitions} or one of them is null
   * @throws IllegalArgumentException if two definitions share an id
   */
  static SlaSelector fixed(Seq<SlaDefinition> definitions) {
    SlaSelection selection = SlaSelection.all(definitions);
    return history -> Either.right(selection);
  }

  /**
   * Definitions from the catalogue and the customers' agreements, resolved by {@code directory}.
   *
   * <p>Refusals: {@link RejectionCode#NOT_FOUND} when a ticket names a service the tenant's catalogue does not have,
   * an offering its service does not have, or a service level the directory does not define (each naming the ticket
   * and the id, never silently measured as nothing); {@link RejectionCode#RULE_VIOLATED} when two levels selected
   * together name two different definitions with one id; {@link RejectionCode#PORT_FAILURE} when the catalogue or
   * the directory fails. A ticket naming no service selects nothing.
   *
   * @param catalogues the tenant's current catalogue, e.g. {@code tenant -> catalogueService.catalogue(tenant)}
   * @param directory what each level measures
   * @throws NullPointerException if an argument is null
   */
  static SlaSelector fromCatalogue(Function<TenantId, Either<Rejection, Catalogue>> catalogues,
      ServiceLevelDirectory directory) {
    Objects.requireNonNull(catalogues, "catalogues must not be null");
    Objects.requireNonNull(directory, "directory must not be null");
    return history -> {
      Objects.requireNonNull(history, "history must not be null");
      if (history.isEmpty()) {
        return Either.right(SlaSelection.all(Vector.empty()));
      }
      TenantId tenant = history.head().tenant();
      return Rejection.fromPort("read catalogue", () -> catalogues.apply(tenant)).flatMap(e -> e)
          .flatMap(catalogue -> new CatalogueSlaSelection(tenant, catalogue, directory).of(history));
    };
  }

  /**
   * The service levels the catalogue and the agreements select for a ticket on {@code subject}: the service's own,
   * then its offering's, then the customer's agreement's, in that order without repeats.
   *
   * @return the levels; {@link RejectionCode#NOT_FOUND} for a service or offering the catalogue does not have; or a
   *     port failure of the directory
   * @throws NullPointerException if an argument is null
   */
  static Either<Rejection, Set<ServiceLevelId>> levels(Catalogue catalogue, ServiceLevelDirectory directory,
      TicketSubject subject) {
    Objects.requireNonNull(catalogue, "catalogue must not be null");
    Objects.requireNonNull(directory, "directory must not be null");
    Objects.requireNonNull(subject, "subject must not be null");
    if (subject.service().isEmpty()) {
      return Either.right(LinkedHashSet.empty());
    }
    Option<Service> service = catalogue.service(subject.service().get());
    if (service.isEmpty()) {
      return Either.left(Rejection.of(RejectionCode.NOT_FOUND, "service " + subject.service().get()
          + " is not in the catalogue of " + catalogue.tenant()));
    }
    Service s = service.get();
    if (subject.offering().isDefined() && s.offering(subject.offering().get()).isEmpty()) {
      return Either.left(Rejection.of(RejectionCode.NOT_FOUND, "offering " + subject.offering().get()
          + " is not an offering of service " + s.id() + " in " + catalogue.tenant()));
    }
    Set<ServiceLevelId> own = s.serviceLevelsFor(subject.offering());
    if (subject.customer().isEmpty()) {
      return Either.right(own);
    }
    return Rejection.fromPort("read agreements",
        () -> directory.agreed(catalogue.tenant(), subject.customer().get(), s.id())).map(own::addAll);
  }
}
