package io.itsm4j.sla.availability;

import static org.assertj.core.api.Assertions.assertThat;

import io.itsm4j.core.catalogue.ConfigurationItemId;
import io.itsm4j.core.catalogue.ServiceId;
import io.itsm4j.core.monitoring.AlertDecision;
import io.itsm4j.core.monitoring.AlertSeverity;
import io.itsm4j.core.monitoring.RestoreAction;
import io.vavr.collection.Vector;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Outages from the correlator's decisions against a minute-by-minute oracle: a service is down in a minute exactly
 * when a group that affects it was requested at or before the minute and not restored by then.
 */
class AlertOutagesProperties {
  private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
  private static final int MINUTES = 600;
  private static final String[] SERVICES = {"s0", "s1", "s2", "s3"};

  /** One step: a group requested (with a service mask) or restored, at a minute offset from the previous step. */
  record Step(boolean request, int group, int mask, int gap) {}

  @Provide
  Arbitrary<List<Step>> steps() {
    return Combinators.combine(Arbitraries.of(true, false), Arbitraries.integers().between(0, 4),
            Arbitraries.integers().between(1, 15), Arbitraries.integers().between(0, 30))
        .as(Step::new).list().ofMaxSize(40);
  }

  @Property(tries = 300, shrinking = ShrinkingMode.OFF)
  void outages_cover_exactly_the_minutes_a_group_of_the_service_is_open(@ForAll("steps") List<Step> steps) {
    List<AlertDecision> decisions = new ArrayList<>();
    int minute = 0;
    for (Step s : steps) {
      minute = Math.min(MINUTES, minute + s.gap());
      Instant at = T0.plusSeconds(60L * minute);
      String group = "g" + s.group();
      if (s.request()) {
        Vector<ServiceId> services = Vector.range(0, SERVICES.length).filter(i -> (s.mask() & (1 << i)) != 0)
            .map(i -> ServiceId.of(SERVICES[i]));
        decisions.add(new AlertDecision.IncidentRequested(group, ConfigurationItemId.of("ci"), services, "a",
            AlertSeverity.MAJOR, "down", at, "test"));
      } else {
        decisions.add(new AlertDecision.Restored(group, RestoreAction.RESOLVE_INCIDENT, at, "test"));
      }
    }
    Instant until = T0.plusSeconds(60L * MINUTES);
    var outages = AlertOutages.of(decisions, until);

    // The oracle: replay the decisions minute by minute.
    Map<String, int[]> openSince = new HashMap<>();
    Map<String, Integer> masks = new HashMap<>();
    BitSet[] down = new BitSet[SERVICES.length];
    for (int i = 0; i < down.length; i++) {
      down[i] = new BitSet();
    }
    int[] episodes = new int[SERVICES.length];
    minute = 0;
    for (Step s : steps) {
      minute = Math.min(MINUTES, minute + s.gap());
      String group = "g" + s.group();
      if (s.request() && !openSince.containsKey(group)) {
        openSince.put(group, new int[] {minute});
        masks.put(group, s.mask());
      } else if (!s.request() && openSince.containsKey(group)) {
        mark(down, episodes, masks.get(group), openSince.remove(group)[0], minute);
      }
    }
    for (var e : openSince.entrySet()) {
      mark(down, episodes, masks.get(e.getKey()), e.getValue()[0], MINUTES);
    }
    for (int i = 0; i < SERVICES.length; i++) {
      BitSet actual = new BitSet();
      var mine = outages.get(ServiceId.of(SERVICES[i])).getOrElse(Vector.empty());
      for (Outage o : mine) {
        assertThat(o.planned()).isFalse();
        int from = (int) (o.start().getEpochSecond() - T0.getEpochSecond()) / 60;
        int to = (int) (o.end().getEpochSecond() - T0.getEpochSecond()) / 60;
        actual.set(from, to);
      }
      assertThat(actual).as("minutes down of %s", SERVICES[i]).isEqualTo(down[i]);
      assertThat(mine.size()).isEqualTo(episodes[i]);
      assertThat(mine.map(Outage::start).toJavaList()).isSorted();
    }
  }

  private static void mark(BitSet[] down, int[] episodes, int mask, int from, int to) {
    for (int i = 0; i < down.length; i++) {
      if ((mask & (1 << i)) != 0) {
        down[i].set(from, to);
        episodes[i]++;
      }
    }
  }
}
