package io.itsm4j.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.ActorId;
import io.itsm4j.core.Rejection;
import io.itsm4j.core.RejectionCode;
import io.itsm4j.core.application.CatalogueService;
import io.itsm4j.core.catalogue.CatalogueCommand;
import io.itsm4j.core.catalogue.CustomerId;
import io.itsm4j.core.catalogue.Offering;
import io.itsm4j.core.catalogue.OfferingId;
import io.itsm4j.core.catalogue.Service;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.catalogue.ServiceKind;
import io.itsm4j.core.catalogue.ServiceLevelId;
import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.TicketKind;
import io.itsm4j.core.ticket.TicketSubject;
import io.itsm4j.core.workflow.StateCategory;
import io.itsm4j.sla.memory.InMemoryServiceLevelDirectory;
import io.itsm4j.sla.monitor.SlaSelector;
import io.vavr.collection.HashMap;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tuple;

/**
 * The SLAs a ticket gets from the catalogue equal a naive recomputation, for generated catalogues, agreements,
 * directories and histories: the oracle works on the generated tables directly (no catalogue, no selector), decides
 * the definitions of every subject the ticket had from scratch, and the engine then measures the same clocks
 * whether it is driven by the selector or by the oracle. Histories change priority, state and subject (service,
 * offering, customer); unknown services and offerings and undefined levels are refused alike.
 */
class SlaSelectorProperties {
  private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");
  private static final List<ServiceLevelId> LEVELS = List.of(ServiceLevelId.of("bronze"), ServiceLevelId.of("silver"),
      ServiceLevelId.of("gold"), ServiceLevelId.of("payroll-agreement"));
  private static final List<SlaDefinition> POOL = List.of(
      SlaDefinition.resolution().id(SlaId.of("resolve-slow")).goals(goals(8)).build(),
      SlaDefinition.resolution().id(SlaId.of("resolve-fast")).goals(HashMap.of(Priority.P1, Duration.ofHours(2),
          Priority.P2, Duration.ofHours(4))).build(),
      SlaDefinition.firstResponse().id(SlaId.of("respond")).goals(goals(1)).build(),
      SlaDefinition.resolution().id(SlaId.of("attach-on-selection")).goals(goals(6))
          .start(SlaCondition.inCategory(StateCategory.NEW, StateCategory.ACTIVE)).build());
  private static final String[] SERVICES = {"mail", "payroll"};
  private static final String[] CUSTOMERS = {"contoso", "fabrikam"};

  private static io.vavr.collection.Map<Priority, Duration> goals(int hours) {
    return HashMap.of(Priority.P1, Duration.ofHours(hours), Priority.P2, Duration.ofHours(hours * 2L),
        Priority.P3, Duration.ofHours(hours * 3L));
  }

  /**
   * The generated tables: levels per service, per offering (mail has basic and premium, payroll standard), per
   * agreement (customer × service), and per level its definitions (empty Option: the level is undefined).
   */
  record World(List<List<Integer>> serviceLevels, List<List<Integer>> offeringLevels,
      List<List<Integer>> agreementLevels, List<Option<List<Integer>>> directory) {

    List<Integer> offering(String service, String offering) {
      return offeringLevels.get(offering.equals("basic") ? 0 : offering.equals("premium") ? 1 : 2);
    }

    boolean hasOffering(String service, String offering) {
      return service.equals("mail") ? !offering.equals("standard") : offering.equals("standard");
    }

    List<Integer> agreement(String customer, String service) {
      return agreementLevels.get((customer.equals("contoso") ? 0 : 2) + (service.equals("mail") ? 0 : 1));
    }
  }

  /** One step of a history after the opening. */
  record Step(int kind, StateCategory category, Priority priority, TicketSubject subject, int minutes) {}

  @Provide
  Arbitrary<World> worlds() {
    Arbitrary<List<Integer>> levelSets = Arbitraries.integers().between(0, LEVELS.size() - 1).list().uniqueElements()
        .ofMinSize(1).ofMaxSize(3);
    Arbitrary<List<Integer>> agreements = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(List.<Integer>of())),
        Tuple.of(1, levelSets));
    Arbitrary<Option<List<Integer>>> definitions = Arbitraries.frequencyOf(
        Tuple.of(1, Arbitraries.just(Option.<List<Integer>>none())),
        Tuple.of(30, Arbitraries.integers().between(0, POOL.size() - 1).list().uniqueElements().ofMinSize(1).ofMaxSize(2)
            .map(Option::some)));
    return Combinators.combine(levelSets.list().ofSize(2), levelSets.list().ofSize(3), agreements.list().ofSize(4),
        definitions.list().ofSize(LEVELS.size())).as(World::new);
  }

  @Provide
  Arbitrary<TicketSubject> subjects() {
    Arbitrary<Option<CustomerId>> customer = Arbitraries.of(Option.none(), Option.some(CustomerId.of("contoso")),
        Option.some(CustomerId.of("fabrikam")));
    Arbitrary<Option<OfferingId>> anyOffering = Arbitraries.of("basic", "premium", "standard")
        .map(o -> Option.some(OfferingId.of(o)));
    Arbitrary<TicketSubject> onService = Arbitraries.of(SERVICES).flatMap(s -> {
      Arbitrary<Option<OfferingId>> own = Arbitraries.of(s.equals("mail") ? List.of("basic", "premium")
          : List.of("standard")).map(o -> Option.some(OfferingId.of(o)));
      Arbitrary<Option<OfferingId>> offering = Arbitraries.frequencyOf(Tuple.of(3,
          Arbitraries.just(Option.none())), Tuple.of(12, own), Tuple.of(1, anyOffering));
      return Combinators.combine(offering, customer).as((o, c) -> new TicketSubject(Option.some(ServiceId.of(s)), o,
          c, Option.none(), LinkedHashSet.empty()));
    });
    Arbitrary<TicketSubject> elsewhere = Arbitraries.of(Option.<ServiceId>none(), Option.some(ServiceId.of("unknown")))
        .map(s -> new TicketSubject(s, Option.none(), Option.none(), Option.none(), LinkedHashSet.empty()));
    return Arbitraries.frequencyOf(Tuple.of(12, onService), Tuple.of(1, elsewhere));
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<StateCategory> categories = Arbitraries.of(StateCategory.NEW, StateCategory.ACTIVE,
        StateCategory.ON_HOLD, StateCategory.RESOLVED);
    return Combinators.combine(Arbitraries.integers().between(0, 2), categories, Arbitraries.of(Priority.P1,
            Priority.P2, Priority.P3, Priority.P4), subjects(), Arbitraries.integers().between(1, 600))
        .as(Step::new).list().ofMaxSize(8);
  }

  @Property(tries = 300)
  void the_selected_slas_equal_a_naive_recomputation(@ForAll("worlds") World world,
      @ForAll("subjects") TicketSubject opened, @ForAll("steps") List<Step> steps) {
    TicketHistory h = TicketHistory.opened("INC-1", T0, Priority.P2, TicketKind.INCIDENT, opened);
    Instant at = T0;
    for (Step s : steps) {
      at = at.plus(Duration.ofMinutes(s.minutes()));
      switch (s.kind()) {
        case 0 -> h.move(at, s.category() == h.category() ? StateCategory.ACTIVE : s.category());
        case 1 -> h.priority(at, s.priority());
        default -> h.subject(at, s.subject());
      }
    }
    Instant asOf = at.plus(Duration.ofHours(3));
    Either<Rejection, SlaSelection> selected = selector(world).select(h.events());
    Either<RejectionCode, SlaSelection> expected = oracle(world, h.events());

    Statistics.collect(expected.isLeft() ? "refused" : expected.get().candidates().isEmpty() ? "nothing selected"
        : "measured");
    Statistics.coverage(c -> {
      c.check("measured").percentage(p -> p >= 40);
      c.check("refused").percentage(p -> p >= 3);
    });
    if (expected.isLeft()) {
      assertThat(selected.getLeft().code()).isEqualTo(expected.getLeft());
      assertThat(selected.getLeft().message()).contains("INC-1");
      return;
    }
    SlaSelection selection = selected.get();
    assertThat(selection.candidates().map(SlaDefinition::id).toJavaSet())
        .isEqualTo(expected.get().candidates().map(SlaDefinition::id).toJavaSet());
    TicketFacts now = SlaEngine.Replay.of(h.events(), asOf).lastFacts();
    assertThat(selection.selectedFor(now).map(SlaDefinition::id).toJavaSet()).as("what applies now")
        .isEqualTo(naive(world, now.subject()).get().stream().map(SlaDefinition::id)
            .collect(java.util.stream.Collectors.toSet()));
    assertThat(sorted(SlaEngine.status(selection, h.events(), asOf)))
        .isEqualTo(sorted(SlaEngine.status(expected.get(), h.events(), asOf)));
  }

  private static List<SlaStatus> sorted(Seq<SlaStatus> statuses) {
    return statuses.toJavaList().stream().sorted(Comparator.comparing((SlaStatus s) -> s.definition().value())
        .thenComparingInt(SlaStatus::cycle)).toList();
  }

  /** The selector under test: a catalogue built by the catalogue service, a directory in memory. */
  private static SlaSelector selector(World w) {
    CatalogueService service = CatalogueService.builder().build();
    for (int i = 0; i < SERVICES.length; i++) {
      String s = SERVICES[i];
      LinkedHashMap<OfferingId, Offering> offerings = LinkedHashMap.empty();
      for (String o : List.of("basic", "premium", "standard")) {
        if (w.hasOffering(s, o)) {
          offerings = offerings.put(OfferingId.of(o), new Offering(OfferingId.of(o), o,
              LinkedHashSet.ofAll(w.offering(s, o)).map(LEVELS::get)));
        }
      }
      service.execute(TicketHistory.TENANT, io.itsm4j.core.Actor.of("olivia"), "define-" + s,
          new CatalogueCommand.DefineService(Service.builder().id(ServiceId.of(s)).name(s).kind(ServiceKind.BUSINESS)
              .owner(ActorId.of("olivia")).offerings(offerings)
              .serviceLevels(LinkedHashSet.ofAll(w.serviceLevels().get(i)).map(LEVELS::get)).build()))
          .getOrElseThrow(r -> new AssertionError(r.toString()));
    }
    InMemoryServiceLevelDirectory directory = new InMemoryServiceLevelDirectory();
    for (int l = 0; l < LEVELS.size(); l++) {
      Option<List<Integer>> defs = w.directory().get(l);
      if (defs.isDefined()) {
        directory.define(TicketHistory.TENANT, LEVELS.get(l), Vector.ofAll(defs.get()).map(POOL::get));
      }
    }
    for (String c : CUSTOMERS) {
      for (String s : SERVICES) {
        directory.agree(TicketHistory.TENANT, CustomerId.of(c), ServiceId.of(s),
            w.agreement(c, s).stream().map(LEVELS::get).toArray(ServiceLevelId[]::new));
      }
    }
    return SlaSelector.fromCatalogue(service::catalogue, directory);
  }

  /** From scratch: the definitions of each subject straight from the tables. */
  private static Either<RejectionCode, SlaSelection> oracle(World w, Seq<io.itsm4j.core.ticket.TicketEvent> history) {
    Map<TicketSubject, List<SlaDefinition>> bySubject = new java.util.HashMap<>();
    List<SlaDefinition> candidates = new ArrayList<>();
    for (io.itsm4j.core.ticket.TicketEvent e : history) {
      Option<TicketSubject> subject = e instanceof io.itsm4j.core.ticket.TicketEvent.Opened o ? Option.some(o.subject())
          : e instanceof io.itsm4j.core.ticket.TicketEvent.DetailsUpdated d ? d.subject() : Option.none();
      if (subject.isEmpty()) {
        continue;
      }
      Either<RejectionCode, List<SlaDefinition>> defs = naive(w, subject.get());
      if (defs.isLeft()) {
        return Either.left(defs.getLeft());
      }
      bySubject.put(subject.get(), defs.get());
      defs.get().stream().filter(d -> !candidates.contains(d)).forEach(candidates::add);
    }
    return Either.right(SlaSelection.of(Vector.ofAll(candidates),
        (d, facts) -> bySubject.getOrDefault(facts.subject(), List.of()).contains(d)));
  }

  private static Either<RejectionCode, List<SlaDefinition>> naive(World w, TicketSubject subject) {
    if (subject.service().isEmpty()) {
      return Either.right(List.of());
    }
    String s = subject.service().get().value();
    if (!List.of(SERVICES).contains(s)) {
      return Either.left(RejectionCode.NOT_FOUND);
    }
    List<Integer> levels = new ArrayList<>(w.serviceLevels().get(List.of(SERVICES).indexOf(s)));
    if (subject.offering().isDefined()) {
      String o = subject.offering().get().value();
      if (!w.hasOffering(s, o)) {
        return Either.left(RejectionCode.NOT_FOUND);
      }
      levels.addAll(w.offering(s, o));
    }
    subject.customer().forEach(c -> levels.addAll(w.agreement(c.value(), s)));
    List<SlaDefinition> defs = new ArrayList<>();
    for (int l : levels) {
      if (w.directory().get(l).isEmpty()) {
        return Either.left(RejectionCode.NOT_FOUND);
      }
      w.directory().get(l).get().forEach(d -> defs.add(POOL.get(d)));
    }
    return Either.right(defs);
  }

}
