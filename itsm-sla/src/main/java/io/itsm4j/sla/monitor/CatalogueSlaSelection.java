package io.itsm4j.sla.monitor;

import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.TenantId;
import io.itsm4j.core.catalogue.Catalogue;
import io.itsm4j.core.catalogue.ServiceLevelId;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketSubject;
import io.itsm4j.sla.SlaDefinition;
import io.itsm4j.sla.SlaSelection;
import io.itsm4j.sla.SlaId;
import io.itsm4j.sla.port.ServiceLevelDirectory;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** One evaluation's selection: each distinct subject of the history resolved once. */
final class CatalogueSlaSelection {
  private final TenantId tenant;
  private final Catalogue catalogue;
  private final ServiceLevelDirectory directory;
  private final Map<ServiceLevelId, Seq<SlaDefinition>> definitions = new HashMap<>();

  CatalogueSlaSelection(TenantId tenant, Catalogue catalogue, ServiceLevelDirectory directory) {
    this.tenant = tenant;
    this.catalogue = catalogue;
    this.directory = directory;
  }

  Either<Rejection, SlaSelection> of(Seq<TicketEvent> history) {
    Map<TicketSubject, java.util.Set<SlaId>> selected = new HashMap<>();
    Map<SlaId, SlaDefinition> candidates = new LinkedHashMap<>();
    for (TicketEvent e : history) {
      Option<TicketSubject> subject = subjectOf(e);
      if (subject.isEmpty() || selected.containsKey(subject.get())) {
        continue;
      }
      Either<Rejection, Seq<SlaDefinition>> chosen = SlaSelector.levels(catalogue, directory, subject.get())
          .flatMap(this::resolve);
      if (chosen.isLeft()) {
        return Either.left(Rejection.of(chosen.getLeft().code(), "the service levels of ticket " + e.ticketId()
            + " could not be selected: " + chosen.getLeft().message()));
      }
      java.util.Set<SlaId> ids = new java.util.HashSet<>();
      for (SlaDefinition d : chosen.get()) {
        SlaDefinition known = candidates.putIfAbsent(d.id(), d);
        if (known != null && !known.equals(d)) {
          return Either.left(Rejection.of(RejectionCode.RULE_VIOLATED, "the service levels of ticket "
              + e.ticketId() + " name two different definitions with the id " + d.id() + " in " + tenant));
        }
        ids.add(d.id());
      }
      selected.put(subject.get(), ids);
    }
    return Either.right(SlaSelection.of(Vector.ofAll(candidates.values()), (d, facts) -> {
      java.util.Set<SlaId> ids = selected.get(facts.subject());
      return ids != null && ids.contains(d.id());
    }));
  }

  private Either<Rejection, Seq<SlaDefinition>> resolve(Set<ServiceLevelId> levels) {
    Vector<SlaDefinition> all = Vector.empty();
    for (ServiceLevelId level : levels) {
      Seq<SlaDefinition> known = definitions.get(level);
      if (known == null) {
        Either<Rejection, Option<Seq<SlaDefinition>>> found =
            Rejection.fromPort("read service level " + level, () -> directory.definitions(tenant, level));
        if (found.isLeft()) {
          return Either.left(found.getLeft());
        }
        if (found.get().isEmpty()) {
          return Either.left(Rejection.of(RejectionCode.NOT_FOUND, "service level " + level
              + " has no definitions in the directory of " + tenant));
        }
        known = found.get().get();
        definitions.put(level, known);
      }
      all = all.appendAll(known);
    }
    return Either.right(all);
  }

  private static Option<TicketSubject> subjectOf(TicketEvent e) {
    if (e instanceof TicketEvent.Opened o) {
      return Option.some(o.subject());
    }
    if (e instanceof TicketEvent.DetailsUpdated d) {
      return d.subject();
    }
    return Option.none();
  }
}
