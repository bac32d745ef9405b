package io.itsm4j.examples.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.ticket.Priority;
import io.itsm4j.core.ticket.TicketEvent;
import io.itsm4j.core.ticket.TicketFields;
import io.itsm4j.core.ticket.TicketId;
import io.itsm4j.sla.ComplianceFigures;
import io.itsm4j.sla.SlaDefinition;
import io.itsm4j.sla.SlaId;
import io.itsm4j.sla.SlaState;
import io.itsm4j.sla.SlaStatus;
import io.itsm4j.sla.ThresholdCrossing;
import io.vavr.Tuple2;
import io.vavr.collection.Seq;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * The service level clocks of a simulated run, over random seeds: every warning and breach the monitor raised
 * while the run went on, and every clock's outcome at the end, equal what {@link ServiceLevelOracle} recomputes
 * from the histories the database stored; and the compliance figures agree with the breaches.
 */
class ServiceLevelObserverProperties {
  private static final Path REPORTS = Path.of("target", "simulation-tests");

  @Property(tries = 3)
  void warningsBreachesAndOutcomesAgreeWithARecomputationFromTheStoredHistories(
      @ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
    agreesWithTheOracle(SmallRun.options(seed, 3, 0.3));
  }

  @Example
  void theRecomputationCoversBreachesPausesReopeningsCancellationsAndAHoliday() {
    SmallRun run = agreesWithTheOracle(SmallRun.options(42, 4, 0.4));
    ServiceLevelObserver sla = run.reviewed().serviceLevels();

    // What the comparison above went through, so that it cannot pass by comparing empty sets.
    assertThat(sla.breaches()).isPositive();
    assertThat(sla.warnings()).isPositive();
    assertThat(sla.statuses().filter(s -> s.cycle() > 1)).as("reopened tickets' second cycles").isNotEmpty();
    assertThat(sla.statuses().filter(s -> s.state() == SlaState.CANCELLED)).as("cancelled clocks").isNotEmpty();
    assertThat(sla.statuses().filter(s -> s.state() == SlaState.PAUSED)).as("paused clocks").isNotEmpty();
    assertThat(run.histories().values().flatMap(h -> h).filter(e -> e instanceof TicketEvent.StateChanged s
        && s.fields().get(TicketFields.HOLD_REASON).contains(TicketFields.HOLD_AWAITING_CHANGE)))
        .as("holds that do not pause").isNotEmpty();
    assertThat(sla.crossings().filter(c -> c.at().isAfter(Instant.parse("2026-11-18T07:00:00Z"))
        && c.at().isBefore(Instant.parse("2026-11-18T17:00:00Z")))).as("nothing counts on the holiday").isEmpty();
  }

  private static SmallRun agreesWithTheOracle(ServiceDeskSimulation.Options options) {
    SmallRun run = SmallRun.of(options, REPORTS.resolve("oracle-" + options.seed() + ".md"));
    ServiceLevelObserver sla = run.reviewed().serviceLevels();
    ServiceLevelOracle oracle = new ServiceLevelOracle(Set.of(LocalDate.of(2026, 11, 18)), goals(sla));

    Set<ServiceLevelOracle.Crossing> expected = new HashSet<>();
    Map<List<Object>, ServiceLevelOracle.Cycle> expectedCycles = new HashMap<>();
    for (Tuple2<TicketId, Seq<TicketEvent>> h : run.histories()) {
      ServiceLevelOracle.Clocks clocks = oracle.clocks(h._2.toJavaList(), run.end());
      expected.addAll(clocks.crossings());
      clocks.cycles().forEach(c -> expectedCycles.put(List.of(c.ticket(), c.definition(), c.cycle()), c));
    }
    Set<ServiceLevelOracle.Crossing> raised = sla.crossings().map(ServiceLevelObserverProperties::crossing)
        .toJavaSet();

    assertThat(sla.crossings().size()).as("each crossing raised once").isEqualTo(raised.size());
    assertThat(raised).as("warnings and breaches, with their instants").isEqualTo(expected);
    assertThat(sla.warnings()).isEqualTo(expected.stream().filter(c -> c.percent() < 100).count());
    assertThat(sla.breaches()).isEqualTo(expected.stream().filter(c -> c.percent() == 100).count());
    assertThat(sla.statuses().size()).isEqualTo(expectedCycles.size());
    for (SlaStatus s : sla.statuses()) {
      ServiceLevelOracle.Cycle c = expectedCycles.get(List.of(s.ticketId(), s.definition(), s.cycle()));
      assertThat(c).as("cycle %s of %s on %s", s.cycle(), s.definition(), s.ticketId()).isNotNull();
      assertThat(s.state()).as("state of %s", c).isEqualTo(c.state());
      assertThat(s.elapsed()).as("business time of %s", c).isEqualTo(Duration.ofSeconds(c.countedSeconds()));
    }
    return run;
  }

  @Property(tries = 3)
  void complianceIsAPercentageAndAgreesWithTheBreaches(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
    SmallRun run = SmallRun.of(SmallRun.options(seed, 2, 0.3), REPORTS.resolve("compliance-" + seed + ".md"));
    ServiceLevelObserver sla = run.reviewed().serviceLevels();

    for (SlaDefinition d : sla.definitions()) {
      Seq<SlaStatus> of = sla.statuses().filter(s -> s.definition().equals(d.id()));
      ComplianceFigures f = sla.complianceByDefinition().get(d.id()).getOrElse(ComplianceFigures.EMPTY);
      assertThat(f.breached()).isEqualTo(of.count(SlaStatus::isBreached));
      assertThat(f.met()).isEqualTo(of.count(s -> s.state() == SlaState.MET));
      assertThat(f.met() + f.breached() + f.inProgress() + f.cancelled()).isEqualTo(of.size());
      f.percentMet().forEach(p -> assertThat(p).isBetween(0.0, 100.0)
          .isCloseTo(100.0 * f.met() / (f.met() + f.breached()), org.assertj.core.data.Offset.offset(1e-9)));
      assertThat(f.percentMet().isEmpty()).isEqualTo(f.denominator() == 0);
      ComplianceFigures byPriority = sla.complianceByPriority().filterKeys(k -> k._1.equals(d.id())).values()
          .fold(ComplianceFigures.EMPTY, ComplianceFigures::plus);
      assertThat(byPriority).as("priorities add up to the definition").isEqualTo(f);
      ComplianceFigures byService = sla.complianceByService().filterKeys(k -> k._1.equals(d.id())).values()
          .fold(ComplianceFigures.EMPTY, ComplianceFigures::plus);
      assertThat(byService.breached()).isLessThanOrEqualTo(f.breached());
      assertThat(byService.met()).isLessThanOrEqualTo(f.met());
    }
    // Every clock that ended the run breached had its breach raised as it happened; a raised breach whose clock
    // is not breached at the end was cancelled afterwards (a request withdrawn) or stopped exactly at its goal.
    Map<List<Object>, SlaStatus> byCycle = sla.statuses().toJavaMap(s -> io.vavr.Tuple.of(
        List.of(s.ticketId(), s.definition(), s.cycle()), s));
    Set<List<Object>> raised = sla.crossings().filter(c -> c.percent() == 100)
        .map(c -> List.<Object>of(c.ticketId(), c.definition(), c.cycle())).toJavaSet();
    Set<List<Object>> breachedAtEnd = byCycle.entrySet().stream().filter(e -> e.getValue().isBreached())
        .map(Map.Entry::getKey).collect(Collectors.toSet());
    assertThat(raised).containsAll(breachedAtEnd);
    for (List<Object> key : raised) {
      if (!breachedAtEnd.contains(key)) {
        SlaStatus s = byCycle.get(key);
        assertThat(s.state() == SlaState.CANCELLED || s.state() == SlaState.MET && s.remaining().isZero())
            .as("raised breach of %s ended %s", key, s.state()).isTrue();
      }
    }
  }

  private static ServiceLevelOracle.Crossing crossing(ThresholdCrossing c) {
    return new ServiceLevelOracle.Crossing(c.ticketId(), c.definition(), c.cycle(), c.percent(), c.at());
  }

  private static Map<SlaId, Map<Priority, Duration>> goals(ServiceLevelObserver sla) {
    return sla.definitions().toJavaMap(d -> io.vavr.Tuple.of(d.id(), d.goals().toJavaMap()));
  }
}
