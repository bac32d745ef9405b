package io.itsm4j.audit.trend;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.Vector;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * The Western Electric rules as stated: against an independent restatement on generated series that sit on the
 * zone boundaries; on stable normal series the share of points that fire each rule stays within its known rate;
 * after a shift of the process level a signal comes within the expected number of points.
 */
class ControlChartProperties {

  /** Values on a grid of quarter sigmas around 0 (sigma 1), so boundaries are hit exactly. */
  @Provide
  Arbitrary<List<Double>> series() {
    return Arbitraries.integers().between(-14, 14).map(q -> q / 4.0).list().ofMinSize(2).ofMaxSize(60);
  }

  @Property(tries = 500)
  void the_rules_fire_exactly_where_an_independent_restatement_says(@ForAll("series") List<Double> values) {
    ControlChart chart = ControlChart.withLimits(Vector.ofAll(values), 0, 1);
    Set<String> actual = new HashSet<>();
    for (Signal s : chart.signals()) {
      actual.add(s.rule().number() + (s.above() ? "+" : "-") + s.at());
      assertThat(s.points().last()).isEqualTo(s.at());
      assertThat(s.points().toJavaList()).isSorted();
    }
    Set<String> expected = new HashSet<>();
    int runUp = 0;
    int runDown = 0;
    for (int i = 0; i < values.size(); i++) {
      double x = values.get(i);
      runUp = x > 0 ? runUp + 1 : 0;
      runDown = x < 0 ? runDown + 1 : 0;
      for (int side : new int[] {1, -1}) {
        String s = side > 0 ? "+" : "-";
        double z = side * x;
        if (z > 3) {
          expected.add("1" + s + i);
        }
        if (z > 2 && i >= 2 && count(values, i - 2, i, side, 2) >= 2) {
          expected.add("2" + s + i);
        }
        if (z > 1 && i >= 4 && count(values, i - 4, i, side, 1) >= 4) {
          expected.add("3" + s + i);
        }
        if ((side > 0 ? runUp : runDown) >= 8) {
          expected.add("4" + s + i);
        }
      }
    }
    assertThat(actual).isEqualTo(expected);
  }

  private static int count(List<Double> values, int from, int to, int side, double zone) {
    int n = 0;
    for (int j = from; j <= to; j++) {
      n += side * values.get(j) > zone ? 1 : 0;
    }
    return n;
  }

  // Each try is 100,000 points (a tenth of a second); ten of them, each rule within 40 % of its rate, where 200
  // seeds measured every rule within 21 %. Shrinking a seed means nothing, so it is off.
  @Property(tries = 10, shrinking = ShrinkingMode.OFF)
  void on_a_stable_process_each_rule_fires_at_its_known_rate(@ForAll long seed) {
    Random random = new Random(seed);
    int n = 100_000;
    Vector<Double> values = Vector.fill(n, random::nextGaussian);
    ControlChart chart = ControlChart.withLimits(values, 0, 1);
    // P(beyond k sigma on one side) of the standard normal.
    double p3 = 0.0013499;
    double p2 = 0.0227501;
    double p1 = 0.1586553;
    double[] rate = {
        2 * p3,
        2 * p2 * (1 - Math.pow(1 - p2, 2)),
        2 * p1 * (4 * Math.pow(p1, 3) * (1 - p1) + Math.pow(p1, 4)),
        2 * Math.pow(0.5, 8)};
    for (Rule r : Rule.values()) {
      double expected = rate[r.ordinal()] * n;
      assertThat((double) chart.signals(r).size()).as("signals of rule %s", r.number())
          .isBetween(expected * 0.6, expected * 1.4);
    }
  }

  @Property(tries = 50, shrinking = ShrinkingMode.OFF)
  void a_shift_of_three_sigma_is_signalled_within_ten_points(@ForAll long seed) {
    Random random = new Random(seed);
    Vector<Double> stable = Vector.fill(50, random::nextGaussian);
    Vector<Double> shifted = Vector.fill(30, () -> 3 + random.nextGaussian());
    ControlChart chart = ControlChart.withLimits(stable.appendAll(shifted), 0, 1);
    assertThat(chart.signals().filter(s -> s.above() && s.at() >= 50 && s.at() < 60)).isNotEmpty();
  }

  @Property(tries = 50, shrinking = ShrinkingMode.OFF)
  void a_sustained_shift_of_one_and_a_half_sigma_is_signalled_with_limits_from_the_stable_part(@ForAll long seed) {
    // With limits estimated from 60 stable points, one try in about 7,000 goes 30 points without a signal and none of
    // 100,000 went 50 (measured over seeds 0 to 99,999); 60 points keeps the property from failing by chance.
    Random random = new Random(seed);
    Vector<Double> stable = Vector.fill(60, random::nextGaussian);
    Vector<Double> shifted = Vector.fill(60, () -> 1.5 + random.nextGaussian());
    ControlChart chart = ControlChart.of(stable.appendAll(shifted), 60);
    assertThat(chart.signals().filter(s -> s.above() && s.at() >= 60)).isNotEmpty();
  }

  @net.jqwik.api.Example
  void a_shift_of_one_and_a_half_sigma_is_signalled_within_a_few_points_on_average() {
    // Fixed seeds, so the figure is the same every run: the delay until the first signal after the shift.
    int[] delays = new int[2_000];
    for (int seed = 0; seed < delays.length; seed++) {
      Random random = new Random(seed);
      Vector<Double> stable = Vector.fill(60, random::nextGaussian);
      Vector<Double> shifted = Vector.fill(60, () -> 1.5 + random.nextGaussian());
      ControlChart chart = ControlChart.of(stable.appendAll(shifted), 60);
      delays[seed] = chart.signals().filter(s -> s.above() && s.at() >= 60).map(s -> s.at() - 60).min().get();
    }
    java.util.Arrays.sort(delays);
    double mean = java.util.Arrays.stream(delays).average().getAsDouble();
    assertThat(mean).isLessThan(5.0);
    assertThat(delays[delays.length / 2]).isLessThanOrEqualTo(3);
    assertThat(delays[(int) (delays.length * 0.95)]).isLessThanOrEqualTo(12);
  }

}
